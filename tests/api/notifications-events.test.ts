// Who is told, in the app: a milestone reported done → the startup's managers (live, on their bell); verified or
// sent back → its founders; a stage move → its founders. Nobody else. Marking read touches only one's own.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '@launchpad/shared';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { subscriptionClient } from '../support/subscriptions';
import { DEMO_PASSWORD } from '@launchpad/server/modules/users/seed';

const LIST = `query($u: Boolean) { notifications(unreadOnly: $u) { unreadCount edges { node { id kind title body link read at } } } }`;
const MARK = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';

type Listed = {
  notifications: {
    unreadCount: number;
    edges: { node: { id: string; kind: string; title: string; body: string; link: string | null; read: boolean } }[];
  };
};

describe('in-app notifications of milestones and stage moves', () => {
  let t: TestApp;
  let url: string;
  let manager: string;
  let founder: string;
  let startupId: string;
  let milestoneId: string;
  const ROLES: Role[] = ['ADMIN', 'INCUBATOR_MANAGER', 'FUND_MANAGER', 'FOUNDER', 'BOARD'];

  async function listed(token: string, unreadOnly = false) {
    const result = await t.gql<Listed>(LIST, { u: unreadOnly }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.notifications;
  }

  async function kindsByRole(): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const role of ROLES) {
      out[role] = (await listed(await t.loginAs(role))).edges.map((e) => e.node.kind);
    }
    return out;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    manager = await t.loginAs('INCUBATOR_MANAGER');
    founder = await t.loginAs('FOUNDER');
    const created = await t.gql<{ createStartup: { id: string } }>(
      'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
      { i: { name: 'Đèn Xanh AI', sector: 'Giao thông thông minh' } },
      manager,
    );
    startupId = created.data!.createStartup.id;
    const invited = await t.gql<{ inviteFounder: { token: string } }>(
      'mutation($s: ID!, $e: String!) { inviteFounder(startupId: $s, email: $e) { token } }',
      { s: startupId, e: 'founder@launchpad.test' },
      manager,
    );
    const accepted = await t.gql(
      'mutation($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, displayName: $n, password: $p) { token } }',
      { t: invited.data!.inviteFounder.token, n: 'Phạm Gia Huy', p: DEMO_PASSWORD },
    );
    expect(accepted.errors).toBeUndefined();
    const milestone = await t.gql<{ createMilestone: { id: string } }>(
      'mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { id } }',
      { i: { startupId, kind: 'MVP', status: 'IN_PROGRESS' } },
      founder,
    );
    expect(milestone.errors).toBeUndefined();
    milestoneId = milestone.data!.createMilestone.id;
  });
  afterAll(() => t.close());

  it('tells the founder, and only the founder, of the invitation to an existing account', async () => {
    const kinds = await kindsByRole();
    expect(kinds).toEqual({
      ADMIN: [],
      INCUBATOR_MANAGER: [],
      FUND_MANAGER: [],
      FOUNDER: ['FOUNDER_INVITED'],
      BOARD: [],
    });
  });

  it("rings the managers' bell live when a founder reports a milestone done, and nobody else's", async () => {
    const bell = subscriptionClient(url, { authorization: `Bearer ${manager}` });
    const founderBell = subscriptionClient(url, { authorization: `Bearer ${founder}` });
    try {
      const live = bell.subscribe('subscription { notificationsChanged { unreadCount } }');
      const founderLive = founderBell.subscribe('subscription { notificationsChanged { unreadCount } }');
      await vi.waitFor(() => expect(bell.connected && founderBell.connected).toBe(true));
      const done = await t.gql(
        'mutation($id: ID!) { updateMilestone(id: $id, input: { status: DONE, evidenceUrl: "https://example.vn/mvp" }) { id } }',
        { id: milestoneId },
        founder,
      );
      expect(done.errors).toBeUndefined();
      await vi.waitFor(() => expect(live.results.at(-1)?.data).toEqual({ notificationsChanged: { unreadCount: 1 } }));
      expect(founderLive.results).toEqual([]);
    } finally {
      await bell.dispose();
      await founderBell.dispose();
    }
    const list = await listed(manager);
    expect(list.unreadCount).toBe(1);
    expect(list.edges[0]!.node).toMatchObject({
      kind: 'MILESTONE_SUBMITTED',
      title: 'Đèn Xanh AI: cột mốc "MVP" chờ xác nhận',
      link: `/program/startups/${startupId}`,
      read: false,
    });
    const kinds = await kindsByRole();
    expect(kinds.INCUBATOR_MANAGER).toEqual(['MILESTONE_SUBMITTED']);
    expect(kinds.FOUNDER).toEqual(['FOUNDER_INVITED']);
    expect([...kinds.ADMIN!, ...kinds.FUND_MANAGER!, ...kinds.BOARD!]).toEqual([]);
  });

  it('tells the founders when the milestone is verified, then when it is sent back', async () => {
    expect(
      errorCode(await t.gql('mutation($id: ID!) { verifyMilestone(id: $id) { id } }', { id: milestoneId }, manager)),
    ).toBeUndefined();
    await t.gql(
      'mutation($id: ID!) { updateMilestone(id: $id, input: { status: IN_PROGRESS }) { id } }',
      { id: milestoneId },
      manager,
    );
    const list = await listed(founder);
    expect(list.edges.map((e) => e.node.kind)).toEqual([
      'MILESTONE_SENT_BACK',
      'MILESTONE_VERIFIED',
      'FOUNDER_INVITED',
    ]);
    expect(list.edges[0]!.node.body).toContain('Đang thực hiện');
    expect(list.edges[0]!.node.link).toBe('/my-startup');
    const kinds = await kindsByRole();
    expect(kinds.INCUBATOR_MANAGER).toEqual(['MILESTONE_SUBMITTED']);
    expect([...kinds.ADMIN!, ...kinds.FUND_MANAGER!, ...kinds.BOARD!]).toEqual([]);
  });

  it('tells the founders of a stage move, with the reason', async () => {
    const moved = await t.gql(
      'mutation($id: ID!) { moveStartup(id: $id, to: DISCONTINUED, reason: "Nhóm giải thể") { stage } }',
      { id: startupId },
      manager,
    );
    expect(moved.errors).toBeUndefined();
    const [latest] = (await listed(founder)).edges;
    expect(latest!.node).toMatchObject({ kind: 'STAGE_MOVED', title: 'Đèn Xanh AI chuyển sang giai đoạn Đã dừng' });
    expect(latest!.node.body).toContain('Lý do: Nhóm giải thể');
    const kinds = await kindsByRole();
    expect(kinds.INCUBATOR_MANAGER).toEqual(['MILESTONE_SUBMITTED']);
    expect([...kinds.ADMIN!, ...kinds.FUND_MANAGER!, ...kinds.BOARD!]).toEqual([]);
  });

  it("marks read only one's own notifications, and lists unread ones on request", async () => {
    const mine = await listed(founder);
    const managers = await listed(manager);
    const ids = [mine.edges[0]!.node.id, mine.edges[1]!.node.id, managers.edges[0]!.node.id];
    const marked = await t.gql<{ markNotificationsRead: number }>(MARK, { ids }, founder);
    expect(marked.data!.markNotificationsRead).toBe(2);
    expect((await listed(founder)).unreadCount).toBe(mine.unreadCount - 2);
    expect((await listed(founder, true)).edges.every((e) => !e.node.read)).toBe(true);
    expect((await listed(manager)).unreadCount).toBe(1);
    expect(errorCode(await t.gql(MARK, { ids: ['not-an-id'] }, founder))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(LIST, {}))).toBe('UNAUTHENTICATED');
  });
});
