// Fund performance per ILPA conventions: NAV with uninvested cash, distributions,
// DPI, RVPI, TVPI, MOIC, and gross and net IRR as the XIRR of dated cash flows. Money in is bigint; the rates
// use floating point internally and come out as integer basis points (null where no rate is defined).
import { INT32_MAX, INT32_MIN, bpOfExact, clampToInt32 } from './money.js';

/** A dated cash flow: negative out of the investor's pocket, positive back into it. */
export type CashFlow = { date: string; amount: bigint };

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' day, for any year (Date.UTC would read years 0–99 as 1900–1999). */
function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return day.getTime() / DAY_MS;
}

/** NPV of normalized flows at rate r (> -1), discounting by (1 + r)^(days / 365) as Excel's XIRR does. */
function npv(flows: readonly { years: number; amount: number }[], rate: number): number {
  const logBase = Math.log1p(rate);
  let sum = 0;
  for (const f of flows) sum += f.amount * Math.exp(-f.years * logBase);
  return sum;
}

/** Rates scanned for sign changes: dense near 0, then geometric out to 10^6 (100,000,000%) a year. */
function scanGrid(): number[] {
  const grid: number[] = [];
  for (let r = -0.9999; r < -0.99; r += 0.0001) grid.push(r);
  for (let r = -0.99; r < 1; r += 0.005) grid.push(r);
  for (let r = 1; r <= 1e6; r *= 1.05) grid.push(r);
  return grid;
}
const GRID = scanGrid();

/**
 * The annual rate r at which the flows' NPV is 0 (Excel's XIRR: days / 365), or null when no rate is
 * defined: fewer than two flows, or no sign change (all in or all out). Several roots are possible (flows
 * that change sign more than once); the answer is then the root closest to 0%, the lower on a tie, so the
 * same flows always give the same rate whatever their order. Roots are bracketed on a fixed grid of rates
 * and refined by bisection, so no starting guess can make the result differ or diverge.
 */
export function xirr(cashFlows: readonly CashFlow[]): number | null {
  const nonZero = cashFlows.filter((f) => f.amount !== 0n);
  if (!nonZero.some((f) => f.amount > 0n) || !nonZero.some((f) => f.amount < 0n)) return null;
  const start = Math.min(...nonZero.map((f) => dayNumber(f.date)));
  // Normalize by the largest amount so 10^18 dong and 1 dong behave alike in floating point.
  let largest = 0n;
  for (const f of nonZero)
    largest = (f.amount < 0n ? -f.amount : f.amount) > largest ? (f.amount < 0n ? -f.amount : f.amount) : largest;
  const scale = Number(largest);
  const flows = nonZero.map((f) => ({ years: (dayNumber(f.date) - start) / 365, amount: Number(f.amount) / scale }));

  const roots: number[] = [];
  let prevRate = GRID[0]!;
  let prevValue = npv(flows, prevRate);
  for (const rate of GRID.slice(1)) {
    const value = npv(flows, rate);
    if (Number.isFinite(value) && Number.isFinite(prevValue)) {
      if (value === 0) roots.push(rate);
      else if (prevValue !== 0 && Math.sign(value) !== Math.sign(prevValue)) roots.push(bisect(flows, prevRate, rate));
    }
    prevRate = rate;
    prevValue = value;
  }
  if (roots.length === 0) return null;
  return roots.reduce((best, r) =>
    Math.abs(r) < Math.abs(best) || (Math.abs(r) === Math.abs(best) && r < best) ? r : best,
  );
}

function bisect(flows: readonly { years: number; amount: number }[], low: number, high: number): number {
  let lo = low;
  let hi = high;
  const loSign = Math.sign(npv(flows, lo));
  for (let i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo)); i++) {
    const mid = (lo + hi) / 2;
    const value = npv(flows, mid);
    if (value === 0) return mid;
    if (Math.sign(value) === loSign) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** A rate as basis points (0.373362535 → 3734), rounded to the nearest, clamped to the GraphQL Int range. */
export function rateToBp(rate: number | null): number | null {
  if (rate === null || !Number.isFinite(rate)) return null;
  return Math.min(INT32_MAX, Math.max(INT32_MIN, Math.round(rate * 10000)));
}

/** One holding of the fund as of a day. */
export interface HoldingAsOf {
  /** The fund's participations in the startup's rounds dated on or before the day. */
  investments: readonly CashFlow[];
  /** The latest valuation mark on or before the day (null: carried at cost). */
  latestMark: bigint | null;
  /** The exit or write-off on or before the day, if any (a write-off has proceeds 0). */
  exit: CashFlow | null;
}

export interface IlpaInput {
  asOf: string;
  /** Members' pay-ins dated on or before asOf. */
  payIns: readonly CashFlow[];
  holdings: readonly HoldingAsOf[];
  /** What the fund owes (fees payable, loans); the ledger records none yet, so callers pass 0. */
  liabilities: bigint;
}

export interface IlpaPerformance {
  asOf: string;
  paidIn: bigint;
  invested: bigint;
  /** Fair value of the holdings still held: latest mark, or cost without a mark. */
  unrealized: bigint;
  /** Exit proceeds. */
  realized: bigint;
  /** Paid-in − invested + proceeds not yet distributed. */
  uninvestedCash: bigint;
  nav: bigint;
  distributions: bigint;
  dpiBp: number;
  rvpiBp: number;
  tvpiBp: number;
  moicBp: number;
  /** The exact multiples (basis points, decimal strings): they pass 2^31 when the denominator is tiny. */
  dpiBpExact: string;
  rvpiBpExact: string;
  tvpiBpExact: string;
  moicBpExact: string;
  grossIrrBp: number | null;
  netIrrBp: number | null;
}

/**
 * ILPA figures as of a day. The ledger has no separate distribution to members yet: exit proceeds are treated
 * as distributed to the members on the exit's date (the fund passes them through, it does not reinvest), so
 * proceeds not yet distributed are 0 and distributions = realized proceeds.
 *
 * - NAV = holdings at fair value + (paid-in − invested + proceeds − distributions) − liabilities
 * - DPI = distributions / paid-in, RVPI = NAV / paid-in, TVPI = DPI + RVPI (in basis points of 1×, floored)
 * - MOIC = (realized + unrealized) / invested
 * - gross IRR: XIRR of the portfolio's flows (investments out, proceeds in, the holdings' value on asOf)
 * - net IRR: XIRR of the members' flows (pay-ins out, distributions in, NAV on asOf)
 */
export function ilpaPerformance(input: IlpaInput): IlpaPerformance {
  const { asOf } = input;
  let paidIn = 0n;
  for (const p of input.payIns) paidIn += p.amount;
  let invested = 0n;
  let unrealized = 0n;
  let realized = 0n;
  const gross: CashFlow[] = [];
  const net: CashFlow[] = input.payIns.map((p) => ({ date: p.date, amount: -p.amount }));
  for (const h of input.holdings) {
    let cost = 0n;
    for (const i of h.investments) {
      cost += i.amount;
      gross.push({ date: i.date, amount: -i.amount });
    }
    invested += cost;
    if (h.exit) {
      realized += h.exit.amount;
      gross.push(h.exit);
      net.push(h.exit);
    } else {
      unrealized += h.latestMark ?? cost;
    }
  }
  const distributions = realized;
  const uninvestedCash = paidIn - invested + realized - distributions;
  const nav = unrealized + uninvestedCash - input.liabilities;
  gross.push({ date: asOf, amount: unrealized });
  net.push({ date: asOf, amount: nav });
  const dpi = bpOfExact(distributions, paidIn);
  const rvpi = bpOfExact(nav, paidIn);
  const tvpi = dpi + rvpi;
  const moic = bpOfExact(realized + unrealized, invested);
  return {
    asOf,
    paidIn,
    invested,
    unrealized,
    realized,
    uninvestedCash,
    nav,
    distributions,
    dpiBp: clampToInt32(dpi),
    rvpiBp: clampToInt32(rvpi),
    tvpiBp: clampToInt32(tvpi),
    moicBp: clampToInt32(moic),
    dpiBpExact: dpi.toString(),
    rvpiBpExact: rvpi.toString(),
    tvpiBpExact: tvpi.toString(),
    moicBpExact: moic.toString(),
    grossIrrBp: rateToBp(xirr(gross)),
    netIrrBp: rateToBp(xirr(net)),
  };
}
