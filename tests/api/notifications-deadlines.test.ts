// Monthly metric reports come due on the program's day, and the daily cron job (pg-boss, the one clock) tells the
// founders before and after, and the startup's manager a week late — each once. Managers see overdue reports.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import type { Role } from '@launchpad/shared';
import { DEMO_PASSWORD } from '@launchpad/server/modules/users/seed';
import { createTestApp, errorCode, type TestApp } from '../support/app';

const LIST = '{ notifications { unreadCount edges { node { kind title link } } } }';
const OVERDUE = '{ overdueReports { startup { id name } period dueDate daysOverdue } }';

describe('metric report deadlines', () => {
  let t: TestApp;
  let now = new Date('2026-12-06T10:00:00Z');
  let startupId: string;
  let manager: string;
  let founder: string;

  async function kinds(role: Role): Promise<string[]> {
    const result = await t.gql<{ notifications: { edges: { node: { kind: string } }[] } }>(
      LIST,
      {},
      await t.loginAs(role),
    );
    return result.data!.notifications.edges.map((e) => e.node.kind);
  }

  /** Runs the cron job's queue once, as the schedule would, and waits for the job to complete. */
  async function runDailySweep(): Promise<void> {
    const id = await t.app.jobs.boss.send('deadlines', {});
    await vi.waitFor(
      async () => {
        const [job] = await t.app.jobs.boss.findJobs('deadlines', { id: id! });
        expect(job?.state).toBe('completed');
      },
      { timeout: 30_000, interval: 100 },
    );
    await t.settled();
  }

  beforeAll(async () => {
    t = await createTestApp({ clock: () => now });
    manager = await t.loginAs('INCUBATOR_MANAGER');
    founder = await t.loginAs('FOUNDER');
    const created = await t.gql<{ createStartup: { id: string } }>(
      'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
      { i: { name: 'Nông Nghiệp Số', sector: 'Giao thông thông minh' } },
      manager,
    );
    startupId = created.data!.createStartup.id;
    const invited = await t.gql<{ inviteFounder: { token: string } }>(
      'mutation($s: ID!, $e: String!) { inviteFounder(startupId: $s, email: $e) { token } }',
      { s: startupId, e: 'founder@launchpad.test' },
      manager,
    );
    await t.gql(
      'mutation($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, displayName: $n, password: $p) { token } }',
      { t: invited.data!.inviteFounder.token, n: 'Phạm Gia Huy', p: DEMO_PASSWORD },
    );
    // Behind the app's back: the startup has been incubating since November (stage gates are not what is tested here).
    const owner = new pg.Client({ connectionString: t.database.url });
    await owner.connect();
    await owner.query(`update startups set stage = 'INCUBATION', created_at = '2026-11-01T00:00:00Z' where id = $1`, [
      startupId,
    ]);
    await owner.query(`update notifications set read_at = now()`);
    await owner.end();
  });
  afterAll(() => t.close());

  it('runs daily as a cron job in Hanoi time', async () => {
    const [schedule] = await t.app.jobs.boss.getSchedules('deadlines');
    expect(schedule).toMatchObject({ cron: '0 7 * * *', timezone: 'Asia/Ho_Chi_Minh' });
  });

  it('lets a manager set the due day, and only a manager', async () => {
    const [program] = await t.app.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>('select id from programs limit 1');
    const set = 'mutation($p: ID!, $d: Int!) { setReportDueDay(programId: $p, day: $d) }';
    expect(
      (await t.gql<{ setReportDueDay: number }>(set, { p: program!.id, d: 10 }, manager)).data!.setReportDueDay,
    ).toBe(10);
    expect(errorCode(await t.gql(set, { p: program!.id, d: 31 }, manager))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(set, { p: program!.id, d: 12 }, founder))).toBe('FORBIDDEN');
  });

  it('says nothing four days before the due day, and reminds the founders three days before — once', async () => {
    await runDailySweep();
    expect(await kinds('FOUNDER')).toEqual(['FOUNDER_INVITED']);
    now = new Date('2026-12-07T03:00:00Z');
    await runDailySweep();
    await runDailySweep();
    expect(await kinds('FOUNDER')).toEqual(['REPORT_DUE_SOON', 'FOUNDER_INVITED']);
    expect(await kinds('INCUBATOR_MANAGER')).toEqual([]);
    expect((await t.gql<{ overdueReports: unknown[] }>(OVERDUE, {}, manager)).data!.overdueReports).toEqual([]);
  });

  it('tells the founders the day after the due day, and shows the report overdue to managers and the board', async () => {
    now = new Date('2026-12-11T03:00:00Z');
    await runDailySweep();
    const founderList = await t.gql<{ notifications: { edges: { node: { kind: string; title: string } }[] } }>(
      LIST,
      {},
      founder,
    );
    expect(founderList.data!.notifications.edges[0]!.node).toEqual({
      kind: 'REPORT_OVERDUE',
      title: 'Báo cáo số liệu tháng 2026-11 đã quá hạn',
      link: '/my-startup',
    });
    expect(await kinds('INCUBATOR_MANAGER')).toEqual([]);
    const overdue = await t.gql<{ overdueReports: { startup: { id: string }; period: string; daysOverdue: number }[] }>(
      OVERDUE,
      {},
      await t.loginAs('BOARD'),
    );
    expect(overdue.data!.overdueReports).toContainEqual({
      startup: { id: startupId, name: 'Nông Nghiệp Số' },
      period: '2026-11',
      dueDate: '2026-12-10',
      daysOverdue: 1,
    });
    expect(errorCode(await t.gql(OVERDUE, {}, founder))).toBe('FORBIDDEN');
  });

  it("escalates to the startup's manager a week after, and nobody else", async () => {
    now = new Date('2026-12-17T03:00:00Z');
    await runDailySweep();
    expect(await kinds('INCUBATOR_MANAGER')).toEqual(['REPORT_ESCALATED']);
    expect(await kinds('FOUNDER')).toEqual(['REPORT_OVERDUE', 'REPORT_DUE_SOON', 'FOUNDER_INVITED']);
    for (const role of ['ADMIN', 'FUND_MANAGER', 'BOARD'] as const) expect(await kinds(role)).toEqual([]);
  });

  it('drops the report from the overdue view once it is sent', async () => {
    const sent = await t.gql(
      'mutation($i: SubmitMetricReportInput!) { submitMetricReport(input: $i) { id } }',
      { i: { startupId, period: '2026-11', revenue: '120000000', customers: 40, employees: 6 } },
      founder,
    );
    expect(sent.errors).toBeUndefined();
    const overdue = await t.gql<{ overdueReports: { period: string; startup: { id: string } }[] }>(
      OVERDUE,
      {},
      manager,
    );
    expect(overdue.data!.overdueReports.filter((r) => r.startup.id === startupId && r.period === '2026-11')).toEqual(
      [],
    );
  });
});
