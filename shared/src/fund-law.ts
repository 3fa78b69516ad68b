// The fund under the law: rules as versioned data with their citations,
// the check of each rule kind against the fund's figures, the loss threshold per investment cycle, and
// capital calls settled by pay-ins. Pure arithmetic: money bigint, shares basis points, days ISO strings.
import { DomainError, ErrorCode, badInput } from './errors.js';
import { bpOf, floorDiv, formatBp, formatVnd } from './money.js';
import { formatCitation } from './legal-citation.js';
import { checkCharterRule, checkStakeRule, type FundingRoundInput, type Stake } from './fund-rules.js';

export const FUND_RULE_KINDS = [
  'STATE_SHARE_OF_CHARTER',
  'STATE_BUDGET_AMOUNT',
  'OTHER_MEMBERS_COUNT',
  'STAKE_PER_STARTUP',
  'PORTFOLIO_LOSS_THRESHOLD',
  'INVESTORS_COUNT',
] as const;
export type FundRuleKind = (typeof FUND_RULE_KINDS)[number];

export type FundRuleUnit = 'BASIS_POINTS' | 'VND' | 'COUNT';

/** What a rule's limit counts: basis points of a whole, dong, or members. */
export const FUND_RULE_UNIT: Record<FundRuleKind, FundRuleUnit> = {
  STATE_SHARE_OF_CHARTER: 'BASIS_POINTS',
  STATE_BUDGET_AMOUNT: 'VND',
  OTHER_MEMBERS_COUNT: 'COUNT',
  STAKE_PER_STARTUP: 'BASIS_POINTS',
  PORTFOLIO_LOSS_THRESHOLD: 'BASIS_POINTS',
  INVESTORS_COUNT: 'COUNT',
};

/**
 * The refusal code of each blocking kind, from the contract's catalog: the budget amount and the member count
 * concern who holds the charter capital, so they refuse as the charter rule does; `extensions.rule.kind` tells
 * them apart. The loss threshold is monitored and reported, never a block.
 */
export const FUND_RULE_CODE: Record<Exclude<FundRuleKind, 'PORTFOLIO_LOSS_THRESHOLD'>, ErrorCode> = {
  STATE_SHARE_OF_CHARTER: ErrorCode.CHARTER_LIMIT_EXCEEDED,
  STATE_BUDGET_AMOUNT: ErrorCode.CHARTER_LIMIT_EXCEEDED,
  OTHER_MEMBERS_COUNT: ErrorCode.CHARTER_LIMIT_EXCEEDED,
  STAKE_PER_STARTUP: ErrorCode.STAKE_LIMIT_EXCEEDED,
  INVESTORS_COUNT: ErrorCode.CHARTER_LIMIT_EXCEEDED,
};

/** English names of the kinds, for messages. */
export const FUND_RULE_TITLE: Record<FundRuleKind, string> = {
  STATE_SHARE_OF_CHARTER: 'State share of the charter capital',
  STATE_BUDGET_AMOUNT: 'State budget contribution',
  OTHER_MEMBERS_COUNT: 'Number of other members',
  STAKE_PER_STARTUP: 'Stake in one startup',
  PORTFOLIO_LOSS_THRESHOLD: 'Portfolio losses per investment cycle',
  INVESTORS_COUNT: 'Number of investors',
};

/** Used when a fund has no version of a kind: the fund's own policy, cited as such. */
export const FUND_POLICY_CITATION = formatCitation([{ policy: 'NO_LEGAL_RULE' }], 'en');

/** One version of a rule. `effectiveTo` is derived: the day before the next version starts. */
export type FundRuleVersion = {
  id: string;
  kind: FundRuleKind;
  limit: bigint;
  scope: string;
  citation: string;
  effectiveFrom: string;
  version: number;
  /** The lower bound of a range rule (e.g. the 2 of "2–30 investors"); null or absent for a plain limit. */
  minimum?: bigint | null;
  /**
   * This version ends its kind: from its first day no version applies (the previous one's effective-to is the
   * rule's last day); a later version starts the kind again.
   */
  ends?: boolean;
};

export type FundRuleVersionView = FundRuleVersion & { effectiveTo: string | null };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The ISO day `days` after `day` (negative: before). */
function shiftDay(day: string, days: number): string {
  if (!ISO_DAY.test(day)) throw badInput('date', 'A day is written YYYY-MM-DD.');
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The ISO day before `day`. */
export function dayBefore(day: string): string {
  return shiftDay(day, -1);
}

/** The ISO day after `day`. */
export function dayAfter(day: string): string {
  return shiftDay(day, 1);
}

/**
 * Every version with its effective-to day (each kind's versions end the day before the next one starts), kinds in
 * their catalog order, each kind's versions oldest first.
 */
export function withEffectiveTo(versions: readonly FundRuleVersion[]): FundRuleVersionView[] {
  const order = (kind: FundRuleKind) => FUND_RULE_KINDS.indexOf(kind);
  const sorted = [...versions].sort(
    (a, b) => order(a.kind) - order(b.kind) || a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version,
  );
  return sorted.map((v, i) => {
    const next = sorted[i + 1];
    return { ...v, effectiveTo: next && next.kind === v.kind ? dayBefore(next.effectiveFrom) : null };
  });
}

/**
 * The version of `kind` in force on `day`: the latest that started on or before it; null when none, or when that
 * latest one ended the rule.
 */
export function ruleInForce(
  versions: readonly FundRuleVersion[],
  kind: FundRuleKind,
  day: string,
): FundRuleVersion | null {
  let found: FundRuleVersion | null = null;
  for (const v of versions) {
    if (v.kind !== kind || v.effectiveFrom > day) continue;
    if (!found || v.effectiveFrom > found.effectiveFrom) found = v;
  }
  return found?.ends ? null : found;
}

/** Validates a limit for its kind: basis points 0..10000, dong ≥ 0, a count 0..1000. */
export function requireRuleLimit(kind: FundRuleKind, limit: bigint): bigint {
  const unit = FUND_RULE_UNIT[kind];
  if (limit < 0n) throw badInput('limit', 'A limit cannot be negative.');
  if (unit === 'BASIS_POINTS' && limit > 10000n) throw badInput('limit', 'A share is at most 10000 basis points.');
  if (unit === 'COUNT' && limit > 1000n) throw badInput('limit', 'A member count limit is at most 1000.');
  if (unit === 'VND' && limit > 10n ** 18n) throw badInput('limit', 'An amount is at most 10^18 dong.');
  return limit;
}

/** Validates a range rule's lower bound: only member counts have one, and it is at most the limit. */
export function requireRuleMinimum(
  kind: FundRuleKind,
  minimum: bigint | null | undefined,
  limit: bigint,
): bigint | null {
  if (minimum === null || minimum === undefined) return null;
  if (FUND_RULE_UNIT[kind] !== 'COUNT') throw badInput('minimum', 'Only a member count rule has a minimum.');
  if (minimum < 0n) throw badInput('minimum', 'A minimum cannot be negative.');
  if (minimum > limit) throw badInput('minimum', 'The minimum cannot be above the limit.');
  return minimum;
}

/** The limit as a person reads it ("≤ 49,00%", "≤ 600.000.000.000 ₫", "≤ 6", or a range "2–30"). */
export function formatRuleLimit(
  kind: FundRuleKind,
  limit: bigint,
  locale: 'vi' | 'en' = 'en',
  minimum: bigint | null = null,
): string {
  const unit = FUND_RULE_UNIT[kind];
  if (unit === 'BASIS_POINTS') return `≤ ${formatBp(Number(limit), locale)}`;
  if (unit === 'VND') return `≤ ${formatVnd(limit, locale)}`;
  if (minimum !== null && minimum > 0n) return `${minimum.toString()}–${limit.toString()}`;
  return `≤ ${limit.toString()}`;
}

/** The rule a check applied: a recorded version, or the fund's own policy when the fund has none of that kind. */
export type AppliedRule = {
  kind: FundRuleKind;
  citation: string;
  ruleId: string | null;
  version: number | null;
  effectiveFrom: string | null;
  limit: bigint;
  /** The lower bound of a range rule (member counts), else null. */
  minimum: bigint | null;
};

export function appliedRule(
  versions: readonly FundRuleVersion[],
  kind: FundRuleKind,
  day: string,
  fallbackLimit: bigint,
): AppliedRule {
  const v = ruleInForce(versions, kind, day);
  if (!v)
    return {
      kind,
      citation: FUND_POLICY_CITATION,
      ruleId: null,
      version: null,
      effectiveFrom: null,
      limit: fallbackLimit,
      minimum: null,
    };
  return {
    kind,
    citation: v.citation,
    ruleId: v.id,
    version: v.version,
    effectiveFrom: v.effectiveFrom,
    limit: v.limit,
    minimum: v.minimum ?? null,
  };
}

/** How one rule stands for a proposed change: current figure after it, limit, room left before it. */
export type RuleCheck = {
  kind: FundRuleKind;
  citation: string;
  ruleId: string | null;
  version: number | null;
  limit: bigint;
  /** The lower bound of a range rule, else null. */
  minimum: bigint | null;
  current: bigint;
  headroom: bigint;
  ok: boolean;
};

function ruleCheck(rule: AppliedRule, current: bigint, headroom: bigint, ok: boolean): RuleCheck {
  return {
    kind: rule.kind,
    citation: rule.citation,
    ruleId: rule.ruleId,
    version: rule.version,
    limit: rule.limit,
    minimum: rule.minimum,
    current,
    headroom: headroom < 0n ? 0n : headroom,
    ok,
  };
}

/** The state share after a commitment change (current in basis points, headroom in dong of further state commitment). */
export function checkStateShare(
  rule: AppliedRule,
  before: { stateCommitted: bigint; charterCapital: bigint },
  after: { stateCommitted: bigint; charterCapital: bigint },
): RuleCheck {
  const capBp = Number(rule.limit);
  const a = checkCharterRule({ ...after, capBp });
  const b = checkCharterRule({ ...before, capBp });
  return ruleCheck(rule, BigInt(a.currentBp), b.headroom, a.ok);
}

/** The state's committed total against the budget amount (headroom: what the state may still commit). */
export function checkStateBudget(rule: AppliedRule, stateBefore: bigint, stateAfter: bigint): RuleCheck {
  return ruleCheck(rule, stateAfter, rule.limit - stateBefore, stateAfter <= rule.limit || stateAfter <= stateBefore);
}

/** Members other than the state with a commitment, against the count limit (headroom: members that may still join). */
export function checkOtherMembers(rule: AppliedRule, countBefore: number, countAfter: number): RuleCheck {
  return ruleCheck(
    rule,
    BigInt(countAfter),
    rule.limit - BigInt(countBefore),
    BigInt(countAfter) <= rule.limit || countAfter <= countBefore,
  );
}

/**
 * Investors in the fund (every member with a commitment, the state included) against a range rule such as
 * "2–30 investors" (Decree 38/2018/NĐ-CP as amended): no one joins past the limit, no one leaves below the minimum;
 * a change that does not move the count further out of the range is accepted. Headroom: investors that may still join.
 */
export function checkInvestorCount(rule: AppliedRule, countBefore: number, countAfter: number): RuleCheck {
  const before = BigInt(countBefore);
  const after = BigInt(countAfter);
  const minimum = rule.minimum ?? 0n;
  const withinTop = after <= rule.limit || after <= before;
  const withinBottom = after >= minimum || after >= before;
  return ruleCheck(rule, after, rule.limit - before, withinTop && withinBottom);
}

/** Whether a count or amount stands inside its rule (the standing on a day, without a proposed change). */
export function withinRule(rule: AppliedRule, figure: bigint): boolean {
  return figure <= rule.limit && figure >= (rule.minimum ?? 0n);
}

/** The fund's stake after a round (current in basis points, headroom in dong it may put into this round). */
export function checkStake(
  rule: AppliedRule,
  input: { holdingsBefore: ReadonlyMap<string, Stake>; round: FundingRoundInput; holder: string },
): RuleCheck {
  const s = checkStakeRule({ ...input, capBp: Number(rule.limit) });
  return ruleCheck(rule, BigInt(s.currentBp), s.headroom, s.ok);
}

/** " — rule: <title>, <citation> (version N in force since D)", the part every refusal ends with. */
export function citeRule(rule: AppliedRule): string {
  const version = rule.version === null ? '' : ` (version ${rule.version}, in force since ${rule.effectiveFrom})`;
  return `Rule: ${FUND_RULE_TITLE[rule.kind]} ${formatRuleLimit(rule.kind, rule.limit, 'en', rule.minimum)} — ${rule.citation}${version}.`;
}

/** What `extensions.rule` carries. */
export function ruleExtension(rule: AppliedRule) {
  return {
    kind: rule.kind,
    citation: rule.citation,
    ruleId: rule.ruleId,
    version: rule.version,
    effectiveFrom: rule.effectiveFrom,
    limit: rule.limit.toString(),
    minimum: rule.minimum === null ? null : rule.minimum.toString(),
  };
}

/** A refusal error made to name and cite the rule it applied: message suffix and `details.rule`. */
export function citing(error: DomainError, rule: AppliedRule): DomainError {
  return new DomainError(error.code, `${error.message} ${citeRule(rule)}`, {
    ...error.details,
    rule: ruleExtension(rule),
  });
}

/** Throws the kind's refusal when a non-percentage check fails (budget amount, member count). */
export function assertRuleCheck(check: RuleCheck, rule: AppliedRule, what: string): void {
  if (check.ok) return;
  const kind = check.kind as Exclude<FundRuleKind, 'PORTFOLIO_LOSS_THRESHOLD'>;
  const below = rule.minimum !== null && check.current < rule.minimum;
  const error = new DomainError(
    FUND_RULE_CODE[kind],
    below
      ? `${what}: ${check.current.toString()} would fall below the minimum ${rule.minimum!.toString()}.`
      : `${what}: ${check.current.toString()} would pass the limit ${rule.limit.toString()}; headroom ${check.headroom.toString()}.`,
    {
      current: check.current.toString(),
      limit: rule.limit.toString(),
      headroom: check.headroom.toString(),
      ...(rule.minimum === null ? {} : { minimum: rule.minimum.toString() }),
    },
  );
  throw citing(error, rule);
}

// ---- The loss threshold (Decree 264/2025/NĐ-CP Art. 10(4)): monitored and reported, not a block ----

/** One holding of the cycle: its cost, the latest mark (null: none), and how it ended. */
export type LossHolding = {
  cost: bigint;
  mark: bigint | null;
  exit: { kind: 'EXIT' | 'WRITE_OFF'; proceeds: bigint } | null;
};

export type LossLevel = 'OK' | 'WARNING' | 'CRITICAL' | 'EXCEEDED';
/** Warnings at 70% and 90% of the threshold. */
export const LOSS_WARNING_BP = 7000;
export const LOSS_CRITICAL_BP = 9000;

export type LossFigures = {
  realized: bigint;
  unrealized: bigint;
  losses: bigint;
  threshold: bigint;
  usedBp: number;
  level: LossLevel;
};

/**
 * Realized losses: exits below cost and write-offs (cost − proceeds); unrealized: active holdings marked
 * below cost (cost − mark; a holding without a mark is at cost). Threshold = limitBp × charter / 10000, floored.
 * usedBp = losses / threshold in basis points (10000 when there is a loss and no threshold).
 */
export function lossFigures(holdings: readonly LossHolding[], charterCapital: bigint, limitBp: number): LossFigures {
  let realized = 0n;
  let unrealized = 0n;
  for (const h of holdings) {
    if (h.exit) {
      if (h.exit.proceeds < h.cost) realized += h.cost - h.exit.proceeds;
    } else if (h.mark !== null && h.mark < h.cost) unrealized += h.cost - h.mark;
  }
  const losses = realized + unrealized;
  const threshold = floorDiv(BigInt(limitBp) * charterCapital, 10000n);
  const usedBp = threshold === 0n ? (losses > 0n ? 10000 : 0) : bpOf(losses, threshold);
  return { realized, unrealized, losses, threshold, usedBp, level: lossLevel(usedBp) };
}

export function lossLevel(usedBp: number): LossLevel {
  if (usedBp >= 10000) return 'EXCEEDED';
  if (usedBp >= LOSS_CRITICAL_BP) return 'CRITICAL';
  if (usedBp >= LOSS_WARNING_BP) return 'WARNING';
  return 'OK';
}

// ---- Capital calls ----

/** A call's line for one commitment: percentBp of the commitment, floored. */
export function callLineAmount(commitment: bigint, percentBp: number): bigint {
  return (commitment * BigInt(percentBp)) / 10000n;
}

/** Validates a call's share: 1..10000 bp, and all calls of the fund together at most 100%. */
export function requireCallPercent(percentBp: number, alreadyCalledBp: number): number {
  if (!Number.isInteger(percentBp) || percentBp <= 0 || percentBp > 10000) {
    throw badInput('percentBp', 'A call is a whole number of basis points between 1 and 10000.');
  }
  if (alreadyCalledBp + percentBp > 10000) {
    throw badInput(
      'percentBp',
      `Calls would ask for more than the commitments: ${formatBp(alreadyCalledBp, 'en')} already called, at most ${formatBp(10000 - alreadyCalledBp, 'en')} more.`,
    );
  }
  return percentBp;
}

/**
 * Pay-ins settle a commitment's call lines oldest call first: each line is paid up to its amount from what the
 * member has paid in beyond the earlier lines. Returns the paid figure of each line, in the given order.
 */
export function settleLines(amounts: readonly bigint[], paidIn: bigint): bigint[] {
  let left = paidIn;
  return amounts.map((amount) => {
    const paid = left >= amount ? amount : left > 0n ? left : 0n;
    left -= paid;
    return paid;
  });
}

/** A member's part of a fund figure, pro rata to its paid-in: figure × part / whole, floored (0 when whole is 0). */
export function proRata(figure: bigint, part: bigint, whole: bigint): bigint {
  return whole === 0n ? 0n : floorDiv(figure * part, whole);
}
