// One clock, one day: "today" is the Hanoi day (Asia/Ho_Chi_Minh) of the server's clock, never the UTC day.
// The server stands at 23:30 and at 00:30 Hanoi time through an injected clock, not the machine's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { PAY_IN, ROUND, commit, createFund, insertStartups, sql } from '../support/fund';
import { approvedDecision } from '../support/deals';

/** 23:30 on 10 March 2026 in Hanoi (UTC+7) is 16:30 UTC the same day. */
const LATE_EVENING = new Date('2026-03-10T16:30:00Z');
/** 00:30 on 11 March 2026 in Hanoi is still 10 March in UTC (17:30). */
const JUST_AFTER_MIDNIGHT = new Date('2026-03-10T17:30:00Z');

let now = LATE_EVENING;
let t: TestApp;
let fm: string;
let board: string;
let commitmentId: string;
let fundId: string;
let startupId: string;
let decisionId: string;

beforeAll(async () => {
  t = await createTestApp({ seed: 'accounts', clock: () => now });
  fm = await t.loginAs('FUND_MANAGER');
  board = await t.loginAs('BOARD');
  fundId = await createFund(t, fm, 'Hanoi clock fund');
  const c = await commit(t, fm, fundId, 'Tập đoàn Vingroup', 'PRIVATE', '100000000000');
  commitmentId = c.data!.commitCapital.id;
  startupId = (await insertStartups(t, ['Clock startup']))[0]!;
  decisionId = await approvedDecision(t, fm, { fundId, startupId, amount: '10000000000' });
});
afterAll(() => t.close());

const payInWithoutDate = () =>
  t.gql<{ payInCapital: { date: string } }>(PAY_IN, { input: { commitmentId, amount: '1000000000' } }, fm);

const roundOn = (date: string) =>
  t.gql(
    ROUND,
    {
      input: {
        startupId,
        date,
        preMoney: '10000000000',
        participations: [{ fundId, amount: '1000000000', decisionId }],
      },
    },
    fm,
  );

describe('today is the Hanoi day of the server clock', () => {
  it('at 23:30 Hanoi time a pay-in without a date is dated that day and tomorrow is refused', async () => {
    now = LATE_EVENING;
    expect((await payInWithoutDate()).data!.payInCapital.date).toBe('2026-03-10');
    const tomorrow = await roundOn('2026-03-11');
    expect(errorCode(tomorrow)).toBe('BAD_USER_INPUT');
    expect(tomorrow.errors![0]!.extensions).toMatchObject({ field: 'date', max: '2026-03-10' });
    const dashboard = await t.gql<{ kpiDashboard: { asOf: string } }>('{ kpiDashboard { asOf } }', {}, board);
    expect(dashboard.data!.kpiDashboard.asOf).toBe('2026-03-10');
  });

  it('at 00:30 Hanoi time (still yesterday in UTC) a pay-in without a date is dated the new Hanoi day', async () => {
    now = JUST_AFTER_MIDNIGHT;
    expect((await payInWithoutDate()).data!.payInCapital.date).toBe('2026-03-11');
    const today = await roundOn('2026-03-11');
    expect(today.errors).toBeUndefined();
    const dashboard = await t.gql<{ kpiDashboard: { asOf: string } }>('{ kpiDashboard { asOf } }', {}, board);
    expect(dashboard.data!.kpiDashboard.asOf).toBe('2026-03-11');
  });

  it('counts a round in the actuals only from its day on, the same in the headline and the run-rate', async () => {
    const DASHBOARD = `{ kpiDashboard(from: "2026-03-01", to: "2026-03-31") {
      asOf capitalMobilized { actual } byYear { capitalMobilized } projections { capitalMobilized { actualToDate } } } }`;
    type Dashboard = {
      kpiDashboard: {
        asOf: string;
        capitalMobilized: { actual: string };
        byYear: { capitalMobilized: string }[];
        projections: { capitalMobilized: { actualToDate: string } };
      };
    };
    // The round above is dated 11 March; seen from the evening of the 10th it has not happened yet.
    now = LATE_EVENING;
    const before = (await t.gql<Dashboard>(DASHBOARD, {}, board)).data!.kpiDashboard;
    expect(before.asOf).toBe('2026-03-10');
    expect(before.capitalMobilized.actual).toBe('0');
    expect(before.byYear[0]!.capitalMobilized).toBe('0');
    expect(before.projections.capitalMobilized.actualToDate).toBe('0');
    now = JUST_AFTER_MIDNIGHT;
    const after = (await t.gql<Dashboard>(DASHBOARD, {}, board)).data!.kpiDashboard;
    expect(after.capitalMobilized.actual).toBe('1000000000');
    expect(after.projections.capitalMobilized.actualToDate).toBe('1000000000');
  });
});

describe('the ledger records what has happened', () => {
  const FIGURES = `query($id: ID!) { fund(id: $id) { paidIn invested available cashHeadroom
    performance { asOf paidIn nav } } }`;
  type Figures = {
    fund: { paidIn: string; invested: string; available: string; cashHeadroom: string; performance: unknown };
  };
  const ledgerCounts = () =>
    sql<{ n: string }>(
      t,
      `select (select count(*) from capital_payments) + (select count(*) from funding_rounds)
            + (select count(*) from valuation_marks) + (select count(*) from fund_exits)
            + (select count(*) from capital_calls) as n`,
    );

  it('refuses a pay-in, round, valuation, exit and capital call dated after Hanoi’s today, naming the date and writing nothing', async () => {
    now = JUST_AFTER_MIDNIGHT; // 11 March in Hanoi
    const before = (await t.gql<Figures>(FIGURES, { id: fundId }, fm)).data!.fund;
    const rowsBefore = await ledgerCounts();
    const attempts = [
      await t.gql(PAY_IN, { input: { commitmentId, amount: '1000000000', date: '2030-12-31' } }, fm),
      await t.gql(PAY_IN, { input: { commitmentId, amount: '1000000000', date: '2026-03-12' } }, fm),
      await roundOn('2026-03-12'),
      await t.gql(
        'mutation($i: RecordValuationInput!) { recordValuation(input: $i) { id } }',
        { i: { fundId, startupId, date: '2026-03-12', value: '5000000000' } },
        fm,
      ),
      await t.gql(
        'mutation($i: RecordExitInput!) { recordExit(input: $i) { id } }',
        { i: { fundId, startupId, date: '2026-03-12', proceeds: '5000000000', buyerName: 'Người mua' } },
        fm,
      ),
    ];
    for (const refused of attempts) {
      expect(errorCode(refused), JSON.stringify(refused.errors)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0]!.extensions).toMatchObject({
        field: 'date',
        max: '2026-03-11',
        reason: 'DATE_IN_FUTURE',
      });
    }
    const call = await t.gql(
      'mutation($i: CreateCapitalCallInput!) { createCapitalCall(input: $i) { id } }',
      { i: { fundId, callDate: '2026-03-12', dueDate: '2026-04-12', percentBp: 1000 } },
      fm,
    );
    expect(call.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'callDate', max: '2026-03-11' });

    // Paid-in, available capital and the fund's performance are what they were: nothing was recorded.
    expect((await t.gql<Figures>(FIGURES, { id: fundId }, fm)).data!.fund).toEqual(before);
    expect(await ledgerCounts()).toEqual(rowsBefore);
  });

  it('refuses the performance as of a day that has not come yet', async () => {
    now = JUST_AFTER_MIDNIGHT;
    const later = await t.gql(
      'query($id: ID!) { fund(id: $id) { performance(asOf: "2026-03-12") { nav } } }',
      { id: fundId },
      fm,
    );
    expect(later.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf', max: '2026-03-11' });
  });
});
