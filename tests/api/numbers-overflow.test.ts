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
        },
      ),
      { numRuns: 12 },
    );
  });
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
