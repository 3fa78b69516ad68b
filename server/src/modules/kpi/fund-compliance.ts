// Fund compliance for the board, through the fund module's own read functions (overview figures from the
// fund row's running totals, positions from the cap-table replay) — the KPI module does not re-derive them.
// Replaying every held startup's cap table takes seconds at 20,000 startups, so the live dashboard keeps the
// positions per startup between recomputes (KeptCompliance) and replays again only the startups whose cap
// tables a write changed, as the KPI change event names them; the fund rows are read afresh every time.
import type { EntityManager } from '@mikro-orm/postgresql';
import { compareVietnamese } from '@launchpad/shared';
import { FundSchema, fundOverview, positionsOf, type PositionView } from '../fund';

export interface FundComplianceRow {
  fundId: string;
  name: string;
  charterCapital: bigint;
  stateCommitted: bigint;
  privateCommitted: bigint;
  stateShareBp: number;
  charterCapBp: number;
  paidIn: bigint;
  invested: bigint;
  available: bigint;
  stakeCapBp: number;
  /** Holdings not exited, how many sit at ≥ 95% of the cap, how many above it (should be none). */
  holdings: number;
  holdingsNearCap: number;
  holdingsOverCap: number;
  /** The largest stakes only: a board reads the ones closest to the cap, not thousands of rows. */
  stakes: { startupId: string; startupName: string; stakeBp: number; capBp: number; invested: bigint }[];
}

export const LARGEST_STAKES = 10;

/** What compliance keeps of a position (plain values: an entity would hold on to its entity manager). */
type KeptPosition = Pick<PositionView, 'fundId' | 'startupId' | 'startupName' | 'invested' | 'stakeBp' | 'status'>;

function byStartup(positions: readonly PositionView[]): Map<string, KeptPosition[]> {
  const kept = new Map<string, KeptPosition[]>();
  for (const { fundId, startupId, startupName, invested, stakeBp, status } of positions) {
    const list = kept.get(startupId) ?? [];
    list.push({ fundId, startupId, startupName, invested, stakeBp, status });
    kept.set(startupId, list);
  }
  return kept;
}

function loadFunds(em: EntityManager) {
  return em.find(FundSchema, {}, { orderBy: { name: 'asc' } });
}

type Fund = Awaited<ReturnType<typeof loadFunds>>[number];

/** Where compliance reads the funds and their positions (the fund module; a test may pass its own). */
export interface ComplianceSource {
  funds(em: EntityManager): Promise<readonly Fund[]>;
  positions(em: EntityManager, fundIds: readonly string[], startupIds?: readonly string[]): Promise<PositionView[]>;
}

const LEDGER: ComplianceSource = { funds: loadFunds, positions: positionsOf };

/** The figures computed from nothing: every held startup's cap table replayed. */
export async function fundCompliance(em: EntityManager): Promise<FundComplianceRow[]> {
  const funds = await loadFunds(em);
  const positions = await positionsOf(
    em,
    funds.map((fund) => fund.id),
  );
  return complianceRows(funds, byStartup(positions).values());
}

/**
 * Compliance kept between recomputes. `forget` marks the startups a committed write touched (or everything);
 * `rows` replays only those. A refresh that read the database before a later write's `forget` does not keep
 * what it read for the startups that write touched (nor anything after a `forget` of everything).
 */
export class KeptCompliance {
  private positions = new Map<string, KeptPosition[]>();
  private complete = false;
  private stale = new Set<string>();
  private epoch = 0;
  private everythingAt = 0;
  private touchedAt = new Map<string, number>();

  constructor(private readonly source: ComplianceSource = LEDGER) {}

  /** A write changed these startups' cap tables; without ids, any of them may have changed. */
  forget(startupIds?: readonly string[]): void {
    this.epoch++;
    if (!startupIds) {
      this.everythingAt = this.epoch;
      this.complete = false;
      this.positions = new Map();
      this.stale.clear();
      return;
    }
    for (const id of startupIds) {
      this.touchedAt.set(id, this.epoch);
      this.stale.add(id);
    }
  }

  async rows(em: EntityManager): Promise<FundComplianceRow[]> {
    const started = this.epoch;
    const funds = await this.source.funds(em);
    const fundIds = funds.map((fund) => fund.id);
    const readBefore = (id: string) => (this.touchedAt.get(id) ?? 0) <= started;
    if (!this.complete) {
      const all = byStartup(await this.source.positions(em, fundIds));
      if (this.everythingAt <= started) {
        this.positions = all;
        this.complete = true;
        this.stale = new Set([...this.stale].filter((id) => !readBefore(id)));
      }
      return complianceRows(funds, all.values());
    }
    const base = this.positions;
    const refreshed = [...this.stale];
    const fresh = byStartup(await this.source.positions(em, fundIds, refreshed));
    if (this.positions !== base || this.everythingAt > started) {
      return complianceRows(funds, withRefreshed(base, refreshed, fresh)); // for this answer only
    }
    for (const id of refreshed.filter(readBefore)) {
      const now = fresh.get(id);
      if (now) base.set(id, now);
      else base.delete(id);
      this.stale.delete(id);
    }
    // A startup touched while it was read stays stale for the next recompute; this answer uses what was read.
    const touchedSince = refreshed.filter((id) => !readBefore(id));
    return complianceRows(funds, touchedSince.length ? withRefreshed(base, touchedSince, fresh) : base.values());
  }
}

/** The kept positions with the refreshed startups' replaced by what was just read (without copying the rest). */
function* withRefreshed(
  kept: ReadonlyMap<string, KeptPosition[]>,
  refreshed: readonly string[],
  fresh: ReadonlyMap<string, KeptPosition[]>,
): Generator<KeptPosition[]> {
  const replaced = new Set(refreshed);
  for (const [id, list] of kept) if (!replaced.has(id)) yield list;
  for (const id of refreshed) {
    const now = fresh.get(id);
    if (now) yield now;
  }
}

function complianceRows(funds: readonly Fund[], positions: Iterable<readonly KeptPosition[]>): FundComplianceRow[] {
  const heldBy = new Map<string, KeptPosition[]>(funds.map((fund) => [fund.id, []]));
  // Exited holdings no longer count against the cap; written-off ones still hold their (worthless) stake.
  for (const list of positions) {
    for (const position of list) if (position.status !== 'EXITED') heldBy.get(position.fundId)?.push(position);
  }
  return funds.map((fund) => {
    const overview = fundOverview(fund);
    return {
      fundId: fund.id,
      name: fund.name,
      charterCapital: fund.charterCapital,
      stateCommitted: fund.stateCommitted,
      privateCommitted: overview.privateCommitted,
      stateShareBp: overview.stateShareBp,
      charterCapBp: fund.charterCapBp,
      paidIn: fund.paidIn,
      invested: fund.invested,
      available: overview.available,
      stakeCapBp: fund.stakeCapBp,
      ...stakeFigures(heldBy.get(fund.id)!, fund.stakeCapBp),
    };
  });
}

/** Largest stake first, then by name (and id, so that equal names come in one order whatever the input's). */
function largerFirst(a: KeptPosition, b: KeptPosition): number {
  return (
    b.stakeBp - a.stakeBp ||
    compareVietnamese(a.startupName, b.startupName) ||
    (a.startupId < b.startupId ? -1 : a.startupId > b.startupId ? 1 : 0)
  );
}

/** The `count` first positions in `largerFirst` order, in one pass (thousands held; only a few shown). */
function largest(held: readonly KeptPosition[], count: number): KeptPosition[] {
  const top: KeptPosition[] = [];
  for (const position of held) {
    const last = top.at(-1);
    // Smaller stakes than the last kept one are out without comparing names.
    if (top.length === count && (position.stakeBp < last!.stakeBp || largerFirst(position, last!) >= 0)) continue;
    let at = top.length;
    while (at > 0 && largerFirst(position, top[at - 1]!) < 0) at--;
    top.splice(at, 0, position);
    if (top.length > count) top.pop();
  }
  return top;
}

function stakeFigures(held: readonly KeptPosition[], capBp: number) {
  let nearCap = 0;
  let overCap = 0;
  for (const h of held) {
    if (h.stakeBp > capBp) overCap++;
    else if (h.stakeBp * 100 >= capBp * 95) nearCap++;
  }
  return {
    holdings: held.length,
    holdingsNearCap: nearCap,
    holdingsOverCap: overCap,
    stakes: largest(held, LARGEST_STAKES).map((holding) => ({
      startupId: holding.startupId,
      startupName: holding.startupName,
      stakeBp: holding.stakeBp,
      capBp,
      invested: holding.invested,
    })),
  };
}
