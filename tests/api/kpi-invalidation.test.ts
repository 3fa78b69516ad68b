// The dashboard's cache keeps the parts a write cannot move (server/src/modules/kpi/live.ts, PARTS_MOVED_BY):
// after each kind of write, the dashboard served from the partly kept cache must equal one computed afresh,
// and each write below moves every part listed for it, so a list that forgot a part fails here. The per-startup
// figures the triggers keep (Migration20261203600000KpiStartupFacts) and the capital they keep per startup, day and
// source (Migration20261204600100KpiCapitalFacts) are checked against the base tables, the latter through the one
// definition of capital mobilized in @launchpad/shared. The fund's compliance, kept per startup between recomputes
// (fund-compliance.ts, KeptCompliance), must equal a replay of every startup after each write to a cap table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { CAPITAL_MOBILIZED_SQL as M } from '@launchpad/shared';
import { partsMovedBy } from '@launchpad/server/modules/kpi/live';
import { createTestApp, type TestApp } from '../support/app';
import { approvedDecision } from '../support/deals';

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
  fundCompliance { fundId name paidIn invested available holdings holdingsNearCap holdingsOverCap
                   stakes { startupId startupName stakeBp capBp invested } }
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

/** Rows where the kept capital differs from a recount by the shared definition (amounts, sector or cohort). */
async function capitalDrift() {
  const drift = await db.query(
    `with base as (
       select ${M.startup} as startup_id, ${M.day} as day, ${M.source} as source, sum(${M.amount}) as amount
         from ${M.from} group by 1, 2, 3)
     select coalesce(b.startup_id, f.startup_id) as startup_id, coalesce(b.day, f.day)::text as day,
            coalesce(b.source, f.source)::text as source, b.amount::text as counted, f.amount::text as kept
       from base b
       full join kpi_capital_facts f on f.startup_id = b.startup_id and f.day = b.day and f.source = b.source
       left join startups s on s.id = coalesce(b.startup_id, f.startup_id)
      where b.amount is distinct from f.amount or f.sector is distinct from s.sector
         or f.cohort_id is distinct from s.cohort_id`,
  );
  return drift.rows;
}

async function hanoiToday(): Promise<string> {
  return (await db.query<{ d: string }>(`select (now() at time zone 'Asia/Ho_Chi_Minh')::date::text as d`)).rows[0]!.d;
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
    expect(await capitalDrift()).toEqual([]);
  });
});

describe('capital mobilized kept per startup, day and source', () => {
  const ROUND = `mutation($s: ID!, $d: Date!, $kind: HolderKind!, $amount: VND!) {
    recordFundingRound(input: { startupId: $s, date: $d, preMoney: "5000000000",
      participations: [{ investorName: "Nhà đầu tư đo lường", kind: $kind, amount: $amount }] }) { id } }`;
  const yearRow = (d: Dashboard, year: number) =>
    (d.byYear as { year: number; capitalMobilized: string }[]).find((row) => row.year === year)!;
  const bySource = (d: Dashboard, source: string) =>
    BigInt((d.capitalBySource as { source: string; amount: string }[]).find((row) => row.source === source)!.amount);
  const actual = (d: Dashboard) => BigInt((d.capitalMobilized as { actual: string }).actual);
  const kept = async (startupId: string) =>
    (
      await db.query<{ day: string; source: string; amount: string }>(
        `select day::text, source::text, amount::text from kpi_capital_facts where startup_id = $1 order by day, source`,
        [startupId],
      )
    ).rows;

  it('follows a recorded and a backdated round, a failed write rolled back and a deleted round', async () => {
    const today = await hanoiToday();
    const sector = (await db.query<{ code: string }>(`select code from sectors order by code limit 1`)).rows[0]!.code;
    const created = await mutate<{ createStartup: { id: string } }>(
      `mutation($sector: String!) { createStartup(input: { name: "Khởi nghiệp vốn huy động", sector: $sector }) { id } }`,
      { sector },
    );
    const startupId = created.createStartup.id;
    // A round recorded today for an earlier day (rounds of one startup go in date order, so the backdated one first).
    const backdated = (
      await db.query<{ d: string }>(`select greatest($1::date - 100, date '2026-01-01')::text as d`, [today])
    ).rows[0]!.d;
    const backdatedYear = Number(backdated.slice(0, 4));

    let step = await afterWrite(() =>
      mutate(ROUND, { s: startupId, d: backdated, kind: 'PRIVATE', amount: '1000000007' }),
    );
    expect(actual(step.after) - actual(step.before)).toBe(1_000_000_007n);
    expect(BigInt(yearRow(step.after, backdatedYear).capitalMobilized)).toBe(
      BigInt(yearRow(step.before, backdatedYear).capitalMobilized) + 1_000_000_007n,
    );
    expect(await kept(startupId)).toEqual([{ day: backdated, source: 'PRIVATE', amount: '1000000007' }]);

    // Recorded today from another fund: its source moves, to the dong.
    step = await afterWrite(() => mutate(ROUND, { s: startupId, d: today, kind: 'OTHER_FUND', amount: '2000000003' }));
    expect(bySource(step.after, 'OTHER_FUND') - bySource(step.before, 'OTHER_FUND')).toBe(2_000_000_003n);
    expect(bySource(step.after, 'PRIVATE')).toBe(bySource(step.before, 'PRIVATE'));
    expect(await capitalDrift()).toEqual([]);

    // A refused round (out of date order) writes nothing.
    const refused = await t.gql(ROUND, { s: startupId, d: backdated, kind: 'PRIVATE', amount: '5' }, admin);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // A write that fails after its rows went in: the facts the triggers wrote roll back with it.
    const keptBefore = await kept(startupId);
    await db.query('begin');
    try {
      const round = await db.query<{ id: string }>(
        `insert into funding_rounds (id, startup_id, date, instrument, pre_money, raised, created_at)
         values (gen_random_uuid(), $1, $2, 'EQUITY', 1, 9000000000, now()) returning id`,
        [startupId, today],
      );
      await db.query(
        `insert into round_participations (id, round_id, kind, investor_name, amount)
         values (gen_random_uuid(), $1, 'PRIVATE', 'Giao dịch bị hủy', 9000000000)`,
        [round.rows[0]!.id],
      );
      expect(await kept(startupId)).toContainEqual({ day: today, source: 'PRIVATE', amount: '9000000000' });
      await expect(
        db.query(
          `insert into round_participations (id, round_id, kind, investor_name, amount)
           values (gen_random_uuid(), $1, 'PRIVATE', 'Số tiền âm', -1)`,
          [round.rows[0]!.id],
        ),
      ).rejects.toThrow(/round_participations_amount_check/);
    } finally {
      await db.query('rollback');
    }
    expect(await kept(startupId)).toEqual(keptBefore);
    t.app.kpi.invalidate();
    expect(actual(await dashboard())).toBe(actual(step.after));

    // An operator corrects the ledger: a round moved to another day, then one deleted (its participations go with it).
    const rounds = (
      await db.query<{ id: string; date: string }>(
        `select id, date::text from funding_rounds where startup_id = $1 order by date`,
        [startupId],
      )
    ).rows;
    const moved = (await db.query<{ d: string }>(`select ($1::date + 1)::text as d`, [backdated])).rows[0]!.d;
    await db.query(`update funding_rounds set date = $2 where id = $1`, [rounds[0]!.id, moved]);
    expect(await kept(startupId)).toEqual([
      { day: moved, source: 'PRIVATE', amount: '1000000007' },
      { day: today, source: 'OTHER_FUND', amount: '2000000003' },
    ]);
    await db.query(`delete from funding_rounds where id = $1`, [rounds[1]!.id]);
    expect(await kept(startupId)).toEqual([{ day: moved, source: 'PRIVATE', amount: '1000000007' }]);
    t.app.kpi.invalidate();
    const afterDelete = await dashboard();
    expect(actual(afterDelete)).toBe(actual(step.after) - 2_000_000_003n);
    expect(bySource(afterDelete, 'OTHER_FUND')).toBe(bySource(step.before, 'OTHER_FUND'));
    expect(await capitalDrift()).toEqual([]);
  });
});

describe('fund compliance kept per startup', () => {
  interface Compliance {
    fundId: string;
    paidIn: string;
    invested: string;
    holdings: number;
    stakes: { startupId: string; startupName: string; stakeBp: number; invested: string }[];
  }
  const fundRow = (d: Dashboard, fundId: string) =>
    (d.fundCompliance as Compliance[]).find((row) => row.fundId === fundId)!;
  const stakeIn = (d: Dashboard, fundId: string, startupId: string) =>
    fundRow(d, fundId).stakes.find((stake) => stake.startupId === startupId);
  const ROUND = `mutation($i: RecordFundingRoundInput!) { recordFundingRound(input: $i) { id } }`;
  const EXIT = `mutation($i: RecordExitInput!) { recordExit(input: $i) { id } }`;

  /** The day of the startup's latest round or exit: a round dated then is backdated but still in order. */
  const latestEvent = async (startupId: string) =>
    (
      await db.query<{ d: string }>(
        `select greatest((select max(date) from funding_rounds where startup_id = $1),
                         (select max(date) from fund_exits where startup_id = $1))::text as d`,
        [startupId],
      )
    ).rows[0]!.d;

  /** Holdings not exited, counted from the ledger's rows rather than by the replay. */
  const heldInLedger = async (fundId: string) =>
    Number(
      (
        await db.query<{ n: string }>(
          `select count(distinct r.startup_id)::text as n from round_participations p
             join funding_rounds r on r.id = p.round_id
            where p.fund_id = $1 and not exists (select 1 from fund_exits e
                    where e.fund_id = p.fund_id and e.startup_id = r.startup_id and e.kind = 'EXIT')`,
          [fundId],
        )
      ).rows[0]!.n,
    );

  it('equals a replay of every startup after rounds, a pay-in, a valuation, an exit, a write-off and rollbacks', async () => {
    const today = await hanoiToday();
    const start = await dashboard();
    const fund = (start.fundCompliance as Compliance[]).find((row) => row.stakes.length >= 3);
    expect(fund, 'the demo data has a fund with three holdings or more').toBeDefined();
    const fundId = fund!.fundId;
    const [largest, second, third] = fund!.stakes.map((stake) => stake.startupId);

    // A pay-in: the fund's paid-in capital (and room to invest below).
    const commitment = (
      await db.query<{ id: string }>(
        `select id from commitments where fund_id = $1 and amount > paid_in order by amount - paid_in desc limit 1`,
        [fundId],
      )
    ).rows[0];
    expect(commitment, 'a commitment with capital still to pay in').toBeDefined();
    let step = await afterWrite(() =>
      mutate(`mutation($i: PayInCapitalInput!) { payInCapital(input: $i) { id } }`, {
        i: { commitmentId: commitment!.id, amount: '3000000' },
      }),
    );
    expect(BigInt(fundRow(step.after, fundId).paidIn)).toBe(BigInt(fundRow(step.before, fundId).paidIn) + 3_000_000n);

    // A private round today in the fund's largest holding dilutes its stake.
    step = await afterWrite(() =>
      mutate(ROUND, {
        i: {
          startupId: largest,
          date: today,
          preMoney: '900000000000',
          participations: [{ investorName: 'Quỹ pha loãng', kind: 'PRIVATE', amount: '300000000000' }],
        },
      }),
    );
    expect(stakeIn(step.after, fundId, largest!)?.stakeBp ?? 0).toBeLessThan(
      stakeIn(step.before, fundId, largest!)!.stakeBp,
    );

    // A backdated round (dated on the startup's latest event, before today) in which the fund invests more.
    const backdated = await latestEvent(second!);
    const moreDecision = await approvedDecision(t, admin, { fundId, startupId: second!, amount: '1000000' });
    step = await afterWrite(() =>
      mutate(ROUND, {
        i: {
          startupId: second,
          date: backdated,
          preMoney: '100000000000',
          participations: [{ fundId, amount: '1000000', decisionId: moreDecision }],
        },
      }),
    );
    expect(BigInt(stakeIn(step.after, fundId, second!)!.invested)).toBe(
      BigInt(stakeIn(step.before, fundId, second!)!.invested) + 1_000_000n,
    );

    // A first investment in a new startup: one holding more.
    const sector = (await db.query<{ code: string }>(`select code from sectors order by code limit 1`)).rows[0]!.code;
    const created = await mutate<{ createStartup: { id: string } }>(
      `mutation($sector: String!) { createStartup(input: { name: "Khởi nghiệp tuân thủ", sector: $sector }) { id } }`,
      { sector },
    );
    const newcomer = created.createStartup.id;
    const firstDecision = await approvedDecision(t, admin, { fundId, startupId: newcomer, amount: '2000000' });
    step = await afterWrite(() =>
      mutate(ROUND, {
        i: {
          startupId: newcomer,
          date: today,
          preMoney: '8000000',
          participations: [{ fundId, amount: '2000000', decisionId: firstDecision }],
        },
      }),
    );
    expect(fundRow(step.after, fundId).holdings).toBe(fundRow(step.before, fundId).holdings + 1);
    expect(stakeIn(step.after, fundId, newcomer)).toMatchObject({ stakeBp: 2000, invested: '2000000' });

    // A valuation moves no compliance figure.
    step = await afterWrite(() =>
      mutate(`mutation($i: RecordValuationInput!) { recordValuation(input: $i) { id } }`, {
        i: { fundId, startupId: third, date: today, value: '1' },
      }),
    );
    expect(step.after.fundCompliance).toEqual(step.before.fundCompliance);

    // An exit: the holding leaves the count and the largest stakes.
    step = await afterWrite(() =>
      mutate(EXIT, { i: { fundId, startupId: newcomer, date: today, kind: 'EXIT', proceeds: '2500000' } }),
    );
    expect(fundRow(step.after, fundId).holdings).toBe(fundRow(step.before, fundId).holdings - 1);
    expect(stakeIn(step.after, fundId, newcomer)).toBeUndefined();

    // A write-off: still held (at no value), with its stake.
    step = await afterWrite(() =>
      mutate(EXIT, { i: { fundId, startupId: third, date: today, kind: 'WRITE_OFF', proceeds: '0' } }),
    );
    expect(fundRow(step.after, fundId).holdings).toBe(fundRow(step.before, fundId).holdings);

    // A refused round (before the startup's latest event) and a transaction rolled back change nothing.
    step = await afterWrite(async () => {
      const refused = await t.gql(
        ROUND,
        {
          i: {
            startupId: largest,
            date: '2026-01-01',
            preMoney: '1000',
            participations: [{ investorName: 'Quá hạn', kind: 'PRIVATE', amount: '1000' }],
          },
        },
        admin,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      await db.query('begin');
      try {
        await db.query(`delete from fund_exits where startup_id = $1`, [newcomer]);
      } finally {
        await db.query('rollback');
      }
    });
    expect(step.after.fundCompliance).toEqual(step.before.fundCompliance);

    expect(fundRow(step.after, fundId).holdings).toBe(await heldInLedger(fundId));
    const stakes = fundRow(step.after, fundId).stakes.map((stake) => stake.stakeBp);
    expect(stakes).toEqual([...stakes].sort((a, b) => b - a));
  });
});
