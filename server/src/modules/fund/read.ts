// Read side of the fund ledger: cap tables, holdings, performance and CSV, batched by hand-written SQL.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  compareVietnamese,
  badInput,
  checkCharterRule,
  checkStakeRule,
  privateWithdrawalHeadroom,
  stakeBp,
  bpOf,
  ZERO_STAKE,
  ilpaPerformance,
  type CashFlow,
  type HoldingAsOf,
  type IlpaPerformance,
} from '@launchpad/shared';
import { searchCondition, searchTerm } from '../../db/search';
import {
  ExitSchema,
  FundSchema,
  FundingRoundSchema,
  ValuationMarkSchema,
  type CapitalPayment,
  type Commitment,
  type CommitmentChange,
  type Exit,
  type ExitKind,
  type Fund,
  type FundingRound,
  type Instrument,
  type ValuationMark,
} from './entities';
import { capTableRows, fundHolderKey, holderOf, replay, type CapTableEvent, type HolderKind } from './cap-table';
import { requireId, uuidArray } from '../../kernel';
import type { FundFigures } from '../fund-rules';

// ---- Views: the ledger's records as GraphQL reads them (queries and mutations alike) ----

/** A fund as GraphQL reads it: the same figures the rules module reads for its checks. */
export type FundView = FundFigures;

export function fundView(fund: Fund): FundView {
  const { id, name, charterCapBp, stakeCapBp, charterCapital, stateCommitted, paidIn, invested, createdAt } = fund;
  return { id, name, charterCapBp, stakeCapBp, charterCapital, stateCommitted, paidIn, invested, createdAt };
}

export interface CommitmentView {
  id: string;
  fundId: string;
  memberId: string;
  amount: bigint;
  paidIn: bigint;
  createdAt: Date;
}

export function commitmentView(c: Commitment): CommitmentView {
  return {
    id: c.id,
    fundId: c.fund.id,
    memberId: c.member.id,
    amount: c.amount,
    paidIn: c.paidIn,
    createdAt: c.createdAt,
  };
}

export interface CommitmentChangeView {
  id: string;
  commitmentId: string;
  amountBefore: bigint;
  amountAfter: bigint;
  reason: string | null;
  at: Date;
}

export function commitmentChangeView(c: CommitmentChange): CommitmentChangeView {
  return {
    id: c.id,
    commitmentId: c.commitment.id,
    amountBefore: c.amountBefore,
    amountAfter: c.amountAfter,
    reason: c.reason ?? null,
    at: c.at,
  };
}

export interface CapitalPaymentView {
  id: string;
  fundId: string;
  commitmentId: string;
  amount: bigint;
  date: string;
  createdAt: Date;
}

export function capitalPaymentView(p: CapitalPayment): CapitalPaymentView {
  return {
    id: p.id,
    fundId: p.fund.id,
    commitmentId: p.commitment.id,
    amount: p.amount,
    date: p.date,
    createdAt: p.createdAt,
  };
}

export interface FundingRoundView {
  id: string;
  startupId: string;
  date: string;
  instrument: Instrument;
  preMoney: bigint;
  raised: bigint;
  createdAt: Date;
}

export function fundingRoundView(r: FundingRound): FundingRoundView {
  return {
    id: r.id,
    startupId: r.startup.id,
    date: r.date,
    instrument: r.instrument,
    preMoney: r.preMoney,
    raised: r.raised,
    createdAt: r.createdAt,
  };
}

export interface ValuationMarkView {
  id: string;
  fundId: string;
  startupId: string;
  date: string;
  value: bigint;
  createdAt: Date;
}

export function valuationMarkView(m: ValuationMark): ValuationMarkView {
  return { id: m.id, fundId: m.fund.id, startupId: m.startup.id, date: m.date, value: m.value, createdAt: m.createdAt };
}

export interface ExitView {
  id: string;
  fundId: string;
  startupId: string;
  kind: ExitKind;
  date: string;
  proceeds: bigint;
  buyerName: string | null;
  createdAt: Date;
}

export function exitView(e: Exit): ExitView {
  return {
    id: e.id,
    fundId: e.fund.id,
    startupId: e.startup.id,
    kind: e.kind,
    date: e.date,
    proceeds: e.proceeds,
    buyerName: e.buyerName ?? null,
    createdAt: e.createdAt,
  };
}

// ---- Fund overview figures (pure, from the fund row's totals) ----

export function fundOverview(fund: FundView) {
  const totals = { stateCommitted: fund.stateCommitted, charterCapital: fund.charterCapital, capBp: fund.charterCapBp };
  return {
    privateCommitted: fund.charterCapital - fund.stateCommitted,
    stateShareBp: bpOf(fund.stateCommitted, fund.charterCapital),
    available: fund.paidIn - fund.invested,
    charterHeadroom: checkCharterRule(totals).headroom,
    privateWithdrawalHeadroom: privateWithdrawalHeadroom(totals),
    cashHeadroom: fund.paidIn > fund.invested ? fund.paidIn - fund.invested : 0n,
  };
}

// ---- Startups (read by id only; the startups module owns the table) ----

export async function startupNames(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await em.execute<{ id: string; name: string }[]>(
    'select id, name from startups where id = any(?::uuid[])',
    [uuidArray(ids)],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ---- Cap table events ----

interface RoundRow {
  id: string;
  startup_id: string;
  date: string;
  pre_money: string;
  seq: string;
  kind: Exclude<HolderKind, 'FOUNDERS'>;
  fund_id: string | null;
  holder_name: string;
  amount: string;
}
interface ExitRow {
  startup_id: string;
  fund_id: string;
  date: string;
  seq: string;
  buyer_name: string | null;
  kind: 'EXIT' | 'WRITE_OFF';
}

/** Every round and exit of the given startups, as replayable events. */
export async function loadEvents(
  em: EntityManager,
  startupIds: readonly string[],
): Promise<Map<string, CapTableEvent[]>> {
  const result = new Map<string, CapTableEvent[]>(startupIds.map((id) => [id, []]));
  if (startupIds.length === 0) return result;
  const ids = uuidArray(startupIds);
  const rounds = await em.execute<RoundRow[]>(
    `select r.id, r.startup_id, r.date::text as date, r.pre_money::text as pre_money,
            (extract(epoch from r.created_at) * 1000000)::bigint::text as seq,
            p.kind, p.fund_id, coalesce(f.name, p.investor_name) as holder_name, p.amount::text as amount
       from funding_rounds r
       join round_participations p on p.round_id = r.id
       left join funds f on f.id = p.fund_id
      where r.startup_id = any(?::uuid[])
      order by r.date, r.created_at, r.id, p.id`,
    [ids],
  );
  const byRound = new Map<string, Extract<CapTableEvent, { type: 'ROUND' }>>();
  for (const row of rounds) {
    let event = byRound.get(row.id);
    if (!event) {
      event = {
        type: 'ROUND',
        date: row.date,
        seq: Number(row.seq),
        preMoney: BigInt(row.pre_money),
        participations: [],
      };
      byRound.set(row.id, event);
      result.get(row.startup_id)!.push(event);
    }
    event.participations.push({
      holder: holderOf({ kind: row.kind, fundId: row.fund_id, name: row.holder_name }),
      amount: BigInt(row.amount),
    });
  }
  const exits = await em.execute<ExitRow[]>(
    `select e.startup_id, e.fund_id, e.date::text as date, e.kind, e.buyer_name,
            (extract(epoch from e.created_at) * 1000000)::bigint::text as seq
       from fund_exits e where e.startup_id = any(?::uuid[])`,
    [ids],
  );
  for (const row of exits) {
    result.get(row.startup_id)!.push({
      type: 'EXIT',
      date: row.date,
      seq: Number(row.seq),
      fundId: row.fund_id,
      buyer:
        row.kind === 'EXIT' ? holderOf({ kind: 'PRIVATE', fundId: null, name: row.buyer_name ?? 'Người mua' }) : null,
    });
  }
  return result;
}

export async function loadStartupEvents(em: EntityManager, startupId: string): Promise<CapTableEvent[]> {
  return (await loadEvents(em, [startupId])).get(startupId) ?? [];
}

// ---- Cap table ----

export interface CapTableEntryView {
  holderName: string;
  kind: HolderKind;
  fundId: string | null;
  stakeBp: number;
  stakeNumerator: string;
  stakeDenominator: string;
  invested: bigint;
  capBp: number | null;
  headroomBp: number | null;
}

export async function capTable(em: EntityManager, startupIdInput: string) {
  const startupId = requireId('startupId', startupIdInput);
  const names = await startupNames(em, [startupId]);
  const startupName = names.get(startupId);
  if (startupName === undefined) throw badInput('startupId', 'No startup has this id.');
  const state = replay(await loadStartupEvents(em, startupId));
  const rows = capTableRows(state);
  const fundIds = rows.flatMap((r) => (r.holder.fundId ? [r.holder.fundId] : []));
  const funds = fundIds.length ? await em.find(FundSchema, { id: { $in: fundIds } }) : [];
  const caps = new Map(funds.map((f) => [f.id, f.stakeCapBp]));
  const entries: CapTableEntryView[] = rows.map((r) => {
    const capBp = r.holder.fundId ? (caps.get(r.holder.fundId) ?? null) : null;
    return {
      holderName: r.holder.name,
      kind: r.holder.kind,
      fundId: r.holder.fundId,
      stakeBp: r.stakeBp,
      stakeNumerator: r.stake.num.toString(),
      stakeDenominator: r.stake.den.toString(),
      invested: r.invested,
      capBp,
      headroomBp: capBp === null ? null : Math.max(0, capBp - r.stakeBp),
    };
  });
  const rounds = (
    await em.find(FundingRoundSchema, { startup: startupId }, { orderBy: { date: 'desc', createdAt: 'desc' } })
  ).map(fundingRoundView);
  return { startupId, startupName, lastPostMoney: state.lastPostMoney, rounds, entries };
}

/** The fund's current stake in a startup (exact), after every recorded round and exit. */
export async function fundStake(em: EntityManager, fundId: string, startupId: string) {
  const state = replay(await loadStartupEvents(em, requireId('startupId', startupId)));
  return state.stakes.get(fundHolderKey(fundId)) ?? ZERO_STAKE;
}

/** The largest amount the fund could put into a next round (given pre-money and the others' amounts). */
export async function stakeHeadroom(
  em: EntityManager,
  fund: Pick<FundView, 'id' | 'stakeCapBp'>,
  startupId: string,
  preMoney: bigint,
  othersAmount: bigint,
) {
  const state = replay(await loadStartupEvents(em, requireId('startupId', startupId)));
  const participations = [{ holder: fundHolderKey(fund.id), amount: 0n }];
  if (othersAmount > 0n) participations.push({ holder: 'others', amount: othersAmount });
  if (preMoney + othersAmount === 0n) return 0n;
  return checkStakeRule({
    holdingsBefore: state.stakes,
    round: { preMoney, participations },
    holder: fundHolderKey(fund.id),
    capBp: fund.stakeCapBp,
  }).headroom;
}

// ---- Holdings and performance ----

export interface HoldingView {
  fundId: string;
  startupId: string;
  startupName: string;
  invested: bigint;
  stakeBp: number;
  stakeCapBp: number;
  status: 'ACTIVE' | 'EXITED' | 'WRITTEN_OFF';
  latestValuation: ValuationMarkView | null;
  unrealizedValue: bigint;
  realizedValue: bigint;
  valuations: ValuationMarkView[];
  exit: ExitView | null;
}

/** A fund's position in a startup: what it put in, its stake after every round and exit, and whether it left. */
export interface PositionView {
  fundId: string;
  startupId: string;
  startupName: string;
  invested: bigint;
  /** Its current stake in basis points (0 once exited). */
  stakeBp: number;
  status: 'ACTIVE' | 'EXITED' | 'WRITTEN_OFF';
  exit: ExitView | null;
}

/**
 * The positions of the given funds in every startup they invested in — or, with `startupIds`, in those startups
 * only (a caller that keeps positions refreshes the ones a write touched). Each startup's cap table is replayed.
 */
export async function positionsOf(
  em: EntityManager,
  fundIds: readonly string[],
  startupIds?: readonly string[],
): Promise<PositionView[]> {
  if (fundIds.length === 0 || startupIds?.length === 0) return [];
  const funds = uuidArray(fundIds);
  const only = startupIds ? uuidArray(startupIds) : null;
  const pairs = await em.execute<{ fund_id: string; startup_id: string; invested: string }[]>(
    `select p.fund_id, r.startup_id, sum(p.amount)::text as invested
       from round_participations p join funding_rounds r on r.id = p.round_id
      where p.fund_id = any(?::uuid[]) and (?::uuid[] is null or r.startup_id = any(?::uuid[]))
      group by p.fund_id, r.startup_id`,
    [funds, only, only],
  );
  if (pairs.length === 0) return [];
  const held = [...new Set(pairs.map((p) => p.startup_id))];
  const [events, names, exits] = await Promise.all([
    loadEvents(em, held),
    startupNames(em, held),
    em
      .find(ExitSchema, { fund: { $in: [...fundIds] }, ...(startupIds ? { startup: { $in: held } } : {}) })
      .then((list) => list.map(exitView)),
  ]);
  const states = new Map([...events].map(([id, list]) => [id, replay(list)]));
  return pairs.map((pair) => {
    const exit = exits.find((e) => e.fundId === pair.fund_id && e.startupId === pair.startup_id) ?? null;
    const stake = states.get(pair.startup_id)?.stakes.get(fundHolderKey(pair.fund_id)) ?? ZERO_STAKE;
    const status = exit ? (exit.kind === 'EXIT' ? 'EXITED' : 'WRITTEN_OFF') : 'ACTIVE';
    return {
      fundId: pair.fund_id,
      startupId: pair.startup_id,
      startupName: names.get(pair.startup_id) ?? '',
      invested: BigInt(pair.invested),
      stakeBp: status === 'EXITED' ? 0 : stakeBp(stake),
      status,
      exit,
    };
  });
}

/** Holdings of several funds at once (one set of queries for the whole list). */
export async function holdingsOf(
  em: EntityManager,
  funds: readonly Pick<FundView, 'id' | 'stakeCapBp'>[],
): Promise<Map<string, HoldingView[]>> {
  const result = new Map<string, HoldingView[]>(funds.map((f) => [f.id, []]));
  const fundIds = funds.map((f) => f.id);
  const [positions, marks] = await Promise.all([
    positionsOf(em, fundIds),
    fundIds.length === 0
      ? []
      : em
          .find(ValuationMarkSchema, { fund: { $in: fundIds } }, { orderBy: { date: 'asc', createdAt: 'asc' } })
          .then((list) => list.map(valuationMarkView)),
  ]);
  const byFund = new Map(funds.map((f) => [f.id, f]));
  for (const position of positions) {
    const valuations = marks.filter((m) => m.fundId === position.fundId && m.startupId === position.startupId);
    const latestValuation = valuations.at(-1) ?? null;
    const { status, invested, exit } = position;
    result.get(position.fundId)!.push({
      ...position,
      stakeCapBp: byFund.get(position.fundId)!.stakeCapBp,
      latestValuation,
      // Without a mark a holding is carried at cost; exits and write-offs carry nothing.
      unrealizedValue: status === 'ACTIVE' ? (latestValuation?.value ?? invested) : 0n,
      realizedValue: exit?.proceeds ?? 0n,
      valuations,
    });
  }
  for (const list of result.values()) list.sort((a, b) => compareVietnamese(a.startupName, b.startupName));
  return result;
}

/**
 * ILPA performance of several funds as of one Hanoi day (see ilpaPerformance in @launchpad/shared): only what
 * is dated on or before `asOf` counts — pay-ins, the fund's round participations, its latest marks and its
 * exits. The ledger records no liabilities yet, so they are 0.
 */
export async function performanceAsOf(
  em: EntityManager,
  fundIds: readonly string[],
  asOf: string,
): Promise<Map<string, IlpaPerformance>> {
  const ids = uuidArray(fundIds);
  const [payIns, investments, marks, exits] = await Promise.all([
    em.execute<{ fund_id: string; date: string; amount: string }[]>(
      `select fund_id, date::text as date, sum(amount)::text as amount from capital_payments
        where fund_id = any(?::uuid[]) and date <= ?::date group by fund_id, date`,
      [ids, asOf],
    ),
    em.execute<{ fund_id: string; startup_id: string; date: string; amount: string }[]>(
      `select p.fund_id, r.startup_id, r.date::text as date, sum(p.amount)::text as amount
         from round_participations p join funding_rounds r on r.id = p.round_id
        where p.fund_id = any(?::uuid[]) and r.date <= ?::date
        group by p.fund_id, r.startup_id, r.date`,
      [ids, asOf],
    ),
    em.execute<{ fund_id: string; startup_id: string; value: string }[]>(
      `select distinct on (fund_id, startup_id) fund_id, startup_id, value::text as value from valuation_marks
        where fund_id = any(?::uuid[]) and date <= ?::date
        order by fund_id, startup_id, date desc, created_at desc, id desc`,
      [ids, asOf],
    ),
    em.execute<{ fund_id: string; startup_id: string; date: string; proceeds: string }[]>(
      `select fund_id, startup_id, date::text as date, proceeds::text as proceeds from fund_exits
        where fund_id = any(?::uuid[]) and date <= ?::date`,
      [ids, asOf],
    ),
  ]);
  const result = new Map<string, IlpaPerformance>();
  for (const fundId of fundIds) {
    const holdings = new Map<string, HoldingAsOf & { investments: CashFlow[] }>();
    for (const row of investments) {
      if (row.fund_id !== fundId) continue;
      const holding = holdings.get(row.startup_id) ?? { investments: [], latestMark: null, exit: null };
      holding.investments.push({ date: row.date, amount: BigInt(row.amount) });
      holdings.set(row.startup_id, holding);
    }
    for (const [startupId, holding] of holdings) {
      const mark = marks.find((m) => m.fund_id === fundId && m.startup_id === startupId);
      const exit = exits.find((e) => e.fund_id === fundId && e.startup_id === startupId);
      holdings.set(startupId, {
        ...holding,
        latestMark: mark ? BigInt(mark.value) : null,
        exit: exit ? { date: exit.date, amount: BigInt(exit.proceeds) } : null,
      });
    }
    result.set(
      fundId,
      ilpaPerformance({
        asOf,
        payIns: payIns.filter((p) => p.fund_id === fundId).map((p) => ({ date: p.date, amount: BigInt(p.amount) })),
        holdings: [...holdings.values()],
        liabilities: 0n,
      }),
    );
  }
  return result;
}

// ---- Lists ----

export interface MemberView {
  id: string;
  fundId: string;
  name: string;
  type: 'STATE' | 'PRIVATE';
  committed: bigint;
  paidIn: bigint;
}

/** The members of the funds (optionally only those whose name matches `search`, accent- and case-insensitive). */
export async function membersOf(
  em: EntityManager,
  fundIds: readonly string[],
  search: string | null = null,
): Promise<MemberView[]> {
  const rows = await em.execute<
    { id: string; fund_id: string; name: string; type: 'STATE' | 'PRIVATE'; committed: string; paid_in: string }[]
  >(
    `select m.id, m.fund_id, m.name, m.type, coalesce(sum(c.amount), 0)::text as committed, coalesce(sum(c.paid_in), 0)::text as paid_in
       from fund_members m left join commitments c on c.member_id = m.id
      where m.fund_id = any(?::uuid[])${search ? ` and ${searchCondition('m')}` : ''}
      group by m.id order by m.type desc, m.name`,
    search ? [uuidArray(fundIds), searchTerm(search)] : [uuidArray(fundIds)],
  );
  return rows.map((r) => ({
    id: r.id,
    fundId: r.fund_id,
    name: r.name,
    type: r.type,
    committed: BigInt(r.committed),
    paidIn: BigInt(r.paid_in),
  }));
}

export async function roundsOf(
  em: EntityManager,
  filter: { startupId?: string | null; fundId?: string | null },
): Promise<FundingRoundView[]> {
  const where: Record<string, unknown> = {};
  if (filter.startupId) where.startup = requireId('startupId', filter.startupId);
  const fundId = filter.fundId ? requireId('fundId', filter.fundId) : null;
  if (fundId) {
    const ids = await em.execute<{ round_id: string }[]>(
      'select distinct round_id from round_participations where fund_id = ?',
      [fundId],
    );
    where.id = { $in: ids.map((r) => r.round_id) };
  }
  const rounds = await em.find(FundingRoundSchema, where, { orderBy: { date: 'desc', createdAt: 'desc' } });
  return rounds.map(fundingRoundView);
}

// ---- Participations ----

export interface ParticipationView {
  id: string;
  roundId: string;
  kind: 'FUND' | 'OTHER_FUND' | 'PRIVATE';
  fundId: string | null;
  holderName: string;
  amount: bigint;
  roundStakeBp: number;
}

export async function participationsOf(em: EntityManager, roundIds: readonly string[]): Promise<ParticipationView[]> {
  if (roundIds.length === 0) return [];
  const rows = await em.execute<
    {
      id: string;
      round_id: string;
      kind: ParticipationView['kind'];
      fund_id: string | null;
      holder_name: string;
      amount: string;
      post: string;
    }[]
  >(
    `select p.id, p.round_id, p.kind, p.fund_id, coalesce(f.name, p.investor_name) as holder_name,
            p.amount::text as amount, (r.pre_money + r.raised)::text as post
       from round_participations p join funding_rounds r on r.id = p.round_id left join funds f on f.id = p.fund_id
      where p.round_id = any(?::uuid[]) order by p.amount desc, p.id`,
    [uuidArray(roundIds)],
  );
  return rows.map((r) => ({
    id: r.id,
    roundId: r.round_id,
    kind: r.kind,
    fundId: r.fund_id,
    holderName: r.holder_name,
    amount: BigInt(r.amount),
    roundStakeBp: bpOf(BigInt(r.amount), BigInt(r.post)),
  }));
}

/** Member name and type of each commitment. */
export async function commitmentMembers(
  em: EntityManager,
  commitmentIds: readonly string[],
): Promise<Map<string, { name: string; type: 'STATE' | 'PRIVATE' }>> {
  if (commitmentIds.length === 0) return new Map();
  const rows = await em.execute<{ id: string; name: string; type: 'STATE' | 'PRIVATE' }[]>(
    `select c.id, m.name, m.type from commitments c join fund_members m on m.id = c.member_id where c.id = any(?::uuid[])`,
    [uuidArray(commitmentIds)],
  );
  return new Map(rows.map((r) => [r.id, { name: r.name, type: r.type }]));
}
