// Alerts of the program's own deadlines and limits, each to the right people only: a challenge whose applications
// close within three days → the incubator managers (once); a fund reaching 95% of a limit (the state share of the
// charter capital, the paid-in cash, its stake in one startup) → the fund managers and the board (once a crossing).
// Overdue milestones across startups are listed for the managers.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '@launchpad/shared';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { approvedDecision } from '../support/deals';
import { PAY_IN, ROUND, commit, createFund, insertStartups } from '../support/fund';

const ROLES: Role[] = ['ADMIN', 'INCUBATOR_MANAGER', 'FUND_MANAGER', 'FOUNDER', 'BOARD'];
const LIST = '{ notifications { edges { node { kind title link } } } }';
type Listed = { notifications: { edges: { node: { kind: string; title: string; link: string | null } }[] } };

const challenge = (title: string, deadline: string) => ({
  title,
  sponsorName: 'Sở Tài nguyên và Môi trường Hà Nội',
  sponsorKind: 'PUBLIC_BODY',
  sector: 'Môi trường',
  description: 'Đo chất lượng không khí theo thời gian thực.',
  expectedOutcome: 'Bản đồ bụi mịn cho 30 phường.',
  rubric: [{ name: 'Tác động', weight: 1 }],
  deadline,
});

describe('deadline and limit alerts', () => {
  let t: TestApp;
  const now = new Date('2026-12-06T03:00:00Z');
  let manager: string;
  let fm: string;

  async function kindsByRole(): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const role of ROLES) {
      const result = await t.gql<Listed>(LIST, {}, await t.loginAs(role));
      out[role] = result.data!.notifications.edges.map((e) => e.node.kind);
    }
    return out;
  }

  async function latest(role: Role) {
    const result = await t.gql<Listed>(LIST, {}, await t.loginAs(role));
    return result.data!.notifications.edges[0]!.node;
  }

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
    fm = await t.loginAs('FUND_MANAGER');
  });
  afterAll(() => t.close());

  it('tells the incubator managers, once, that a published challenge closes within three days', async () => {
    const ids: string[] = [];
    for (const [title, deadline] of [
      ['Bụi mịn PM2.5 tại các trường học', '2026-12-08'],
      ['Rác thải nhựa ven sông Tô Lịch', '2026-12-20'],
    ] as const) {
      const created = await t.gql<{ createChallenge: { id: string } }>(
        'mutation($i: ChallengeInput!) { createChallenge(input: $i) { id } }',
        { i: challenge(title, deadline) },
        manager,
      );
      expect(created.errors).toBeUndefined();
      ids.push(created.data!.createChallenge.id);
      await t.gql('mutation($id: ID!) { publishChallenge(id: $id) { id } }', { id: ids.at(-1) }, manager);
    }
    await runDailySweep();
    await runDailySweep();
    const kinds = await kindsByRole();
    expect(kinds).toEqual({
      ADMIN: [],
      INCUBATOR_MANAGER: ['CHALLENGE_DEADLINE_SOON'],
      FUND_MANAGER: [],
      FOUNDER: [],
      BOARD: [],
    });
    expect(await latest('INCUBATOR_MANAGER')).toMatchObject({
      title: 'Đề bài "Bụi mịn PM2.5 tại các trường học" sắp hết hạn nhận hồ sơ',
      link: `/program/applications/${ids[0]}`,
    });
  });

  it('tells the fund managers and the board when the state share reaches 95% of the charter cap, once', async () => {
    const fundId = await createFund(t, fm, 'Quỹ Đầu tư Khởi nghiệp Sáng tạo Hà Nội');
    expect((await commit(t, fm, fundId, 'Vietcombank', 'PRIVATE', '51000000000')).errors).toBeUndefined();
    expect((await kindsByRole()).FUND_MANAGER).toEqual([]);
    // 45 of 96 billion is 46.9%: 95.7% of the 49% cap.
    expect((await commit(t, fm, fundId, 'Ngân sách Thành phố', 'STATE', '45000000000')).errors).toBeUndefined();
    expect((await commit(t, fm, fundId, 'Ngân sách Thành phố', 'STATE', '1000000000')).errors).toBeUndefined();
    const kinds = await kindsByRole();
    expect(kinds.FUND_MANAGER).toEqual(['FUND_NEAR_CAP']);
    expect(kinds.BOARD).toEqual(['FUND_NEAR_CAP']);
    expect(kinds.INCUBATOR_MANAGER).toEqual(['CHALLENGE_DEADLINE_SOON']);
    expect([...kinds.ADMIN!, ...kinds.FOUNDER!]).toEqual([]);
    expect(await latest('BOARD')).toMatchObject({
      title: 'Quỹ Đầu tư Khởi nghiệp Sáng tạo Hà Nội: vốn nhà nước trong vốn điều lệ đã dùng 95%',
      link: `/fund/${fundId}`,
    });
  });

  it('tells them when investments reach 95% of the paid-in cash, and when a stake nears its cap', async () => {
    const [far, near] = await insertStartups(t, ['Không Khí Sạch', 'Sông Xanh']);
    const fundId = await createFund(t, fm, 'Quỹ Đổi mới Sáng tạo Thủ đô');
    const c = await commit(t, fm, fundId, 'BIDV', 'PRIVATE', '1000000');
    const paid = await t.gql(
      PAY_IN,
      { input: { commitmentId: c.data!.commitCapital.id, amount: '1000000', date: '2026-11-01' } },
      fm,
    );
    expect(paid.errors).toBeUndefined();
    const decisions = {
      [far!]: await approvedDecision(t, fm, { fundId, startupId: far!, amount: '960000' }),
      [near!]: await approvedDecision(t, fm, { fundId, startupId: near!, amount: '40000' }),
    };
    const round = (startupId: string, preMoney: string, amount: string) => ({
      input: {
        startupId,
        date: '2026-11-15',
        preMoney,
        participations: [{ fundId, amount, decisionId: decisions[startupId] }],
      },
    });
    expect((await t.gql(ROUND, round(far!, '100000000', '960000'), fm)).errors).toBeUndefined();
    expect((await latest('FUND_MANAGER')).title).toBe('Quỹ Đổi mới Sáng tạo Thủ đô: tiền mặt đã góp đã dùng 96%');
    // 40 000 of 82 000 is 48.8% of the startup: 99.5% of the 49% stake cap (the cash was already told).
    expect(errorCode(await t.gql(ROUND, round(near!, '41000', '40000'), fm))).toBe('STAKE_LIMIT_EXCEEDED');
    expect((await t.gql(ROUND, round(near!, '42000', '40000'), fm)).errors).toBeUndefined();
    const stake = await latest('BOARD');
    expect(stake.title).toBe('Quỹ Đổi mới Sáng tạo Thủ đô: tỷ lệ sở hữu tại một startup đã dùng 99%');
    const kinds = await kindsByRole();
    expect(kinds.FUND_MANAGER).toEqual(['FUND_NEAR_CAP', 'FUND_NEAR_CAP', 'FUND_NEAR_CAP']);
    expect(kinds.BOARD).toEqual(['FUND_NEAR_CAP', 'FUND_NEAR_CAP', 'FUND_NEAR_CAP']);
    expect([...kinds.ADMIN!, ...kinds.FOUNDER!]).toEqual([]);
  });

  it('lists milestones past their due date across startups, for managers only', async () => {
    const [startupId] = await insertStartups(t, ['Đèn Đường Thông Minh']);
    for (const [kind, dueDate, status] of [
      ['MVP', '2026-11-30', 'IN_PROGRESS'],
      ['PROTOTYPE', '2026-12-31', 'PLANNED'],
      ['FIRST_CUSTOMER', '2026-11-01', 'DONE'],
    ] as const) {
      const created = await t.gql(
        'mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { id } }',
        {
          i: {
            startupId,
            kind,
            status,
            dueDate,
            ...(status === 'DONE' ? { evidenceUrl: 'https://example.vn/x' } : {}),
          },
        },
        manager,
      );
      expect(created.errors).toBeUndefined();
    }
    const query = '{ overdueMilestones { startup { name } title status dueDate daysOverdue } }';
    const listed = await t.gql<{ overdueMilestones: unknown[] }>(query, {}, manager);
    expect(listed.data!.overdueMilestones).toEqual([
      {
        startup: { name: 'Đèn Đường Thông Minh' },
        title: 'MVP',
        status: 'IN_PROGRESS',
        dueDate: '2026-11-30',
        daysOverdue: 6,
      },
    ]);
    expect(errorCode(await t.gql(query, {}, await t.loginAs('FOUNDER')))).toBe('FORBIDDEN');
  });
});
