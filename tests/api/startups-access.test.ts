// The public application flow, selection into a startup, founder invitations and founder scoping;
// the query count of a startup page; bad input that writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../support/app';

const CHALLENGE = `mutation($i: ChallengeInput!) { createChallenge(input: $i) { id status rubric { id name weight } } }`;
const PUBLISH = 'mutation($id: ID!) { publishChallenge(id: $id) { id status } }';
const SUBMIT = 'mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id teamName } }';
const SCORE =
  'mutation($a: ID!, $s: [CriterionScoreInput!]!) { scoreApplication(applicationId: $a, scores: $s) { id score { total complete } } }';
const RANKING = `query($c: ID!) { applicationRanking(challengeId: $c) { rank application { id teamName } score { total parts { criterion { name } weight averageScore contribution } } } }`;
const SELECT = `mutation($a: ID!) { selectApplication(applicationId: $a) {
  startup { id name stage challenge { id } application { id } } invitation { token email } } }`;
const ACCEPT = `mutation($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, displayName: $n, password: $p) { token user { email role } } }`;
const MILESTONE = 'mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { id status } }';
const UPDATE_MILESTONE =
  'mutation($id: ID!, $i: UpdateMilestoneInput!) { updateMilestone(id: $id, input: $i) { id status } }';
const REPORT = 'mutation($i: SubmitMetricReportInput!) { submitMetricReport(input: $i) { id period revenue } }';
const CHECKLIST = 'mutation($i: UpdateChecklistItemInput!) { updateChecklistItem(input: $i) { kind done } }';

const challengeInput = (deadline = '2099-12-31') => ({
  title: 'Giảm ùn tắc giờ cao điểm tại nút giao Ngã Tư Sở',
  sponsorName: 'Sở Giao thông Vận tải Hà Nội',
  sponsorKind: 'PUBLIC_BODY',
  sector: 'Giao thông thông minh',
  description: 'Điều khiển đèn tín hiệu thích ứng theo lưu lượng.',
  expectedOutcome: 'Giảm 15% thời gian chờ.',
  rubric: [
    { name: 'Tác động', weight: 3 },
    { name: 'Khả thi', weight: 1 },
  ],
  deadline,
});

const application = (challengeId: string, teamName: string, contactEmail: string) => ({
  challengeId,
  teamName,
  members: [
    { name: 'Nguyễn Văn An', background: 'UNIVERSITY' },
    { name: 'Trần Thị Bình', background: 'OVERSEAS' },
  ],
  proposal: 'Hệ thống camera AI đếm phương tiện và điều chỉnh pha đèn theo thời gian thực.',
  contactEmail,
});

async function count(t: TestApp, table: string): Promise<number> {
  const [row] = await t.app.orm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from ${table}`);
  return Number(row?.n);
}

describe('from a public application to a founder who sees only their own startup', () => {
  let t: TestApp;
  let manager: string;
  let challengeId: string;
  let criteria: { id: string; name: string }[];
  const startups: Record<'A' | 'B', { id: string; token: string }> = {} as never;

  beforeAll(async () => {
    t = await createTestApp({ config: { RATE_LIMIT_APPLICATIONS_PER_MINUTE: '1000' } });
    manager = await t.loginAs('INCUBATOR_MANAGER');
    const created = await t.gql<{ createChallenge: { id: string; rubric: { id: string; name: string }[] } }>(
      CHALLENGE,
      { i: challengeInput() },
      manager,
    );
    expect(created.errors).toBeUndefined();
    challengeId = created.data!.createChallenge.id;
    criteria = created.data!.createChallenge.rubric;
  });
  afterAll(() => t.close());

  it('hides a DRAFT statement from the public and refuses applications to it', async () => {
    expect(
      (await t.gql<{ publishedChallenges: unknown[] }>('{ publishedChallenges { id } }')).data?.publishedChallenges,
    ).toEqual([]);
    expect((await t.gql(`query($id: ID!) { challenge(id: $id) { id } }`, { id: challengeId })).data).toEqual({
      challenge: null,
    });
    const refused = await t.gql(SUBMIT, { i: application(challengeId, 'Đội Sớm', 'som@example.vn') });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.field).toBe('challengeId');
  });

  it('lets anyone apply anonymously to a published statement', async () => {
    expect((await t.gql(PUBLISH, { id: challengeId }, manager)).errors).toBeUndefined();
    const published = await t.gql<{ challenge: { title: string; rubric: unknown[] } }>(
      `query($id: ID!) { challenge(id: $id) { title rubric { name weight } } }`,
      { id: challengeId },
    );
    expect(published.data?.challenge.rubric).toHaveLength(2);
    for (const [team, email] of [
      ['Đội Alpha', 'alpha@example.vn'],
      ['Đội Beta', 'beta@example.vn'],
    ] as const) {
      const result = await t.gql(SUBMIT, { i: application(challengeId, team, email) });
      expect(result.errors).toBeUndefined();
    }
  });

  it.each([
    ['teamName', { teamName: '   ' }],
    ['teamName', { teamName: 'x'.repeat(201) }],
    ['contactEmail', { contactEmail: 'not-an-email' }],
    ['members', { members: [] }],
    ['members[0].name', { members: [{ name: '', background: 'UNIVERSITY' }] }],
    ['proposal', { proposal: 'ngắn' }],
    ['challengeId', { challengeId: 'nope' }],
    ['teamName', { teamName: 'đội alpha' }],
  ])('refuses an application with a bad %s and writes nothing', async (field, patch) => {
    const before = await count(t, 'applications');
    const result = await t.gql(SUBMIT, {
      i: { ...application(challengeId, 'Đội Gamma', 'gamma@example.vn'), ...patch },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(await count(t, 'applications')).toBe(before);
  });

  it('refuses an unknown member background as BAD_USER_INPUT', async () => {
    const result = await t.gql(
      `mutation($c: ID!) { submitApplication(input: { challengeId: $c, teamName: "Đội Delta", contactEmail: "d@example.vn",
        proposal: "Một đề xuất đủ dài để được xem xét.", members: [{ name: "An", background: ALIEN }] }) { id } }`,
      { c: challengeId },
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('ranks applications by weighted score with its parts', async () => {
    const apps = await t.gql<{ applications: { id: string; teamName: string }[] }>(
      `query($c: ID!) { applications(challengeId: $c) { id teamName } }`,
      { c: challengeId },
      manager,
    );
    const [alpha, beta] = apps.data!.applications;
    const [impact, feasibility] = criteria;
    await t.gql(
      SCORE,
      {
        a: alpha!.id,
        s: [
          { criterionId: impact!.id, score: 6 },
          { criterionId: feasibility!.id, score: 10 },
        ],
      },
      manager,
    );
    await t.gql(
      SCORE,
      {
        a: beta!.id,
        s: [
          { criterionId: impact!.id, score: 9 },
          { criterionId: feasibility!.id, score: 5 },
        ],
      },
      manager,
    );
    const outOfRange = await t.gql(SCORE, { a: beta!.id, s: [{ criterionId: impact!.id, score: 11 }] }, manager);
    expect(errorCode(outOfRange)).toBe('BAD_USER_INPUT');
    expect(outOfRange.errors?.[0]?.extensions?.field).toBe('scores[0].score');
    const ranking = await t.gql<{
      applicationRanking: {
        rank: number;
        application: { teamName: string };
        score: { total: number; parts: { contribution: number }[] };
      }[];
    }>(RANKING, { c: challengeId }, manager);
    expect(ranking.data?.applicationRanking.map((r) => [r.rank, r.application.teamName, r.score.total])).toEqual([
      [1, 'Đội Beta', 8],
      [2, 'Đội Alpha', 7],
    ]);
    expect(ranking.data?.applicationRanking[0]?.score.parts.map((p) => p.contribution)).toEqual([6.75, 1.25]);
    expect(errorCode(await t.gql(RANKING, { c: challengeId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(RANKING, { c: challengeId }, await t.loginAs('FOUNDER')))).toBe('FORBIDDEN');
  });

  it('selects an application into a startup in CONNECTION and invites its contact as founder', async () => {
    const apps = await t.gql<{ applications: { id: string; teamName: string }[] }>(
      `query($c: ID!) { applications(challengeId: $c) { id teamName } }`,
      { c: challengeId },
      manager,
    );
    for (const [key, app] of [
      ['A', apps.data!.applications[0]!],
      ['B', apps.data!.applications[1]!],
    ] as const) {
      const result = await t.gql<{
        selectApplication: {
          startup: { id: string; stage: string; challenge: { id: string } };
          invitation: { token: string; email: string };
        };
      }>(SELECT, { a: app.id }, manager);
      expect(result.errors).toBeUndefined();
      expect(result.data?.selectApplication.startup).toMatchObject({
        stage: 'CONNECTION',
        challenge: { id: challengeId },
      });
      startups[key] = {
        id: result.data!.selectApplication.startup.id,
        token: result.data!.selectApplication.invitation.token,
      };
    }
    const again = await t.gql(SELECT, { a: apps.data!.applications[0]!.id }, manager);
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
  });

  let founderA: string;
  let founderB: string;
  it('lets each invited founder accept once and sign in', async () => {
    const a = await t.gql<{ acceptInvitation: { token: string; user: { email: string; role: string } } }>(ACCEPT, {
      t: startups.A.token,
      n: 'Nguyễn Văn An',
      p: 'mat-khau-an-toan-1',
    });
    expect(a.errors).toBeUndefined();
    expect(a.data?.acceptInvitation.user).toEqual({ email: 'alpha@example.vn', role: 'FOUNDER' });
    founderA = a.data!.acceptInvitation.token;
    const b = await t.gql<{ acceptInvitation: { token: string } }>(ACCEPT, {
      t: startups.B.token,
      n: 'Lê Văn Bình',
      p: 'mat-khau-an-toan-2',
    });
    founderB = b.data!.acceptInvitation.token;
    expect(errorCode(await t.gql(ACCEPT, { t: startups.A.token, n: 'Lại', p: 'mat-khau-an-toan-1' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await t.gql(ACCEPT, { t: 'unknown-token', n: 'X', p: 'mat-khau-an-toan-1' }))).toBe('NOT_FOUND');
  });

  it('shows a founder only their own startup', async () => {
    const list = await t.gql<{ startups: { totalCount: number; edges: { node: { id: string } }[] } }>(
      '{ startups { totalCount edges { node { id } } } }',
      {},
      founderA,
    );
    expect(list.data?.startups.totalCount).toBe(1);
    expect(list.data?.startups.edges.map((e) => e.node.id)).toEqual([startups.A.id]);
    const mine = await t.gql<{ startup: { founders: { email: string }[] } }>(
      `query($id: ID!) { startup(id: $id) { founders { email } } }`,
      { id: startups.A.id },
      founderA,
    );
    expect(mine.data?.startup.founders).toEqual([{ email: 'alpha@example.vn' }]);
    expect(
      errorCode(await t.gql(`query($id: ID!) { startup(id: $id) { id name } }`, { id: startups.B.id }, founderA)),
    ).toBe('FORBIDDEN');
  });

  it('refuses founder A on B’s milestones, reports, checklist and application, writing nothing', async () => {
    const own = await t.gql<{ createMilestone: { id: string } }>(
      MILESTONE,
      { i: { startupId: startups.A.id, kind: 'PROTOTYPE' } },
      founderA,
    );
    expect(own.errors).toBeUndefined();
    const bMilestone = await t.gql<{ createMilestone: { id: string } }>(
      MILESTONE,
      { i: { startupId: startups.B.id, kind: 'MVP' } },
      founderB,
    );
    const before = await Promise.all(
      ['milestones', 'metric_reports', 'checklist_items'].map((table) => count(t, table)),
    );
    expect(errorCode(await t.gql(MILESTONE, { i: { startupId: startups.B.id, kind: 'MVP' } }, founderA))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(
        await t.gql(UPDATE_MILESTONE, { id: bMilestone.data!.createMilestone.id, i: { status: 'DONE' } }, founderA),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(
          REPORT,
          { i: { startupId: startups.B.id, period: '2026-01', revenue: '1000', customers: 1, employees: 2 } },
          founderA,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(
          CHECKLIST,
          { i: { startupId: startups.B.id, kind: 'IP_FILING', doneDate: '2026-02-01' } },
          founderA,
        ),
      ),
    ).toBe('FORBIDDEN');
    const bApplication = await t.gql<{ startup: { application: { id: string } } }>(
      `query($id: ID!) { startup(id: $id) { application { id } } }`,
      { id: startups.B.id },
      manager,
    );
    expect(
      errorCode(
        await t.gql(
          `query($id: ID!) { application(id: $id) { proposal } }`,
          { id: bApplication.data!.startup.application.id },
          founderA,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await Promise.all(['milestones', 'metric_reports', 'checklist_items'].map((table) => count(t, table))),
    ).toEqual(before);
  });

  it('lets a founder update their own milestone but not verify it', async () => {
    const created = await t.gql<{ createMilestone: { id: string } }>(
      MILESTONE,
      { i: { startupId: startups.A.id, kind: 'MVP' } },
      founderA,
    );
    const id = created.data!.createMilestone.id;
    expect(
      (await t.gql(UPDATE_MILESTONE, { id, i: { status: 'DONE', evidenceUrl: 'https://example.vn/demo' } }, founderA))
        .errors,
    ).toBeUndefined();
    expect(errorCode(await t.gql(UPDATE_MILESTONE, { id, i: { status: 'VERIFIED' } }, founderA))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('mutation($id: ID!) { verifyMilestone(id: $id) { id } }', { id }, founderA))).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql('mutation($id: ID!) { verifyMilestone(id: $id) { status } }', { id }, manager)).data).toEqual({
      verifyMilestone: { status: 'VERIFIED' },
    });
    expect(errorCode(await t.gql(UPDATE_MILESTONE, { id, i: { title: 'Sửa' } }, founderA))).toBe('FORBIDDEN');
  });

  it('lets a founder submit their monthly metrics once per period', async () => {
    const ok = await t.gql(
      REPORT,
      { i: { startupId: startups.A.id, period: '2026-02', revenue: '150000000', customers: 12, employees: 4 } },
      founderA,
    );
    expect(ok.errors).toBeUndefined();
    const duplicate = await t.gql(
      REPORT,
      { i: { startupId: startups.A.id, period: '2026-02', revenue: '1', customers: 1, employees: 1 } },
      founderA,
    );
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    const badPeriod = await t.gql(
      REPORT,
      { i: { startupId: startups.A.id, period: '2026-13', revenue: '1', customers: 1, employees: 1 } },
      founderA,
    );
    expect(badPeriod.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    const negative = await t.gql(
      REPORT,
      { i: { startupId: startups.A.id, period: '2026-03', revenue: '1', customers: -1, employees: 1 } },
      founderA,
    );
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customers' });
    expect(await count(t, 'metric_reports')).toBe(1);
  });

  const STARTUP_FIELDS = `id stage cohort { id } createdAt enterpriseCode
    founders { email role displayName active }
    stageHistory { from to at reason by { email } }
    latestStageMove { to }
    milestones { kind status evidenceUrl verifiedAt verifiedBy { email } startupId createdAt pilot { partner } }
    metricReports { period revenue customers employees submittedAt submittedBy { email } }
    checklist { kind done doneDate }`;

  it('reads back the startup page exactly as it was written: milestones, metrics, checklist and history', async () => {
    const page = await t.gql<{ startup: Record<string, unknown> & { stageHistory: { at: string }[] } }>(
      `query($id: ID!) { startup(id: $id) { ${STARTUP_FIELDS} } }`,
      { id: startups.A.id },
      founderA,
    );
    expect(page.errors).toBeUndefined();
    // The page prefetches nested fields in its own statement; myStartups goes through the loaders: same answer.
    const mine = await t.gql<{ myStartups: unknown[] }>(`{ myStartups { ${STARTUP_FIELDS} } }`, {}, founderA);
    expect(mine.data?.myStartups).toEqual([page.data?.startup]);
    const list = await t.gql<{ startups: { edges: { node: unknown }[] } }>(
      `{ startups { edges { node { ${STARTUP_FIELDS} } } } }`,
      {},
      founderA,
    );
    expect(list.data?.startups.edges.map((edge) => edge.node)).toEqual([page.data?.startup]);
    const startup = page.data!.startup;
    expect(startup).toMatchObject({
      id: startups.A.id,
      stage: 'CONNECTION',
      cohort: null,
      enterpriseCode: null,
      founders: [{ email: 'alpha@example.vn', role: 'FOUNDER', displayName: 'Nguyễn Văn An', active: true }],
      stageHistory: [{ from: null, to: 'CONNECTION', by: { email: 'incubator@launchpad.test' } }],
      latestStageMove: { to: 'CONNECTION' },
      milestones: [
        { kind: 'PROTOTYPE', status: 'PLANNED', verifiedAt: null, verifiedBy: null, startupId: startups.A.id },
        {
          kind: 'MVP',
          status: 'VERIFIED',
          evidenceUrl: 'https://example.vn/demo',
          verifiedBy: { email: 'incubator@launchpad.test' },
          startupId: startups.A.id,
          pilot: null,
        },
      ],
      metricReports: [
        {
          period: '2026-02',
          revenue: '150000000',
          customers: 12,
          employees: 4,
          submittedBy: { email: 'alpha@example.vn' },
        },
      ],
    });
    const instants = [
      startup.createdAt,
      startup.stageHistory[0]!.at,
      (startup.milestones as { verifiedAt: string }[])[1]!.verifiedAt,
      (startup.milestones as { createdAt: string }[])[0]!.createdAt,
      (startup.metricReports as { submittedAt: string }[])[0]!.submittedAt,
    ] as string[];
    for (const value of instants) {
      expect(value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(Math.abs(Date.parse(value) - Date.now())).toBeLessThan(10 * 60_000);
    }
    expect(startup.checklist).toHaveLength(6);
    expect((startup.checklist as { done: boolean }[]).every((item) => !item.done)).toBe(true);
  });
});

describe('bad input writes nothing', () => {
  let t: TestApp;
  let manager: string;
  beforeAll(async () => {
    t = await createTestApp();
    manager = await t.loginAs('INCUBATOR_MANAGER');
  });
  afterAll(() => t.close());

  it.each([
    ['name', { name: '', sector: 'Y tế số' }],
    ['name', { name: 'x'.repeat(201), sector: 'Y tế số' }],
    ['sector', { name: 'Hợp lệ', sector: '   ' }],
    ['name', { name: 'Tên\u0000lạ', sector: 'Y tế số' }],
  ])('refuses a startup with a bad %s', async (field, input) => {
    const result = await t.gql(
      'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
      { i: input },
      manager,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(t, 'startups')).toBe(0);
    expect(await count(t, 'stage_moves')).toBe(0);
  });

  it('refuses a duplicate startup name, ignoring case', async () => {
    await t.gql(
      'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
      { i: { name: 'Y Tế Xanh', sector: 'Y tế số' } },
      manager,
    );
    const result = await t.gql(
      'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
      { i: { name: 'y tế xanh', sector: 'Y tế số' } },
      manager,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await count(t, 'startups')).toBe(1);
  });

  it.each([
    ['endDate', { name: 'Khóa X', startDate: '2026-06-01', endDate: '2026-01-01' }],
    ['startDate', { name: 'Khóa Y', startDate: '2026-02-30', endDate: '2026-06-01' }],
  ])('refuses a cohort with a bad %s', async (field, input) => {
    const result = await t.gql('mutation($i: CohortInput!) { createCohort(input: $i) { id } }', { i: input }, manager);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toMatch(/date/i);
    expect(await count(t, 'cohorts')).toBe(0);
    void field;
  });

  it('refuses a rubric with a zero weight or duplicate criteria', async () => {
    const zero = await t.gql(CHALLENGE, { i: { ...challengeInput(), rubric: [{ name: 'A', weight: 0 }] } }, manager);
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rubric[0].weight' });
    const dup = await t.gql(
      CHALLENGE,
      {
        i: {
          ...challengeInput(),
          rubric: [
            { name: 'A', weight: 1 },
            { name: 'a', weight: 2 },
          ],
        },
      },
      manager,
    );
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rubric[1].name' });
    expect(await count(t, 'challenges')).toBe(0);
  });

  it('refuses a malformed cursor and an oversized page', async () => {
    expect(
      (await t.gql('{ startups(after: "garbage") { totalCount } }', {}, manager)).errors?.[0]?.extensions,
    ).toMatchObject({ field: 'after' });
    expect(
      (await t.gql('{ startups(first: 1000) { totalCount } }', {}, manager)).errors?.[0]?.extensions,
    ).toMatchObject({ field: 'first' });
  });
});

describe('a page of startups', () => {
  let t: TestApp;
  let manager: string;
  beforeAll(async () => {
    t = await createTestApp();
    manager = await t.loginAs('INCUBATOR_MANAGER');
    const cohort = await t.gql<{ createCohort: { id: string } }>(
      'mutation($i: CohortInput!) { createCohort(input: $i) { id } }',
      { i: { name: 'Khóa N', startDate: '2026-01-01', endDate: '2026-12-31' } },
      manager,
    );
    for (let i = 0; i < 60; i++) {
      const created = await t.gql<{ createStartup: { id: string } }>(
        'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
        { i: { name: `Startup ${String(i).padStart(2, '0')}`, sector: i % 2 ? 'Y tế số' : 'Giáo dục số' } },
        manager,
      );
      const id = created.data!.createStartup.id;
      await t.gql(
        'mutation($s: ID!, $c: ID) { assignStartupToCohort(startupId: $s, cohortId: $c) { id } }',
        { s: id, c: cohort.data!.createCohort.id },
        manager,
      );
      await t.gql(
        'mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { id } }',
        { i: { startupId: id, kind: 'PROTOTYPE' } },
        manager,
      );
    }
  });
  afterAll(() => t.close());

  const PAGE = `query($first: Int, $after: String, $sector: String, $search: String) {
    startups(first: $first, after: $after, sector: $sector, search: $search) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id name stage founders { email } cohort { name } milestones { kind status } latestStageMove { to at } } }
    } }`;

  async function countQueries(first: number): Promise<number> {
    t.queries.length = 0;
    const result = await t.gql<{ startups: { edges: unknown[] } }>(PAGE, { first }, manager);
    expect(result.errors).toBeUndefined();
    expect(result.data?.startups.edges).toHaveLength(first);
    // The session check runs or not depending on the session cache (plugins/auth.ts); count the page's own.
    return t.queries.filter((sql) => !/\bfrom sessions\b/.test(sql)).length;
  }

  it('serves 10 or 50 startups with founders, cohort, milestones and latest move in the same few statements', async () => {
    const ten = await countQueries(10);
    const fifty = await countQueries(50);
    expect(fifty).toBe(ten);
    // The page itself: the nested fields come in the page's statement, not from loaders.
    expect(fifty).toBe(1);
  });

  it('pages with opaque cursors in a stable order and filters by sector and search', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        data: {
          startups: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { name: string } }[];
          };
        } | null;
      } = await t.gql(PAGE, { first: 25, after }, manager);
      seen.push(...page.data!.startups.edges.map((e) => e.node.name));
      expect(page.data!.startups.totalCount).toBe(60);
      if (!page.data!.startups.pageInfo.hasNextPage) break;
      after = page.data!.startups.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(60);
    expect(seen).toEqual([...seen].sort());
    const filtered = await t.gql<{ startups: { totalCount: number } }>(
      PAGE,
      { first: 5, sector: 'Y tế số', search: 'up 1' },
      manager,
    );
    expect(filtered.data?.startups.totalCount).toBe(5);
  });

  it('keeps the unfiltered total exact when startups are added and removed several at a time', async () => {
    // The unfiltered total is the row the startups' triggers keep, not a count (bulk loads and clean-ups included).
    const total = async () =>
      (await t.gql<{ startups: { totalCount: number } }>('{ startups(first: 1) { totalCount } }', {}, manager)).data!
        .startups.totalCount;
    const sql = t.app.orm.em.fork().getConnection();
    const columns = (
      await sql.execute<{ name: string }[]>(
        `select column_name as name from information_schema.columns
          where table_name = 'startups' and is_generated = 'NEVER' order by ordinal_position`,
      )
    ).map((column) => `"${column.name}"`);
    const copied = columns.map((column) =>
      column === '"id"' ? 'gen_random_uuid()' : column === '"name"' ? `name || ' bản sao'` : column,
    );
    // Three copies in one statement, as a bulk load writes them.
    await sql.execute(
      `insert into startups (${columns.join(', ')}) select ${copied.join(', ')} from startups order by name limit 3`,
    );
    expect(await total()).toBe(63);
    await sql.execute(`delete from startups where name like '% bản sao'`);
    expect(await total()).toBe(60);
  });
});

describe('the public application form under load', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { RATE_LIMIT_APPLICATIONS_PER_MINUTE: '3' } });
  });
  afterAll(() => t.close());

  it('answers RATE_LIMITED once one address sends more applications than allowed in a minute', async () => {
    const manager = await t.loginAs('INCUBATOR_MANAGER');
    const created = await t.gql<{ createChallenge: { id: string } }>(CHALLENGE, { i: challengeInput() }, manager);
    await t.gql(PUBLISH, { id: created.data!.createChallenge.id }, manager);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      codes.push(
        errorCode(
          await t.gql(SUBMIT, { i: application(created.data!.createChallenge.id, `Đội ${i}`, `d${i}@example.vn`) }),
        ),
      );
    }
    expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);
    expect(await count(t, 'applications')).toBe(3);
  });
});
