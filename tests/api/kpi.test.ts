// The board's KPIs against a hand-computed fixture: window edges in Hanoi time, back moves, ends,
// several capital sources; targets as data; who may read and change them; the cache follows writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { isoDateInTimezone, planForPeriod, projectRunRate } from '@launchpad/shared';
import { SEEDED_TARGETS } from '../support/kpi';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { approvedDecision } from '../support/deals';

/**
 * The server's clock stands after the 2026–2030 window: the fixture's rounds run to 2031 and the ledger refuses
 * entries dated after today, so every figure below is of a window that has fully happened.
 */
const NOW = new Date('2031-06-01T03:00:00Z');

const BN = 1_000_000_000n;

const DASHBOARD = `query($from: Date, $to: Date) { kpiDashboard(from: $from, to: $to) {
  from to asOf
  startupsIncubated { actual target planToDate percentBp onPlan }
  capitalMobilized { actual target planToDate percentBp onPlan }
  capitalBySource { source amount }
  privateCommittedToFund
  byYear { year startupsIncubated startupsPlan startupsCumulative startupsPlanCumulative
           capitalMobilized capitalPlan capitalCumulative capitalPlanCumulative }
  funnel { stage count }
  bySector { sector startups incubated capital }
  byCohort { cohortId name startups incubated milestonesVerified milestonesTotal capital }
  milestones { verified total completionBp }
  fundCompliance { name charterCapital stateCommitted privateCommitted stateShareBp charterCapBp paidIn invested
                   available stakeCapBp holdings holdingsNearCap holdingsOverCap stakes { startupName stakeBp capBp invested } }
  projections {
    startupsIncubated { actualToDate target projectedTotal metInYear shortfall }
    capitalMobilized { actualToDate target projectedTotal metInYear shortfall }
  }
  targets { metric total yearly { year amount } }
} }`;

const HEADLINE = `query($from: Date, $to: Date) { kpiDashboard(from: $from, to: $to) {
  startupsIncubated { actual target } capitalMobilized { actual target } } }`;

type Dashboard = {
  from: string;
  to: string;
  asOf: string;
  startupsIncubated: { actual: number; target: number; planToDate: number; percentBp: number; onPlan: boolean };
  capitalMobilized: { actual: string; target: string; planToDate: string; percentBp: number; onPlan: boolean };
  capitalBySource: { source: string; amount: string }[];
  privateCommittedToFund: string;
  byYear: Record<string, number | string>[];
  funnel: { stage: string; count: number }[];
  bySector: { sector: string; startups: number; incubated: number; capital: string }[];
  byCohort: Record<string, unknown>[];
  milestones: { verified: number; total: number; completionBp: number };
  fundCompliance: Record<string, unknown>[];
  projections: Record<string, Record<string, unknown>>;
  targets: { metric: string; total: string; yearly: { year: number; amount: string }[] }[];
};

let t: TestApp;
let board: string;
const ids: Record<string, string> = {};

/** Instants of each startup's first entry into INCUBATION that fall in 2026–2030 (Hanoi), for the run-rate. */
const COUNTED_ENTRIES = [
  '2025-12-31T17:30:00Z',
  '2026-03-10T03:00:00Z',
  '2027-03-01T05:00:00Z',
  '2030-12-31T16:59:00Z',
];

async function fixture() {
  const client = new pg.Client({ connectionString: t.database.url });
  await client.connect();
  try {
    const program = randomUUID();
    await client.query(`insert into programs (id, name, gates, created_at) values ($1, 'KPI program', '{}', now())`, [
      program,
    ]);
    const cohorts: Record<string, string> = { C1: randomUUID(), C2: randomUUID() };
    await client.query(
      `insert into cohorts (id, name, start_date, end_date, program_id, created_at) values
         ($1, 'Cohort 2026A', '2026-01-05', '2026-06-30', $3, now()),
         ($2, 'Cohort 2027', '2027-01-04', '2027-06-30', $3, now())`,
      [cohorts.C1, cohorts.C2, program],
    );
    // name, sector, cohort, current stage, moves [from, to, at]
    const startups: [string, string, string | null, string, [string | null, string, string][]][] = [
      // Entered INCUBATION at 2026-01-01 00:30 in Hanoi (still 31 Dec in UTC): counts, in 2026.
      [
        'Alpha',
        'Smart transport',
        'C1',
        'INCUBATION',
        [
          [null, 'CONNECTION', '2025-12-01T00:00:00Z'],
          ['CONNECTION', 'INCUBATION', '2025-12-31T17:30:00Z'],
        ],
      ],
      // Entered at 2025-12-31 23:59:59 in Hanoi: before the window.
      [
        'Beta',
        'Smart transport',
        'C1',
        'INCUBATION',
        [
          [null, 'CONNECTION', '2025-11-01T00:00:00Z'],
          ['CONNECTION', 'INCUBATION', '2025-12-31T16:59:59Z'],
        ],
      ],
      // Entered in 2026, moved back, entered again in 2027, moved on: counts once, in 2026.
      [
        'Gamma',
        'Digital healthcare',
        'C1',
        'PLATFORM_BUILDING',
        [
          [null, 'CONNECTION', '2026-02-01T00:00:00Z'],
          ['CONNECTION', 'INCUBATION', '2026-03-10T03:00:00Z'],
          ['INCUBATION', 'CONNECTION', '2026-06-01T00:00:00Z'],
          ['CONNECTION', 'INCUBATION', '2027-02-01T00:00:00Z'],
          ['INCUBATION', 'PLATFORM_BUILDING', '2027-06-01T00:00:00Z'],
        ],
      ],
      // Entered in 2027, then discontinued: still counts.
      [
        'Delta',
        'Digital healthcare',
        'C2',
        'DISCONTINUED',
        [
          [null, 'CONNECTION', '2027-01-10T00:00:00Z'],
          ['CONNECTION', 'INCUBATION', '2027-03-01T05:00:00Z'],
          ['INCUBATION', 'DISCONTINUED', '2027-09-01T00:00:00Z'],
        ],
      ],
      // Entered at 2030-12-31 23:59 in Hanoi: the window's last minute, counts in 2030.
      [
        'Epsilon',
        'Environment',
        'C2',
        'INCUBATION',
        [
          [null, 'CONNECTION', '2030-06-01T00:00:00Z'],
          ['CONNECTION', 'INCUBATION', '2030-12-31T16:59:00Z'],
        ],
      ],
      // Entered at 2031-01-01 00:00 in Hanoi: after the window.
      [
        'Foxtrot',
        'Environment',
        null,
        'INCUBATION',
        [
          [null, 'CONNECTION', '2030-12-01T00:00:00Z'],
          ['CONNECTION', 'INCUBATION', '2030-12-31T17:00:00Z'],
        ],
      ],
      // Never incubated.
      ['Golf', 'Urban security', null, 'CONNECTION', [[null, 'CONNECTION', '2026-05-01T00:00:00Z']]],
      // Moved to INCUBATION later, through the API, by a test.
      ['Hotel', 'Urban security', 'C1', 'CONNECTION', [[null, 'CONNECTION', '2026-05-01T00:00:00Z']]],
    ];
    for (const [name, sector, cohort, stage, moves] of startups) {
      const id = randomUUID();
      ids[name] = id;
      await client.query(
        `insert into startups (id, name, sector, stage, program_id, cohort_id, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, now(), now())`,
        [id, name, sector, stage, program, cohort ? cohorts[cohort] : null],
      );
      for (const [from, to, at] of moves) {
        await client.query(`insert into stage_moves (startup_id, from_stage, to_stage, "at") values ($1, $2, $3, $4)`, [
          id,
          from,
          to,
          at,
        ]);
      }
    }
    // Milestones: Alpha 1 of 2 verified, Gamma 2 of 3, Delta 0 of 1 → 3 of 6.
    const milestones: [string, string][] = [
      ['Alpha', 'VERIFIED'],
      ['Alpha', 'PLANNED'],
      ['Gamma', 'VERIFIED'],
      ['Gamma', 'VERIFIED'],
      ['Gamma', 'DONE'],
      ['Delta', 'PLANNED'],
    ];
    for (const [name, status] of milestones) {
      await client.query(
        `insert into milestones (id, startup_id, kind, title, status, verified_at, created_at, updated_at)
         values ($1, $2, 'CUSTOM', 'Step', $3, $4, now(), now())`,
        [randomUUID(), ids[name], status, status === 'VERIFIED' ? new Date() : null],
      );
    }
  } finally {
    await client.end();
  }

  // The fund through its own API: 60 bn private + 40 bn state, 50 bn paid in.
  const fundManager = await t.loginAs('FUND_MANAGER');
  const run = async (query: string, variables: Record<string, unknown>) => {
    const result = await t.gql<Record<string, { id: string }>>(query, variables, fundManager);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data)[0]!;
  };
  const fund = await run(`mutation($i: CreateFundInput!) { createFund(input: $i) { id } }`, {
    i: { name: 'Hanoi Venture Fund' },
  });
  ids.fund = fund.id;
  const commit = `mutation($i: CommitCapitalInput!) { commitCapital(input: $i) { id } }`;
  const privateCommitment = await run(commit, {
    i: { fundId: fund.id, memberName: 'Vin Partners', memberType: 'PRIVATE', amount: String(60n * BN) },
  });
  const stateCommitment = await run(commit, {
    i: { fundId: fund.id, memberName: 'City budget', memberType: 'STATE', amount: String(40n * BN) },
  });
  const payIn = `mutation($i: PayInCapitalInput!) { payInCapital(input: $i) { id } }`;
  await run(payIn, { i: { commitmentId: privateCommitment.id, amount: String(30n * BN), date: '2026-02-01' } });
  await run(payIn, { i: { commitmentId: stateCommitment.id, amount: String(20n * BN), date: '2026-02-01' } });
  const round = `mutation($i: RecordFundingRoundInput!) { recordFundingRound(input: $i) { id } }`;
  const rounds: [string, string, bigint, { fund?: true; name?: string; kind?: string; amount: bigint }[]][] = [
    [
      'Alpha',
      '2026-03-01',
      20n * BN,
      [
        { fund: true, amount: 5n * BN },
        { name: 'Angel An', kind: 'PRIVATE', amount: 3n * BN },
      ],
    ],
    ['Gamma', '2025-12-31', 8n * BN, [{ name: 'Mekong Capital', kind: 'OTHER_FUND', amount: 2n * BN }]],
    [
      'Gamma',
      '2030-12-31',
      100n * BN,
      [
        { fund: true, amount: 10n * BN },
        { name: 'Mekong Capital', kind: 'OTHER_FUND', amount: 7n * BN },
        { name: 'Bao Tran', kind: 'PRIVATE', amount: 1n * BN },
      ],
    ],
    ['Delta', '2027-05-05', 10n * BN, [{ name: 'Chi Le', kind: 'PRIVATE', amount: 4n * BN }]],
    ['Epsilon', '2031-01-01', 10n * BN, [{ name: 'Dung Pham', kind: 'PRIVATE', amount: 1n * BN }]],
  ];
  for (const [name, date, preMoney, participations] of rounds) {
    const decisionId = participations.some((p) => p.fund)
      ? await approvedDecision(t, fundManager, { fundId: fund.id, startupId: ids[name]!, amount: String(20n * BN) })
      : null;
    await run(round, {
      i: {
        startupId: ids[name],
        date,
        preMoney: String(preMoney),
        participations: participations.map((p) =>
          p.fund
            ? { fundId: fund.id, amount: String(p.amount), decisionId }
            : { investorName: p.name, kind: p.kind, amount: String(p.amount) },
        ),
      },
    });
  }
}

async function dashboard(variables: Record<string, unknown> = {}, token = board): Promise<Dashboard> {
  const result = await t.gql<{ kpiDashboard: Dashboard }>(DASHBOARD, variables, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.kpiDashboard;
}

beforeAll(async () => {
  t = await createTestApp({ seed: 'accounts', clock: () => NOW });
  board = await t.loginAs('BOARD');
  await fixture();
});

afterAll(async () => {
  await t.close();
});

describe('KPI figures for 2026–2030', () => {
  it('counts each startup once, in the period of its first entry into INCUBATION on the Hanoi calendar', async () => {
    const kpi = await dashboard();
    expect(kpi.from).toBe('2026-01-01');
    expect(kpi.to).toBe('2030-12-31');
    // Alpha (1 Jan 00:30 Hanoi), Gamma (2026, re-entry in 2027 not counted), Delta (discontinued), Epsilon (31 Dec 23:59).
    expect(kpi.startupsIncubated.actual).toBe(4);
    expect(kpi.startupsIncubated.target).toBe(200);
    expect(kpi.startupsIncubated.percentBp).toBe(200);
    expect(kpi.byYear.map((y) => [y.year, y.startupsIncubated, y.startupsCumulative])).toEqual([
      [2026, 2, 2],
      [2027, 1, 3],
      [2028, 0, 3],
      [2029, 0, 3],
      [2030, 1, 4],
    ]);
  });

  it('puts the window edges on Hanoi midnight: 31 Dec 2025 23:59:59 and 1 Jan 2031 00:00 stay out', async () => {
    const edge = async (from: string, to: string) =>
      (await t.gql<{ kpiDashboard: { startupsIncubated: { actual: number } } }>(HEADLINE, { from, to }, board)).data!
        .kpiDashboard.startupsIncubated.actual;
    expect(await edge('2026-01-01', '2026-01-01')).toBe(1); // Alpha
    expect(await edge('2025-12-31', '2025-12-31')).toBe(1); // Beta
    expect(await edge('2030-12-31', '2030-12-31')).toBe(1); // Epsilon
    expect(await edge('2031-01-01', '2031-01-01')).toBe(1); // Foxtrot
    expect(await edge('2027-01-01', '2027-12-31')).toBe(1); // Delta only: Gamma's re-entry does not count
  });

  it('sums participations dated in the period by source, with private commitments to the fund beside them', async () => {
    const kpi = await dashboard();
    // Alpha 8 bn (2026) + Gamma 18 bn (31 Dec 2030) + Delta 4 bn (2027); Gamma's 2025 and Epsilon's 2031 rounds are out.
    expect(kpi.capitalMobilized.actual).toBe(String(30n * BN));
    expect(kpi.capitalMobilized.target).toBe(String(500n * BN));
    expect(kpi.capitalMobilized.percentBp).toBe(600);
    expect(kpi.capitalBySource).toEqual([
      { source: 'FUND', amount: String(15n * BN) },
      { source: 'OTHER_FUND', amount: String(7n * BN) },
      { source: 'PRIVATE', amount: String(8n * BN) },
    ]);
    expect(kpi.byYear.map((y) => [y.year, y.capitalMobilized, y.capitalCumulative])).toEqual([
      [2026, String(8n * BN), String(8n * BN)],
      [2027, String(4n * BN), String(12n * BN)],
      [2028, '0', String(12n * BN)],
      [2029, '0', String(12n * BN)],
      [2030, String(18n * BN), String(30n * BN)],
    ]);
    // The private member's 60 bn commitment was made today (inside 2026–2030); it is not part of the 30 bn.
    expect(kpi.privateCommittedToFund).toBe(String(60n * BN));
    const lastDay = (
      await t.gql<{ kpiDashboard: { capitalMobilized: { actual: string } } }>(
        HEADLINE,
        { from: '2030-12-31', to: '2030-12-31' },
        board,
      )
    ).data!.kpiDashboard;
    expect(lastDay.capitalMobilized.actual).toBe(String(18n * BN));
  });

  it('shows the plan per year, cumulated, and prorates a partial year by days', async () => {
    const kpi = await dashboard();
    expect(kpi.byYear.map((y) => [y.startupsPlan, y.startupsPlanCumulative])).toEqual([
      [20, 20],
      [30, 50],
      [40, 90],
      [50, 140],
      [60, 200],
    ]);
    expect(kpi.byYear.at(-1)!.capitalPlanCumulative).toBe(String(500n * BN));
    const half = (
      await t.gql<{ kpiDashboard: { startupsIncubated: { target: number }; capitalMobilized: { target: string } } }>(
        HEADLINE,
        { from: '2026-01-01', to: '2026-07-01' },
        board,
      )
    ).data!.kpiDashboard;
    // 182 of 365 days of 2026: 20 × 182 / 365 = 9.97 → 9; 50 bn × 182 / 365 = 24,931,506,849.3 → floored.
    expect(half.startupsIncubated.target).toBe(9);
    expect(half.capitalMobilized.target).toBe(String((50n * BN * 182n) / 365n));
  });

  it('compares the actual with the plan to date and projects the run-rate to 2030', async () => {
    const kpi = await dashboard();
    const today = isoDateInTimezone(NOW);
    expect(kpi.asOf).toBe(today);
    const planToDate = planForPeriod(
      SEEDED_TARGETS.STARTUPS_INCUBATED,
      '2026-01-01',
      today < '2030-12-31' ? today : '2030-12-31',
    );
    expect(kpi.startupsIncubated.planToDate).toBe(Number(planToDate));
    expect(kpi.startupsIncubated.onPlan).toBe(4n >= planToDate);
    // The run-rate counts what has happened by today.
    const toDate = COUNTED_ENTRIES.filter((at) => isoDateInTimezone(new Date(at)) <= today).length;
    const expected = projectRunRate({
      actualToDate: BigInt(toDate),
      targetTotal: 200n,
      windowStart: '2026-01-01',
      windowEnd: '2030-12-31',
      today,
    });
    expect(kpi.projections.startupsIncubated).toEqual({
      actualToDate: toDate,
      target: 200,
      projectedTotal: Number(expected.projectedTotal),
      metInYear: expected.metInYear,
      shortfall: Number(expected.shortfall),
    });
  });

  it('breaks the program down by stage now, by sector, by cohort and by milestone completion', async () => {
    const kpi = await dashboard();
    expect(kpi.funnel).toEqual([
      { stage: 'CONNECTION', count: 2 },
      { stage: 'INCUBATION', count: 4 },
      { stage: 'PLATFORM_BUILDING', count: 1 },
      { stage: 'SCALING_UP', count: 0 },
      { stage: 'GRADUATED', count: 0 },
      { stage: 'DISCONTINUED', count: 1 },
    ]);
    expect(kpi.bySector).toEqual(
      expect.arrayContaining([
        { sector: 'Smart transport', startups: 2, incubated: 1, capital: String(8n * BN) },
        { sector: 'Digital healthcare', startups: 2, incubated: 2, capital: String(22n * BN) },
        { sector: 'Environment', startups: 2, incubated: 1, capital: '0' },
        { sector: 'Urban security', startups: 2, incubated: 0, capital: '0' },
      ]),
    );
    expect(kpi.bySector).toHaveLength(4);
    expect(kpi.byCohort.map(({ cohortId: _id, ...rest }) => rest)).toEqual([
      {
        name: 'Cohort 2026A',
        startups: 4,
        incubated: 2,
        milestonesVerified: 3,
        milestonesTotal: 5,
        capital: String(26n * BN),
      },
      {
        name: 'Cohort 2027',
        startups: 2,
        incubated: 2,
        milestonesVerified: 0,
        milestonesTotal: 1,
        capital: String(4n * BN),
      },
      { name: null, startups: 2, incubated: 0, milestonesVerified: 0, milestonesTotal: 0, capital: '0' },
    ]);
    expect(kpi.milestones).toEqual({ verified: 3, total: 6, completionBp: 5000 });
  });

  it("reports the fund's state share, cash and each holding's stake against the 49% caps", async () => {
    const kpi = await dashboard();
    expect(kpi.fundCompliance).toEqual([
      {
        name: 'Hanoi Venture Fund',
        charterCapital: String(100n * BN),
        stateCommitted: String(40n * BN),
        privateCommitted: String(60n * BN),
        stateShareBp: 4000,
        charterCapBp: 4900,
        paidIn: String(50n * BN),
        invested: String(15n * BN),
        available: String(35n * BN),
        stakeCapBp: 4900,
        holdings: 2,
        holdingsNearCap: 0,
        holdingsOverCap: 0,
        stakes: [
          // 5 / (20 + 8) = 17.857%; 10 / (100 + 18) = 8.474% (Gamma's earlier round had no fund money).
          { startupName: 'Alpha', stakeBp: 1785, capBp: 4900, invested: String(5n * BN) },
          { startupName: 'Gamma', stakeBp: 847, capBp: 4900, invested: String(10n * BN) },
        ],
      },
    ]);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const result = await t.gql(HEADLINE, { from: '2027-01-01', to: '2026-01-01' }, board);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('from');
  });
});

describe('KPI targets', () => {
  const UPDATE = `mutation($metric: KpiMetric!, $yearly: [String!]!) {
    updateKpiTarget(metric: $metric, yearly: $yearly) { metric total yearly { year amount } } }`;

  it('starts every database with the center’s targets: 200 startups and VND 500 billion, planned per year', async () => {
    const kpi = await dashboard();
    for (const target of kpi.targets) {
      const plan = SEEDED_TARGETS[target.metric as keyof typeof SEEDED_TARGETS];
      expect(target.total).toBe(plan.total.toString());
      expect(target.yearly.map((y) => y.amount)).toEqual(plan.yearly.map(String));
      expect(target.yearly.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    }
  });

  it('lets the board read but not change targets (FORBIDDEN)', async () => {
    const result = await t.gql(UPDATE, { metric: 'STARTUPS_INCUBATED', yearly: ['1', '1', '1', '1', '1'] }, board);
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('refuses a plan without five whole yearly figures with BAD_USER_INPUT on yearly, writing nothing', async () => {
    const admin = await t.loginAs('ADMIN');
    for (const yearly of [
      ['10', '10', '10', '10'],
      ['10', '10', '-1', '10', '10'],
      ['10', '10', '1.5', '10', '10'],
    ]) {
      const result = await t.gql(UPDATE, { metric: 'STARTUPS_INCUBATED', yearly }, admin);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe('yearly');
    }
    expect((await dashboard()).startupsIncubated.target).toBe(200);
  });

  it('lets ADMIN replace a plan: audited, and the dashboard follows at once', async () => {
    const admin = await t.loginAs('ADMIN');
    await dashboard(); // cached
    const result = await t.gql<{ updateKpiTarget: { total: string } }>(
      UPDATE,
      { metric: 'STARTUPS_INCUBATED', yearly: ['25', '35', '45', '50', '55'] },
      admin,
    );
    expect(result.data?.updateKpiTarget.total).toBe('210');
    const kpi = await dashboard();
    expect(kpi.startupsIncubated.target).toBe(210);
    expect(kpi.byYear[0]!.startupsPlan).toBe(25);
    const client = new pg.Client({ connectionString: t.database.url });
    await client.connect();
    try {
      const audit = await client.query(
        `select actor_email, before, after from audit_log where action = 'kpi.target_updated' and entity_id = 'STARTUPS_INCUBATED'`,
      );
      expect(audit.rows).toHaveLength(1);
      expect(audit.rows[0].actor_email).toBe('admin@launchpad.test');
      expect(audit.rows[0].before.yearly['2026']).toBe('20');
      expect(audit.rows[0].after.yearly['2026']).toBe('25');
    } finally {
      await client.end();
    }
    await t.gql(UPDATE, { metric: 'STARTUPS_INCUBATED', yearly: ['20', '30', '40', '50', '60'] }, admin);
  });
});

describe('KPI access and freshness', () => {
  it('refuses the board figures to a founder (FORBIDDEN) and to anonymous callers (UNAUTHENTICATED)', async () => {
    expect(errorCode(await t.gql(HEADLINE, {}, await t.loginAs('FOUNDER')))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(HEADLINE, {}, await t.loginAs('INCUBATOR_MANAGER')))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(HEADLINE, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(`{ kpiTargets { metric } }`, {}, await t.loginAs('FOUNDER')))).toBe('FORBIDDEN');
  });

  it('gives anyone the public summary: totals against targets and nothing else', async () => {
    const result = await t.gql<{ publicKpiSummary: Record<string, unknown> }>(
      `{ publicKpiSummary { from to asOf startupsIncubated { actual target percentBp } capitalMobilized { actual target percentBp } } }`,
    );
    expect(result.data?.publicKpiSummary).toMatchObject({
      from: '2026-01-01',
      to: '2030-12-31',
      startupsIncubated: { actual: 4, target: 200, percentBp: 200 },
      capitalMobilized: { actual: String(30n * BN), target: String(500n * BN), percentBp: 600 },
    });
    const type = await t.gql<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "PublicKpiSummary") { fields { name } } }`,
    );
    expect(type.data?.__type.fields.map((f) => f.name).sort()).toEqual([
      'asOf',
      'capitalMobilized',
      'from',
      'startupsIncubated',
      'to',
    ]);
    // Nothing private is reachable from it.
    const probe = await t.gql(`{ publicKpiSummary { fundCompliance { name } } }`);
    expect(errorCode(probe)).toBe('BAD_USER_INPUT');
  });

  it('serves a repeated dashboard from the cache without touching the KPI tables', async () => {
    await dashboard();
    t.queries.length = 0;
    await dashboard();
    // Only the session lookup of the request's token.
    expect(t.queries.filter((sql) => !/from sessions/.test(sql))).toEqual([]);
  });

  it("recomputes the fund's compliance after a round, though a stage move leaves it cached", async () => {
    const fundManager = await t.loginAs('FUND_MANAGER');
    const decisionId = await approvedDecision(t, fundManager, {
      fundId: ids.fund!,
      startupId: ids.Delta!,
      amount: String(2n * BN),
    });
    const before = (await dashboard()).fundCompliance[0]!;
    const round = await t.gql(
      `mutation($i: RecordFundingRoundInput!) { recordFundingRound(input: $i) { id } }`,
      {
        i: {
          startupId: ids.Delta,
          date: '2027-06-01',
          preMoney: String(20n * BN),
          participations: [{ fundId: ids.fund, amount: String(2n * BN), decisionId }],
        },
      },
      fundManager,
    );
    expect(round.errors).toBeUndefined();
    const after = await dashboard();
    expect(after.fundCompliance[0]!.invested).toBe(String(BigInt(before.invested as string) + 2n * BN));
    expect(after.fundCompliance[0]!.holdings).toBe(3);
    expect(after.capitalBySource[0]).toEqual({ source: 'FUND', amount: String(17n * BN) });
  });

  it('shows a stage move made through the API on the next read (the cache follows writes)', async () => {
    const before = (await dashboard()).startupsIncubated.actual;
    const manager = await t.loginAs('INCUBATOR_MANAGER');
    const move = await t.gql(
      `mutation($id: ID!) { moveStartup(id: $id, to: INCUBATION) { stage } }`,
      { id: ids.Hotel },
      manager,
    );
    expect(move.errors).toBeUndefined();
    const after = await dashboard();
    expect(after.startupsIncubated.actual).toBe(before + 1);
    expect(after.funnel.find((row) => row.stage === 'INCUBATION')?.count).toBe(5);
  });
});
