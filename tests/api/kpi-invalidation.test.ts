// The dashboard's cache keeps the parts a write cannot move (server/src/modules/kpi/live.ts, PARTS_MOVED_BY):
// after each kind of write, the dashboard served from the partly kept cache must equal one computed afresh,
// and each write below moves every part listed for it, so a list that forgot a part fails here. The per-startup
// figures the triggers keep (Migration20261203600000KpiStartupFacts) are checked against the base tables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { partsMovedBy } from '@launchpad/server/modules/kpi/live';
import { createTestApp, type TestApp } from '../support/app';

const DASHBOARD = `{ kpiDashboard {
  startupsIncubated { actual target planToDate percentBp onPlan }
  capitalMobilized { actual target planToDate percentBp onPlan }
  capitalBySource { source amount }
  privateCommittedToFund
  byYear { year startupsIncubated startupsPlan startupsCumulative startupsPlanCumulative
           capitalMobilized capitalPlan capitalCumulative capitalPlanCumulative }
  funnel { stage count }
  bySector { sector nameVi nameEn startups incubated capital }
  byCohort { cohortId name startups incubated milestonesVerified milestonesTotal capital }
  milestones { verified total completionBp }
  fundCompliance { name paidIn invested available holdings holdingsNearCap holdingsOverCap
                   stakes { startupName stakeBp capBp invested } }
  projections {
    startupsIncubated { actualToDate target projectedTotal metInYear shortfall }
    capitalMobilized { actualToDate target projectedTotal metInYear shortfall }
  }
  targets { metric total yearly { year amount } }
} }`;

type Dashboard = Record<string, unknown>;

let t: TestApp;
let admin: string;
let db: pg.Client;

async function dashboard(): Promise<Dashboard> {
  const r = await t.gql<{ kpiDashboard: Dashboard }>(DASHBOARD, {}, admin);
  expect(r.errors).toBeUndefined();
  return r.data!.kpiDashboard;
}

async function mutate<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) {
  const r = await t.gql<T>(query, variables, admin);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

/**
 * Reads the dashboard (filling the cache), runs the write, then checks the answer from the partly kept cache
 * against a dashboard computed from nothing; returns the figures before and after, for the caller to check
 * what moved.
 */
async function afterWrite(write: () => Promise<unknown>) {
  const before = await dashboard();
  await write();
  const cached = await dashboard();
  t.app.kpi.invalidate();
  const fresh = await dashboard();
  expect(cached).toEqual(fresh);
  return { before, after: fresh };
}

const sectorRow = (d: Dashboard, sector: string) =>
  (d.bySector as { sector: string }[]).find((row) => row.sector === sector);
const cohortRow = (d: Dashboard, cohortId: string) =>
  (d.byCohort as { cohortId: string }[]).find((row) => row.cohortId === cohortId);

beforeAll(async () => {
  t = await createTestApp({ seed: 'demo' });
  admin = await t.loginAs('ADMIN');
  db = new pg.Client({ connectionString: t.database.url });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await t?.close();
});

describe('the parts a write moves', () => {
  it('an unknown or unnamed change moves every part; known ones only theirs', () => {
    const every = ['targets', 'stages', 'startups', 'incubation', 'capital', 'milestones', 'private', 'compliance'];
    expect([...partsMovedBy('')].sort()).toEqual([...every].sort());
    expect([...partsMovedBy('updateKpiTarget,someNewMutation')].sort()).toEqual([...every].sort());
    expect([...partsMovedBy('toString')].sort()).toEqual([...every].sort());
    expect([...partsMovedBy('updateKpiTarget,verifyMilestone')].sort()).toEqual(['milestones', 'targets']);
  });

  it('every kind of write leaves the dashboard equal to one computed afresh, and moves what it should', async () => {
    const [cohortA, cohortB] = (
      await db.query<{ id: string }>(`select id from cohorts order by start_date, name limit 2`)
    ).rows.map((row) => row.id);
    expect(cohortB).toBeDefined();

    // A target change moves the targets and the plan figures only.
    let step = await afterWrite(() =>
      mutate(
        `mutation { updateKpiTarget(metric: STARTUPS_INCUBATED, yearly: ["11", "22", "33", "44", "55"]) { total } }`,
      ),
    );
    expect(step.after.targets).not.toEqual(step.before.targets);

    // A new sector and a startup in it: the funnel and the sector rows.
    step = await afterWrite(() =>
      mutate(`mutation { createSector(input: { code: "kpi-cache", nameVi: "Bộ nhớ đệm", nameEn: "Cache" }) { code } }`),
    );
    let startupId = '';
    step = await afterWrite(async () => {
      const created = await mutate<{ createStartup: { id: string } }>(
        `mutation { createStartup(input: { name: "Khởi nghiệp bộ nhớ đệm", sector: "kpi-cache" }) { id } }`,
      );
      startupId = created.createStartup.id;
    });
    expect(step.after.funnel).not.toEqual(step.before.funnel);
    expect(sectorRow(step.after, 'kpi-cache')).toMatchObject({ startups: 1, incubated: 0, nameVi: 'Bộ nhớ đệm' });

    // A sector renamed: its row's names.
    step = await afterWrite(() =>
      mutate(`mutation { renameSector(code: "kpi-cache", input: { nameVi: "Đệm", nameEn: "Buffer" }) { code } }`),
    );
    expect(sectorRow(step.after, 'kpi-cache')).toMatchObject({ nameVi: 'Đệm', nameEn: 'Buffer' });

    // Into a cohort, then a first move into INCUBATION: the cohort's count, then the funnel and incubations.
    step = await afterWrite(() =>
      mutate(`mutation($s: ID!, $c: ID) { assignStartupToCohort(startupId: $s, cohortId: $c) { id } }`, {
        s: startupId,
        c: cohortA,
      }),
    );
    expect(cohortRow(step.after, cohortA!)).not.toEqual(cohortRow(step.before, cohortA!));
    step = await afterWrite(() =>
      mutate(`mutation($s: ID!) { moveStartup(id: $s, to: INCUBATION) { stage } }`, { s: startupId }),
    );
    expect(step.after.funnel).not.toEqual(step.before.funnel);
    expect(step.after.startupsIncubated).not.toEqual(step.before.startupsIncubated);
    expect(sectorRow(step.after, 'kpi-cache')).toMatchObject({ incubated: 1 });

    // Milestones: created, done, verified, then back to DONE.
    let milestoneId = '';
    step = await afterWrite(async () => {
      const created = await mutate<{ createMilestone: { id: string } }>(
        `mutation($s: ID!) { createMilestone(input: { startupId: $s, kind: MVP, title: "MVP" }) { id } }`,
        { s: startupId },
      );
      milestoneId = created.createMilestone.id;
    });
    expect(step.after.milestones).not.toEqual(step.before.milestones);
    await afterWrite(() =>
      mutate(
        `mutation($m: ID!) { updateMilestone(id: $m, input: { status: DONE, evidenceText: "Bản chạy thử" }) { id } }`,
        {
          m: milestoneId,
        },
      ),
    );
    step = await afterWrite(() => mutate(`mutation($m: ID!) { verifyMilestone(id: $m) { id } }`, { m: milestoneId }));
    expect(step.after.milestones).not.toEqual(step.before.milestones);

    // A round with a private co-investor, dated today: capital mobilized.
    const today = (await db.query<{ d: string }>(`select (now() at time zone 'Asia/Ho_Chi_Minh')::date::text as d`))
      .rows[0]!.d;
    step = await afterWrite(() =>
      mutate(
        `mutation($s: ID!, $d: Date!) { recordFundingRound(input: { startupId: $s, date: $d, preMoney: "8000000000",
           participations: [{ investorName: "Nhà đầu tư thiên thần", kind: PRIVATE, amount: "2000000000" }] }) { id } }`,
        { s: startupId, d: today },
      ),
    );
    expect(step.after.capitalMobilized).not.toEqual(step.before.capitalMobilized);

    // Moved to another cohort: its incubation, milestones and capital move with it.
    step = await afterWrite(() =>
      mutate(`mutation($s: ID!, $c: ID) { assignStartupToCohort(startupId: $s, cohortId: $c) { id } }`, {
        s: startupId,
        c: cohortB,
      }),
    );
    const [beforeB, afterB] = [cohortRow(step.before, cohortB!), cohortRow(step.after, cohortB!)] as Record<
      string,
      number | string
    >[];
    expect(Number(afterB!.startups)).toBe(Number(beforeB!.startups) + 1);
    expect(Number(afterB!.incubated)).toBe(Number(beforeB!.incubated) + 1);
    expect(Number(afterB!.milestonesVerified)).toBe(Number(beforeB!.milestonesVerified) + 1);
    expect(BigInt(afterB!.capital!)).toBe(BigInt(beforeB!.capital!) + 2_000_000_000n);

    // A cohort renamed: the by-cohort names.
    step = await afterWrite(async () => {
      const cohort = (
        await db.query<{ start_date: string; end_date: string }>(
          `select start_date::text, end_date::text from cohorts where id = $1`,
          [cohortB],
        )
      ).rows[0]!;
      await mutate(
        `mutation($c: ID!, $from: Date!, $to: Date!) { updateCohort(id: $c, input: { name: "Khóa đổi tên", startDate: $from, endDate: $to }) { id } }`,
        { c: cohortB, from: cohort.start_date, to: cohort.end_date },
      );
    });
    expect(cohortRow(step.after, cohortB!)).toMatchObject({ name: 'Khóa đổi tên' });

    // A round in a startup the fund holds dilutes the fund's stake: the fund's compliance.
    const held = (
      await db.query<{ startup_id: string }>(
        `select r.startup_id from round_participations p join funding_rounds r on r.id = p.round_id
          where p.kind = 'FUND' order by r.date desc limit 1`,
      )
    ).rows[0]!.startup_id;
    step = await afterWrite(() =>
      mutate(
        `mutation($s: ID!, $d: Date!) { recordFundingRound(input: { startupId: $s, date: $d, preMoney: "900000000000",
           participations: [{ investorName: "Quỹ ngoại", kind: PRIVATE, amount: "300000000000" }] }) { id } }`,
        { s: held, d: today },
      ),
    );
    expect(step.after.fundCompliance).not.toEqual(step.before.fundCompliance);

    // Back from VERIFIED: the counts the trigger keeps go down again.
    step = await afterWrite(() =>
      mutate(`mutation($m: ID!) { updateMilestone(id: $m, input: { status: IN_PROGRESS }) { id } }`, {
        m: milestoneId,
      }),
    );
    expect(step.after.milestones).not.toEqual(step.before.milestones);

    // The figures kept on the startup rows equal a recount from the base tables.
    const drift = await db.query(
      `select s.id from startups s
        where s.first_incubated_on is distinct from (select (min(m."at") at time zone 'Asia/Ho_Chi_Minh')::date
                from stage_moves m where m.startup_id = s.id and m.to_stage = 'INCUBATION')
           or s.milestones_total <> (select count(*) from milestones m where m.startup_id = s.id)
           or s.milestones_verified <> (select count(*) from milestones m where m.startup_id = s.id and m.status = 'VERIFIED')`,
    );
    expect(drift.rows).toEqual([]);
  });
});
