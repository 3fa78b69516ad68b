// The KPI engine: every figure is an aggregate computed by PostgreSQL over the lifecycle and fund tables
// (stage_moves, startups, cohorts, milestones, funding_rounds, round_participations, commitment_changes),
// never by loading rows into JavaScript. Days are Hanoi's: an instant counts on its Asia/Ho_Chi_Minh date.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  KPI_WINDOW,
  STAGES,
  TIMEZONE,
  bpOf,
  CAPITAL_MOBILIZED_SQL,
  bpOfExact,
  clampToInt32,
  planForPeriod,
  projectRunRate,
  type KpiMetric,
  type KpiPlan,
  type RunRateProjection,
} from '@launchpad/shared';
import type { FundComplianceRow } from './fund-compliance';

export interface KpiPeriod {
  from: string;
  to: string;
}

export interface KpiFigure<T extends bigint | number> {
  actual: T;
  target: T;
  planToDate: T;
  /** actual / target in basis points, clamped to the GraphQL Int range. */
  percentBp: number;
  /** The same, exact, as a decimal string (it passes 2^31 when the actual dwarfs the target). */
  percentBpExact: string;
  onPlan: boolean;
}

export interface KpiYearRow {
  year: number;
  startupsIncubated: number;
  startupsPlan: number;
  startupsCumulative: number;
  startupsPlanCumulative: number;
  capitalMobilized: bigint;
  capitalPlan: bigint;
  capitalCumulative: bigint;
  capitalPlanCumulative: bigint;
}

export type CapitalSource = 'FUND' | 'OTHER_FUND' | 'PRIVATE';
export const CAPITAL_SOURCES: readonly CapitalSource[] = ['FUND', 'OTHER_FUND', 'PRIVATE'];

export interface KpiTargetRow {
  metric: KpiMetric;
  total: string;
  yearly: { year: number; amount: string }[];
  updatedAt: Date;
}

export interface KpiSummaryData {
  from: string;
  to: string;
  asOf: string;
  startupsIncubated: KpiFigure<number>;
  capitalMobilized: KpiFigure<bigint>;
}

export interface KpiDashboardData extends KpiSummaryData {
  capitalBySource: { source: CapitalSource; amount: bigint }[];
  privateCommittedToFund: bigint;
  byYear: KpiYearRow[];
  funnel: { stage: string; count: number }[];
  bySector: { sector: string; nameVi: string; nameEn: string; startups: number; incubated: number; capital: bigint }[];
  byCohort: {
    cohortId: string | null;
    name: string | null;
    startups: number;
    incubated: number;
    milestonesVerified: number;
    milestonesTotal: number;
    capital: bigint;
  }[];
  milestones: { verified: number; total: number; completionBp: number };
  fundCompliance: FundComplianceRow[];
  projections: {
    startupsIncubated: {
      actualToDate: number;
      target: number;
      projectedTotal: number;
      metInYear: number | null;
      shortfall: number;
    };
    capitalMobilized: RunRateProjection & { actualToDate: bigint; target: bigint };
  };
  targets: KpiTargetRow[];
}

export type KpiPlans = Record<KpiMetric, KpiPlan>;

type Db = Pick<EntityManager, 'getConnection'>;

function run<T>(em: Db, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params);
}

// A startup's first entry into INCUBATION, as a Hanoi calendar day. Later moves back or ends do not
// un-count it, and a second entry does not count it twice: every startup counts once, in the period of
// its first entry, so the yearly figures add up to the window's.
const FIRST_INCUBATION = `
  first_incubation as (
    select startup_id, (min("at") at time zone '${TIMEZONE}')::date as day
      from stage_moves where to_stage = 'INCUBATION' group by startup_id
  )`;

// Capital mobilized in the period (shared CAPITAL_MOBILIZED_SQL), per startup.
const M = CAPITAL_MOBILIZED_SQL;
const CAPITAL_IN_PERIOD = `
  capital as (
    select ${M.startup} as startup_id, sum(${M.amount}) as amount
      from ${M.from}
     where ${M.day} between ?::date and ?::date
     group by ${M.startup}
  )`;

/** Startups incubated per Hanoi calendar year inside the period. */
async function incubatedByYear(em: Db, period: KpiPeriod): Promise<Map<number, number>> {
  const rows = await run<{ year: number; count: number }>(
    em,
    `with ${FIRST_INCUBATION}
     select extract(year from day)::int as year, count(*)::int as count
       from first_incubation where day between ?::date and ?::date group by 1`,
    [period.from, period.to],
  );
  return new Map(rows.map((row) => [row.year, row.count]));
}

/** Capital mobilized per year and source inside the period (round dates are calendar dates already). */
async function capitalByYearAndSource(em: Db, period: KpiPeriod) {
  const rows = await run<{ year: number; source: CapitalSource; amount: string }>(
    em,
    `select extract(year from ${M.day})::int as year, ${M.source}::text as source, sum(${M.amount})::text as amount
       from ${M.from}
      where ${M.day} between ?::date and ?::date
      group by 1, 2`,
    [period.from, period.to],
  );
  return rows.map((row) => ({ year: row.year, source: row.source, amount: BigInt(row.amount) }));
}

/**
 * Net private capital committed to the fund(s) in the period: the commitment history's increases minus
 * decreases of PRIVATE members, dated on Hanoi days.
 */
async function privateCommitted(em: Db, period: KpiPeriod): Promise<bigint> {
  const [row] = await run<{ amount: string }>(
    em,
    `select coalesce(sum(ch.amount_after - ch.amount_before), 0)::text as amount
       from commitment_changes ch
       join commitments c on c.id = ch.commitment_id
       join fund_members m on m.id = c.member_id
      where m.type = 'PRIVATE' and (ch."at" at time zone '${TIMEZONE}')::date between ?::date and ?::date`,
    [period.from, period.to],
  );
  return BigInt(row?.amount ?? '0');
}

/** Startups at each stage now, every stage listed in the value chain's order. */
async function funnel(em: Db) {
  const rows = await run<{ stage: string; count: number }>(
    em,
    `select stage::text as stage, count(*)::int as count from startups group by stage`,
  );
  return STAGES.map((stage) => ({ stage, count: rows.find((row) => row.stage === stage)?.count ?? 0 }));
}

async function bySector(em: Db, period: KpiPeriod) {
  const rows = await run<{
    sector: string;
    nameVi: string;
    nameEn: string;
    startups: number;
    incubated: number;
    capital: string;
  }>(
    em,
    `with ${FIRST_INCUBATION}, ${CAPITAL_IN_PERIOD}
     select s.sector, coalesce(min(x.name_vi), s.sector) collate "vi_icu" as "nameVi", coalesce(min(x.name_en), s.sector) as "nameEn",
            count(*)::int as startups,
            count(fi.startup_id) filter (where fi.day between ?::date and ?::date)::int as incubated,
            coalesce(sum(c.amount), 0)::text as capital
       from startups s
       left join first_incubation fi on fi.startup_id = s.id
       left join capital c on c.startup_id = s.id
       left join sectors x on x.code = s.sector
      group by s.sector
      order by startups desc, 2`,
    [period.from, period.to, period.from, period.to],
  );
  return rows.map((row) => ({ ...row, capital: BigInt(row.capital) }));
}

async function byCohort(em: Db, period: KpiPeriod) {
  const rows = await run<{
    cohort_id: string | null;
    name: string | null;
    startups: number;
    incubated: number;
    verified: number;
    total: number;
    capital: string;
  }>(
    em,
    `with ${FIRST_INCUBATION}, ${CAPITAL_IN_PERIOD},
     ms as (
       select startup_id, count(*) filter (where status = 'VERIFIED') as verified, count(*) as total
         from milestones group by startup_id
     )
     select s.cohort_id, min(co.name) as name, count(*)::int as startups,
            count(fi.startup_id) filter (where fi.day between ?::date and ?::date)::int as incubated,
            coalesce(sum(ms.verified), 0)::int as verified, coalesce(sum(ms.total), 0)::int as total,
            coalesce(sum(c.amount), 0)::text as capital
       from startups s
       left join cohorts co on co.id = s.cohort_id
       left join first_incubation fi on fi.startup_id = s.id
       left join capital c on c.startup_id = s.id
       left join ms on ms.startup_id = s.id
      group by s.cohort_id
      order by min(co.start_date) nulls last, min(co.name)`,
    [period.from, period.to, period.from, period.to],
  );
  return rows.map((row) => ({
    cohortId: row.cohort_id,
    name: row.name,
    startups: row.startups,
    incubated: row.incubated,
    milestonesVerified: row.verified,
    milestonesTotal: row.total,
    capital: BigInt(row.capital),
  }));
}

async function milestoneCompletion(em: Db) {
  const [row] = await run<{ verified: number; total: number }>(
    em,
    `select count(*) filter (where status = 'VERIFIED')::int as verified, count(*)::int as total from milestones`,
  );
  const verified = row?.verified ?? 0;
  const total = row?.total ?? 0;
  return { verified, total, completionBp: bpOf(BigInt(verified), BigInt(total)) };
}

/** The window total of both metrics from the start of 2026 through `today`, for the run-rate. */
async function actualsToDate(em: Db, today: string) {
  const to = today < KPI_WINDOW.to ? today : KPI_WINDOW.to;
  const [row] = await run<{ incubated: number; capital: string }>(
    em,
    `with ${FIRST_INCUBATION}
     select (select count(*) from first_incubation where day between ?::date and ?::date)::int as incubated,
            (select coalesce(sum(${M.amount}), 0) from ${M.from}
              where ${M.day} between ?::date and ?::date)::text as capital`,
    [KPI_WINDOW.from, to, KPI_WINDOW.from, to],
  );
  return { incubated: BigInt(row?.incubated ?? 0), capital: BigInt(row?.capital ?? '0') };
}

function figure(actual: bigint, plan: KpiPlan, period: KpiPeriod, today: string) {
  const target = planForPeriod(plan, period.from, period.to);
  const planToDate = today < period.from ? 0n : planForPeriod(plan, period.from, today < period.to ? today : period.to);
  const percent = bpOfExact(actual, target);
  return {
    actual,
    target,
    planToDate,
    percentBp: clampToInt32(percent),
    percentBpExact: percent.toString(),
    onPlan: actual >= planToDate,
  };
}

function asCounts(f: KpiFigure<bigint>): KpiFigure<number> {
  return { ...f, actual: Number(f.actual), target: Number(f.target), planToDate: Number(f.planToDate) };
}

function projection(actualToDate: bigint, plan: KpiPlan, today: string) {
  return {
    actualToDate,
    target: plan.total,
    ...projectRunRate({
      actualToDate,
      targetTotal: plan.total,
      windowStart: KPI_WINDOW.from,
      windowEnd: KPI_WINDOW.to,
      today,
    }),
  };
}

/** Counts travel as GraphQL Int (a count of startups is far below 2^31). */
function countProjection(p: ReturnType<typeof projection>) {
  return {
    actualToDate: Number(p.actualToDate),
    target: Number(p.target),
    projectedTotal: Number(p.projectedTotal),
    metInYear: p.metInYear,
    shortfall: Number(p.shortfall),
  };
}

/** The years a period touches, oldest first. */
function yearsOf(period: KpiPeriod): number[] {
  const years: number[] = [];
  for (let year = Number(period.from.slice(0, 4)); year <= Number(period.to.slice(0, 4)); year++) years.push(year);
  return years;
}

function byYear(
  period: KpiPeriod,
  plans: KpiPlans,
  incubated: Map<number, number>,
  capital: { year: number; amount: bigint }[],
): KpiYearRow[] {
  const rows: KpiYearRow[] = [];
  let startupsCumulative = 0;
  let startupsPlanCumulative = 0;
  let capitalCumulative = 0n;
  let capitalPlanCumulative = 0n;
  for (const year of yearsOf(period)) {
    // The year as far as it lies inside the period.
    const from = `${year}-01-01` < period.from ? period.from : `${year}-01-01`;
    const to = `${year}-12-31` > period.to ? period.to : `${year}-12-31`;
    const startupsIncubated = incubated.get(year) ?? 0;
    const startupsPlan = Number(planForPeriod(plans.STARTUPS_INCUBATED, from, to));
    const capitalMobilized = capital.filter((c) => c.year === year).reduce((sum, c) => sum + c.amount, 0n);
    const capitalPlan = planForPeriod(plans.CAPITAL_MOBILIZED, from, to);
    startupsCumulative += startupsIncubated;
    startupsPlanCumulative += startupsPlan;
    capitalCumulative += capitalMobilized;
    capitalPlanCumulative += capitalPlan;
    rows.push({
      year,
      startupsIncubated,
      startupsPlan,
      startupsCumulative,
      startupsPlanCumulative,
      capitalMobilized,
      capitalPlan,
      capitalCumulative,
      capitalPlanCumulative,
    });
  }
  return rows;
}

/**
 * The part of a period that has happened: actuals are one figure as of one day (today, Hanoi), so an entry
 * dated later (the ledger refuses new ones; older rows may exist) never counts in one figure and not in
 * another. A period wholly in the future has no actuals (from > to matches nothing).
 */
function happened(period: KpiPeriod, today: string): KpiPeriod {
  return { from: period.from, to: period.to < today ? period.to : today };
}

/** The two headline figures only: what the public page shows. */
export async function computeSummary(
  em: Db,
  period: KpiPeriod,
  plans: KpiPlans,
  today: string,
): Promise<KpiSummaryData> {
  const done = happened(period, today);
  const [incubated, capital] = await Promise.all([incubatedByYear(em, done), capitalByYearAndSource(em, done)]);
  const startups = [...incubated.values()].reduce((sum, n) => sum + n, 0);
  const amount = capital.reduce((sum, c) => sum + c.amount, 0n);
  return {
    from: period.from,
    to: period.to,
    asOf: today,
    startupsIncubated: asCounts(figure(BigInt(startups), plans.STARTUPS_INCUBATED, period, today)),
    capitalMobilized: figure(amount, plans.CAPITAL_MOBILIZED, period, today),
  };
}

/** Everything the board's page shows for one period. */
export async function computeDashboard(
  em: Db,
  period: KpiPeriod,
  plans: KpiPlans,
  targets: KpiTargetRow[],
  today: string,
): Promise<Omit<KpiDashboardData, 'fundCompliance'>> {
  const done = happened(period, today);
  const [incubated, capital, privateLine, stages, sectors, cohorts, milestones, toDate] = await Promise.all([
    incubatedByYear(em, done),
    capitalByYearAndSource(em, done),
    privateCommitted(em, done),
    funnel(em),
    bySector(em, done),
    byCohort(em, done),
    milestoneCompletion(em),
    actualsToDate(em, today),
  ]);
  const startups = [...incubated.values()].reduce((sum, n) => sum + n, 0);
  const amount = capital.reduce((sum, c) => sum + c.amount, 0n);
  return {
    from: period.from,
    to: period.to,
    asOf: today,
    startupsIncubated: asCounts(figure(BigInt(startups), plans.STARTUPS_INCUBATED, period, today)),
    capitalMobilized: figure(amount, plans.CAPITAL_MOBILIZED, period, today),
    capitalBySource: CAPITAL_SOURCES.map((source) => ({
      source,
      amount: capital.filter((c) => c.source === source).reduce((sum, c) => sum + c.amount, 0n),
    })),
    privateCommittedToFund: privateLine,
    byYear: byYear(period, plans, incubated, capital),
    funnel: stages,
    bySector: sectors,
    byCohort: cohorts,
    milestones,
    projections: {
      startupsIncubated: countProjection(projection(toDate.incubated, plans.STARTUPS_INCUBATED, today)),
      capitalMobilized: projection(toDate.capital, plans.CAPITAL_MOBILIZED, today),
    },
    targets,
  };
}
