// "Near a cap": a fund has used at least 95% of one of its limits — the state share of the charter capital (the
// charter cap), the paid-in cash (the cash rule), or its stake in one startup (the stake cap). The fund managers and
// the board are told once, when a write crosses the line, not on every write above it.
export const NEAR_CAP_PERCENT = 95;

export type FundLimit = 'CHARTER' | 'CASH' | 'STAKE';

/** Whole percent of `limit` that `used` is (floored); 0 for a limit of zero. */
export function percentOfLimit(used: bigint, limit: bigint): number {
  if (limit <= 0n) return 0;
  return Number((used * 100n) / limit);
}

/** used ≥ 95% of a positive limit, compared exactly. */
export function isNearCap(used: bigint, limit: bigint): boolean {
  return limit > 0n && used > 0n && used * 100n >= limit * BigInt(NEAR_CAP_PERCENT);
}

/** The write moved the figure from below the line to at or above it. */
export function crossesNearCap(
  before: { used: bigint; limit: bigint },
  after: { used: bigint; limit: bigint },
): boolean {
  return isNearCap(after.used, after.limit) && !isNearCap(before.used, before.limit);
}

/** The charter cap as used/limit: state committed × 10000 against cap (bp) × charter capital. */
export function charterUse(fund: { stateCommitted: bigint; charterCapital: bigint; charterCapBp: number }) {
  return { used: fund.stateCommitted * 10000n, limit: BigInt(fund.charterCapBp) * fund.charterCapital };
}

/** The cash rule as used/limit: invested against paid in. */
export function cashUse(fund: { invested: bigint; paidIn: bigint }) {
  return { used: fund.invested, limit: fund.paidIn };
}

/** The stake cap as used/limit: the stake num/den × 10000 against cap (bp) × den. */
export function stakeUse(stake: { num: bigint; den: bigint } | undefined, capBp: number) {
  if (!stake || stake.den <= 0n) return { used: 0n, limit: BigInt(capBp) };
  return { used: stake.num * 10000n, limit: BigInt(capBp) * stake.den };
}
