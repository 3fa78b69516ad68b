// The fund compliance the live dashboard keeps between recomputes (server/src/modules/kpi/fund-compliance.ts):
// it reads again only the startups a change named, and a read that raced a later change never keeps what it read
// for the startups (or everything) that change touched. The ledger is a fake here whose reads the test releases.
import { describe, expect, it } from 'vitest';
import { KeptCompliance, type ComplianceSource } from '@launchpad/server/modules/kpi/fund-compliance';

type Position = Awaited<ReturnType<ComplianceSource['positions']>>[number];
type Funds = Awaited<ReturnType<ComplianceSource['funds']>>;

const FUND = 'fund-1';
const funds = [
  {
    id: FUND,
    name: 'Quỹ',
    charterCapital: 100n,
    stateCommitted: 40n,
    charterCapBp: 4900,
    paidIn: 50n,
    invested: 20n,
    stakeCapBp: 4900,
  },
] as unknown as Funds;
const em = {} as Parameters<ComplianceSource['funds']>[0];

function position(startupId: string, stakeBp: number, status: Position['status'] = 'ACTIVE'): Position {
  return { fundId: FUND, startupId, startupName: `Startup ${startupId}`, invested: 10n, stakeBp, status, exit: null };
}

/** A ledger whose current positions the test sets, and whose reads can be held until the test lets them go. */
function fakeLedger(initial: Position[]) {
  let current = initial;
  const reads: (readonly string[] | undefined)[] = [];
  let hold: Promise<void> | null = null;
  let onRead: (() => void) | null = null;
  const source: ComplianceSource = {
    funds: async () => funds,
    positions: async (_em, _fundIds, startupIds) => {
      reads.push(startupIds);
      const snapshot = current.filter((p) => !startupIds || startupIds.includes(p.startupId));
      onRead?.();
      if (hold) await hold;
      return snapshot;
    },
  };
  return {
    source,
    reads,
    set: (next: Position[]) => (current = next),
    /** Resolves once the next read of positions has taken its snapshot. */
    nextRead: () => new Promise<void>((resolve) => (onRead = resolve)),
    holdReads: () => {
      let release!: () => void;
      hold = new Promise<void>((resolve) => (release = resolve));
      return () => {
        hold = null;
        release();
      };
    },
  };
}

const stakesOf = async (kept: KeptCompliance) =>
  (await kept.rows(em))[0]!.stakes.map((stake) => [stake.startupId, stake.stakeBp]);

describe('fund compliance kept per startup', () => {
  it('reads every startup once, then only the ones a change named', async () => {
    const ledger = fakeLedger([position('a', 1000), position('b', 2000)]);
    const kept = new KeptCompliance(ledger.source);
    expect(await stakesOf(kept)).toEqual([
      ['b', 2000],
      ['a', 1000],
    ]);
    ledger.set([position('a', 3000), position('b', 2000)]);
    kept.forget(['a']);
    expect(await stakesOf(kept)).toEqual([
      ['a', 3000],
      ['b', 2000],
    ]);
    expect(await stakesOf(kept)).toEqual([
      ['a', 3000],
      ['b', 2000],
    ]);
    expect(ledger.reads).toEqual([undefined, ['a'], []]);
    kept.forget();
    await kept.rows(em);
    expect(ledger.reads.at(-1)).toBeUndefined();
  });

  it('does not keep a startup read before a change that named it landed', async () => {
    const ledger = fakeLedger([position('a', 1000), position('b', 2000)]);
    const kept = new KeptCompliance(ledger.source);
    await kept.rows(em);
    kept.forget(['a']);
    const release = ledger.holdReads();
    const read = ledger.nextRead();
    const racing = kept.rows(em);
    await read; // it has read a at 1000
    ledger.set([position('a', 4000), position('b', 2000)]);
    kept.forget(['a']); // the write that moved a committed during that read
    release();
    await racing;
    expect(await stakesOf(kept)).toEqual([
      ['a', 4000],
      ['b', 2000],
    ]);
  });

  it('does not keep a full read that raced a change of everything', async () => {
    const ledger = fakeLedger([position('a', 1000)]);
    const kept = new KeptCompliance(ledger.source);
    const release = ledger.holdReads();
    const read = ledger.nextRead();
    const racing = kept.rows(em);
    await read;
    ledger.set([position('a', 1000), position('c', 500)]);
    kept.forget();
    release();
    await racing;
    expect(await stakesOf(kept)).toEqual([
      ['a', 1000],
      ['c', 500],
    ]);
  });

  it('counts holdings not exited, near and over the cap, and shows the ten largest by stake then name', async () => {
    const many = Array.from({ length: 14 }, (_, i) => position(`s${String(i).padStart(2, '0')}`, 100));
    const ledger = fakeLedger([
      ...many,
      position('near', 4700),
      position('over', 5000),
      position('gone', 4800, 'EXITED'),
      position('off', 4000, 'WRITTEN_OFF'),
    ]);
    const [row] = await new KeptCompliance(ledger.source).rows(em);
    expect(row).toMatchObject({ holdings: 17, holdingsNearCap: 1, holdingsOverCap: 1, available: 30n });
    expect(row!.stakes.map((stake) => stake.startupId)).toEqual([
      'over',
      'near',
      'off',
      's00',
      's01',
      's02',
      's03',
      's04',
      's05',
      's06',
    ]);
  });
});
