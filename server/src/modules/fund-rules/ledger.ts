// The ledger figures a rule check needs, read by SQL from the fund ledger's tables (this module sits below the
// ledger and never writes them).
import type { EntityManager } from '@mikro-orm/postgresql';
import { applyRound, bpOf, makeStake, type Stake } from '@launchpad/shared';

export interface FundFigures {
  id: string;
  name: string;
  createdAt: Date;
  charterCapBp: number;
  stakeCapBp: number;
  charterCapital: bigint;
  stateCommitted: bigint;
  paidIn: bigint;
  invested: bigint;
}

export async function fundFigures(em: EntityManager, fundId: string): Promise<FundFigures | null> {
  const rows = await em.execute<
    {
      id: string;
      name: string;
      created_at: Date;
      charter_cap_bp: number;
      stake_cap_bp: number;
      charter_capital: string;
      state_committed: string;
      paid_in: string;
      invested: string;
    }[]
  >(
    `select id, name, created_at, charter_cap_bp, stake_cap_bp, charter_capital::text, state_committed::text,
            paid_in::text, invested::text
       from funds where id = ?`,
    [fundId],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    name: r.name,
    createdAt: new Date(r.created_at),
    charterCapBp: r.charter_cap_bp,
    stakeCapBp: r.stake_cap_bp,
    charterCapital: BigInt(r.charter_capital),
    stateCommitted: BigInt(r.state_committed),
    paidIn: BigInt(r.paid_in),
    invested: BigInt(r.invested),
  };
}

/**
 * The members of a fund with a current commitment above 0, by name, with their type. Under the fund row's lock
 * this is what the member-count rules count (the other members, and every investor).
 */
export async function committedMembers(em: EntityManager, fundId: string): Promise<Map<string, 'STATE' | 'PRIVATE'>> {
  const rows = await em.execute<{ name: string; type: 'STATE' | 'PRIVATE' }[]>(
    `select distinct m.name, m.type from fund_members m join commitments c on c.member_id = m.id
      where m.fund_id = ? and c.amount > 0`,
    [fundId],
  );
  return new Map(rows.map((r) => [r.name, r.type]));
}

/**
 * The fund's exact stake in a startup after every recorded round: s ← s·pre/post + a/post per round. Other
 * holders' stakes do not change this fraction, so only the pre-money, the raised total and the fund's amount matter.
 */
export async function fundStakeIn(
  em: EntityManager,
  fundId: string,
  startupId: string,
  asOf = '9999-12-31',
): Promise<Stake> {
  const rows = await em.execute<{ pre_money: string; raised: string; mine: string }[]>(
    `select r.pre_money::text, r.raised::text,
            coalesce((select sum(p.amount) from round_participations p where p.round_id = r.id and p.fund_id = ?), 0)::text as mine
       from funding_rounds r where r.startup_id = ? and r.date <= ?::date order by r.date, r.created_at, r.id`,
    [fundId, startupId, asOf],
  );
  let holdings = new Map<string, Stake>();
  for (const r of rows) {
    const mine = BigInt(r.mine);
    const others = BigInt(r.raised) - mine;
    holdings = applyRound(holdings, {
      preMoney: BigInt(r.pre_money),
      participations: [
        { holder: 'fund', amount: mine },
        { holder: 'others', amount: others },
      ],
    });
    holdings.delete('others');
  }
  return holdings.get('fund') ?? makeStake(0n, 1n);
}

export interface CycleHolding {
  startupId: string;
  startupName: string;
  firstInvested: string;
  cost: bigint;
  mark: bigint | null;
  markDate: string | null;
  exit: { kind: 'EXIT' | 'WRITE_OFF'; proceeds: bigint; date: string } | null;
}

/**
 * The fund's holdings of one investment cycle as of a day: startups it first invested in on or after
 * `cycleStart`, with their cost (participations up to `asOf`), latest mark and exit (up to `asOf`).
 */
export async function cycleHoldings(
  em: EntityManager,
  fundId: string,
  cycleStart: string,
  asOf: string,
): Promise<CycleHolding[]> {
  const rows = await em.execute<
    {
      startup_id: string;
      startup_name: string;
      first_invested: string;
      cost: string;
      mark: string | null;
      mark_date: string | null;
      exit_kind: 'EXIT' | 'WRITE_OFF' | null;
      proceeds: string | null;
      exit_date: string | null;
    }[]
  >(
    `with held as (
       select r.startup_id, min(r.date) as first_invested, sum(p.amount) as cost
         from round_participations p join funding_rounds r on r.id = p.round_id
        where p.fund_id = ? and r.date <= ?::date
        group by r.startup_id)
     select h.startup_id, s.name as startup_name, h.first_invested::text, h.cost::text,
            m.value::text as mark, m.date::text as mark_date,
            e.kind as exit_kind, e.proceeds::text, e.date::text as exit_date
       from held h
       join startups s on s.id = h.startup_id
       left join lateral (select v.value, v.date from valuation_marks v
                           where v.fund_id = ? and v.startup_id = h.startup_id and v.date <= ?::date
                           order by v.date desc, v.created_at desc limit 1) m on true
       left join fund_exits e on e.fund_id = ? and e.startup_id = h.startup_id and e.date <= ?::date
      where h.first_invested >= ?::date
      order by s.name`,
    [fundId, asOf, fundId, asOf, fundId, asOf, cycleStart],
  );
  return rows.map((r) => ({
    startupId: r.startup_id,
    startupName: r.startup_name,
    firstInvested: r.first_invested,
    cost: BigInt(r.cost),
    mark: r.mark === null ? null : BigInt(r.mark),
    markDate: r.mark_date,
    exit: r.exit_kind ? { kind: r.exit_kind, proceeds: BigInt(r.proceeds ?? '0'), date: r.exit_date! } : null,
  }));
}

/**
 * The commitments as they stood at the end of a Hanoi day (each commitment's last change by then):
 * the state's total, the charter capital and the other members with a commitment.
 */
export async function commitmentsAsOf(em: EntityManager, fundId: string, day: string) {
  const rows = await em.execute<{ type: 'STATE' | 'PRIVATE'; name: string; amount: string }[]>(
    `select m.type, m.name, x.amount_after::text as amount
       from commitments c
       join fund_members m on m.id = c.member_id
       join lateral (select cc.amount_after from commitment_changes cc
                      where cc.commitment_id = c.id
                        and cc.at < ((?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')
                      order by cc.at desc, cc.id desc limit 1) x on true
      where c.fund_id = ?`,
    [day, fundId],
  );
  let stateCommitted = 0n;
  let charterCapital = 0n;
  const others = new Set<string>();
  const investors = new Set<string>();
  for (const r of rows) {
    const amount = BigInt(r.amount);
    charterCapital += amount;
    if (r.type === 'STATE') stateCommitted += amount;
    else if (amount > 0n) others.add(r.name);
    if (amount > 0n) investors.add(r.name);
  }
  return { stateCommitted, charterCapital, others, investors };
}

/** The largest stake (basis points, floored) the fund held at the end of a day in a startup it had not exited. */
export async function largestStakeBp(em: EntityManager, fundId: string, asOf: string): Promise<number> {
  const rows = await em.execute<{ startup_id: string }[]>(
    `select distinct r.startup_id from round_participations p join funding_rounds r on r.id = p.round_id
      where p.fund_id = ? and r.date <= ?::date
        and not exists (select 1 from fund_exits e where e.fund_id = p.fund_id and e.startup_id = r.startup_id
                         and e.date <= ?::date)`,
    [fundId, asOf, asOf],
  );
  let largest = 0;
  for (const row of rows) {
    const stake = await fundStakeIn(em, fundId, row.startup_id, asOf);
    largest = Math.max(largest, bpOf(stake.num, stake.den));
  }
  return largest;
}
