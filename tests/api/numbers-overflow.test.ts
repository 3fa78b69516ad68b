// The numbers stay true at any size the VND scalar accepts: no KPI or fund figure makes a query fail, every
// ratio that can pass 2^31 travels clamped with its exact value beside it, and a number beyond GraphQL's Int
// is refused as BAD_USER_INPUT naming the field and the allowed range (not graphql-js's English sentence).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INT32_MAX, MAX_VND, bpOfExact } from '@launchpad/shared';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { PAY_IN, ROUND, commit, createFund, insertStartups } from '../support/fund';
import { approvedDecision } from '../support/deals';

const NOW = new Date('2026-06-15T03:00:00Z');
const TODAY = '2026-06-15';

let t: TestApp;
let fm: string;
let board: string;
let admin: string;
let fundId: string;
let serial = 0;

beforeAll(async () => {
  t = await createTestApp({ seed: 'accounts', clock: () => NOW });
  fm = await t.loginAs('FUND_MANAGER');
  board = await t.loginAs('BOARD');
  admin = await t.loginAs('ADMIN');
  fundId = await createFund(t, fm, 'Overflow fund');
});
afterAll(() => t.close());

const FIGURE = 'actual target planToDate percentBp percentBpExact onPlan';
const DASHBOARD = `query($from: Date, $to: Date) { kpiDashboard(from: $from, to: $to) {
  asOf startupsIncubated { ${FIGURE} } capitalMobilized { ${FIGURE} }
  capitalBySource { amount } byYear { capitalMobilized capitalCumulative } bySector { capital } byCohort { capital }
  milestones { completionBp } fundCompliance { stateShareBp stakes { stakeBp } }
  projections { capitalMobilized { actualToDate projectedTotal shortfall metInYear } startupsIncubated { projectedTotal } }
} }`;
const PUBLIC = `{ publicKpiSummary { asOf capitalMobilized { ${FIGURE} } startupsIncubated { ${FIGURE} } } }`;
const PERFORMANCE = `query($id: ID!, $asOf: Date) { fund(id: $id) { performance(asOf: $asOf) {
  asOf paidIn invested realized unrealized uninvestedCash nav distributions
  dpiBp rvpiBp tvpiBp moicBp dpiBpExact rvpiBpExact tvpiBpExact moicBpExact grossIrrBp netIrrBp } } }`;
/** The fund's other figures at the same sizes: ledger totals, headrooms, holdings, the loss threshold, rule checks. */
const FUND_FIGURES = `query($id: ID!) { fund(id: $id) {
  charterCapital stateCommitted stateShareBp paidIn invested available charterHeadroom privateWithdrawalHeadroom
  cashHeadroom holdings { invested stakeBp unrealizedValue realizedValue } lossThreshold { losses threshold usedBp }
  ruleChecks { kind current headroom ok } members { committed paidIn } } }`;

type Figure = { actual: string; target: string; percentBp: number; percentBpExact: string };

async function ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await t.gql<T>(query, variables, token);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.status).toBe(200);
  return result.data!;
}

describe('figures at the size of the VND scalar', () => {
  it('answers the KPI dashboard and the public summary for rounds up to 10^18 against a 1-dong target', async () => {
    // A tiny capital target makes actual / target pass 2^31 basis points at once.
    await ok(
      'mutation($y: [String!]!) { updateKpiTarget(metric: CAPITAL_MOBILIZED, yearly: $y) { total } }',
      {
        y: ['1', '0', '0', '0', '0'],
      },
      admin,
    );
    let mobilized = 0n;
    await fc.assert(
      fc.asyncProperty(
        fc.bigInt({ min: 1n, max: MAX_VND }),
        fc.bigInt({ min: 0n, max: MAX_VND }),
        async (amount, pre) => {
          const [startupId] = await insertStartups(t, [`Big round startup ${++serial}`]);
          const preMoney = pre + amount > MAX_VND ? MAX_VND - amount : pre;
          await ok(
            ROUND,
            {
              input: {
                startupId,
                date: TODAY,
                preMoney: String(preMoney),
                participations: [{ investorName: 'Mekong Capital', kind: 'OTHER_FUND', amount: String(amount) }],
              },
            },
            fm,
          );
          mobilized += amount;
          for (const period of [{}, { from: TODAY, to: TODAY }, { from: '2026-06-01', to: '2026-06-30' }]) {
            const { kpiDashboard } = await ok<{ kpiDashboard: { capitalMobilized: Figure } }>(DASHBOARD, period, board);
            const figure = kpiDashboard.capitalMobilized;
            expect(figure.actual).toBe(String(mobilized));
            const exact = bpOfExact(mobilized, BigInt(figure.target));
            expect(figure.percentBpExact).toBe(String(exact));
            expect(figure.percentBp).toBe(exact > BigInt(INT32_MAX) ? INT32_MAX : Number(exact));
          }
          const { publicKpiSummary } = await ok<{ publicKpiSummary: { capitalMobilized: Figure } }>(PUBLIC, {});
          expect(publicKpiSummary.capitalMobilized.actual).toBe(String(mobilized));
        },
      ),
      { numRuns: 12 },
    );
    expect(mobilized).toBeGreaterThan(BigInt(INT32_MAX));
  });

  it('answers the fund performance for pay-ins, marks and exits up to 10^18', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: MAX_VND }),
        fc.boolean(),
        async (invest, value, exits) => {
          const [startupId] = await insertStartups(t, [`Performance startup ${++serial}`]);
          const member = await commit(t, fm, fundId, `Member ${startupId}`, 'PRIVATE', String(invest));
          const decisionId = await approvedDecision(t, fm, { fundId, startupId: startupId!, amount: String(invest) });
          await ok(
            PAY_IN,
            { input: { commitmentId: member.data!.commitCapital.id, amount: String(invest), date: '2026-01-15' } },
            fm,
          );
          await ok(
            ROUND,
            {
              input: {
                startupId,
                date: '2026-02-01',
                preMoney: String(invest * 3n),
                participations: [{ fundId, amount: String(invest), decisionId }],
              },
            },
            fm,
          );
          if (exits) {
            await ok(
              `mutation($i: RecordExitInput!) { recordExit(input: $i) { id } }`,
              { i: { fundId, startupId, date: '2026-05-01', proceeds: String(value), buyerName: 'Buyer' } },
              fm,
            );
          } else {
            await ok(
              `mutation($i: RecordValuationInput!) { recordValuation(input: $i) { id } }`,
              { i: { fundId, startupId, date: '2026-05-01', value: String(value) } },
              fm,
            );
          }
          for (const asOf of [null, '2026-03-01', TODAY]) {
            const { fund } = await ok<{ fund: { performance: Record<string, string | number | null> } }>(
              PERFORMANCE,
              { id: fundId, asOf },
              fm,
            );
            const p = fund.performance;
            expect(p.asOf).toBe(asOf ?? TODAY);
            expect(BigInt(p.tvpiBpExact as string)).toBe(
              BigInt(p.dpiBpExact as string) + BigInt(p.rvpiBpExact as string),
            );
            for (const bp of ['dpiBp', 'rvpiBp', 'tvpiBp', 'moicBp'] as const) {
              const exact = BigInt(p[`${bp}Exact`] as string);
              expect(p[bp]).toBe(exact > BigInt(INT32_MAX) ? INT32_MAX : Number(exact));
            }
          }
          await ok(FUND_FIGURES, { id: fundId }, fm);
          await ok(`{ kpiDashboard { fundCompliance { stateShareBp stakes { stakeBp } } } }`, {}, board);
        },
      ),
      { numRuns: 12 },
    );
    // Twelve funds' worth of ledger writes and reads, the last ones on a fund with dozens of holdings.
  }, 120_000);
});

describe('a number beyond GraphQL Int', () => {
  it('is BAD_USER_INPUT naming the field and the allowed range, in a variable or written inline', async () => {
    const manager = await t.loginAs('INCUBATOR_MANAGER');
    const [startupId] = await insertStartups(t, ['Metrics startup']);
    const viaVariable = await t.gql(
      'mutation($i: SubmitMetricReportInput!) { submitMetricReport(input: $i) { id } }',
      { i: { startupId, period: '2026-05', revenue: '1', customers: 1e23, employees: 3 } },
      manager,
    );
    expect(errorCode(viaVariable)).toBe('BAD_USER_INPUT');
    expect(viaVariable.errors![0]!.extensions).toMatchObject({ field: 'customers', min: -2147483648, max: INT32_MAX });
    expect(viaVariable.errors![0]!.message).not.toMatch(/cannot represent/);
    const inline = await t.gql(
      `mutation { submitMetricReport(input: { startupId: "${startupId}", period: "2026-05", revenue: "1",
        customers: 3000000000, employees: 3 }) { id } }`,
      {},
      manager,
    );
    expect(errorCode(inline)).toBe('BAD_USER_INPUT');
    expect(inline.errors![0]!.extensions).toMatchObject({ max: INT32_MAX, reason: 'OUT_OF_RANGE' });
    expect(inline.errors![0]!.message).not.toMatch(/cannot represent/);
  });

  it('refuses a startups target a count cannot carry, naming the range', async () => {
    const refused = await t.gql(
      'mutation($y: [String!]!) { updateKpiTarget(metric: STARTUPS_INCUBATED, yearly: $y) { total } }',
      { y: ['3000000000', '0', '0', '0', '0'] },
      admin,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions).toMatchObject({ field: 'yearly', min: 0, max: INT32_MAX });
    await ok('{ kpiDashboard { startupsIncubated { target } } }', {}, board);
  });
});

describe('a refusal of a number or a date, in the caller’s language', () => {
  async function inject(query: string, variables: Record<string, unknown>, token: string, language?: string) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${token}`, ...(language ? { 'accept-language': language } : {}) },
      payload: { query, variables },
    });
    return response.json() as { errors?: { message: string; extensions: Record<string, unknown> }[] };
  }
  const METRICS = 'mutation($i: SubmitMetricReportInput!) { submitMetricReport(input: $i) { id } }';

  it('words a metric beyond GraphQL Int in Vietnamese or English, naming the field and the range', async () => {
    const manager = await t.loginAs('INCUBATOR_MANAGER');
    const [startupId] = await insertStartups(t, ['Language startup']);
    const input = { i: { startupId, period: '2026-05', revenue: '1', customers: 1e23, employees: 3 } };
    const vi = await inject(METRICS, input, manager, 'vi-VN,vi;q=0.9');
    expect(vi.errors![0]!.message).toBe('“customers” phải là số nguyên từ -2147483648 đến 2147483647.');
    const en = await inject(METRICS, input, manager, 'en-US,en;q=0.9');
    expect(en.errors![0]!.message).toBe('“customers” must be a whole number from -2147483648 to 2147483647.');
    // Without a preference: the product's language.
    expect((await inject(METRICS, input, manager)).errors![0]!.message).toMatch(/phải là số nguyên/);
  });

  it('names the input field and the VND range of an amount above 10^18, exactly', async () => {
    const [startupId] = await insertStartups(t, ['Too big startup']);
    const round = {
      input: {
        startupId,
        date: TODAY,
        preMoney: '1000000000000000001',
        participations: [{ investorName: 'Mekong Capital', kind: 'OTHER_FUND', amount: '1' }],
      },
    };
    const vi = await inject(ROUND, round, fm, 'vi');
    expect(vi.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'preMoney',
      min: 0,
      max: '1000000000000000000',
      reason: 'OUT_OF_RANGE',
    });
    expect(vi.errors![0]!.message).toBe('“preMoney” phải là số nguyên từ 0 đến 1000000000000000000.');
    const en = await inject(ROUND, round, fm, 'en');
    expect(en.errors![0]!.message).toBe('“preMoney” must be a whole number from 0 to 1000000000000000000.');
  });

  it('words a ledger date after today in the caller’s language, naming the last allowed day', async () => {
    const member = await commit(t, fm, fundId, 'Language member', 'PRIVATE', '1000');
    const payIn = { input: { commitmentId: member.data!.commitCapital.id, amount: '1', date: '2026-06-16' } };
    const vi = await inject(PAY_IN, payIn, fm, 'vi');
    expect(vi.errors![0]!.extensions).toMatchObject({ field: 'date', max: TODAY, reason: 'DATE_IN_FUTURE' });
    expect(vi.errors![0]!.message).toBe(
      `“date” không được sau ngày hôm nay (${TODAY}): sổ chỉ ghi những gì đã xảy ra.`,
    );
    const en = await inject(PAY_IN, payIn, fm, 'en-GB');
    expect(en.errors![0]!.message).toBe(
      `“date” cannot be after today (${TODAY}): the ledger records what has happened.`,
    );
  });
});
