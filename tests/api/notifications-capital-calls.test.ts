// Capital calls tell the fund managers (the members are named records without an address): a call issued names
// every member and what it is asked for; a call past its due date and not fully paid is reminded once by the daily
// sweep, naming only who still owes; a call that rolled back tells nobody.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatVnd, type Role } from '@launchpad/shared';
import { createCapitalCall } from '@launchpad/server/modules/fund-compliance/service';
import { createTestApp, type TestApp } from '../support/app';
import { commit, createFund, PAY_IN, sql } from '../support/fund';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

const CALL = `mutation($input: CreateCapitalCallInput!) { createCapitalCall(input: $input) { id } }`;
const LIST = '{ notifications { edges { node { kind title body link } } } }';
type Listed = { notifications: { edges: { node: { kind: string; title: string; body: string; link: string } }[] } };

describe('capital call notices', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let fm: string;
  let fundId: string;
  let callId: string;
  // Noon in Hanoi, 15 December 2026; the test moves it past the call's due date.
  let now = new Date('2026-12-15T05:00:00Z');

  async function listed(role: Role) {
    const result = await t.gql<Listed>(LIST, {}, await t.loginAs(role));
    expect(result.errors).toBeUndefined();
    return result.data!.notifications.edges.map((e) => e.node).filter((n) => n.kind.startsWith('CAPITAL_CALL'));
  }

  /** Runs the daily cron job's queue once and waits for the job to complete. */
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

  async function mailsOfKind(kind: string) {
    return sql<{ n: string }>(t, `select count(*) as n from outbox where queue = 'mail' and payload->>'kind' = $1`, [
      kind,
    ]);
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({
      clock: () => now,
      config: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://launchpad.example.vn' },
    });
    fm = await t.loginAs('FUND_MANAGER');
    fundId = await createFund(t, fm, 'Quỹ Gọi Vốn');
    const alpha = await commit(t, fm, fundId, 'Công ty Alpha', 'PRIVATE', '1000000000');
    await commit(t, fm, fundId, 'Công ty Beta', 'PRIVATE', '500000000');
    const call = await t.gql<{ createCapitalCall: { id: string } }>(
      CALL,
      { input: { fundId, callDate: '2026-12-10', dueDate: '2026-12-20', percentBp: 2000 } },
      fm,
    );
    expect(call.errors).toBeUndefined();
    callId = call.data!.createCapitalCall.id;
    // Alpha answers its call in full before the due date; Beta does not.
    const paid = await t.gql(
      PAY_IN,
      { input: { commitmentId: alpha.data!.commitCapital.id, amount: '200000000', date: '2026-12-12' } },
      fm,
    );
    expect(paid.errors).toBeUndefined();
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('tells the fund managers of a call issued, naming each member and its amount, by e-mail and on the bell', async () => {
    const [mail] = await smtp.waitFor('fund@launchpad.test');
    expect(mail!.subject).toBe('Quỹ Gọi Vốn: gọi vốn 20,00%, hạn góp 2026-12-20');
    expect(mail!.language).toBe('vi');
    expect(mail!.text).toContain(`- Công ty Alpha: ${formatVnd(200_000_000n, 'vi')}`);
    expect(mail!.text).toContain(`- Công ty Beta: ${formatVnd(100_000_000n, 'vi')}`);
    expect(mail!.text).toContain(`https://launchpad.example.vn/fund/${fundId}`);
    expect(mail!.html).toContain('Công ty Beta');
    const bell = await listed('FUND_MANAGER');
    expect(bell).toEqual([expect.objectContaining({ kind: 'CAPITAL_CALL_ISSUED', link: `/fund/${fundId}` })]);
    // Only the fund managers: nobody else has an address for the members or runs their calls.
    for (const role of ['ADMIN', 'INCUBATOR_MANAGER', 'BOARD', 'FOUNDER'] as Role[]) {
      expect(await listed(role)).toEqual([]);
    }
    expect(smtp.received.map((m) => m.to).flat()).toEqual(['fund@launchpad.test']);
  });

  it('reminds once when the call is past due and not fully paid, naming only who still owes', async () => {
    // Before the due date passes, the sweep sends nothing.
    await runDailySweep();
    expect((await mailsOfKind('CAPITAL_CALL_OVERDUE'))[0]!.n).toBe('0');
    now = new Date('2026-12-22T05:00:00Z');
    await runDailySweep();
    await runDailySweep();
    const mails = await smtp.waitFor('fund@launchpad.test', 2);
    const overdue = mails.filter((m) => m.subject === 'Quỹ Gọi Vốn: đợt gọi vốn ngày 2026-12-10 quá hạn');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.text).toContain(
      `- Công ty Beta: ${formatVnd(100_000_000n, 'vi')} / ${formatVnd(100_000_000n, 'vi')}`,
    );
    expect(overdue[0]!.text).not.toContain('Công ty Alpha');
    expect((await mailsOfKind('CAPITAL_CALL_OVERDUE'))[0]!.n).toBe('1');
    const bell = await listed('FUND_MANAGER');
    expect(bell.map((n) => n.kind)).toEqual(['CAPITAL_CALL_OVERDUE', 'CAPITAL_CALL_ISSUED']);
    expect(await sql(t, 'select call_id from capital_call_reminders')).toEqual([{ call_id: callId }]);
  });

  it('tells nobody of a call that rolled back', async () => {
    const before = await sql<{ n: string }>(t, 'select count(*) as n from outbox');
    const bellBefore = await sql<{ n: string }>(t, 'select count(*) as n from notifications');
    const em = t.app.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        await createCapitalCall(
          tx,
          null,
          { fundId, callDate: '2026-12-21', dueDate: '2027-01-21', percentBp: 1000 },
          '2026-12-22',
        );
        throw new Error('the change fails after the call');
      }),
    ).rejects.toThrow('the change fails');
    expect(await sql(t, 'select count(*) as n from capital_calls')).toEqual([{ n: '1' }]);
    expect(await sql(t, 'select count(*) as n from outbox')).toEqual(before);
    expect(await sql(t, 'select count(*) as n from notifications')).toEqual(bellBefore);
  });
});
