// KPI definitions for the board: the 2026–2030 window, capital mobilized, yearly plans and run-rate projection.
// The targets are data (kpi_targets, seeded by the KPI migration) and come from the center's launch: more than 200 startups incubated and over VND 500 billion
// mobilized in 2026–2030.
import { badInput } from './errors.js';
import { HANOI_TIME_ZONE, hanoiIsoDate } from './hanoi-time.js';

/** The target window, inclusive, as ISO dates. */
export const KPI_WINDOW = { from: '2026-01-01', to: '2030-12-31' } as const;
/**
 * Capital mobilized, the one definition: every funding-round participation (the fund's, other funds', private
 * investors'), counted on its round's calendar date. `sql` is that definition over the fund ledger's tables
 * (the KPI engine builds every capital figure from it); `capitalMobilized` is the same rule over records.
 */
export const CAPITAL_MOBILIZED_SQL = {
  /** The participations and their rounds. */
  from: 'round_participations p join funding_rounds r on r.id = p.round_id',
  amount: 'p.amount',
  /** The day a participation counts on. */
  day: 'r.date',
  source: 'p.kind',
  startup: 'r.startup_id',
} as const;

/**
 * The same figure summed per startup, round day and source, with the startup's sector and cohort: kept equal to
 * CAPITAL_MOBILIZED_SQL by triggers in every writing transaction (the server reads it, so a recompute after a round
 * does not join every participation). Changing the definition above needs a migration that changes those triggers
 * and refills the table; the KPI tests recount the table from the definition.
 */
export const CAPITAL_FACTS_SQL = {
  from: 'kpi_capital_facts',
  amount: 'amount',
  day: 'day',
  source: 'source',
  startup: 'startup_id',
  sector: 'sector',
  cohort: 'cohort_id',
} as const;

/** The capital a set of participations mobilized between two ISO dates (inclusive). */
export function capitalMobilized(
  participations: readonly { amount: bigint; roundDate: string }[],
  period: { from: string; to: string },
): bigint {
  return participations
    .filter((p) => p.roundDate >= period.from && p.roundDate <= period.to)
    .reduce((sum, p) => sum + p.amount, 0n);
}

/** The center's timezone: a day or year boundary is Hanoi's, not the server's. */
export const TIMEZONE = HANOI_TIME_ZONE;
/** The plan years; a yearly plan is an array aligned with this. */
export const KPI_YEARS = [2026, 2027, 2028, 2029, 2030] as const;

export const KPI_METRICS = ['STARTUPS_INCUBATED', 'CAPITAL_MOBILIZED'] as const;
export type KpiMetric = (typeof KPI_METRICS)[number];

/** A target: the window total and its yearly plan (index 0 = 2026); counts and VND alike as bigint. */
export type KpiPlan = { total: bigint; yearly: readonly bigint[] };

/** Refuses (BAD_USER_INPUT) a plan that is not 5 non-negative whole yearly figures summing to its total. */
export function validatePlan(plan: KpiPlan, field = 'plan'): void {
  if (typeof plan.total !== 'bigint' || plan.total < 0n) {
    throw badInput(field, 'The target total must be a non-negative whole number.');
  }
  if (plan.yearly.length !== KPI_YEARS.length) {
    throw badInput(
      field,
      `The yearly plan must have exactly ${KPI_YEARS.length} figures (${KPI_YEARS[0]}–${KPI_YEARS[KPI_YEARS.length - 1]}).`,
    );
  }
  let sum = 0n;
  for (const v of plan.yearly) {
    if (typeof v !== 'bigint' || v < 0n)
      throw badInput(field, 'Every yearly figure must be a non-negative whole number.');
    sum += v;
  }
  if (sum !== plan.total) {
    throw badInput(field, `The yearly plan sums to ${sum}, but the total is ${plan.total}.`);
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 'YYYY-MM-DD' naming a real calendar day (2026-02-30 and 2026-13-01 are refused). */
export function isValidIsoDate(s: string): boolean {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 of a valid ISO date (pure calendar arithmetic, no timezone involved). */
function dayNumber(s: string, field: string): number {
  if (!isValidIsoDate(s)) throw badInput(field, `${field} must be a real date written as YYYY-MM-DD.`);
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function isoOfDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** One formatter per timezone: building an Intl.DateTimeFormat costs far more than formatting with it. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in the center's timezone, as 'YYYY-MM-DD' (works in browsers too). */
export function isoDateInTimezone(instant: Date, timeZone: string = TIMEZONE): string {
  if (timeZone === HANOI_TIME_ZONE) return hanoiIsoDate(instant);
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    // A handful of timezones in practice; the bound keeps a caller passing arbitrary ones from growing it.
    if (dateFormats.size < 32) dateFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export type RunRateProjection = {
  /** What the window would end at if the pace so far continues (floored). */
  projectedTotal: bigint;
  /** The year the target is reached at that pace (or already reached); null if not within the window. */
  metInYear: number | null;
  /** How far the projection falls short of the target; 0 when it reaches it. */
  shortfall: bigint;
};

/**
 * Linear run-rate: pace = actual / elapsed days (window start through `today`, inclusive, clamped to the
 * window); projected = pace × window days. Before the window nothing has elapsed, so the projection is the
 * actual figure. Dates are 'YYYY-MM-DD' in the center's timezone (see isoDateInTimezone).
 */
export function projectRunRate(input: {
  actualToDate: bigint;
  targetTotal: bigint;
  windowStart: string;
  windowEnd: string;
  today: string;
}): RunRateProjection {
  const start = dayNumber(input.windowStart, 'windowStart');
  const end = dayNumber(input.windowEnd, 'windowEnd');
  const today = dayNumber(input.today, 'today');
  if (end < start) throw badInput('windowEnd', 'The window must not end before it starts.');
  const windowDays = BigInt(end - start + 1);
  const elapsed = BigInt(Math.min(Math.max(today - start + 1, 0), end - start + 1));
  const { actualToDate: actual, targetTotal: target } = input;

  const projectedTotal = elapsed === 0n ? actual : (actual * windowDays) / elapsed;
  const shortfall = target > projectedTotal ? target - projectedTotal : 0n;

  let metInYear: number | null = null;
  if (actual >= target) {
    // Already reached: it happened by today (or by the window's start if today is before it).
    metInYear = Number(isoOfDayNumber(Math.min(Math.max(today, start), end)).slice(0, 4));
  } else if (actual > 0n && elapsed > 0n) {
    // First day d (1-based) with actual × d / elapsed ≥ target: d = ceil(target × elapsed / actual).
    const day = (target * elapsed + actual - 1n) / actual;
    if (day <= windowDays) metInYear = Number(isoOfDayNumber(start + Number(day) - 1).slice(0, 4));
  }
  return { projectedTotal, metInYear, shortfall };
}

/**
 * The part of a yearly plan that falls in [from, to] (inclusive ISO dates): a whole plan year counts fully,
 * a partial one its share of days (floored per year); days outside 2026–2030 have no plan. An empty or
 * inverted period plans 0.
 */
export function planForPeriod(plan: KpiPlan, from: string, to: string): bigint {
  const start = dayNumber(from, 'from');
  const end = dayNumber(to, 'to');
  let total = 0n;
  KPI_YEARS.forEach((year, index) => {
    const yearStart = dayNumber(`${year}-01-01`, 'year');
    const yearEnd = dayNumber(`${year}-12-31`, 'year');
    const overlap = Math.min(end, yearEnd) - Math.max(start, yearStart) + 1;
    if (overlap <= 0) return;
    total += ((plan.yearly[index] ?? 0n) * BigInt(overlap)) / BigInt(yearEnd - yearStart + 1);
  });
  return total;
}
