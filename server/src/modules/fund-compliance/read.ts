// Reads of the fund-compliance module: capital calls with their lines settled by pay-ins, members and their
// figures as of a day, and the year's ledger events for the annual risk report. SQL over the ledger's tables.
import type { EntityManager } from '@mikro-orm/postgresql';
import { settleLines } from '@launchpad/shared';

export interface SettledLineView {
  id: string;
  callId: string;
  commitmentId: string;
  memberName: string;
  amount: bigint;
  paid: bigint;
  overdue: boolean;
}

export interface SettledCallView {
  id: string;
  fundId: string;
  callDate: string;
  dueDate: string;
  percentBp: number;
  createdAt: Date;
  lines: SettledLineView[];
}

/** A call as GraphQL reads it: its totals, and each line with the call's dates (a line is listed on its own too). */
export interface CapitalCallView {
  id: string;
  callDate: string;
  dueDate: string;
  percentBp: number;
  amount: bigint;
  paid: bigint;
  lines: CapitalCallLineView[];
}

export interface CapitalCallLineView extends SettledLineView {
  callDate: string;
  dueDate: string;
}

export function capitalCallLineView(call: SettledCallView, line: SettledLineView): CapitalCallLineView {
  return { ...line, callDate: call.callDate, dueDate: call.dueDate };
}

export function capitalCallView(call: SettledCallView): CapitalCallView {
  let amount = 0n;
  let paid = 0n;
  for (const line of call.lines) {
    amount += line.amount;
    paid += line.paid;
  }
  return {
    id: call.id,
    callDate: call.callDate,
    dueDate: call.dueDate,
    percentBp: call.percentBp,
    amount,
    paid,
    lines: call.lines.map((line) => capitalCallLineView(call, line)),
  };
}

/**
 * Every call of a fund, oldest first, each line settled from its commitment's paid-in (oldest call first),
 * counting pay-ins dated on or before `asOf`. A line is overdue when its due date is before `asOf` and it is not paid.
 */
export async function capitalCallsOf(em: EntityManager, fundId: string, asOf: string): Promise<SettledCallView[]> {
  const calls = await em.execute<
    { id: string; call_date: string; due_date: string; percent_bp: number; created_at: Date }[]
  >(
    `select id, call_date::text, due_date::text, percent_bp, created_at from capital_calls
      where fund_id = ? order by call_date, created_at, id`,
    [fundId],
  );
  const lines = await em.execute<
    { id: string; call_id: string; commitment_id: string; member_name: string; amount: string }[]
  >(
    `select l.id, l.call_id, l.commitment_id, l.member_name, l.amount::text
       from capital_call_lines l join capital_calls c on c.id = l.call_id
      where c.fund_id = ? order by c.call_date, c.created_at, c.id, l.member_name, l.id`,
    [fundId],
  );
  const paid = await em.execute<{ commitment_id: string; paid: string }[]>(
    `select commitment_id, sum(amount)::text as paid from capital_payments
      where fund_id = ? and date <= ?::date group by commitment_id`,
    [fundId, asOf],
  );
  const paidBy = new Map(paid.map((r) => [r.commitment_id, BigInt(r.paid)]));
  const views = new Map<string, SettledCallView>(
    calls.map((c) => [
      c.id,
      {
        id: c.id,
        fundId,
        callDate: c.call_date,
        dueDate: c.due_date,
        percentBp: c.percent_bp,
        createdAt: new Date(c.created_at),
        lines: [],
      },
    ]),
  );
  // Settle per commitment, in call order (the lines query is already in that order).
  const byCommitment = new Map<string, typeof lines>();
  for (const l of lines) byCommitment.set(l.commitment_id, [...(byCommitment.get(l.commitment_id) ?? []), l]);
  const settled = new Map<string, bigint>();
  for (const [commitmentId, own] of byCommitment) {
    const amounts = own.map((l) => BigInt(l.amount));
    settleLines(amounts, paidBy.get(commitmentId) ?? 0n).forEach((p, i) => settled.set(own[i]!.id, p));
  }
  for (const l of lines) {
    const call = views.get(l.call_id)!;
    const amount = BigInt(l.amount);
    const linePaid = settled.get(l.id) ?? 0n;
    call.lines.push({
      id: l.id,
      callId: l.call_id,
      commitmentId: l.commitment_id,
      memberName: l.member_name,
      amount,
      paid: linePaid,
      overdue: call.dueDate < asOf && linePaid < amount,
    });
  }
  return [...views.values()];
}

export interface MemberRow {
  id: string;
  name: string;
  type: 'STATE' | 'PRIVATE';
}

export async function membersOfFund(em: EntityManager, fundId: string): Promise<MemberRow[]> {
  return em.execute<MemberRow[]>(`select id, name, type from fund_members where fund_id = ? order by type desc, name`, [
    fundId,
  ]);
}

/** A member's figures at the end of `to` and its pay-ins of [from, to]. */
export async function memberFigures(em: EntityManager, fundId: string, memberId: string, from: string, to: string) {
  const [commitment] = await em.execute<{ amount: string }[]>(
    `select coalesce(sum(x.amount_after), 0)::text as amount
       from commitments c
       join lateral (select cc.amount_after from commitment_changes cc
                      where cc.commitment_id = c.id
                        and cc.at < ((?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')
                      order by cc.at desc, cc.id desc limit 1) x on true
      where c.fund_id = ? and c.member_id = ?`,
    [to, fundId, memberId],
  );
  const [called] = await em.execute<{ amount: string }[]>(
    `select coalesce(sum(l.amount), 0)::text as amount
       from capital_call_lines l join capital_calls k on k.id = l.call_id
       join commitments c on c.id = l.commitment_id
      where k.fund_id = ? and c.member_id = ? and k.call_date <= ?::date`,
    [fundId, memberId, to],
  );
  const payments = await em.execute<{ date: string; amount: string }[]>(
    `select p.date::text, p.amount::text from capital_payments p join commitments c on c.id = p.commitment_id
      where p.fund_id = ? and c.member_id = ? and p.date <= ?::date order by p.date, p.created_at`,
    [fundId, memberId, to],
  );
  const [fundPaid] = await em.execute<{ amount: string }[]>(
    `select coalesce(sum(amount), 0)::text as amount from capital_payments where fund_id = ? and date <= ?::date`,
    [fundId, to],
  );
  let paid = 0n;
  let paidInPeriod = 0n;
  for (const p of payments) {
    paid += BigInt(p.amount);
    if (p.date >= from) paidInPeriod += BigInt(p.amount);
  }
  return {
    committed: BigInt(commitment!.amount),
    called: BigInt(called!.amount),
    paid,
    paidInPeriod,
    fundPaid: BigInt(fundPaid!.amount),
    payments: payments.filter((p) => p.date >= from).map((p) => ({ date: p.date, amount: BigInt(p.amount) })),
  };
}

/** The fund's investments (participations) and exits dated in a year, and its holdings' startups by stage. */
export async function yearEvents(em: EntityManager, fundId: string, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const investments = await em.execute<{ startup_name: string; date: string; amount: string }[]>(
    `select s.name as startup_name, r.date::text, sum(p.amount)::text as amount
       from round_participations p join funding_rounds r on r.id = p.round_id join startups s on s.id = r.startup_id
      where p.fund_id = ? and r.date between ?::date and ?::date
      group by s.name, r.id, r.date order by r.date, s.name`,
    [fundId, from, to],
  );
  const exits = await em.execute<{ startup_name: string; date: string; kind: string; proceeds: string }[]>(
    `select s.name as startup_name, e.date::text, e.kind, e.proceeds::text
       from fund_exits e join startups s on s.id = e.startup_id
      where e.fund_id = ? and e.date between ?::date and ?::date order by e.date, s.name`,
    [fundId, from, to],
  );
  const stages = await em.execute<{ stage: string; n: string }[]>(
    `select s.stage, count(distinct s.id)::text as n
       from round_participations p join funding_rounds r on r.id = p.round_id join startups s on s.id = r.startup_id
      where p.fund_id = ? and r.date <= ?::date
        and not exists (select 1 from fund_exits e where e.fund_id = p.fund_id and e.startup_id = s.id and e.date <= ?::date)
      group by s.stage order by s.stage`,
    [fundId, to, to],
  );
  const ruleChanges = await em.execute<
    {
      id: string;
      kind: string;
      version: number;
      limit_value: string;
      minimum_value: string | null;
      citation: string;
      effective_from: string;
    }[]
  >(
    `select id, kind, version, limit_value::text, minimum_value::text, citation, effective_from::text from fund_rules
      where fund_id = ? and (effective_from between ?::date and ?::date
             or (created_at >= (?::date::timestamp at time zone 'Asia/Ho_Chi_Minh')
                 and created_at < ((?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')))
      order by effective_from, kind, version`,
    [fundId, from, to, from, to],
  );
  const refusals = await em.execute<
    {
      on_date: string;
      kind: string;
      code: string;
      action: string;
      message: string;
      citation: string;
      version: number | null;
    }[]
  >(
    `select x.on_date::text, x.kind, x.code, x.action, x.message, x.citation, r.version
       from fund_rule_refusals x left join fund_rules r on r.id = x.rule_id
      where x.fund_id = ? and x.on_date between ?::date and ?::date order by x.on_date, x.at`,
    [fundId, from, to],
  );
  return {
    investments: investments.map((i) => ({ startupName: i.startup_name, date: i.date, amount: BigInt(i.amount) })),
    exits: exits.map((e) => ({
      startupName: e.startup_name,
      date: e.date,
      kind: e.kind,
      proceeds: BigInt(e.proceeds),
    })),
    stages: stages.map((s) => ({ stage: s.stage, count: Number(s.n) })),
    ruleChanges: ruleChanges.map((r) => ({
      ruleId: r.id,
      kind: r.kind,
      version: r.version,
      limit: r.limit_value,
      minimum: r.minimum_value,
      citation: r.citation,
      effectiveFrom: r.effective_from,
    })),
    refusals: refusals.map((r) => ({
      onDate: r.on_date,
      kind: r.kind,
      code: r.code,
      action: r.action,
      message: r.message,
      citation: r.citation,
      version: r.version,
    })),
  };
}
