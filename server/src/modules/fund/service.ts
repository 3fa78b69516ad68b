// The fund ledger's use cases. Every write runs in ONE transaction that first locks the fund row(s)
// (then the startup row for rounds and exits: lock order fund → startup), checks the shared rules
// against the locked totals, writes, audits and commits — so two requests that each fit alone but not
// together can never both succeed (the rules must hold under concurrent requests: tests/api/fund-concurrency.test.ts).
import {
  CheckConstraintViolationException,
  DeadlockException,
  LockMode,
  LockWaitTimeoutException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  ErrorCode,
  MAX_VND,
  MEMBER_TYPES,
  assertCashRule,
  assertCommitmentChange,
  assertPayIn,
  appliedRule,
  assertRuleCheck,
  assertStakeRule,
  checkInvestorCount,
  checkOtherMembers,
  checkStateBudget,
  citing,
  hanoiToday,
  badInput,
  cashUse,
  charterUse,
  crossesNearCap,
  percentOfLimit,
  stakeUse,
  checkCashRule,
  formatCitation,
  formatVnd,
  type AppliedRule,
  type FundRuleVersion,
  isDomainError,
  notFound,
  optionalText,
  requireEnum,
  requirePastDate,
  requirePositiveVnd,
  requireText,
  type MemberType,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit';
import { StartupSchema } from '../startups';
import { notifications } from '../notifications';
import {
  CapitalPaymentSchema,
  CommitmentChangeSchema,
  CommitmentSchema,
  DecisionCheckSchema,
  EXIT_KINDS,
  ExitSchema,
  FundMemberSchema,
  FundSchema,
  FundingRoundSchema,
  INSTRUMENTS,
  InvestmentDecisionSchema,
  ParticipationSchema,
  ValuationMarkSchema,
  type Commitment,
  type Exit,
  type Fund,
  type FundingRound,
  type InvestmentDecision,
  type ValuationMark,
} from './entities';
import { fundHolderKey, holderOf, replay, roundInput, type CapTableEvent } from './cap-table';
import { loadStartupEvents } from './read';
import { requireId } from '../../kernel';
import {
  checkFundRules,
  committedMembers,
  fundRuleCheckView,
  recordRefusal,
  rulesForWrite,
  type FundRuleCheckView,
} from '../fund-rules';

type Who = Pick<Actor, 'userId' | 'email'> | null;

const LOCK_TIMEOUT = `set local lock_timeout = '5s'`;

/** Which write a limit refusal came from, so it can be kept for the annual risk report. */
type RefusalContext = { action: string; onDate: string; actor: Who };

/** Runs a ledger write in one transaction with a lock timeout; database refusals become domain errors. */
async function ledgerTransaction<T>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<T>,
  refusal?: RefusalContext,
): Promise<T> {
  try {
    return await em.transactional(async (tx) => {
      await tx.execute(LOCK_TIMEOUT);
      return work(tx);
    });
  } catch (error) {
    if (isDomainError(error)) {
      if (refusal && error.details.rule) {
        await recordRefusal(em, error, {
          action: refusal.action,
          onDate: refusal.onDate,
          actorId: refusal.actor?.userId ?? null,
        }).catch(() => undefined);
      }
      throw error;
    }
    if (error instanceof LockWaitTimeoutException || error instanceof DeadlockException) {
      throw new DomainError(ErrorCode.CONFLICT, 'The fund is busy with other changes; please try again.');
    }
    if (error instanceof CheckConstraintViolationException || error instanceof UniqueConstraintViolationException) {
      throw new DomainError(ErrorCode.CONFLICT, 'A concurrent change won the race; reload and try again.');
    }
    throw error;
  }
}

async function lockFund(tx: EntityManager, fundId: string): Promise<Fund> {
  const fund = await tx.findOne(FundSchema, fundId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!fund) throw notFound('Fund');
  return fund;
}

/** Locks the startup row: two funds' rounds change the same cap table. Always after the fund lock(s). */
async function lockStartup(tx: EntityManager, startupId: string): Promise<void> {
  const rows = await tx.execute<{ id: string }[]>('select id from startups where id = ? for update', [startupId]);
  if (rows.length === 0) throw notFound('Startup');
}

function fundFigures(fund: Fund) {
  return {
    charterCapital: fund.charterCapital,
    stateCommitted: fund.stateCommitted,
    paidIn: fund.paidIn,
    invested: fund.invested,
  };
}

function policyBp(field: string, value: number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > 10000) {
    throw badInput(field, `${field} must be a whole number of basis points between 0 and 10000.`);
  }
  return value;
}

// ---- The rules in force (fund-rules module): each check names and cites the version it applied ----

/** A refusal made to cite its rule and name the fund (the refusal log needs the fund). */
function citingFund<T>(fund: Fund, rule: AppliedRule, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const cited = error.details.rule ? error : citing(error, rule);
    throw new DomainError(cited.code, cited.message, { ...cited.details, fundId: fund.id });
  }
}

/** The rules a fund cites for limits that are not legal rules as data: cash and pay-ins. */
const CASH_RULE = {
  kind: 'PAID_IN_CAPITAL',
  citation: formatCitation([{ policy: 'PAID_IN_ONLY' }], 'en'),
} as const;
const PAY_IN_RULE = {
  kind: 'MEMBER_COMMITMENT',
  citation: formatCitation([{ policy: 'WITHIN_COMMITMENT' }], 'en'),
} as const;

function citingFixed(fund: Fund, rule: { kind: string; citation: string }, check: () => unknown): void {
  try {
    check();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new DomainError(error.code, `${error.message} Rule: ${rule.citation}.`, {
      ...error.details,
      fundId: fund.id,
      rule: { kind: rule.kind, citation: rule.citation, ruleId: null, version: null, effectiveFrom: null },
    });
  }
}

function ruleRef(rule: AppliedRule) {
  return { kind: rule.kind, ruleId: rule.ruleId, version: rule.version, limit: rule.limit };
}

/** Who holds the charter capital before and after a commitment change, for the member-count rules. */
type MemberCounts = { otherMembers: number; joinsOthers: boolean; investorsBefore: number; investorsAfter: number };

/**
 * The charter-side rules of a commitment change on `day`: the state share (its version's cap, else the fund's
 * policy), the state budget amount, the count of other members and the investors' range (when the fund has them).
 * Returns the new totals and the rules applied; refuses with the rule's code, message citation and extensions.rule.
 */
function applyCommitmentRules(
  fund: Fund,
  versions: readonly FundRuleVersion[],
  day: string,
  change: { memberType: MemberType; delta: bigint } & MemberCounts,
) {
  const share = appliedRule(versions, 'STATE_SHARE_OF_CHARTER', day, BigInt(fund.charterCapBp));
  let after = { stateCommitted: fund.stateCommitted, charterCapital: fund.charterCapital };
  citingFund(fund, share, () => {
    after = assertCommitmentChange({
      totals: { stateCommitted: fund.stateCommitted, charterCapital: fund.charterCapital },
      memberType: change.memberType,
      delta: change.delta,
      capBp: Number(share.limit),
    });
  });
  const applied = [ruleRef(share)];
  const budget = appliedRule(versions, 'STATE_BUDGET_AMOUNT', day, 0n);
  if (budget.ruleId) {
    const check = checkStateBudget(budget, fund.stateCommitted, after.stateCommitted);
    citingFund(fund, budget, () => assertRuleCheck(check, budget, 'State members’ committed total (dong)'));
    applied.push(ruleRef(budget));
  }
  const members = appliedRule(versions, 'OTHER_MEMBERS_COUNT', day, 0n);
  if (members.ruleId) {
    const countAfter = change.otherMembers + (change.joinsOthers ? 1 : 0);
    const check = checkOtherMembers(members, change.otherMembers, countAfter);
    citingFund(fund, members, () => assertRuleCheck(check, members, 'Members other than the state'));
    applied.push(ruleRef(members));
  }
  const investors = appliedRule(versions, 'INVESTORS_COUNT', day, 0n);
  if (investors.ruleId) {
    const check = checkInvestorCount(investors, change.investorsBefore, change.investorsAfter);
    citingFund(fund, investors, () => assertRuleCheck(check, investors, 'Investors in the fund'));
    applied.push(ruleRef(investors));
  }
  return { after, applied, shareCapBp: Number(share.limit) };
}

/**
 * The member counts a commitment change moves (under the fund lock; read only when a count rule exists): whether the
 * member joins the others or the investors (a first commitment above 0), or leaves the investors (its last one to 0).
 */
async function memberCounts(
  tx: EntityManager,
  fundId: string,
  versions: readonly FundRuleVersion[],
  change: { memberName: string; memberType: MemberType; delta: bigint; leaves: () => Promise<boolean> },
): Promise<MemberCounts> {
  if (!versions.some((v) => v.kind === 'OTHER_MEMBERS_COUNT' || v.kind === 'INVESTORS_COUNT')) {
    return { otherMembers: 0, joinsOthers: false, investorsBefore: 0, investorsAfter: 0 };
  }
  const members = await committedMembers(tx, fundId);
  const others = [...members.values()].filter((type) => type === 'PRIVATE').length;
  const joins = change.delta > 0n && !members.has(change.memberName);
  const leaves = change.delta < 0n && members.has(change.memberName) && (await change.leaves());
  return {
    otherMembers: others,
    joinsOthers: joins && change.memberType === 'PRIVATE',
    investorsBefore: members.size,
    investorsAfter: members.size + (joins ? 1 : 0) - (leaves ? 1 : 0),
  };
}

// ---- Funds ----

export async function createFund(
  em: EntityManager,
  actor: Who,
  input: { name: string; charterCapBp?: number | null; stakeCapBp?: number | null },
): Promise<Fund> {
  const name = requireText('name', input.name, { max: 200 });
  const charterCapBp = policyBp('charterCapBp', input.charterCapBp);
  const stakeCapBp = policyBp('stakeCapBp', input.stakeCapBp);
  return ledgerTransaction(em, async (tx) => {
    if (await tx.count(FundSchema, { name })) throw badInput('name', `A fund named "${name}" already exists.`);
    const fund = tx.create(FundSchema, {
      name,
      ...(charterCapBp === undefined ? {} : { charterCapBp }),
      ...(stakeCapBp === undefined ? {} : { stakeCapBp }),
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'fund.create',
      entityType: 'Fund',
      entityId: fund.id,
      after: { name, charterCapBp: fund.charterCapBp, stakeCapBp: fund.stakeCapBp },
    });
    return fund;
  });
}

// ---- Commitments ----

function assertCharterTotalWithinRange(charterCapital: bigint): void {
  if (charterCapital > MAX_VND) throw badInput('amount', 'The charter capital cannot exceed 10^18 dong.');
}

export async function commitCapital(
  em: EntityManager,
  actor: Who,
  input: { fundId: string; memberName: string; memberType: MemberType; amount: bigint },
  today: string = hanoiToday(),
): Promise<Commitment> {
  const fundId = requireId('fundId', input.fundId);
  const memberName = requireText('memberName', input.memberName, { max: 200 });
  const memberType = requireEnum('memberType', input.memberType, MEMBER_TYPES);
  const amount = requirePositiveVnd('amount', input.amount);
  const refusal = { action: 'fund.commitCapital', onDate: today, actor };
  return ledgerTransaction(
    em,
    async (tx) => {
      const fund = await lockFund(tx, fundId);
      let member = await tx.findOne(FundMemberSchema, { fund, name: memberName });
      if (member && member.type !== memberType) {
        throw badInput('memberType', `${memberName} is already a ${member.type} member of this fund.`);
      }
      const before = fundFigures(fund);
      // The charter-side rules in force today (the legal rules as data: the fund-rules module): refused as a whole, citing the rule.
      const versions = await rulesForWrite(tx, fundId);
      const counts = await memberCounts(tx, fundId, versions, {
        memberName,
        memberType,
        delta: amount,
        leaves: async () => false,
      });
      const { after, applied, shareCapBp } = applyCommitmentRules(fund, versions, today, {
        memberType,
        delta: amount,
        ...counts,
      });
      assertCharterTotalWithinRange(after.charterCapital);
      // The row's cap follows the version in force, so the database's own charter check agrees with it.
      fund.charterCapBp = shareCapBp;
      member ??= tx.create(FundMemberSchema, { fund, name: memberName, type: memberType });
      const commitment = tx.create(CommitmentSchema, { fund, member, amount, paidIn: 0n });
      tx.create(CommitmentChangeSchema, {
        commitment,
        amountBefore: 0n,
        amountAfter: amount,
        actorId: actor?.userId ?? null,
      });
      const charterBefore = charterUse(fund);
      fund.stateCommitted = after.stateCommitted;
      fund.charterCapital = after.charterCapital;
      await tx.flush();
      await tellIfNearCharterCap(tx, fund, charterBefore);
      recordAudit(tx, actor, {
        action: 'fund.commitCapital',
        entityType: 'Commitment',
        entityId: commitment.id,
        before: { fund: before },
        after: { fundId, memberId: member.id, memberName, memberType, amount, fund: fundFigures(fund), rules: applied },
      });
      return commitment;
    },
    refusal,
  );
}

export async function changeCommitment(
  em: EntityManager,
  actor: Who,
  input: { commitmentId: string; amount: bigint; reason?: string | null },
  today: string = hanoiToday(),
): Promise<Commitment> {
  const commitmentId = requireId('commitmentId', input.commitmentId);
  const reason = optionalText('reason', input.reason, { max: 1000, multiline: true });
  if (input.amount < 0n) throw badInput('amount', 'amount cannot be negative.');
  const refusal = { action: 'fund.changeCommitment', onDate: today, actor };
  return ledgerTransaction(
    em,
    async (tx) => {
      const found = await tx.findOne(CommitmentSchema, commitmentId, { fields: ['id', 'fund'] });
      if (!found) throw notFound('Commitment');
      const fund = await lockFund(tx, found.fund.id);
      const commitment = await tx.findOneOrFail(CommitmentSchema, commitmentId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
        populate: ['member'],
      });
      const previous = commitment.amount;
      if (input.amount < commitment.paidIn) {
        throw badInput(
          'amount',
          `The commitment cannot go below what was already paid in (${commitment.paidIn} dong).`,
        );
      }
      const delta = input.amount - previous;
      if (delta === 0n) return commitment;
      const before = fundFigures(fund);
      // Every change and withdrawal is checked too: a PRIVATE withdrawal can raise the state share.
      const versions = await rulesForWrite(tx, fund.id);
      const counts = await memberCounts(tx, fund.id, versions, {
        memberName: commitment.member.name,
        memberType: commitment.member.type,
        delta,
        // The member leaves when this commitment goes to 0 and it has no other commitment above 0.
        leaves: async () =>
          input.amount === 0n &&
          (await tx.count(CommitmentSchema, {
            member: commitment.member,
            id: { $ne: commitment.id },
            amount: { $gt: 0n },
          })) === 0,
      });
      const { after, applied, shareCapBp } = applyCommitmentRules(fund, versions, today, {
        memberType: commitment.member.type,
        delta,
        ...counts,
      });
      assertCharterTotalWithinRange(after.charterCapital);
      fund.charterCapBp = shareCapBp;
      const charterBefore = charterUse(fund);
      commitment.amount = input.amount;
      fund.stateCommitted = after.stateCommitted;
      fund.charterCapital = after.charterCapital;
      tx.create(CommitmentChangeSchema, {
        commitment,
        amountBefore: previous,
        amountAfter: input.amount,
        reason,
        actorId: actor?.userId ?? null,
      });
      await tx.flush();
      await tellIfNearCharterCap(tx, fund, charterBefore);
      recordAudit(tx, actor, {
        action: input.amount === 0n ? 'fund.withdrawCommitment' : 'fund.changeCommitment',
        entityType: 'Commitment',
        entityId: commitment.id,
        before: { amount: previous, fund: before },
        after: { amount: input.amount, reason, fund: fundFigures(fund), rules: applied },
      });
      return commitment;
    },
    refusal,
  );
}

// ---- Pay-ins ----

// Dated writes take `today` (Hanoi's day from the server's one clock, see hanoiToday): the ledger records what
// has happened, so a date after it is refused (the ledger's dates: shared/src/clock.ts).

export async function payInCapital(
  em: EntityManager,
  actor: Who,
  input: { commitmentId: string; amount: bigint; date?: string | null },
  today: string,
) {
  const commitmentId = requireId('commitmentId', input.commitmentId);
  const amount = requirePositiveVnd('amount', input.amount);
  const date = input.date === null || input.date === undefined ? today : requirePastDate('date', input.date, today);
  return ledgerTransaction(em, async (tx) => {
    const found = await tx.findOne(CommitmentSchema, commitmentId, { fields: ['id', 'fund'] });
    if (!found) throw notFound('Commitment');
    const fund = await lockFund(tx, found.fund.id);
    const commitment = await tx.findOneOrFail(CommitmentSchema, commitmentId, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
    });
    try {
      citingFixed(fund, PAY_IN_RULE, () =>
        assertPayIn({ committed: commitment.amount, paidIn: commitment.paidIn, amount }),
      );
    } catch (error) {
      // The catalog's CASH_LIMIT_EXCEEDED covers "a member would pay in more than committed"; name the field.
      if (isDomainError(error)) throw new DomainError(error.code, error.message, { ...error.details, field: 'amount' });
      throw error;
    }
    const before = { commitmentPaidIn: commitment.paidIn, fund: fundFigures(fund) };
    const payment = tx.create(CapitalPaymentSchema, { fund, commitment, amount, date });
    commitment.paidIn += amount;
    fund.paidIn += amount;
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'fund.payInCapital',
      entityType: 'CapitalPayment',
      entityId: payment.id,
      before,
      after: { commitmentId, amount, date, commitmentPaidIn: commitment.paidIn, fund: fundFigures(fund) },
    });
    return payment;
  });
}

// ---- Funding rounds ----

export interface ParticipationInputValue {
  fundId?: string | null;
  investorName?: string | null;
  kind?: string | null;
  amount: bigint;
  /** The approved investment decision a fund participation rests on (required with fundId). */
  decisionId?: string | null;
}

type ValidParticipation =
  | { kind: 'FUND'; fundId: string; investorName: null; amount: bigint; decisionId: string | null }
  | { kind: 'OTHER_FUND' | 'PRIVATE'; fundId: null; investorName: string; amount: bigint; decisionId: null };

function validateParticipations(list: readonly ParticipationInputValue[]): ValidParticipation[] {
  if (!Array.isArray(list) || list.length === 0)
    throw badInput('participations', 'A round needs at least one participation.');
  if (list.length > 100) throw badInput('participations', 'A round can have at most 100 participations.');
  return list.map((p) => {
    const amount = requirePositiveVnd('amount', p.amount);
    const hasFund = p.fundId !== null && p.fundId !== undefined && p.fundId !== '';
    const investorName = optionalText('investorName', p.investorName, { max: 200 });
    if (hasFund === (investorName !== null)) {
      throw badInput('participations', 'Each participation names exactly one of fundId and investorName.');
    }
    if (hasFund) {
      if (p.kind && p.kind !== 'FUND') throw badInput('kind', 'A participation with fundId is of kind FUND.');
      const fundId = requireId('fundId', p.fundId);
      // A missing decision is refused in the transaction, after the fund's rules (their refusal says more).
      const decisionId = p.decisionId ? requireId('decisionId', p.decisionId) : null;
      return { kind: 'FUND', fundId, investorName: null, amount, decisionId };
    }
    if (p.decisionId) throw badInput('decisionId', 'Only a fund participation names an investment decision.');
    const kind = p.kind ? requireEnum('kind', p.kind, ['OTHER_FUND', 'PRIVATE'] as const) : 'PRIVATE';
    return { kind, fundId: null, investorName: investorName!, amount, decisionId: null };
  });
}

async function latestEventDate(tx: EntityManager, startupId: string): Promise<string | null> {
  const rows = await tx.execute<{ latest: string | null }[]>(
    `select greatest((select max(date) from funding_rounds where startup_id = ?),
                     (select max(date) from fund_exits where startup_id = ?))::text as latest`,
    [startupId, startupId],
  );
  return rows[0]?.latest ?? null;
}

export async function recordFundingRound(
  em: EntityManager,
  actor: Who,
  input: {
    startupId: string;
    date: string;
    preMoney: bigint;
    instrument?: string | null;
    participations: readonly ParticipationInputValue[];
  },
  today: string,
): Promise<FundingRound> {
  const startupId = requireId('startupId', input.startupId);
  const date = requirePastDate('date', input.date, today);
  const preMoney = input.preMoney;
  if (preMoney < 0n) throw badInput('preMoney', 'preMoney cannot be negative.');
  const instrument = input.instrument ? requireEnum('instrument', input.instrument, INSTRUMENTS) : 'EQUITY';
  const participations = validateParticipations(input.participations);
  const refusal = { action: 'fund.recordFundingRound', onDate: date, actor };
  let raised = 0n;
  for (const p of participations) raised += p.amount;
  if (preMoney + raised > MAX_VND) throw badInput('preMoney', 'The post-money valuation cannot exceed 10^18 dong.');

  return ledgerTransaction(
    em,
    async (tx) => {
      // Lock order: funds by id, then the startup — the same order everywhere, so no deadlock.
      const fundIds = [...new Set(participations.flatMap((p) => (p.fundId ? [p.fundId] : [])))].sort();
      const funds = new Map<string, Fund>();
      for (const id of fundIds) funds.set(id, await lockFund(tx, id));
      await lockStartup(tx, startupId);

      const latest = await latestEventDate(tx, startupId);
      if (latest && date < latest) {
        throw badInput(
          'date',
          `Rounds are recorded in order: this startup already has a round or exit dated ${latest}.`,
        );
      }
      if (fundIds.length > 0) {
        const exited = await tx.count(ExitSchema, { startup: startupId, fund: { $in: fundIds } });
        if (exited > 0)
          throw badInput('participations', 'A fund that has exited this startup cannot invest in it again.');
      }

      const event: Extract<CapTableEvent, { type: 'ROUND' }> = {
        type: 'ROUND',
        date,
        seq: Number.MAX_SAFE_INTEGER,
        preMoney,
        participations: participations.map((p) => ({
          holder: holderOf({
            kind: p.kind,
            fundId: p.fundId,
            name: p.fundId ? funds.get(p.fundId)!.name : p.investorName!,
          }),
          amount: p.amount,
        })),
      };
      const holdingsBefore = replay(await loadStartupEvents(tx, startupId)).stakes;
      const applied: Record<string, ReturnType<typeof ruleRef>[]> = {};
      const nearCap: Parameters<typeof notifications.emit>[1][] = [];
      const checks = new Map<string, ParticipationChecks>();
      for (const [id, fund] of funds) {
        let amount = 0n;
        for (const p of participations) if (p.fundId === id) amount += p.amount;
        // Cash rule: the fund never invests more than its paid-in capital.
        withFund(fund, () =>
          citingFixed(fund, CASH_RULE, () => assertCashRule({ invested: fund.invested, paidIn: fund.paidIn, amount })),
        );
        // Stake rule: the fund's stake after this round (earlier stakes diluted) stays within the version in force
        // on the round's date (else the fund's policy).
        const stakeRule = appliedRule(await rulesForWrite(tx, id), 'STAKE_PER_STARTUP', date, BigInt(fund.stakeCapBp));
        applied[id] = [ruleRef(stakeRule)];
        const stake = withFund(fund, () =>
          citingFund(fund, stakeRule, () =>
            assertStakeRule({
              holdingsBefore,
              round: roundInput(event),
              holder: fundHolderKey(id),
              capBp: Number(stakeRule.limit),
            }),
          ),
        );
        const cashBefore = cashUse(fund);
        const cashAfter = cashUse({ invested: fund.invested + amount, paidIn: fund.paidIn });
        if (crossesNearCap(cashBefore, cashAfter)) nearCap.push(nearCapEvent(fund, 'CASH', cashAfter));
        const stakeCapBp = Number(stakeRule.limit);
        const stakeBefore = stakeUse(holdingsBefore.get(fundHolderKey(id)), stakeCapBp);
        const stakeAfter = stakeUse(stake.stake, stakeCapBp);
        if (crossesNearCap(stakeBefore, stakeAfter)) {
          const startupName = (await tx.findOneOrFail(StartupSchema, startupId, { fields: ['name'] })).name;
          nearCap.push(nearCapEvent(fund, 'STAKE', stakeAfter, startupName));
        }
        checks.set(
          id,
          await participationRuleChecks(tx, {
            fundId: id,
            startupId,
            onDate: date,
            preMoney,
            amount,
            othersAmount: raised - amount,
          }),
        );
      }
      // No fund money without an approved investment decision that covers it (under the fund lock: two rounds
      // may not both spend the last of one decision).
      const decisions = await requireDecisions(tx, startupId, participations);

      const startup = tx.getReference(StartupSchema, startupId);
      const round = tx.create(FundingRoundSchema, { startup, date, instrument, preMoney, raised });
      const before: Record<string, unknown> = {};
      for (const [id, fund] of funds) before[id] = fundFigures(fund);
      for (const p of participations) {
        tx.create(ParticipationSchema, {
          round,
          kind: p.kind,
          fund: p.fundId ? funds.get(p.fundId)! : null,
          investorName: p.investorName,
          amount: p.amount,
          decision: p.decisionId ? decisions.get(p.decisionId)! : null,
        });
        if (p.fundId) funds.get(p.fundId)!.invested += p.amount;
      }
      // The checks as they held at recording, kept next to the preview the committee saw.
      for (const decision of decisions.values()) {
        let amount = 0n;
        for (const p of participations) if (p.decisionId === decision.id) amount += p.amount;
        const result = checks.get(decision.fund.id)!;
        tx.create(DecisionCheckSchema, { decision, phase: 'RECORDING', round, amount, passed: result.passed, result });
      }
      await tx.flush();
      for (const nearing of nearCap) await notifications.emit(tx, nearing);
      const after: Record<string, unknown> = {};
      for (const [id, fund] of funds) after[id] = fundFigures(fund);
      recordAudit(tx, actor, {
        action: 'fund.recordFundingRound',
        entityType: 'FundingRound',
        entityId: round.id,
        before: { funds: before },
        after: {
          startupId,
          date,
          instrument,
          preMoney,
          raised,
          participations: participations.map((p) => ({
            kind: p.kind,
            fundId: p.fundId,
            investorName: p.investorName,
            amount: p.amount,
            decisionId: p.decisionId,
          })),
          funds: after,
          rules: applied,
        },
      });
      return round;
    },
    refusal,
  );
}

function decisionRequired(fundId: string, message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(ErrorCode.DECISION_REQUIRED, message, { field: 'participations', fundId, ...details });
}

/**
 * Reads the investment decisions the fund participations name and checks each one: approved for this fund and
 * this startup, and its amount covers what earlier rounds used plus this round. Refused with DECISION_REQUIRED.
 */
async function requireDecisions(
  tx: EntityManager,
  startupId: string,
  participations: readonly ValidParticipation[],
): Promise<Map<string, InvestmentDecision>> {
  const requested = new Map<string, { fundId: string; amount: bigint }>();
  for (const p of participations) {
    if (p.kind !== 'FUND') continue;
    if (!p.decisionId) {
      throw decisionRequired(p.fundId, 'A fund participation needs the approved investment decision it rests on.');
    }
    const entry = requested.get(p.decisionId);
    if (entry && entry.fundId !== p.fundId) {
      throw decisionRequired(p.fundId, 'One investment decision is for one fund.', { decisionId: p.decisionId });
    }
    requested.set(p.decisionId, { fundId: p.fundId, amount: (entry?.amount ?? 0n) + p.amount });
  }
  const decisions = new Map<string, InvestmentDecision>();
  for (const decisionId of [...requested.keys()].sort()) {
    const { fundId, amount } = requested.get(decisionId)!;
    // No row lock of its own (the table is append-only): a decision belongs to one fund, whose row the caller
    // holds locked, so two rounds spending the same decision are already serialized.
    const decision = await tx.findOne(InvestmentDecisionSchema, decisionId, { refresh: true });
    if (!decision || decision.fund.id !== fundId || decision.startup.id !== startupId) {
      throw decisionRequired(fundId, 'No approved investment decision of this fund for this startup has this id.', {
        decisionId,
      });
    }
    const [row] = await tx.execute<{ used: string }[]>(
      'select coalesce(sum(amount), 0)::text as used from round_participations where decision_id = ?',
      [decisionId],
    );
    const used = BigInt(row?.used ?? '0');
    if (used + amount > decision.amount) {
      const left = decision.amount - used;
      throw decisionRequired(
        fundId,
        `The investment decision approved ${formatVnd(decision.amount, 'en')}; ${formatVnd(used, 'en')} is already invested ` +
          `under it, so at most ${formatVnd(left < 0n ? 0n : left, 'en')} more may be.`,
        { decisionId, approved: decision.amount.toString(), used: used.toString(), requested: amount.toString() },
      );
    }
    decisions.set(decisionId, decision);
  }
  return decisions;
}

/**
 * What the fund's rules say of one fund participation, kept with its decision at approval (PREVIEW) and at each
 * recording (RECORDING) in this one shape: every rule in force on the day with its version, citation and headroom
 * (the fund-rules module's checkFundRules), and the cash rule (invested ≤ paid-in).
 */
export interface ParticipationChecks extends Record<string, unknown> {
  passed: boolean;
  amount: string;
  /** The day whose rule versions applied: the committee's meeting day, or the round's date. */
  onDate: string;
  rules: FundRuleCheckView[];
  cash: { ok: boolean; paidIn: string; invested: string; headroom: string };
}

/**
 * The rule checks on a proposed fund participation of `amount` in a round at `preMoney` (with `othersAmount`
 * from other investors), without writing: the fund's figures and stake as they stand in this transaction.
 */
export async function participationRuleChecks(
  em: EntityManager,
  input: {
    fundId: string;
    startupId: string;
    onDate: string;
    preMoney: bigint;
    amount: bigint;
    othersAmount?: bigint;
  },
): Promise<ParticipationChecks> {
  const fund = await em.findOne(FundSchema, input.fundId);
  if (!fund) throw notFound('Fund');
  const rules = await checkFundRules(em, {
    fundId: input.fundId,
    onDate: input.onDate,
    investment: {
      startupId: input.startupId,
      amount: input.amount,
      preMoney: input.preMoney,
      othersAmount: input.othersAmount ?? 0n,
    },
  });
  const cash = checkCashRule({ invested: fund.invested, paidIn: fund.paidIn, amount: input.amount });
  return {
    passed: cash.ok && rules.every((r) => r.ok),
    amount: input.amount.toString(),
    onDate: input.onDate,
    rules: rules.map(fundRuleCheckView),
    cash: {
      ok: cash.ok,
      paidIn: fund.paidIn.toString(),
      invested: fund.invested.toString(),
      headroom: cash.headroom.toString(),
    },
  };
}

/**
 * Issues the fund's authority to invest after a committee approved a deal, with the preview checks it saw.
 * Runs inside the caller's transaction (the deals module's committee outcome).
 */
export async function issueInvestmentDecision(
  tx: EntityManager,
  actor: Who,
  input: { fundId: string; startupId: string; dealId: string; amount: bigint; preview: ParticipationChecks },
): Promise<InvestmentDecision> {
  const amount = requirePositiveVnd('amount', input.amount);
  const decision = tx.create(InvestmentDecisionSchema, {
    fund: tx.getReference(FundSchema, input.fundId),
    startup: tx.getReference(StartupSchema, input.startupId),
    dealId: input.dealId,
    amount,
    approvedAt: new Date(),
  });
  tx.create(DecisionCheckSchema, {
    decision,
    phase: 'PREVIEW',
    round: null,
    amount,
    passed: input.preview.passed,
    result: input.preview,
  });
  await tx.flush();
  recordAudit(tx, actor, {
    action: 'fund.issueInvestmentDecision',
    entityType: 'InvestmentDecision',
    entityId: decision.id,
    after: { fundId: input.fundId, startupId: input.startupId, dealId: input.dealId, amount, preview: input.preview },
  });
  return decision;
}

/** Names the fund in a refusal when a round has several funds. */
function nearCapEvent(
  fund: Fund,
  limit: 'CHARTER' | 'CASH' | 'STAKE',
  use: { used: bigint; limit: bigint },
  startupName: string | null = null,
) {
  return {
    kind: 'FUND_NEAR_CAP' as const,
    fundId: fund.id,
    fundName: fund.name,
    limit,
    percent: percentOfLimit(use.used, use.limit),
    startupName,
  };
}

/** Tells the fund managers and the board when a commitment change brings the state share to 95% of its cap. */
async function tellIfNearCharterCap(tx: EntityManager, fund: Fund, before: { used: bigint; limit: bigint }) {
  const after = charterUse(fund);
  if (crossesNearCap(before, after)) await notifications.emit(tx, nearCapEvent(fund, 'CHARTER', after));
}

function withFund<T>(fund: Fund, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new DomainError(error.code, `${fund.name}: ${error.message}`, {
      ...error.details,
      fundId: fund.id,
      field: 'participations',
    });
  }
}

// ---- Valuations and exits ----

async function requireHolding(tx: EntityManager, fundId: string, startupId: string): Promise<void> {
  const held = await tx.count(ParticipationSchema, { fund: fundId, round: { startup: startupId } });
  if (held === 0) throw badInput('startupId', 'The fund holds no stake in this startup.');
  if (await tx.count(ExitSchema, { fund: fundId, startup: startupId })) {
    throw badInput('startupId', 'The fund has already exited this startup.');
  }
}

export async function recordValuation(
  em: EntityManager,
  actor: Who,
  input: { fundId: string; startupId: string; date: string; value: bigint },
  today: string,
): Promise<ValuationMark> {
  const fundId = requireId('fundId', input.fundId);
  const startupId = requireId('startupId', input.startupId);
  const date = requirePastDate('date', input.date, today);
  if (input.value < 0n) throw badInput('value', 'value cannot be negative.');
  return ledgerTransaction(em, async (tx) => {
    const fund = await lockFund(tx, fundId);
    await requireHolding(tx, fundId, startupId);
    const mark = tx.create(ValuationMarkSchema, {
      fund,
      startup: tx.getReference(StartupSchema, startupId),
      date,
      value: input.value,
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'fund.recordValuation',
      entityType: 'ValuationMark',
      entityId: mark.id,
      after: { fundId, startupId, date, value: input.value },
    });
    return mark;
  });
}

export async function recordExit(
  em: EntityManager,
  actor: Who,
  input: {
    fundId: string;
    startupId: string;
    date: string;
    kind?: string | null;
    proceeds: bigint;
    buyerName?: string | null;
  },
  today: string,
): Promise<Exit> {
  const fundId = requireId('fundId', input.fundId);
  const startupId = requireId('startupId', input.startupId);
  const date = requirePastDate('date', input.date, today);
  const kind = input.kind ? requireEnum('kind', input.kind, EXIT_KINDS) : 'EXIT';
  if (input.proceeds < 0n) throw badInput('proceeds', 'proceeds cannot be negative.');
  const buyerName = optionalText('buyerName', input.buyerName, { max: 200 });
  return ledgerTransaction(em, async (tx) => {
    const fund = await lockFund(tx, fundId);
    await lockStartup(tx, startupId);
    await requireHolding(tx, fundId, startupId);
    const latest = await latestEventDate(tx, startupId);
    if (latest && date < latest) {
      throw badInput('date', `An exit is recorded in order: this startup already has a round or exit dated ${latest}.`);
    }
    const exit = tx.create(ExitSchema, {
      fund,
      startup: tx.getReference(StartupSchema, startupId),
      kind,
      date,
      proceeds: input.proceeds,
      buyerName: kind === 'EXIT' ? (buyerName ?? 'Người mua') : buyerName,
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: kind === 'EXIT' ? 'fund.recordExit' : 'fund.writeOff',
      entityType: 'Exit',
      entityId: exit.id,
      after: { fundId, startupId, kind, date, proceeds: input.proceeds, buyerName: exit.buyerName },
    });
    return exit;
  });
}
