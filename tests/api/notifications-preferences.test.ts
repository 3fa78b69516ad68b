// Each user's notification settings: a kind turned off is still on the bell but not e-mailed; the daily digest (a
// pg-boss cron job) replaces those e-mails with one a Hanoi day listing what arrived, and never two the same day.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '@launchpad/server/modules/users/seed';
import { createTestApp, errorCode, type TestApp } from '../support/app';

const PREFS = '{ notificationPreferences { locale emailOff dailyDigest kinds } }';
const SET = `mutation($i: NotificationPreferencesInput!) {
  setNotificationPreferences(input: $i) { locale emailOff dailyDigest kinds } }`;
const CREATE_STARTUP = 'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }';
const MOVE = 'mutation($id: ID!, $r: String) { moveStartup(id: $id, to: DISCONTINUED, reason: $r) { stage } }';

type Prefs = { locale: string; emailOff: string[]; dailyDigest: boolean; kinds: string[] };

describe('notification preferences and the daily digest', () => {
  let t: TestApp;
  let now = new Date('2026-12-07T02:00:00Z');
  let manager: string;

  async function mailsTo(address: string): Promise<{ kind: string; subject: string; text_body: string }[]> {
    await t.app.jobs.relay();
    return t.app.orm.em
      .fork()
      .getConnection()
      .execute(
        `select payload->>'kind' as kind, payload->>'title' as subject, payload->>'body' as text_body
         from outbox where queue = 'mail' and payload->>'to' = ? order by created_at`,
        [address],
      );
  }

  async function runDigest(): Promise<void> {
    const id = await t.app.jobs.boss.send('digest', {});
    await vi.waitFor(
      async () => {
        const [job] = await t.app.jobs.boss.findJobs('digest', { id: id! });
        expect(job?.state).toBe('completed');
      },
      { timeout: 30_000, interval: 100 },
    );
  }

  async function bellKinds(token: string): Promise<string[]> {
    const result = await t.gql<{ notifications: { edges: { node: { kind: string } }[] } }>(
      '{ notifications { edges { node { kind } } } }',
      {},
      token,
    );
    return result.data!.notifications.edges.map((e) => e.node.kind);
  }

  beforeAll(async () => {
    t = await createTestApp({ clock: () => now });
    manager = await t.loginAs('INCUBATOR_MANAGER');
  });
  afterAll(() => t.close());

  it('answers the defaults: every kind e-mailed, no digest, Vietnamese', async () => {
    const result = await t.gql<{ notificationPreferences: Prefs }>(PREFS, {}, await t.loginAs('BOARD'));
    expect(result.data!.notificationPreferences).toMatchObject({ locale: 'vi', emailOff: [], dailyDigest: false });
    expect(result.data!.notificationPreferences.kinds).toContain('MILESTONE_SUBMITTED');
    expect(result.data!.notificationPreferences.kinds).not.toContain('PASSWORD_RESET');
  });

  it('refuses a kind that cannot be turned off, and a language it does not speak, naming the field', async () => {
    const founder = await t.loginAs('FOUNDER');
    const reset = await t.gql(SET, { i: { emailOff: ['PASSWORD_RESET'] } }, founder);
    expect(errorCode(reset)).toBe('BAD_USER_INPUT');
    expect(reset.errors![0]!.extensions!.field).toBe('emailOff');
    const locale = await t.gql(SET, { i: { locale: 'fr' } }, founder);
    expect(locale.errors![0]!.extensions!.field).toBe('locale');
    expect(errorCode(await t.gql(SET, { i: { dailyDigest: true } }))).toBe('UNAUTHENTICATED');
  });

  it('keeps a kind turned off on the bell but out of the mail', async () => {
    const founder = await t.loginAs('FOUNDER');
    const set = await t.gql<{ setNotificationPreferences: Prefs }>(
      SET,
      { i: { emailOff: ['STAGE_MOVED'], locale: 'en' } },
      founder,
    );
    expect(set.data!.setNotificationPreferences).toMatchObject({
      locale: 'en',
      emailOff: ['STAGE_MOVED'],
      dailyDigest: false,
    });
    // Only what is named changes.
    const again = await t.gql<{ setNotificationPreferences: Prefs }>(SET, { i: { dailyDigest: false } }, founder);
    expect(again.data!.setNotificationPreferences.emailOff).toEqual(['STAGE_MOVED']);

    const startup = await t.gql<{ createStartup: { id: string } }>(
      CREATE_STARTUP,
      { i: { name: 'Xanh Sạch', sector: 'Môi trường' } },
      manager,
    );
    const startupId = startup.data!.createStartup.id;
    const invited = await t.gql<{ inviteFounder: { token: string } }>(
      'mutation($s: ID!, $e: String!) { inviteFounder(startupId: $s, email: $e) { token } }',
      { s: startupId, e: 'founder@launchpad.test' },
      manager,
    );
    expect(invited.errors).toBeUndefined();
    const accepted = await t.gql(
      'mutation($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, displayName: $n, password: $p) { token } }',
      { t: invited.data!.inviteFounder.token, n: 'Phạm Gia Huy', p: DEMO_PASSWORD },
    );
    expect(accepted.errors).toBeUndefined();
    const moved = await t.gql(MOVE, { id: startupId, r: 'Nhóm giải thể' }, manager);
    expect(moved.errors).toBeUndefined();

    expect(await bellKinds(founder)).toContain('STAGE_MOVED');
    const mails = await mailsTo('founder@launchpad.test');
    // The invitation is always e-mailed (in the chosen language); the stage move is not.
    expect(mails.map((m) => m.kind)).toEqual(['FOUNDER_INVITED']);
  });

  it('sends one digest a Hanoi day to whoever chose it, listing what arrived, and no e-mail per notification', async () => {
    await t.gql(SET, { i: { dailyDigest: true } }, manager);
    const startup = await t.gql<{ createStartup: { id: string } }>(
      CREATE_STARTUP,
      { i: { name: 'Nước Sạch Hà Nội', sector: 'Môi trường' } },
      manager,
    );
    const milestone = await t.gql<{ createMilestone: { id: string } }>(
      'mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { id } }',
      { i: { startupId: startup.data!.createStartup.id, kind: 'MVP', status: 'IN_PROGRESS' } },
      manager,
    );
    expect(milestone.errors).toBeUndefined();
    const done = await t.gql(
      'mutation($id: ID!) { updateMilestone(id: $id, input: { status: DONE, evidenceUrl: "https://example.vn/mvp" }) { id } }',
      { id: milestone.data!.createMilestone.id },
      manager,
    );
    expect(done.errors).toBeUndefined();
    expect(await bellKinds(manager)).toContain('MILESTONE_SUBMITTED');
    expect(await mailsTo('incubator@launchpad.test')).toEqual([]);

    await runDigest();
    const digests = await mailsTo('incubator@launchpad.test');
    expect(digests.map((m) => m.kind)).toEqual(['DAILY_DIGEST']);
    expect(digests[0]!.subject).toBe('Launchpad: 1 thông báo mới');
    expect(digests[0]!.text_body).toContain('Nước Sạch Hà Nội: cột mốc "MVP" chờ xác nhận');

    // The same Hanoi day: nothing more, even with something new.
    await t.gql(
      'mutation($id: ID!) { updateMilestone(id: $id, input: { status: IN_PROGRESS }) { id } }',
      { id: milestone.data!.createMilestone.id },
      manager,
    );
    await t.gql(
      'mutation($id: ID!) { updateMilestone(id: $id, input: { status: DONE, evidenceUrl: "https://example.vn/mvp2" }) { id } }',
      { id: milestone.data!.createMilestone.id },
      manager,
    );
    await runDigest();
    expect(await mailsTo('incubator@launchpad.test')).toHaveLength(1);

    // The next Hanoi day: the one new notification, not the one already sent.
    now = new Date('2026-12-08T00:30:00Z');
    await runDigest();
    const next = await mailsTo('incubator@launchpad.test');
    expect(next).toHaveLength(2);
    expect(next[1]!.subject).toBe('Launchpad: 1 thông báo mới');
    // Nobody who did not choose the digest gets one.
    expect(await mailsTo('board@launchpad.test')).toEqual([]);
  });
});
