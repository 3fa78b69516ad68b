// Use cases of the fund's rules: add a version (ADMIN; never an edit), set the fund's vehicle, keep a limit
// refusal for the annual report, and the preview other modules call (checkFundRules).
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  FUND_RULE_KINDS,
  beforeVersionStart,
  ruleNotInForce,
  FUND_RULE_SET,
  FUND_RULE_SETS,
  appliedRule,
  dayAfter,
  dayBefore,
  checkInvestorCount,
  checkOtherMembers,
  checkStake,
  checkStateBudget,
  checkStateShare,
  hanoiToday,
  isDomainError,
  lossFigures,
  optionalText,
  requireDate,
  requireEnum,
  requireRuleLimit,
  requireRuleMinimum,
  requireText,
  withinRule,
  type DomainError,
  type FundRuleKind,
  type FundRuleSetName,
  type FundRuleVersion,
  type MemberType,
  type AppliedRule,
  type RuleCheck,
} from '@launchpad/shared';
import { badInput, notFound, requireId, type Actor } from '../../kernel';
import { recordAudit } from '../audit';
import { FUND_VEHICLES, FundRuleRefusalSchema, FundRuleSchema, FundVehicleSchema, type FundVehicle } from './entities';
import { commitmentsAsOf, cycleHoldings, fundFigures, fundStakeIn, largestStakeBp } from './ledger';
import { ruleVersions, vehicleOf } from './read';

type Who = Pick<Actor, 'userId' | 'email'> | null;

/** No rule of the loss kind: the decree's 50% (Decree 264/2025/NĐ-CP Art. 10(4)) is what a fund is held to. */
export const DEFAULT_LOSS_THRESHOLD_BP = 5000;

async function lockFundRow(tx: EntityManager, fundId: string): Promise<void> {
  const rows = await tx.execute<{ id: string }[]>('select id from funds where id = ? for update', [fundId]);
  if (rows.length === 0) throw notFound('Fund');
}

/** The versions a write checks against; the caller holds the fund row's lock, so versions cannot change meanwhile. */
export async function rulesForWrite(tx: EntityManager, fundId: string): Promise<FundRuleVersion[]> {
  return ruleVersions(tx, fundId);
}

type RuleVersionInput = {
  kind: string;
  limit: bigint;
  minimum?: bigint | null;
  scope: string;
  citation: string;
  effectiveFrom: string;
  reason?: string | null;
};

function validVersion(input: RuleVersionInput) {
  const kind = requireEnum('kind', input.kind, FUND_RULE_KINDS);
  const limitValue = requireRuleLimit(kind, input.limit);
  return {
    kind,
    limitValue,
    minimumValue: requireRuleMinimum(kind, input.minimum, limitValue),
    scope: requireText('scope', input.scope, { max: 300 }),
    citation: requireText('citation', input.citation, { max: 2000, multiline: true }),
    effectiveFrom: requireDate('effectiveFrom', input.effectiveFrom),
    reason: optionalText('reason', input.reason, { max: 1000, multiline: true }),
  };
}

/** Adds the next version of one kind; the caller holds the fund row's lock. */
async function addVersionLocked(
  tx: EntityManager,
  actor: Who,
  fundId: string,
  v: ReturnType<typeof validVersion> & { endsRule?: boolean },
) {
  const { kind, effectiveFrom } = v;
  const latest = await tx.findOne(FundRuleSchema, { fundId, kind }, { orderBy: { version: 'desc' } });
  const latestFrom = latest ? String(latest.effectiveFrom) : null;
  if (latest && latestFrom! >= effectiveFrom) {
    throw badInput(
      'effectiveFrom',
      `A new version must start after the current one (version ${latest.version}, in force since ${latestFrom}).`,
    );
  }
  const rule = tx.create(FundRuleSchema, {
    fundId,
    ...v,
    version: (latest?.version ?? 0) + 1,
    actorId: actor?.userId ?? null,
  });
  await tx.flush();
  recordAudit(tx, actor, {
    action: v.endsRule ? 'fund.endRule' : 'fund.addRuleVersion',
    entityType: 'FundRule',
    entityId: rule.id,
    before: latest
      ? { ruleId: latest.id, version: latest.version, limit: latest.limitValue, minimum: latest.minimumValue ?? null }
      : null,
    after: {
      fundId,
      kind,
      limit: v.limitValue,
      minimum: v.minimumValue,
      scope: v.scope,
      citation: v.citation,
      effectiveFrom,
      version: rule.version,
      reason: v.reason,
      ...(v.endsRule ? { endsRule: true, lastDay: dayBefore(effectiveFrom) } : {}),
    },
  });
  return rule;
}

export async function addFundRuleVersion(em: EntityManager, actor: Who, input: RuleVersionInput & { fundId: string }) {
  const fundId = requireId('fundId', input.fundId);
  const version = validVersion(input);
  return em.transactional(async (tx) => {
    // Versions of one fund are added one at a time: the fund row is their lock (the ledger's writes take it too).
    await lockFundRow(tx, fundId);
    return addVersionLocked(tx, actor, fundId, version);
  });
}

/**
 * Ends a rule kind after `lastDay` (ADMIN): one more version, never an edit, that starts the day after and carries
 * the ending — the version in force until then gets `lastDay` as its effective-to; from the next day checks apply
 * no version of the kind (for the state share, the stake and the loss threshold, the fund's own policy again).
 */
export async function endFundRule(
  em: EntityManager,
  actor: Who,
  input: { fundId: string; kind: string; lastDay: string; reason: string; citation?: string | null },
) {
  const fundId = requireId('fundId', input.fundId);
  const kind = requireEnum('kind', input.kind, FUND_RULE_KINDS);
  const lastDay = requireDate('lastDay', input.lastDay);
  const reason = requireText('reason', input.reason, { max: 1000, multiline: true });
  const citation = optionalText('citation', input.citation, { max: 2000, multiline: true });
  return em.transactional(async (tx) => {
    await lockFundRow(tx, fundId);
    const latest = await tx.findOne(FundRuleSchema, { fundId, kind }, { orderBy: { version: 'desc' } });
    // Refusals with a reason code, so each reader gets them in their own language.
    if (!latest || latest.endsRule) throw ruleNotInForce('kind');
    if (String(latest.effectiveFrom) > lastDay) throw beforeVersionStart('lastDay', String(latest.effectiveFrom));
    return addVersionLocked(tx, actor, fundId, {
      kind,
      limitValue: latest.limitValue,
      minimumValue: latest.minimumValue ?? null,
      scope: latest.scope,
      citation: citation ?? latest.citation,
      effectiveFrom: dayAfter(lastDay),
      reason,
      endsRule: true,
    });
  });
}

/**
 * Puts a fund under a legal rule set from a day: one new version of each of the set's rules, all or none (a kind
 * whose latest version starts on or after that day refuses the whole set). Kinds outside the set keep their versions.
 */
export async function applyFundRuleSet(
  em: EntityManager,
  actor: Who,
  input: { fundId: string; set: string; effectiveFrom: string; reason?: string | null },
) {
  const fundId = requireId('fundId', input.fundId);
  const set = FUND_RULE_SET[requireEnum('set', input.set, FUND_RULE_SETS) as FundRuleSetName];
  const versions = set.rules.map((r) =>
    validVersion({ ...r, effectiveFrom: input.effectiveFrom, reason: input.reason ?? null }),
  );
  return em.transactional(async (tx) => {
    await lockFundRow(tx, fundId);
    const added = [];
    for (const v of versions) added.push(await addVersionLocked(tx, actor, fundId, v));
    return added;
  });
}

export async function setFundVehicle(
  em: EntityManager,
  actor: Who,
  input: {
    fundId: string;
    kind: string;
    legalBasis: string;
    cycleStart: string;
    termYears?: number | null;
    reviewAfterYears?: number | null;
  },
): Promise<FundVehicle> {
  const fundId = requireId('fundId', input.fundId);
  const kind = requireEnum('kind', input.kind, FUND_VEHICLES);
  const legalBasis = requireText('legalBasis', input.legalBasis, { max: 2000, multiline: true });
  const cycleStart = requireDate('cycleStart', input.cycleStart);
  const years = (field: string, value: number | null | undefined) => {
    if (value === null || value === undefined) return null;
    if (!Number.isInteger(value) || value < 1 || value > 99) throw badInput(field, `${field} is 1 to 99 years.`);
    return value;
  };
  const termYears = years('termYears', input.termYears);
  const reviewAfterYears = years('reviewAfterYears', input.reviewAfterYears);
  return em.transactional(async (tx) => {
    await lockFundRow(tx, fundId);
    const existing = await tx.findOne(FundVehicleSchema, { fundId });
    const before = existing
      ? { kind: existing.kind, legalBasis: existing.legalBasis, cycleStart: existing.cycleStart }
      : null;
    const vehicle =
      existing ?? tx.create(FundVehicleSchema, { fundId, kind, legalBasis, cycleStart, termYears, reviewAfterYears });
    Object.assign(vehicle, { kind, legalBasis, cycleStart, termYears, reviewAfterYears });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'fund.setVehicle',
      entityType: 'FundVehicle',
      entityId: fundId,
      before,
      after: { kind, legalBasis, cycleStart, termYears, reviewAfterYears },
    });
    return vehicle;
  });
}

/**
 * Keeps a limit refusal (its write already rolled back) in its own transaction, for the annual risk report:
 * the refused change itself writes nothing, the record of the refusal is what the law asks to report.
 */
export async function recordRefusal(
  em: EntityManager,
  error: unknown,
  context: { action: string; onDate: string; actorId: string | null },
): Promise<void> {
  if (!isDomainError(error)) return;
  const rule = (error as DomainError).details.rule as { kind?: string; citation?: string; ruleId?: string | null };
  const fundId = (error as DomainError).details.fundId;
  if (!rule || typeof fundId !== 'string') return;
  await em.fork().transactional(async (tx) => {
    tx.create(FundRuleRefusalSchema, {
      fundId,
      ruleId: rule.ruleId ?? null,
      kind: String(rule.kind),
      code: (error as DomainError).code,
      citation: String(rule.citation),
      action: context.action,
      onDate: context.onDate,
      message: (error as DomainError).message.slice(0, 4000),
      actorId: context.actorId,
    });
  });
}

/** A proposed change to preview: a commitment (delta > 0 commits, < 0 withdraws) and/or a fund investment. */
export interface ProposedChange {
  fundId: string;
  /** The entry's day (default today): the rule versions in force on it apply. */
  onDate?: string | null;
  commitment?: { memberType: MemberType; memberName?: string | null; delta: bigint } | null;
  investment?: { startupId: string; amount: bigint; preMoney: bigint; othersAmount?: bigint | null } | null;
}

export type FundRuleCheck = Omit<RuleCheck, 'version'> & { version: number | null };

/**
 * How every rule of the fund stands on `onDate` for a proposed change, without writing anything:
 * one entry per kind (the stake only with an investment). Units: STATE_SHARE_OF_CHARTER current in basis
 * points, headroom in dong of further state commitment; STATE_BUDGET_AMOUNT dong; OTHER_MEMBERS_COUNT members;
 * STAKE_PER_STARTUP with an investment: current in basis points after the round, headroom in dong the fund may put
 * in; without one: the largest stake held that day and the basis points left under the cap;
 * PORTFOLIO_LOSS_THRESHOLD losses in dong against the threshold in dong (limit stays in basis points).
 */
export async function checkFundRules(em: EntityManager, input: ProposedChange): Promise<FundRuleCheck[]> {
  const fundId = requireId('fundId', input.fundId);
  const onDate = input.onDate ? requireDate('onDate', input.onDate) : hanoiToday();
  const fund = await fundFigures(em, fundId);
  if (!fund) throw notFound('Fund');
  const versions = await ruleVersions(em, fundId);
  const rule = (kind: FundRuleKind, fallback: bigint) => appliedRule(versions, kind, onDate, fallback);
  const checks: FundRuleCheck[] = [];

  // The commitments as they stood at the end of that day (for today: as they stand now).
  const then = await commitmentsAsOf(em, fundId, onDate);
  const c = input.commitment;
  const delta = c?.delta ?? 0n;
  const stateDelta = c?.memberType === 'STATE' ? delta : 0n;
  const before = { stateCommitted: then.stateCommitted, charterCapital: then.charterCapital };
  const after = { stateCommitted: then.stateCommitted + stateDelta, charterCapital: then.charterCapital + delta };
  checks.push(checkStateShare(rule('STATE_SHARE_OF_CHARTER', BigInt(fund.charterCapBp)), before, after));
  // Without any proposed change, a rule's standing is whether the figure is inside it: a later, stricter version can
  // leave a fund outside a limit that none of its writes broke.
  const standing = (check: RuleCheck, applied: AppliedRule): RuleCheck =>
    c || input.investment ? check : { ...check, ok: withinRule(applied, check.current) };
  const budget = ruleVersionOrNull(versions, 'STATE_BUDGET_AMOUNT', onDate);
  if (budget) checks.push(standing(checkStateBudget(budget, then.stateCommitted, after.stateCommitted), budget));
  const members = ruleVersionOrNull(versions, 'OTHER_MEMBERS_COUNT', onDate);
  if (members) {
    const names = then.others;
    const joins = c?.memberType === 'PRIVATE' && delta > 0n && !names.has(c.memberName ?? '');
    checks.push(standing(checkOtherMembers(members, names.size, names.size + (joins ? 1 : 0)), members));
  }
  const investors = ruleVersionOrNull(versions, 'INVESTORS_COUNT', onDate);
  if (investors) {
    const names = then.investors;
    const joins = delta > 0n && !names.has(c?.memberName ?? '');
    checks.push(standing(checkInvestorCount(investors, names.size, names.size + (joins ? 1 : 0)), investors));
  }
  const inv = input.investment;
  const stakeRule = rule('STAKE_PER_STARTUP', BigInt(fund.stakeCapBp));
  if (!inv) {
    // Without a proposed investment: the largest stake held that day, and the basis points left under the cap.
    const largest = BigInt(await largestStakeBp(em, fundId, onDate));
    checks.push({
      kind: 'STAKE_PER_STARTUP',
      citation: stakeRule.citation,
      ruleId: stakeRule.ruleId,
      version: stakeRule.version,
      limit: stakeRule.limit,
      minimum: null,
      current: largest,
      headroom: stakeRule.limit > largest ? stakeRule.limit - largest : 0n,
      ok: largest <= stakeRule.limit,
    });
  }
  if (inv) {
    const startupId = requireId('startupId', inv.startupId);
    const stake = await fundStakeIn(em, fundId, startupId);
    checks.push(
      checkStake(stakeRule, {
        holdingsBefore: new Map([['fund', stake]]),
        round: {
          preMoney: inv.preMoney,
          participations: [
            { holder: 'fund', amount: inv.amount },
            { holder: 'others', amount: inv.othersAmount ?? 0n },
          ],
        },
        holder: 'fund',
      }),
    );
  }
  const loss = await lossThresholdOn(em, fundId, onDate, then.charterCapital, fund.createdAt, versions);
  checks.push({
    kind: 'PORTFOLIO_LOSS_THRESHOLD',
    citation: loss.rule.citation,
    ruleId: loss.rule.ruleId,
    version: loss.rule.version,
    limit: loss.rule.limit,
    minimum: null,
    current: loss.figures.losses,
    headroom: loss.figures.threshold > loss.figures.losses ? loss.figures.threshold - loss.figures.losses : 0n,
    ok: loss.figures.losses <= loss.figures.threshold,
  });
  return checks;
}

function ruleVersionOrNull(versions: readonly FundRuleVersion[], kind: FundRuleKind, day: string) {
  const applied = appliedRule(versions, kind, day, 0n);
  return applied.ruleId === null ? null : applied;
}

/**
 * The first day of the fund's current investment cycle: its vehicle's; without one, the fund's first investment
 * (or the day it was created, in Hanoi, when that is earlier or it has not invested).
 */
export async function cycleStartOf(em: EntityManager, fundId: string, createdAt: Date): Promise<string> {
  const vehicle = await vehicleOf(em, fundId);
  if (vehicle) return String(vehicle.cycleStart);
  const created = new Date(createdAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const [first] = await em.execute<{ day: string | null }[]>(
    `select min(r.date)::text as day from round_participations p join funding_rounds r on r.id = p.round_id
      where p.fund_id = ?`,
    [fundId],
  );
  return first?.day && first.day < created ? first.day : created;
}

/** Losses of the cycle against the threshold in force on `asOf` (default: 50% of charter capital). */
export async function lossThresholdOn(
  em: EntityManager,
  fundId: string,
  asOf: string,
  charterCapital: bigint,
  createdAt: Date,
  versions?: readonly FundRuleVersion[],
) {
  const all = versions ?? (await ruleVersions(em, fundId));
  const rule = appliedRule(all, 'PORTFOLIO_LOSS_THRESHOLD', asOf, BigInt(DEFAULT_LOSS_THRESHOLD_BP));
  const cycleStart = await cycleStartOf(em, fundId, createdAt);
  const holdings = await cycleHoldings(em, fundId, cycleStart, asOf);
  const figures = lossFigures(holdings, charterCapital, Number(rule.limit));
  return { rule, cycleStart, asOf, holdings, figures };
}
