// The KPI engine: every figure is an aggregate computed by PostgreSQL over the lifecycle and fund tables
// (startups, cohorts, sectors, funding_rounds, round_participations, commitment_changes), never by loading rows
// into JavaScript. Per-startup figures that would otherwise scan every stage move and milestone (the first
// incubation day, milestone counts) are kept on the startup row by triggers in the writing transaction
// (Migration20261203600000KpiStartupFacts), and capital mobilized per startup, day and source in a summary table
// (Migration20261204600100KpiCapitalFacts). Days are Hanoi's: an instant counts on its Asia/Ho_Chi_Minh date.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  KPI_WINDOW,
  STAGES,
  TIMEZONE,
  bpOf,
  CAPITAL_FACTS_SQL,
  bpOfExact,
  clampToInt32,
  planForPeriod,
  projectRunRate,
  type KpiMetric,
  type KpiPlan,
} from '@launchpad/shared';
import type { CapitalSource, KpiDashboardView, KpiFigure, KpiSummaryView, KpiTargetView, KpiYearRow } from './read';

export interface KpiPeriod {
  from: string;
  to: string;
}

export const CAPITAL_SOURCES: readonly CapitalSource[] = ['FUND', 'OTHER_FUND', 'PRIVATE'];

export type KpiPlans = Record<KpiMetric, KpiPlan>;

type Db = Pick<EntityManager, 'getConnection'>;

function run<T>(em: Db, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params);
}

const F = CAPITAL_FACTS_SQL;

/**
 * The figures come in families, one statement each (two for the startup counts), so that a write recomputes
 * only the families it can move (live.ts keeps one cache entry per family) and the families of one
 * recompute run concurrently on several pooled connections. Breakdowns are grouped by (sector, cohort) in
 * SQL and summed per sector, per cohort and per year here.
 */
export type KpiFamily = 'targets' | 'stages' | 'startups' | 'incubation' | 'capital' | 'milestones' | 'private';
export const KPI_FAMILIES: readonly KpiFamily[] = [
  'targets',
  'stages',
  'startups',
  'incubation',
  'capital',
  'milestones',
  'private',
];

/** The windows a period-dependent family counts in: the period as far as it happened, and 2026 to today. */
export interface KpiWindows {
  done: KpiPeriod;
  toDate: KpiPeriod;
}

export function windowsOf(period: KpiPeriod, today: string): KpiWindows {
  return {
    done: happened(period, today),
    toDate: { from: KPI_WINDOW.from, to: today < KPI_WINDOW.to ? today : KPI_WINDOW.to },
  };
}

/** One group of a breakdown: a year (or none), a sector and a cohort ('' for none). */
interface Cell {
  year: number;
  sector: string;
  cohortId: string;
}

export interface IncubationFamily {
  /** First incubations inside the period, per (year, sector, cohort). */
  cells: (Cell & { count: number })[];
  /** First incubations from the start of the window through today (the run-rate). */
  toDate: bigint;
}

export interface CapitalFamily {
  cells: (Cell & { source: CapitalSource; amount: bigint })[];
  toDate: bigint;
}

export interface MilestoneFamily {
  byCohort: { cohortId: string; verified: number; total: number }[];
}

export interface StartupFamily {
  bySector: { sector: string; nameVi: string; nameEn: string; startups: number }[];
  byCohort: { cohortId: string | null; name: string | null; startups: number }[];
}

/**
 * A startup counts once, in the period of its first entry into INCUBATION (a Hanoi day); later moves back or
 * ends do not un-count it. `startups.first_incubated_on` is that day, kept by a trigger on stage_moves
 * (Migration20261203600000KpiStartupFacts), read through the partial index startups_first_incubated_on_index.
 */
export async function loadIncubation(em: Db, windows: KpiWindows): Promise<IncubationFamily> {
  const { done, toDate } = windows;
  const rows = await run<{
    year: number;
    sector: string;
    cohort_id: string | null;
    in_period: number;
    to_date: number;
  }>(
    em,
    `select extract(year from first_incubated_on)::int as year, sector, cohort_id,
            count(*) filter (where first_incubated_on between ?::date and ?::date)::int as in_period,
            count(*) filter (where first_incubated_on between ?::date and ?::date)::int as to_date
       from startups
      where first_incubated_on between ?::date and ?::date or first_incubated_on between ?::date and ?::date
      group by 1, 2, 3`,
    [done.from, done.to, toDate.from, toDate.to, done.from, done.to, toDate.from, toDate.to],
  );
  return {
    cells: rows
      .filter((row) => row.in_period > 0)
      .map((row) => ({ year: row.year, sector: row.sector, cohortId: row.cohort_id ?? '', count: row.in_period })),
    toDate: BigInt(rows.reduce((sum, row) => sum + row.to_date, 0)),
  };
}

/**
 * Capital mobilized (the shared CAPITAL_MOBILIZED_SQL), from its sums per startup, round day and source that
 * triggers keep in `kpi_capital_facts` with the startup's sector and cohort (Migration20261204600100KpiCapitalFacts);
 * round dates are calendar dates already.
 */
export async function loadCapital(em: Db, windows: KpiWindows): Promise<CapitalFamily> {
  const { done, toDate } = windows;
  const rows = await run<{
    year: number;
    source: CapitalSource;
    sector: string;
    cohort_id: string | null;
    in_period: string;
    to_date: string;
  }>(
    em,
    `select extract(year from ${F.day})::int as year, ${F.source}::text as source, ${F.sector} as sector,
            ${F.cohort} as cohort_id,
            coalesce(sum(${F.amount}) filter (where ${F.day} between ?::date and ?::date), 0)::text as in_period,
            coalesce(sum(${F.amount}) filter (where ${F.day} between ?::date and ?::date), 0)::text as to_date
       from ${F.from}
      where ${F.day} between ?::date and ?::date or ${F.day} between ?::date and ?::date
      group by 1, 2, 3, 4`,
    [done.from, done.to, toDate.from, toDate.to, done.from, done.to, toDate.from, toDate.to],
  );
  const inside = rows.filter((row) => row.in_period !== '0');
  return {
    cells: inside.map((row) => ({
      year: row.year,
      source: row.source,
      sector: row.sector,
      cohortId: row.cohort_id ?? '',
      amount: BigInt(row.in_period),
    })),
    toDate: rows.reduce((sum, row) => sum + BigInt(row.to_date), 0n),
  };
}

/** Milestones per cohort, from the per-startup counts a trigger on milestones keeps on the startup row. */
export async function loadMilestones(em: Db): Promise<MilestoneFamily> {
  const rows = await run<{ cohort_id: string | null; verified: number; total: number }>(
    em,
    `select cohort_id, sum(milestones_verified)::int as verified, sum(milestones_total)::int as total
       from startups group by 1`,
  );
  return { byCohort: rows.map((row) => ({ cohortId: row.cohort_id ?? '', verified: row.verified, total: row.total })) };
}

/** How many startups per sector and per cohort, with their names, in the order the board reads them. */
export async function loadStartups(em: Db): Promise<StartupFamily> {
  const [bySector, byCohort] = await Promise.all([
    run<{ sector: string; nameVi: string; nameEn: string; startups: number }>(
      em,
      `select s.sector, coalesce(min(x.name_vi), s.sector) collate "vi_icu" as "nameVi",
              coalesce(min(x.name_en), s.sector) as "nameEn", count(*)::int as startups
         from startups s left join sectors x on x.code = s.sector
        group by s.sector
        order by startups desc, 2`,
    ),
    run<{ cohort_id: string | null; name: string | null; startups: number }>(
      em,
      `select s.cohort_id, min(co.name) as name, count(*)::int as startups
         from startups s left join cohorts co on co.id = s.cohort_id
        group by s.cohort_id
        order by min(co.start_date) nulls last, min(co.name)`,
    ),
  ]);
  return {
    bySector,
    byCohort: byCohort.map((row) => ({ cohortId: row.cohort_id, name: row.name, startups: row.startups })),
  };
}

/**
 * Net private capital committed to the fund(s) in the period: the commitment history's increases minus
 * decreases of PRIVATE members, dated on Hanoi days.
 */
export async function loadPrivateCommitted(em: Db, windows: KpiWindows): Promise<bigint> {
  const { done } = windows;
  const [row] = await run<{ amount: string }>(
    em,
    `select coalesce(sum(ch.amount_after - ch.amount_before), 0)::text as amount
       from commitment_changes ch
       join commitments c on c.id = ch.commitment_id
       join fund_members m on m.id = c.member_id
      where m.type = 'PRIVATE' and (ch."at" at time zone '${TIMEZONE}')::date between ?::date and ?::date`,
    [done.from, done.to],
  );
  return BigInt(row?.amount ?? '0');
}

/** Startups at each stage now, every stage listed in the value chain's order. */
export async function loadFunnel(em: Db): Promise<{ stage: string; count: number }[]> {
  const rows = await run<{ stage: string; count: number }>(
    em,
    `select stage::text as stage, count(*)::int as count from startups group by stage`,
  );
  return STAGES.map((stage) => ({ stage, count: rows.find((row) => row.stage === stage)?.count ?? 0 }));
}

/** Sums `value` of the cells per key; the answer reads one key's sum (zero when no cell has it). */
function sumBy<C>(cells: readonly C[], key: (cell: C) => string | number, value: (cell: C) => number) {
  const sums = new Map<string | number, number>();
  for (const cell of cells) sums.set(key(cell), (sums.get(key(cell)) ?? 0) + value(cell));
  return (k: string | number): number => sums.get(k) ?? 0;
}

function sumAmountsBy<C>(cells: readonly C[], key: (cell: C) => string | number, value: (cell: C) => bigint) {
  const sums = new Map<string | number, bigint>();
  for (const cell of cells) sums.set(key(cell), (sums.get(key(cell)) ?? 0n) + value(cell));
  return (k: string | number): bigint => sums.get(k) ?? 0n;
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
  incubated: (year: number) => number,
  capital: (year: number) => bigint,
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
    const startupsIncubated = incubated(year);
    const startupsPlan = Number(planForPeriod(plans.STARTUPS_INCUBATED, from, to));
    const capitalMobilized = capital(year);
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

export interface KpiFamilies {
  plans: KpiPlans;
  targets: KpiTargetView[];
  stages: { stage: string; count: number }[];
  startups: StartupFamily;
  incubation: IncubationFamily;
  capital: CapitalFamily;
  milestones: MilestoneFamily;
  privateCommitted: bigint;
}

/** The two headline figures only: what the public page shows. */
export function assembleSummary(
  period: KpiPeriod,
  today: string,
  parts: Pick<KpiFamilies, 'plans' | 'incubation' | 'capital'>,
): KpiSummaryView {
  const startups = parts.incubation.cells.reduce((sum, cell) => sum + cell.count, 0);
  const amount = parts.capital.cells.reduce((sum, cell) => sum + cell.amount, 0n);
  return {
    from: period.from,
    to: period.to,
    asOf: today,
    startupsIncubated: asCounts(figure(BigInt(startups), parts.plans.STARTUPS_INCUBATED, period, today)),
    capitalMobilized: figure(amount, parts.plans.CAPITAL_MOBILIZED, period, today),
  };
}

/** Everything the board's page shows for one period, from its families. */
export function assembleDashboard(
  period: KpiPeriod,
  today: string,
  parts: KpiFamilies,
): Omit<KpiDashboardView, 'fundCompliance'> {
  const { plans, incubation, capital, milestones } = parts;
  const incubatedIn = (key: (cell: Cell) => string | number) => sumBy(incubation.cells, key, (c) => c.count);
  const capitalIn = (key: (cell: Cell & { source: CapitalSource }) => string | number) =>
    sumAmountsBy(capital.cells, key, (c) => c.amount);
  const incubatedByYear = incubatedIn((c) => c.year);
  const capitalByYear = capitalIn((c) => c.year);
  const capitalBySource = capitalIn((c) => c.source);
  const incubatedBySector = incubatedIn((c) => c.sector);
  const capitalBySector = capitalIn((c) => c.sector);
  const incubatedByCohort = incubatedIn((c) => c.cohortId);
  const capitalByCohort = capitalIn((c) => c.cohortId);
  const verifiedByCohort = sumBy(
    milestones.byCohort,
    (c) => c.cohortId,
    (c) => c.verified,
  );
  const totalByCohort = sumBy(
    milestones.byCohort,
    (c) => c.cohortId,
    (c) => c.total,
  );
  const verified = milestones.byCohort.reduce((sum, c) => sum + c.verified, 0);
  const total = milestones.byCohort.reduce((sum, c) => sum + c.total, 0);
  const summary = assembleSummary(period, today, parts);
  return {
    ...summary,
    capitalBySource: CAPITAL_SOURCES.map((source) => ({ source, amount: capitalBySource(source) })),
    privateCommittedToFund: parts.privateCommitted,
    byYear: byYear(period, plans, incubatedByYear, capitalByYear),
    funnel: parts.stages,
    bySector: parts.startups.bySector.map((row) => ({
      ...row,
      incubated: incubatedBySector(row.sector),
      capital: capitalBySector(row.sector),
    })),
    byCohort: parts.startups.byCohort.map((row) => ({
      cohortId: row.cohortId,
      name: row.name,
      startups: row.startups,
      incubated: incubatedByCohort(row.cohortId ?? ''),
      milestonesVerified: verifiedByCohort(row.cohortId ?? ''),
      milestonesTotal: totalByCohort(row.cohortId ?? ''),
      capital: capitalByCohort(row.cohortId ?? ''),
    })),
    milestones: { verified, total, completionBp: bpOf(BigInt(verified), BigInt(total)) },
    projections: {
      startupsIncubated: countProjection(projection(incubation.toDate, plans.STARTUPS_INCUBATED, today)),
      capitalMobilized: projection(capital.toDate, plans.CAPITAL_MOBILIZED, today),
    },
    targets: parts.targets,
  };
}
