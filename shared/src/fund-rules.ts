// The Venture Investment Fund's rules: the 49% charter rule, cash and pay-in limits, dilution and the stake cap.
// Source of the 49% figures: the city commits at most 49% of the fund's charter capital
// (the city's resolutions on the venture fund);
// the stake cap keeps the fund a minority co-investor. All money is bigint, all shares integer basis points.
import { DomainError, ErrorCode, badInput } from './errors.js';
import { MAX_VND, bpOf, floorDiv, formatBp, formatBpAboveCap, formatVnd } from './money.js';

export const MEMBER_TYPES = ['STATE', 'PRIVATE'] as const;
export type MemberType = (typeof MEMBER_TYPES)[number];

/** Limits are fund policy stored per fund; these are the defaults (49.00%). */
export const DEFAULT_CHARTER_CAP_BP = 4900;
export const DEFAULT_STAKE_CAP_BP = 4900;
export type FundPolicy = { charterCapBp: number; stakeCapBp: number };

const BP = 10000n;

function capOf(capBp: number): bigint {
  if (!Number.isInteger(capBp) || capBp < 0 || capBp > 10000) {
    throw badInput('capBp', 'A cap must be a whole number of basis points between 0 and 10000.');
  }
  return BigInt(capBp);
}

function max0(x: bigint): bigint {
  return x < 0n ? 0n : x;
}

/** The outcome of a percentage limit: whether it holds, the current share, the cap, and the room left. */
export type LimitCheck = { ok: boolean; currentBp: number; capBp: number; headroom: bigint };

/** The fund's commitment totals; charter capital is the sum of all members' commitments. */
export type CommitmentTotals = { stateCommitted: bigint; charterCapital: bigint };

/**
 * The charter rule: state × 10000 ≤ capBp × charter. `headroom` is the largest further STATE
 * commitment x with (state + x) × 10000 ≤ capBp × (charter + x), i.e.
 * x ≤ (capBp × charter − 10000 × state) / (10000 − capBp), floored; 0 when already over;
 * MAX_VND when capBp is 10000 (the rule then never binds).
 */
export function checkCharterRule(input: { stateCommitted: bigint; charterCapital: bigint; capBp: number }): LimitCheck {
  const cap = capOf(input.capBp);
  const { stateCommitted: s, charterCapital: c } = input;
  const ok = s * BP <= cap * c;
  let headroom: bigint;
  if (cap === BP) headroom = ok ? MAX_VND : 0n;
  else headroom = max0(floorDiv(cap * c - BP * s, BP - cap));
  return { ok, currentBp: bpOf(s, c), capBp: input.capBp, headroom };
}

/**
 * The largest PRIVATE withdrawal y that keeps state × 10000 ≤ capBp × (charter − y);
 * 0 when already over (and when capBp is 0 with any state commitment).
 */
export function privateWithdrawalHeadroom(input: {
  stateCommitted: bigint;
  charterCapital: bigint;
  capBp: number;
}): bigint {
  const cap = capOf(input.capBp);
  const { stateCommitted: s, charterCapital: c } = input;
  if (cap === 0n) return s === 0n ? max0(c - s) : 0n;
  // charter − y ≥ ceil(10000 s / cap), and private capital cannot go below zero.
  const minCharter = -floorDiv(-BP * s, cap);
  return max0(c - (minCharter > s ? minCharter : s));
}

/**
 * The totals after a commitment change (delta > 0 commits more, delta < 0 withdraws).
 * Refuses (BAD_USER_INPUT, field 'amount') a change that would make a total negative.
 */
export function applyCommitment(
  totals: CommitmentTotals,
  change: { memberType: MemberType; delta: bigint },
): CommitmentTotals {
  const charterCapital = totals.charterCapital + change.delta;
  const stateCommitted = totals.stateCommitted + (change.memberType === 'STATE' ? change.delta : 0n);
  if (charterCapital < 0n || stateCommitted < 0n || charterCapital < stateCommitted) {
    throw badInput('amount', 'A withdrawal cannot exceed what was committed.');
  }
  return { stateCommitted, charterCapital };
}

/**
 * applyCommitment + the charter rule on the result; throws CHARTER_LIMIT_EXCEEDED with the current
 * share, the share it would reach, the cap and the headroom (all before the change) in message and details.
 */
export function assertCommitmentChange(input: {
  totals: CommitmentTotals;
  memberType: MemberType;
  delta: bigint;
  capBp: number;
}): CommitmentTotals {
  const after = applyCommitment(input.totals, input);
  const checkAfter = checkCharterRule({ ...after, capBp: input.capBp });
  if (checkAfter.ok) return after;
  const before = checkCharterRule({ ...input.totals, capBp: input.capBp });
  const withdrawal = privateWithdrawalHeadroom({ ...input.totals, capBp: input.capBp });
  const room =
    input.memberType === 'STATE'
      ? `at most ${formatVnd(before.headroom, 'en')} more can be committed by state members`
      : `at most ${formatVnd(withdrawal, 'en')} of private commitments can be withdrawn`;
  throw new DomainError(
    ErrorCode.CHARTER_LIMIT_EXCEEDED,
    `State members would hold ${formatBpAboveCap(checkAfter.currentBp, input.capBp, 'en')} of the charter capital ` +
      `(${formatVnd(after.stateCommitted, 'en')} of ${formatVnd(after.charterCapital, 'en')}), above the ${formatBp(input.capBp, 'en')} cap. ` +
      `Current state share: ${formatBp(before.currentBp, 'en')}; ${room}.`,
    {
      currentBp: before.currentBp,
      attemptedBp: checkAfter.currentBp,
      capBp: input.capBp,
      headroom: before.headroom.toString(),
      privateWithdrawalHeadroom: withdrawal.toString(),
    },
  );
}

/** The outcome of an amount limit: whether it holds and the room left (never negative). */
export type AmountCheck = { ok: boolean; headroom: bigint };

/** The cash rule: the fund never invests more than its paid-in capital. headroom = paidIn − invested. */
export function checkCashRule(input: { invested: bigint; paidIn: bigint; amount: bigint }): AmountCheck {
  return { ok: input.invested + input.amount <= input.paidIn, headroom: max0(input.paidIn - input.invested) };
}

/** checkCashRule that throws CASH_LIMIT_EXCEEDED stating paid-in, invested and available. */
export function assertCashRule(input: { invested: bigint; paidIn: bigint; amount: bigint }): void {
  const check = checkCashRule(input);
  if (check.ok) return;
  throw new DomainError(
    ErrorCode.CASH_LIMIT_EXCEEDED,
    `Investing ${formatVnd(input.amount, 'en')} would exceed the fund's paid-in capital: paid in ${formatVnd(input.paidIn, 'en')}, ` +
      `invested ${formatVnd(input.invested, 'en')}, available ${formatVnd(check.headroom, 'en')}.`,
    { paidIn: input.paidIn.toString(), invested: input.invested.toString(), headroom: check.headroom.toString() },
  );
}

/** A member never pays in more than it committed. headroom = committed − paidIn. */
export function checkPayIn(input: { committed: bigint; paidIn: bigint; amount: bigint }): AmountCheck {
  return { ok: input.paidIn + input.amount <= input.committed, headroom: max0(input.committed - input.paidIn) };
}

/** checkPayIn that throws CASH_LIMIT_EXCEEDED stating committed, paid in and the remainder. */
export function assertPayIn(input: { committed: bigint; paidIn: bigint; amount: bigint }): void {
  const check = checkPayIn(input);
  if (check.ok) return;
  throw new DomainError(
    ErrorCode.CASH_LIMIT_EXCEEDED,
    `Paying in ${formatVnd(input.amount, 'en')} would exceed the commitment: committed ${formatVnd(input.committed, 'en')}, ` +
      `paid in ${formatVnd(input.paidIn, 'en')}, at most ${formatVnd(check.headroom, 'en')} more can be paid in.`,
    { committed: input.committed.toString(), paidIn: input.paidIn.toString(), headroom: check.headroom.toString() },
  );
}

// ---- Stakes: exact rationals, so repeated dilution never drifts. ----

/** An ownership fraction num/den, always reduced, den > 0. */
export type Stake = { num: bigint; den: bigint };

export const ZERO_STAKE: Stake = { num: 0n, den: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** A reduced stake num/den (den must not be 0). */
export function makeStake(num: bigint, den: bigint): Stake {
  if (den === 0n) throw badInput('stake', 'A stake cannot have a zero denominator.');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export type FundingRoundInput = { preMoney: bigint; participations: readonly { holder: string; amount: bigint }[] };

function roundTotals(round: FundingRoundInput): bigint {
  if (round.preMoney < 0n) throw badInput('preMoney', 'The pre-money valuation cannot be negative.');
  let raised = 0n;
  for (const p of round.participations) {
    if (p.amount < 0n) throw badInput('participations', 'A participation amount cannot be negative.');
    raised += p.amount;
  }
  const post = round.preMoney + raised;
  if (post === 0n)
    throw badInput('preMoney', 'A round needs a positive pre-money valuation or a positive amount raised.');
  return post;
}

/**
 * Holdings after a round: post = pre + raised; every earlier stake is
 * diluted by pre/post; each participant adds amount/post (several participations of one holder add up).
 */
export function applyRound(holdings: ReadonlyMap<string, Stake>, round: FundingRoundInput): Map<string, Stake> {
  const post = roundTotals(round);
  const added = new Map<string, bigint>();
  for (const p of round.participations) added.set(p.holder, (added.get(p.holder) ?? 0n) + p.amount);
  const result = new Map<string, Stake>();
  for (const [holder, s] of holdings) {
    const amount = added.get(holder) ?? 0n;
    // s × pre/post + amount/post = (num × pre + amount × den) / (den × post)
    result.set(holder, makeStake(s.num * round.preMoney + amount * s.den, s.den * post));
  }
  for (const [holder, amount] of added) {
    if (!result.has(holder)) result.set(holder, makeStake(amount, post));
  }
  return result;
}

/** A stake in basis points, floored (for display; the rule compares exactly). */
export function stakeBp(stake: Stake): number {
  return bpOf(stake.num, stake.den);
}

export type StakeCheck = LimitCheck & { stake: Stake; holdingsAfter: Map<string, Stake> };

/**
 * The stake rule on a proposed round: ok ⇔ the holder's stake after the round × 10000 ≤ capBp, compared
 * exactly. `headroom` is the largest TOTAL amount the holder could put into this round (given the
 * pre-money, its earlier stake n/d and the others' amounts R) and stay within the cap:
 * (n/d·P + a)·10000 ≤ cap·(P + R + a)  ⇔  a ≤ (cap·(P+R)·d − 10000·n·P) / ((10000 − cap)·d), floored, ≥ 0;
 * MAX_VND when capBp is 10000.
 */
export function checkStakeRule(input: {
  holdingsBefore: ReadonlyMap<string, Stake>;
  round: FundingRoundInput;
  holder: string;
  capBp: number;
}): StakeCheck {
  const cap = capOf(input.capBp);
  const holdingsAfter = applyRound(input.holdingsBefore, input.round);
  const stake = holdingsAfter.get(input.holder) ?? ZERO_STAKE;
  const ok = stake.num * BP <= cap * stake.den;
  const earlier = input.holdingsBefore.get(input.holder) ?? ZERO_STAKE;
  const P = input.round.preMoney;
  let others = 0n;
  for (const p of input.round.participations) if (p.holder !== input.holder) others += p.amount;
  let headroom: bigint;
  if (cap === BP) headroom = MAX_VND;
  else headroom = max0(floorDiv(cap * (P + others) * earlier.den - BP * earlier.num * P, (BP - cap) * earlier.den));
  return { ok, currentBp: stakeBp(stake), capBp: input.capBp, headroom, stake, holdingsAfter };
}

/** checkStakeRule that throws STAKE_LIMIT_EXCEEDED with the resulting stake, the cap and the headroom. */
export function assertStakeRule(input: {
  holdingsBefore: ReadonlyMap<string, Stake>;
  round: FundingRoundInput;
  holder: string;
  capBp: number;
}): StakeCheck {
  const check = checkStakeRule(input);
  if (check.ok) return check;
  throw new DomainError(
    ErrorCode.STAKE_LIMIT_EXCEEDED,
    `After this round the fund would own ${formatBpAboveCap(check.currentBp, input.capBp, 'en')} of the startup, above the ${formatBp(input.capBp, 'en')} cap; ` +
      `its participation in this round can be at most ${formatVnd(check.headroom, 'en')}.`,
    { currentBp: check.currentBp, capBp: input.capBp, headroom: check.headroom.toString() },
  );
}
