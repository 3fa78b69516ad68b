// The fund under the law: rules as versioned data with their citations, refusals that name and cite the version in
// force on the entry's date, capital calls settled by pay-ins, the loss threshold, statements and the annual report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBp, formatVnd } from '@launchpad/shared';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { approvedDecision } from '../support/deals';
import { PAY_IN, ROUND, commit, createFund, insertStartups } from '../support/fund';
import { pdfText } from '../support/pdf';

const BN = 1_000_000_000n;
// Noon in Hanoi on 15 December 2026.
const now = new Date('2026-12-15T05:00:00Z');

const ADD_RULE = `mutation($input: AddFundRuleVersionInput!) { addFundRuleVersion(input: $input) {
  id kind limit unit scope citation effectiveFrom effectiveTo version } }`;
const RULES = `query($id: ID!, $asOf: Date) { fund(id: $id) {
  rules(asOf: $asOf) { id kind limit citation effectiveFrom effectiveTo version }
  ruleHistory { id kind limit citation effectiveFrom effectiveTo version }
  ruleRefusals { kind code citation ruleId action onDate message } } }`;
const CHECKS = `query($id: ID!, $day: Date) { fund(id: $id) { ruleChecks(onDate: $day) {
  kind citation ruleId version limit current headroom ok } } }`;
const CALL = `mutation($input: CreateCapitalCallInput!) { createCapitalCall(input: $input) {
  id callDate dueDate percentBp amount paid lines { commitmentId memberName amount paid overdue } } }`;
const CALLS = `query($id: ID!) { fund(id: $id) { capitalCalls { id percentBp amount paid
  lines { commitmentId memberName amount paid overdue } } overdueCallLines { commitmentId amount paid dueDate } } }`;
const LOSS = `query($id: ID!, $asOf: Date) { fund(id: $id) { lossThreshold(asOf: $asOf) {
  cycleStart asOf losses realized unrealized threshold usedBp level limitBp citation } } }`;

let t: TestApp;
let admin: string;
let fm: string;

beforeAll(async () => {
  t = await createTestApp({ seed: 'accounts', clock: () => now });
  admin = await t.loginAs('ADMIN');
  fm = await t.loginAs('FUND_MANAGER');
});
afterAll(() => t.close());

async function addRule(fundId: string, kind: string, limit: string, effectiveFrom: string, citation: string) {
  const r = await t.gql<{ addFundRuleVersion: { id: string; version: number } }>(
    ADD_RULE,
    { input: { fundId, kind, limit, scope: 'test scope', citation, effectiveFrom } },
    admin,
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.addFundRuleVersion;
}

async function funded(name: string, paid: bigint) {
  const fundId = await createFund(t, fm, name);
  const c = await commit(t, fm, fundId, `${name} LP`, 'PRIVATE', (paid * 2n).toString());
  const pay = await t.gql(
    PAY_IN,
    { input: { commitmentId: c.data!.commitCapital.id, amount: paid.toString(), date: '2026-01-10' } },
    fm,
  );
  expect(pay.errors).toBeUndefined();
  return { fundId, commitmentId: c.data!.commitCapital.id };
}

describe('rules as versioned data', () => {
  it('checks each entry against the version in force on its date and keeps every version with its dates', async () => {
    const { fundId } = await funded('Versioned fund', 100n * BN);
    const v1 = await addRule(fundId, 'STAKE_PER_STARTUP', '4900', '2026-01-01', 'Program policy v1');
    const v2 = await addRule(fundId, 'STAKE_PER_STARTUP', '3000', '2026-07-01', 'Program policy v2');
    expect(v2.version).toBe(2);
    const [early, late] = await insertStartups(t, ['Early startup', 'Late startup']);
    // 40 into pre-money 60: a 40% stake, within v1 (49%) in June, above v2 (30%) in August.
    const round = async (startupId: string, date: string) => {
      const decisionId = await approvedDecision(t, fm, { fundId, startupId, amount: '40000000000' });
      const participations = [{ fundId, amount: '40000000000', decisionId }];
      return t.gql(ROUND, { input: { startupId, date, preMoney: '60000000000', participations } }, fm);
    };
    expect((await round(early!, '2026-06-30')).errors).toBeUndefined();
    const refused = await round(late!, '2026-08-01');
    expect(errorCode(refused)).toBe('STAKE_LIMIT_EXCEEDED');
    const ext = refused.errors![0]!.extensions!;
    expect(ext.rule).toMatchObject({
      kind: 'STAKE_PER_STARTUP',
      citation: 'Program policy v2',
      ruleId: v2.id,
      version: 2,
    });
    expect(refused.errors![0]!.message).toContain('Program policy v2');

    const june = await t.gql<{
      fund: { rules: { id: string }[]; ruleHistory: { id: string; effectiveTo: string | null }[] };
    }>(RULES, { id: fundId, asOf: '2026-06-30' }, fm);
    expect(june.data!.fund.rules.map((r) => r.id)).toEqual([v1.id]);
    expect(june.data!.fund.ruleHistory).toEqual([
      expect.objectContaining({ id: v1.id, effectiveFrom: '2026-01-01', effectiveTo: '2026-06-30', limit: '4900' }),
      expect.objectContaining({ id: v2.id, effectiveFrom: '2026-07-01', effectiveTo: null, limit: '3000' }),
    ]);
    const july = await t.gql<{ fund: { rules: { id: string }[] } }>(RULES, { id: fundId, asOf: '2026-07-01' }, fm);
    expect(july.data!.fund.rules.map((r) => r.id)).toEqual([v2.id]);
  });

  it('refuses a version that does not start after the current one, and lets only ADMIN add versions', async () => {
    const fundId = await createFund(t, fm, 'Version order fund');
    await addRule(fundId, 'STATE_SHARE_OF_CHARTER', '4900', '2026-03-01', 'Decree 264/2025/NĐ-CP, Art. 6(4)(b)');
    const earlier = await t.gql(
      ADD_RULE,
      {
        input: {
          fundId,
          kind: 'STATE_SHARE_OF_CHARTER',
          limit: '4000',
          scope: 's',
          citation: 'c',
          effectiveFrom: '2026-03-01',
        },
      },
      admin,
    );
    expect(errorCode(earlier)).toBe('BAD_USER_INPUT');
    expect(earlier.errors![0]!.extensions!.field).toBe('effectiveFrom');
    const byManager = await t.gql(
      ADD_RULE,
      {
        input: {
          fundId,
          kind: 'STATE_SHARE_OF_CHARTER',
          limit: '4000',
          scope: 's',
          citation: 'c',
          effectiveFrom: '2026-09-01',
        },
      },
      fm,
    );
    expect(errorCode(byManager)).toBe('FORBIDDEN');
  });
});

describe('refusals name and cite the rule', () => {
  it('refuses the state budget amount and the other-members count with the rule, and keeps the refusals', async () => {
    const fundId = await createFund(t, fm, 'Budget fund');
    await addRule(fundId, 'STATE_BUDGET_AMOUNT', String(100n * BN), '2026-01-01', 'Resolution 30/2025/NQ-HĐND');
    await addRule(
      fundId,
      'OTHER_MEMBERS_COUNT',
      '2',
      '2026-01-01',
      'Resolution 30/2025/NQ-HĐND (Capital Law 2024, Art. 36)',
    );
    for (const name of ['Member A', 'Member B']) {
      expect((await commit(t, fm, fundId, name, 'PRIVATE', String(200n * BN))).errors).toBeUndefined();
    }
    const third = await commit(t, fm, fundId, 'Member C', 'PRIVATE', String(10n * BN));
    expect(errorCode(third)).toBe('CHARTER_LIMIT_EXCEEDED');
    expect(third.errors![0]!.extensions!.rule).toMatchObject({
      kind: 'OTHER_MEMBERS_COUNT',
      citation: 'Resolution 30/2025/NQ-HĐND (Capital Law 2024, Art. 36)',
      version: 1,
    });
    // An existing member may commit more.
    expect((await commit(t, fm, fundId, 'Member A', 'PRIVATE', String(BN))).errors).toBeUndefined();

    expect((await commit(t, fm, fundId, 'City budget', 'STATE', String(100n * BN))).errors).toBeUndefined();
    const over = await commit(t, fm, fundId, 'City budget', 'STATE', '1');
    expect(errorCode(over)).toBe('CHARTER_LIMIT_EXCEEDED');
    expect(over.errors![0]!.extensions!.rule).toMatchObject({
      kind: 'STATE_BUDGET_AMOUNT',
      citation: 'Resolution 30/2025/NQ-HĐND',
    });
    expect(over.errors![0]!.message).toContain('Resolution 30/2025/NQ-HĐND');

    const checks = await t.gql<{
      fund: { ruleChecks: { kind: string; current: string; headroom: string; ok: boolean }[] };
    }>(CHECKS, { id: fundId, day: '2026-12-15' }, fm);
    expect(checks.data!.fund.ruleChecks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'STATE_BUDGET_AMOUNT', current: String(100n * BN), headroom: '0', ok: true }),
        expect.objectContaining({ kind: 'OTHER_MEMBERS_COUNT', current: '2', headroom: '0', ok: true }),
      ]),
    );
    const log = await t.gql<{ fund: { ruleRefusals: { kind: string; action: string; onDate: string }[] } }>(
      RULES,
      { id: fundId },
      fm,
    );
    expect(log.data!.fund.ruleRefusals.map((r) => r.kind).sort()).toEqual([
      'OTHER_MEMBERS_COUNT',
      'STATE_BUDGET_AMOUNT',
    ]);
    expect(log.data!.fund.ruleRefusals.every((r) => r.onDate === '2026-12-15')).toBe(true);
  });

  it('ends a rule with a new version: checks stop applying it the next day, the history shows both', async () => {
    const fundId = await createFund(t, fm, 'Ending fund');
    const v1 = await addRule(fundId, 'OTHER_MEMBERS_COUNT', '1', '2026-01-01', 'Resolution 30/2025/NQ-HĐND');
    expect((await commit(t, fm, fundId, 'Member A', 'PRIVATE', String(BN))).errors).toBeUndefined();
    expect(errorCode(await commit(t, fm, fundId, 'Member B', 'PRIVATE', String(BN)))).toBe('CHARTER_LIMIT_EXCEEDED');
    const END = `mutation($input: EndFundRuleInput!) { endFundRule(input: $input) {
      kind version effectiveFrom effectiveTo ended reason citation } }`;
    const input = { fundId, kind: 'OTHER_MEMBERS_COUNT', lastDay: '2026-12-14', reason: 'Resolution repealed' };
    expect(errorCode(await t.gql(END, { input }, fm))).toBe('FORBIDDEN');
    const ended = await t.gql<{ endFundRule: Record<string, unknown> }>(END, { input }, admin);
    expect(ended.data?.endFundRule).toEqual({
      kind: 'OTHER_MEMBERS_COUNT',
      version: 2,
      effectiveFrom: '2026-12-15',
      effectiveTo: null,
      ended: true,
      reason: 'Resolution repealed',
      citation: 'Resolution 30/2025/NQ-HĐND',
    });
    // Today (15 December) the count no longer applies: a second other member joins.
    expect((await commit(t, fm, fundId, 'Member B', 'PRIVATE', String(BN))).errors).toBeUndefined();
    const read = await t.gql<{
      fund: {
        today: { kind: string }[];
        before: { id: string }[];
        ruleHistory: { id: string; version: number; effectiveTo: string | null; ended: boolean }[];
        ruleChecks: { kind: string }[];
      };
    }>(
      `query($id: ID!) { fund(id: $id) { today: rules { kind } before: rules(asOf: "2026-12-14") { id }
        ruleHistory { id version effectiveTo ended } ruleChecks { kind } } }`,
      { id: fundId },
      fm,
    );
    const fund = read.data!.fund;
    expect(fund.today.map((r) => r.kind)).not.toContain('OTHER_MEMBERS_COUNT');
    expect(fund.before.map((r) => r.id)).toContain(v1.id);
    expect(fund.ruleHistory.map(({ version, effectiveTo, ended: e }) => ({ version, effectiveTo, ended: e }))).toEqual([
      { version: 1, effectiveTo: '2026-12-14', ended: false },
      { version: 2, effectiveTo: null, ended: true },
    ]);
    expect(fund.ruleChecks.map((c) => c.kind)).not.toContain('OTHER_MEMBERS_COUNT');
    // Ended already: nothing left to end.
    const again = await t.gql(END, { input: { ...input, lastDay: '2026-12-20' } }, admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
  });

  it('refuses ending a rule with a reason the reader gets in their language, not in English only', async () => {
    const fundId = await createFund(t, fm, 'Ending refusals fund');
    await addRule(fundId, 'OTHER_MEMBERS_COUNT', '3', '2026-06-01', 'Resolution 30/2025/NQ-HĐND');
    const END = 'mutation($input: EndFundRuleInput!) { endFundRule(input: $input) { id } }';
    const refuse = async (input: Record<string, unknown>, language: string) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${admin}`, 'accept-language': language },
        payload: { query: END, variables: { input: { fundId, reason: 'Repealed', ...input } } },
      });
      return (response.json() as { errors: { message: string; extensions: Record<string, unknown> }[] }).errors[0]!;
    };
    const early = { kind: 'OTHER_MEMBERS_COUNT', lastDay: '2026-05-31' };
    expect((await refuse(early, 'en')).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'lastDay',
      min: '2026-06-01',
      reason: 'BEFORE_VERSION_START',
    });
    expect((await refuse(early, 'vi')).message).toBe(
      '“lastDay” không được trước ngày phiên bản đang có hiệu lực bắt đầu (2026-06-01).',
    );
    const none = await refuse({ kind: 'STAKE_PER_STARTUP', lastDay: '2026-12-14' }, 'vi');
    expect(none.extensions).toMatchObject({ field: 'kind', reason: 'RULE_NOT_IN_FORCE' });
    expect(none.message).toBe('Quy định này không có phiên bản nào đang có hiệu lực để kết thúc.');
  });

  it('cites the fund policy in the charter, cash and pay-in refusals of a fund without recorded rules', async () => {
    const fundId = await createFund(t, fm, 'Policy fund');
    const c = await commit(t, fm, fundId, 'Private LP', 'PRIVATE', String(51n * BN));
    const state = await commit(t, fm, fundId, 'City', 'STATE', String(50n * BN));
    expect(errorCode(state)).toBe('CHARTER_LIMIT_EXCEEDED');
    expect(state.errors![0]!.extensions!.rule).toMatchObject({ kind: 'STATE_SHARE_OF_CHARTER', ruleId: null });
    const pay = await t.gql(
      PAY_IN,
      { input: { commitmentId: c.data!.commitCapital.id, amount: String(52n * BN) } },
      fm,
    );
    expect(errorCode(pay)).toBe('CASH_LIMIT_EXCEEDED');
    expect(pay.errors![0]!.extensions!.rule).toMatchObject({ kind: 'MEMBER_COMMITMENT' });
    const [startupId] = await insertStartups(t, ['Cash startup']);
    const round = await t.gql(
      ROUND,
      {
        input: { startupId, date: '2026-05-01', preMoney: '1000000000', participations: [{ fundId, amount: '1000' }] },
      },
      fm,
    );
    expect(errorCode(round)).toBe('CASH_LIMIT_EXCEEDED');
    expect(round.errors![0]!.extensions!.rule).toMatchObject({ kind: 'PAID_IN_CAPITAL' });
  });
});

describe('capital calls', () => {
  it('creates one line per commitment, settles lines with pay-ins oldest call first, and lists overdue lines', async () => {
    const fundId = await createFund(t, fm, 'Call fund');
    const a = await commit(t, fm, fundId, 'Alpha', 'PRIVATE', '1000000003');
    const b = await commit(t, fm, fundId, 'Beta', 'PRIVATE', '500000000');
    const first = await t.gql<{ createCapitalCall: { lines: { memberName: string; amount: string; paid: string }[] } }>(
      CALL,
      { input: { fundId, callDate: '2026-10-01', dueDate: '2026-10-31', percentBp: 2500 } },
      fm,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.createCapitalCall.lines).toEqual([
      expect.objectContaining({ memberName: 'Alpha', amount: '250000000', paid: '0' }),
      expect.objectContaining({ memberName: 'Beta', amount: '125000000', paid: '0' }),
    ]);
    expect(
      (await t.gql(CALL, { input: { fundId, callDate: '2026-12-01', dueDate: '2027-01-31', percentBp: 7500 } }, fm))
        .errors,
    ).toBeUndefined();
    // All calls together may not ask more than 100%.
    const tooMuch = await t.gql(
      CALL,
      { input: { fundId, callDate: '2026-12-01', dueDate: '2027-01-31', percentBp: 1 } },
      fm,
    );
    expect(errorCode(tooMuch)).toBe('BAD_USER_INPUT');
    // Alpha pays its first line and part of the second; Beta pays nothing.
    await t.gql(
      PAY_IN,
      { input: { commitmentId: a.data!.commitCapital.id, amount: '300000000', date: '2026-10-20' } },
      fm,
    );
    const calls = await t.gql<{
      fund: {
        capitalCalls: {
          amount: string;
          paid: string;
          lines: { memberName: string; amount: string; paid: string; overdue: boolean }[];
        }[];
        overdueCallLines: { commitmentId: string; amount: string; paid: string }[];
      };
    }>(CALLS, { id: fundId }, fm);
    const [c1, c2] = calls.data!.fund.capitalCalls;
    expect(c1!.lines).toEqual([
      expect.objectContaining({ memberName: 'Alpha', paid: '250000000', overdue: false }),
      expect.objectContaining({ memberName: 'Beta', paid: '0', overdue: true }),
    ]);
    // At 100% the lines add up to the whole commitment (cumulative rounding).
    expect(c2!.lines[0]).toMatchObject({ amount: '750000003', paid: '50000000', overdue: false });
    expect(calls.data!.fund.overdueCallLines).toEqual([
      { commitmentId: b.data!.commitCapital.id, amount: '125000000', paid: '0', dueDate: '2026-10-31' },
    ]);
  });
});

describe('the loss threshold', () => {
  it('adds realized and unrealized losses of the cycle against 50% of the charter capital, with warning levels', async () => {
    const { fundId } = await funded('Loss fund', 100n * BN);
    // Charter 200 bn → threshold 100 bn.
    const [s1, s2, s3] = await insertStartups(t, ['Loss one', 'Loss two', 'Loss three']);
    for (const s of [s1, s2, s3]) {
      const decisionId = await approvedDecision(t, fm, { fundId, startupId: s!, amount: String(30n * BN) });
      const r = await t.gql(
        ROUND,
        {
          input: {
            startupId: s,
            date: '2026-02-01',
            preMoney: String(100n * BN),
            participations: [{ fundId, amount: String(30n * BN), decisionId }],
          },
        },
        fm,
      );
      expect(r.errors).toBeUndefined();
    }
    const mutate = (q: string, input: Record<string, unknown>) => t.gql(q, { input }, fm);
    // Write-off: 30 bn realized; exit at 20: 10 bn realized; mark at 5: 25 bn unrealized → 65 bn of 100 bn.
    await mutate(`mutation($input: RecordExitInput!) { recordExit(input: $input) { id } }`, {
      fundId,
      startupId: s1,
      date: '2026-06-01',
      kind: 'WRITE_OFF',
      proceeds: '0',
    });
    await mutate(`mutation($input: RecordExitInput!) { recordExit(input: $input) { id } }`, {
      fundId,
      startupId: s2,
      date: '2026-07-01',
      proceeds: String(20n * BN),
      buyerName: 'Buyer',
    });
    await mutate(`mutation($input: RecordValuationInput!) { recordValuation(input: $input) { id } }`, {
      fundId,
      startupId: s3,
      date: '2026-08-01',
      value: String(5n * BN),
    });
    const loss = await t.gql<{ fund: { lossThreshold: Record<string, unknown> } }>(LOSS, { id: fundId }, fm);
    expect(loss.data!.fund.lossThreshold).toMatchObject({
      realized: String(40n * BN),
      unrealized: String(25n * BN),
      losses: String(65n * BN),
      threshold: String(100n * BN),
      usedBp: 6500,
      level: 'OK',
      limitBp: 5000,
    });
    // A stricter threshold version from August: 35% → 70 bn, 65/70 = 92.85% → CRITICAL (a warning, not a block).
    await addRule(fundId, 'PORTFOLIO_LOSS_THRESHOLD', '3500', '2026-08-01', 'Decree 264/2025/NĐ-CP, Art. 10(4)');
    const stricter = await t.gql<{ fund: { lossThreshold: Record<string, unknown> } }>(LOSS, { id: fundId }, fm);
    expect(stricter.data!.fund.lossThreshold).toMatchObject({
      threshold: String(70n * BN),
      usedBp: 9285,
      level: 'CRITICAL',
    });
    const july = await t.gql<{ fund: { lossThreshold: Record<string, unknown> } }>(
      LOSS,
      { id: fundId, asOf: '2026-07-15' },
      fm,
    );
    expect(july.data!.fund.lossThreshold).toMatchObject({ losses: String(40n * BN), limitBp: 5000 });
  });
});

describe('statements and the annual report', () => {
  it('gives a member statement whose CSV and PDF carry the API figures, and an annual report PDF equal to the API', async () => {
    const { fundId } = await funded('Report fund', 100n * BN);
    await addRule(fundId, 'STATE_SHARE_OF_CHARTER', '4900', '2026-01-01', 'Decree 264/2025/NĐ-CP, Art. 6(4)(b)');
    const members = await t.gql<{ fund: { members: { id: string; name: string }[] } }>(
      `query($id: ID!) { fund(id: $id) { members { id name } } }`,
      { id: fundId },
      fm,
    );
    const memberId = members.data!.fund.members[0]!.id;
    const args = { fundId, memberId, from: '2026-01-01', to: '2026-12-31' };
    const statement = await t.gql<{ fundMemberStatement: Record<string, string> }>(
      `query($fundId: ID!, $memberId: ID!, $from: Date!, $to: Date!) { fundMemberStatement(fundId: $fundId, memberId: $memberId, from: $from, to: $to) {
        committed called paid paidInPeriod outstanding distributions navShare shareBp } }`,
      args,
      fm,
    );
    expect(statement.data!.fundMemberStatement).toMatchObject({
      committed: String(200n * BN),
      paid: String(100n * BN),
      outstanding: String(100n * BN),
      navShare: String(100n * BN),
      shareBp: 10000,
    });
    const csv = await t.gql<{ fundMemberStatementCsv: string }>(
      `query($fundId: ID!, $memberId: ID!, $from: Date!, $to: Date!) { fundMemberStatementCsv(fundId: $fundId, memberId: $memberId, from: $from, to: $to, lang: EN) }`,
      args,
      fm,
    );
    expect(csv.data!.fundMemberStatementCsv).toContain('Committed (VND)');
    expect(csv.data!.fundMemberStatementCsv).toContain(String(200n * BN));
    const pdf = await t.gql<{ fundMemberStatementPdf: string }>(
      `query($fundId: ID!, $memberId: ID!, $from: Date!, $to: Date!) { fundMemberStatementPdf(fundId: $fundId, memberId: $memberId, from: $from, to: $to, lang: VI) }`,
      args,
      fm,
    );
    const statementText = await pdfText(Buffer.from(pdf.data!.fundMemberStatementPdf, 'base64'));
    expect(statementText).toContain('SAO KÊ TÀI KHOẢN VỐN');
    expect(statementText).toContain(formatVnd(200n * BN, 'vi'));

    const report = await t.gql<{ fundAnnualReport: Record<string, unknown> & { loss: Record<string, string> } }>(
      `query($id: ID!) { fundAnnualReport(fundId: $id, year: 2026) { asOf charterCapital stateCommitted stateShareBp
        stateShareCapBp paidIn nav investedInYear proceedsInYear loss { losses threshold usedBp }
        ruleChanges { kind version citation } refusals { kind } } }`,
      { id: fundId },
      fm,
    );
    const r = report.data!.fundAnnualReport;
    expect(r).toMatchObject({
      asOf: '2026-12-15',
      charterCapital: String(200n * BN),
      stateShareBp: 0,
      stateShareCapBp: 4900,
    });
    expect(r.ruleChanges).toEqual([
      { kind: 'STATE_SHARE_OF_CHARTER', version: 1, citation: 'Decree 264/2025/NĐ-CP, Art. 6(4)(b)' },
    ]);
    for (const lang of ['VI', 'EN'] as const) {
      const file = await t.gql<{ fundAnnualReportPdf: string }>(
        `query($id: ID!, $lang: Language) { fundAnnualReportPdf(fundId: $id, year: 2026, lang: $lang) }`,
        { id: fundId, lang },
        fm,
      );
      const text = await pdfText(Buffer.from(file.data!.fundAnnualReportPdf, 'base64'));
      const l = lang === 'EN' ? 'en' : 'vi';
      expect(text).toContain(lang === 'EN' ? 'ANNUAL RISK REPORT 2026' : 'BÁO CÁO RỦI RO NĂM 2026');
      expect(text).toContain(formatVnd(BigInt(r.charterCapital as string), l));
      expect(text).toContain(formatVnd(BigInt(r.paidIn as string), l));
      expect(text).toContain(formatVnd(BigInt(r.loss.threshold!), l));
      expect(text).toContain(formatBp(r.stateShareCapBp as number, l));
      expect(text).toContain(
        lang === 'EN' ? 'Decree 264/2025/NĐ-CP, Art. 6(4)(b)' : 'Nghị định 264/2025/NĐ-CP, Điều 6 khoản 4 điểm b',
      );
    }
  });
});
