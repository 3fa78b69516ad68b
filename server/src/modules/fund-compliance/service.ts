// Use cases of the fund under the law that sit above the ledger: capital calls (one line per commitment), the loss
// threshold per investment cycle, members' capital account statements and the annual risk report's figures.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  appliedRule,
  bpOf,
  callLineAmount,
  checkCharterRule,
  hanoiToday,
  proRata,
  requireCallPercent,
  requireDate,
  requirePastDate,
  type Clock,
  type LossFigures,
} from '@launchpad/shared';
import { badInput, notFound, requireId, type Actor } from '../../kernel';
import { recordAudit } from '../audit';
import { performanceAsOf } from '../fund';
import { notifications } from '../notifications';
import { commitmentsAsOf, fundFigures, lossThresholdOn, rulesOn, vehicleOf } from '../fund-rules';
import { CapitalCallLineSchema, CapitalCallSchema } from './entities';
import {
  capitalCallLineView,
  capitalCallsOf,
  memberFigures,
  membersOfFund,
  yearEvents,
  type SettledCallView,
} from './read';

type Who = Pick<Actor, 'userId' | 'email'> | null;

// ---- Capital calls ----

/**
 * A call of `percentBp` of every current commitment: one line per commitment with an amount above 0. Lines are
 * cumulative-rounded (the calls of one commitment add up to exactly its amount at 100%), and all calls of a fund
 * together never ask for more than 100%. Serialized with the ledger's writes by the fund row's lock.
 */
export async function createCapitalCall(
  em: EntityManager,
  actor: Who,
  input: { fundId: string; callDate: string; dueDate: string; percentBp: number },
  today: string,
  { notify = true }: { notify?: boolean } = {},
): Promise<SettledCallView> {
  const fundId = requireId('fundId', input.fundId);
  const callDate = requirePastDate('callDate', input.callDate, today);
  const dueDate = requireDate('dueDate', input.dueDate);
  if (dueDate < callDate) throw badInput('dueDate', 'The due date cannot be before the call date.');
  const callId = await em.transactional(async (tx) => {
    const locked = await tx.execute<{ id: string }[]>('select id from funds where id = ? for update', [fundId]);
    if (locked.length === 0) throw notFound('Fund');
    const [called] = await tx.execute<{ bp: string }[]>(
      'select coalesce(sum(percent_bp), 0)::text as bp from capital_calls where fund_id = ?',
      [fundId],
    );
    const alreadyBp = Number(called!.bp);
    const percentBp = requireCallPercent(input.percentBp, alreadyBp);
    const commitments = await tx.execute<{ id: string; amount: string; member_name: string; earlier: string }[]>(
      `select c.id, c.amount::text, m.name as member_name,
              coalesce((select sum(l.amount) from capital_call_lines l where l.commitment_id = c.id), 0)::text as earlier
         from commitments c join fund_members m on m.id = c.member_id
        where c.fund_id = ? and c.amount > 0 order by m.name, c.id`,
      [fundId],
    );
    if (commitments.length === 0) throw badInput('fundId', 'The fund has no commitments to call.');
    const call = tx.create(CapitalCallSchema, {
      fundId,
      callDate,
      dueDate,
      percentBp,
      actorId: actor?.userId ?? null,
    });
    const lines = [];
    for (const c of commitments) {
      const amount = BigInt(c.amount);
      const earlier = BigInt(c.earlier);
      // Cumulative rounding: what all calls so far ask of this commitment, minus what earlier lines asked.
      let line = callLineAmount(amount, alreadyBp + percentBp) - earlier;
      if (line < 0n) line = 0n;
      if (earlier + line > amount) line = amount - earlier > 0n ? amount - earlier : 0n;
      lines.push({ commitmentId: c.id, memberName: c.member_name, amount: line });
      tx.create(CapitalCallLineSchema, {
        call,
        commitmentId: c.id,
        memberName: c.member_name,
        commitmentAmount: amount,
        amount: line,
      });
    }
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'fund.createCapitalCall',
      entityType: 'CapitalCall',
      entityId: call.id,
      after: { fundId, callDate, dueDate, percentBp, lines },
    });
    // In the same transaction: a call rolled back tells nobody. The demo seed's historic calls tell nobody either.
    if (notify) {
      await notifications.emit(tx, {
        kind: 'CAPITAL_CALL_ISSUED',
        fundId,
        callId: call.id,
        callDate,
        dueDate,
        percentBp,
        lines: lines.filter((l) => l.amount > 0n).map((l) => ({ ...l, unpaid: l.amount })),
      });
    }
    return call.id;
  });
  const calls = await capitalCallsOf(em, fundId, today);
  return calls.find((c) => c.id === callId)!;
}

export async function capitalCalls(em: EntityManager, fundId: string, today: string) {
  return capitalCallsOf(em, fundId, today);
}

/** Every line that is due and not fully paid, oldest call first. */
export async function overdueLines(em: EntityManager, fundId: string, today: string) {
  const calls = await capitalCallsOf(em, fundId, today);
  return calls.flatMap((c) => c.lines.filter((l) => l.overdue).map((l) => capitalCallLineView(c, l)));
}

/**
 * The daily sweep's part for capital calls: every call past its due date with a line not fully paid gets one
 * reminder (the reminder row is the idempotency key, so a second sweep or a second instance sends nothing).
 * Answers how many reminders were sent.
 */
export async function sweepOverdueCapitalCalls(em: EntityManager, clock: Clock): Promise<number> {
  const today = hanoiToday(clock);
  const funds = await em.execute<{ fund_id: string }[]>(
    `select distinct c.fund_id from capital_calls c
      where c.due_date < ?::date and not exists (select 1 from capital_call_reminders r where r.call_id = c.id)`,
    [today],
  );
  let sent = 0;
  for (const { fund_id: fundId } of funds) {
    const calls = await capitalCallsOf(em, fundId, today);
    for (const call of calls) {
      if (!call.lines.some((l) => l.overdue)) continue;
      const fresh = await em.transactional(async (tx) => {
        const inserted = await tx.execute<{ call_id: string }[]>(
          `insert into capital_call_reminders (call_id, sent_at) values (?, now())
           on conflict do nothing returning call_id`,
          [call.id],
        );
        if (!inserted.length) return false;
        await notifications.emit(tx, {
          kind: 'CAPITAL_CALL_OVERDUE',
          fundId,
          callId: call.id,
          callDate: call.callDate,
          dueDate: call.dueDate,
          percentBp: call.percentBp,
          lines: call.lines.map((l) => ({
            memberName: l.memberName,
            amount: l.amount,
            unpaid: l.overdue ? l.amount - l.paid : 0n,
          })),
        });
        return true;
      });
      if (fresh) sent++;
    }
  }
  return sent;
}

/** One member's notice of one call. */
export async function capitalCallNotice(
  em: EntityManager,
  fundId: string,
  callId: string,
  commitmentId: string,
  today: string,
) {
  const calls = await capitalCallsOf(em, fundId, today);
  const call = calls.find((c) => c.id === callId);
  if (!call) throw notFound('Capital call');
  const line = call.lines.find((l) => l.commitmentId === commitmentId);
  if (!line) throw notFound('Capital call line');
  const fund = await fundFigures(em, fundId);
  return { fundName: fund!.name, call, line };
}

// ---- The loss threshold ----

export interface LossThresholdView extends LossFigures {
  fundId: string;
  asOf: string;
  cycleStart: string;
  limitBp: number;
  citation: string;
  ruleId: string | null;
  version: number | null;
  holdings: { startupName: string; cost: bigint; value: bigint; loss: bigint; realized: boolean }[];
}

export async function lossThreshold(em: EntityManager, fundId: string, asOf: string): Promise<LossThresholdView> {
  const fund = await fundFigures(em, fundId);
  if (!fund) throw notFound('Fund');
  // The threshold is of the charter capital as it stood on the day.
  const then = await commitmentsAsOf(em, fundId, asOf);
  const { rule, cycleStart, holdings, figures } = await lossThresholdOn(
    em,
    fundId,
    asOf,
    then.charterCapital,
    fund.createdAt,
  );
  return {
    fundId,
    asOf,
    cycleStart,
    limitBp: Number(rule.limit),
    citation: rule.citation,
    ruleId: rule.ruleId,
    version: rule.version,
    ...figures,
    holdings: holdings.map((h) => {
      const value = h.exit ? h.exit.proceeds : (h.mark ?? h.cost);
      return {
        startupName: h.startupName,
        cost: h.cost,
        value,
        loss: value < h.cost ? h.cost - value : 0n,
        realized: h.exit !== null,
      };
    }),
  };
}

// ---- Members' capital account statements ----

export async function memberStatement(
  em: EntityManager,
  input: { fundId: string; memberId: string; from: string; to: string },
) {
  const fundId = requireId('fundId', input.fundId);
  const memberId = requireId('memberId', input.memberId);
  const from = requireDate('from', input.from);
  const to = requireDate('to', input.to);
  if (to < from) throw badInput('to', 'The period ends before it starts.');
  const fund = await fundFigures(em, fundId);
  if (!fund) throw notFound('Fund');
  const member = (await membersOfFund(em, fundId)).find((m) => m.id === memberId);
  if (!member) throw notFound('Fund member');
  const figures = await memberFigures(em, fundId, memberId, from, to);
  const performance = (await performanceAsOf(em, [fundId], to)).get(fundId)!;
  // A member's part of the fund's distributions and NAV is pro rata to its paid-in capital at the period's end.
  return {
    fundId,
    fundName: fund.name,
    memberId,
    memberName: member.name,
    memberType: member.type,
    from,
    to,
    committed: figures.committed,
    called: figures.called,
    paid: figures.paid,
    paidInPeriod: figures.paidInPeriod,
    outstanding: figures.committed - figures.paid,
    distributions: proRata(performance.distributions, figures.paid, figures.fundPaid),
    navShare: proRata(performance.nav, figures.paid, figures.fundPaid),
    shareBp: bpOf(figures.paid, figures.fundPaid),
    fundNav: performance.nav,
    payments: figures.payments,
  };
}
export type MemberStatement = Awaited<ReturnType<typeof memberStatement>>;

// ---- The annual risk report ----

export async function annualReport(em: EntityManager, fundId: string, year: number, today: string) {
  requireId('fundId', fundId);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year', 'The year is 2000 to 2100.');
  const yearEnd = `${year}-12-31`;
  const asOf = yearEnd < today ? yearEnd : today;
  if (`${year}-01-01` > today) throw badInput('year', 'The report covers a year that has begun.');
  const fund = await fundFigures(em, fundId);
  if (!fund) throw notFound('Fund');
  const then = await commitmentsAsOf(em, fundId, asOf);
  const rules = await rulesOn(em, fundId, asOf);
  const shareRule = appliedRule(rules, 'STATE_SHARE_OF_CHARTER', asOf, BigInt(fund.charterCapBp));
  const budgetRule = appliedRule(rules, 'STATE_BUDGET_AMOUNT', asOf, 0n);
  const events = await yearEvents(em, fundId, year);
  const loss = await lossThreshold(em, fundId, asOf);
  const performance = (await performanceAsOf(em, [fundId], asOf)).get(fundId)!;
  const vehicle = await vehicleOf(em, fundId);
  let invested = 0n;
  for (const i of events.investments) invested += i.amount;
  let proceeds = 0n;
  for (const e of events.exits) proceeds += e.proceeds;
  return {
    fundId,
    fundName: fund.name,
    year,
    asOf,
    vehicle: vehicle ? { kind: vehicle.kind, legalBasis: vehicle.legalBasis } : null,
    charterCapital: then.charterCapital,
    stateCommitted: then.stateCommitted,
    stateShareBp: bpOf(then.stateCommitted, then.charterCapital),
    stateShareCapBp: Number(shareRule.limit),
    stateShareCitation: shareRule.citation,
    stateShareHeadroom: checkCharterRule({ ...then, capBp: Number(shareRule.limit) }).headroom,
    stateBudgetLimit: budgetRule.ruleId ? budgetRule.limit : null,
    stateBudgetCitation: budgetRule.ruleId ? budgetRule.citation : null,
    stateBudgetHeadroom: budgetRule.ruleId
      ? budgetRule.limit > then.stateCommitted
        ? budgetRule.limit - then.stateCommitted
        : 0n
      : null,
    nav: performance.nav,
    paidIn: performance.paidIn,
    stages: events.stages,
    investments: events.investments,
    investedInYear: invested,
    exits: events.exits,
    proceedsInYear: proceeds,
    loss,
    ruleChanges: events.ruleChanges,
    refusals: events.refusals,
  };
}
export type AnnualReport = Awaited<ReturnType<typeof annualReport>>;
