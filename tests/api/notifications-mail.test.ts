// E-mail through the durable queue: a public application is acknowledged to the applicant's address with the receipt
// code, in the language of the apply form; selecting it e-mails the founder invitation link; a rolled-back change
// sends nothing; a retried job never sends twice; without SMTP the development mailbox keeps the mail for an ADMIN.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { notifications } from '@launchpad/server/modules/notifications/index';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

const CHALLENGE = `mutation($i: ChallengeInput!) { createChallenge(input: $i) { id } }`;
const PUBLISH = 'mutation($id: ID!) { publishChallenge(id: $id) { id } }';
const SUBMIT = 'mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id receiptCode } }';
const SELECT = `mutation($a: ID!) { selectApplication(applicationId: $a) { startup { id } invitation { token email } } }`;
const INVITE = `mutation($s: ID!, $e: String!) { inviteFounder(startupId: $s, email: $e) { token } }`;
const MAILBOX = '{ mailbox { id to subject text locale kind transport } }';

const challengeInput = {
  title: 'Giảm ùn tắc giờ cao điểm tại nút giao Ngã Tư Sở',
  sponsorName: 'Sở Giao thông Vận tải Hà Nội',
  sponsorKind: 'PUBLIC_BODY',
  sector: 'Giao thông thông minh',
  description: 'Điều khiển đèn tín hiệu thích ứng theo lưu lượng.',
  expectedOutcome: 'Giảm 15% thời gian chờ.',
  rubric: [{ name: 'Tác động', weight: 1 }],
  deadline: '2099-12-31',
};

const application = (challengeId: string, teamName: string, contactEmail: string, locale?: string) => ({
  challengeId,
  teamName,
  members: [{ name: 'Nguyễn Văn An', background: 'UNIVERSITY' }],
  proposal: 'Hệ thống camera AI đếm phương tiện và điều chỉnh pha đèn theo thời gian thực.',
  contactEmail,
  ...(locale ? { locale } : {}),
});

async function publishedChallenge(t: TestApp, manager: string): Promise<string> {
  const created = await t.gql<{ createChallenge: { id: string } }>(CHALLENGE, { i: challengeInput }, manager);
  const id = created.data!.createChallenge.id;
  expect(errorCode(await t.gql(PUBLISH, { id }, manager))).toBeUndefined();
  return id;
}

async function rows<T>(t: TestApp, sql: string, params: unknown[] = []): Promise<T[]> {
  return t.app.orm.em.fork().getConnection().execute<T[]>(sql, params);
}

describe('e-mail over SMTP', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let manager: string;
  let challengeId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({
      config: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Launchpad <no-reply@launchpad.test>',
        PUBLIC_URL: 'https://launchpad.example.vn',
      },
    });
    manager = await t.loginAs('INCUBATOR_MANAGER');
    challengeId = await publishedChallenge(t, manager);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('acknowledges a public application to its contact address, in Vietnamese by default, with the receipt code', async () => {
    const submitted = await t.gql<{ submitApplication: { id: string; receiptCode: string } }>(SUBMIT, {
      i: application(challengeId, 'Nhóm Đèn Xanh', 'an.nguyen@example.vn'),
    });
    expect(submitted.errors).toBeUndefined();
    const { receiptCode } = submitted.data!.submitApplication;
    expect(receiptCode).toMatch(/^[0-9A-F]{8}$/);
    const [mail] = await smtp.waitFor('an.nguyen@example.vn');
    expect(mail!.to).toEqual(['an.nguyen@example.vn']);
    expect(mail!.subject).toBe(`Đã nhận hồ sơ Nhóm Đèn Xanh — mã ${receiptCode}`);
    expect(mail!.language).toBe('vi');
    expect(mail!.text).toContain('Chúng tôi sẽ liên hệ qua email');
    expect(mail!.text).toContain(`https://launchpad.example.vn/challenges/${challengeId}`);
    expect(mail!.html).toContain(`href="https://launchpad.example.vn/challenges/${challengeId}"`);
    expect(mail!.raw.from?.text).toContain('no-reply@launchpad.test');
  });

  it('writes the receipt in English when the applicant applied in English', async () => {
    const submitted = await t.gql<{ submitApplication: { receiptCode: string } }>(SUBMIT, {
      i: application(challengeId, 'Green Light Team', 'binh.tran@example.com', 'en'),
    });
    const [mail] = await smtp.waitFor('binh.tran@example.com');
    expect(mail!.subject).toBe(
      `Application Green Light Team received — code ${submitted.data!.submitApplication.receiptCode}`,
    );
    expect(mail!.language).toBe('en');
    expect(mail!.text).toContain('We will write to you by e-mail');
  });

  it('refuses an invalid contact address, naming the field, and sends nothing', async () => {
    const everything = (await rows<{ n: string }>(t, 'select count(*) as n from outbox'))[0]!.n;
    const refused = await t.gql(SUBMIT, { i: application(challengeId, 'Nhóm Sai Thư', 'not-an-address') });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.field).toBe('contactEmail');
    expect((await rows<{ n: string }>(t, 'select count(*) as n from outbox'))[0]!.n).toBe(everything);
  });

  it('e-mails the founder invitation link when an application is selected, and again on a re-invitation', async () => {
    const submitted = await t.gql<{ submitApplication: { id: string } }>(SUBMIT, {
      i: application(challengeId, 'Nhóm Chọn', 'chon@example.vn'),
    });
    const selected = await t.gql<{ selectApplication: { startup: { id: string }; invitation: { token: string } } }>(
      SELECT,
      { a: submitted.data!.submitApplication.id },
      manager,
    );
    expect(selected.errors).toBeUndefined();
    const { token } = selected.data!.selectApplication.invitation;
    const mails = await smtp.waitFor('chon@example.vn', 3);
    expect(mails.map((mail) => mail.subject).sort()).toEqual(
      [
        'Hồ sơ Nhóm Chọn đã được chọn',
        'Lời mời tham gia Nhóm Chọn trên Launchpad',
        expect.stringMatching(/^Đã nhận hồ sơ Nhóm Chọn/),
      ].sort(),
    );
    const invitation = mails.find((mail) => mail.subject.startsWith('Lời mời'))!;
    expect(invitation.subject).toBe('Lời mời tham gia Nhóm Chọn trên Launchpad');
    expect(invitation.text).toContain(`https://launchpad.example.vn/invitation/${token}`);

    const again = await t.gql<{ inviteFounder: { token: string } }>(
      INVITE,
      { s: selected.data!.selectApplication.startup.id, e: 'chon@example.vn' },
      manager,
    );
    const after = await smtp.waitFor('chon@example.vn', 4);
    expect(after.at(-1)!.text).toContain(`https://launchpad.example.vn/invitation/${again.data!.inviteFounder.token}`);
  });

  it('refuses an invalid invitation address, naming the field', async () => {
    const [startup] = await rows<{ id: string }>(t, 'select id from startups limit 1');
    const refused = await t.gql(INVITE, { s: startup!.id, e: 'nobody at example' }, manager);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.field).toBe('email');
  });

  it('sends nothing for a change that rolled back', async () => {
    const mailJobs = `select count(*) as n from outbox where queue = 'mail'`;
    const before = (await rows<{ n: string }>(t, mailJobs))[0]!.n;
    // Selecting an application twice fails after the first attempt's work: its invitation e-mail must not exist.
    const submitted = await t.gql<{ submitApplication: { id: string } }>(SUBMIT, {
      i: application(challengeId, 'Nhóm Hai Lần', 'hailan@example.vn'),
    });
    await smtp.waitFor('hailan@example.vn');
    await t.gql(SELECT, { a: submitted.data!.submitApplication.id }, manager);
    await smtp.waitFor('hailan@example.vn', 3);
    const twice = await t.gql(SELECT, { a: submitted.data!.submitApplication.id }, manager);
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    const after = (await rows<{ n: string }>(t, mailJobs))[0]!.n;
    // received, selected, invitation — and nothing from the refused second selection
    expect(Number(after) - Number(before)).toBe(3);
    const eventsAfter = (await rows<{ n: string }>(t, `select count(*) as n from outbox where queue = 'notify'`))[0]!.n;
    const em = t.app.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        await notifications.emit(tx, {
          kind: 'FOUNDER_INVITED',
          invitationId: (await rows<{ id: string }>(t, 'select id from invitations limit 1'))[0]!.id,
        });
        throw new Error('the change fails after telling');
      }),
    ).rejects.toThrow('the change fails');
    await t.settled();
    // Neither the event nor any e-mail of the rolled-back change exists.
    expect((await rows<{ n: string }>(t, `select count(*) as n from outbox where queue = 'notify'`))[0]!.n).toBe(
      eventsAfter,
    );
    expect((await rows<{ n: string }>(t, mailJobs))[0]!.n).toBe(after);
  });

  it('tells every applicant not selected when the statement closes, and not the selected ones', async () => {
    const before = smtp.received.length;
    const closed = await t.gql('mutation($id: ID!) { closeChallenge(id: $id) { id } }', { id: challengeId }, manager);
    expect(closed.errors).toBeUndefined();
    for (const address of ['an.nguyen@example.vn', 'binh.tran@example.com']) {
      const mails = await smtp.waitFor(address, 2);
      expect(mails.at(-1)!.subject).toMatch(/^Kết quả hồ sơ /);
      expect(mails.at(-1)!.text).toContain('chưa được chọn');
    }
    // Two applicants not selected; the two selected ones ("Nhóm Chọn", "Nhóm Hai Lần") hear nothing more.
    await vi.waitFor(() => expect(smtp.received.length).toBe(before + 2), { timeout: 30_000, interval: 100 });
    expect(
      smtp.received
        .slice(before)
        .flatMap((mail) => mail.to)
        .sort(),
    ).toEqual(['an.nguyen@example.vn', 'binh.tran@example.com']);
  });

  it('never sends a job twice: a job run again after its mail was sent is done without sending', async () => {
    const [sent] = await rows<{ idempotency_key: string }>(t, 'select idempotency_key from mail_messages limit 1');
    const count = smtp.received.length;
    await t.app.jobs.boss.send('mail', { outboxId: sent!.idempotency_key });
    // The job is done when nothing is left in the queue; the server received nothing more.
    await waitUntil(
      async () => (await t.app.jobs.boss.getQueue('mail'))!.queuedCount === 0 && (await activeCount(t)) === 0,
    );
    expect(smtp.received.length).toBe(count);
  });
});

async function activeCount(t: TestApp): Promise<number> {
  const queue = await t.app.jobs.boss.getQueue('mail');
  return queue?.activeCount ?? 0;
}

/** Waits for a condition (polled every 100 ms), not for a fixed time. */
async function waitUntil(check: () => Promise<boolean>, timeout = 30_000): Promise<void> {
  await vi.waitFor(
    async () => {
      if (!(await check())) throw new Error('not yet');
    },
    { timeout, interval: 100 },
  );
}

describe('without SMTP: the development mailbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('keeps the mail where an ADMIN reads it, and only an ADMIN', async () => {
    const manager = await t.loginAs('INCUBATOR_MANAGER');
    const challengeId = await publishedChallenge(t, manager);
    await t.gql(SUBMIT, { i: application(challengeId, 'Nhóm Hộp Thư', 'hopthu@example.vn') });
    const admin = await t.loginAs('ADMIN');
    await waitUntil(async () => {
      const box = await t.gql<{ mailbox: { to: string }[] }>(MAILBOX, {}, admin);
      return box.data!.mailbox.some((mail) => mail.to === 'hopthu@example.vn');
    });
    const box = await t.gql<{ mailbox: { to: string; subject: string; transport: string; locale: string }[] }>(
      MAILBOX,
      {},
      admin,
    );
    const mail = box.data!.mailbox.find((m) => m.to === 'hopthu@example.vn')!;
    expect(mail.transport).toBe('mailbox');
    expect(mail.subject).toMatch(/^Đã nhận hồ sơ Nhóm Hộp Thư — mã [0-9A-F]{8}$/);
    expect(errorCode(await t.gql(MAILBOX, {}, manager))).toBe('FORBIDDEN');
  });
});

describe('SMTP down', () => {
  let t: TestApp;
  let smtp: TestSmtpServer | null = null;
  const port = 20000 + Math.floor(Math.random() * 20000);
  beforeAll(async () => {
    t = await createTestApp({ config: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
  });
  afterAll(async () => {
    await t.close();
    await smtp?.close();
  });

  it('keeps the job, shows the error to an ADMIN, and delivers once the server is back and the ADMIN retries', async () => {
    const manager = await t.loginAs('INCUBATOR_MANAGER');
    const admin = await t.loginAs('ADMIN');
    const challengeId = await publishedChallenge(t, manager);
    await t.gql(SUBMIT, { i: application(challengeId, 'Nhóm Chờ', 'cho@example.vn') });
    type Jobs = { jobQueue: { id: string; to: string; lastError: string | null; state: string; attempts: number }[] };
    await waitUntil(async () => {
      const jobs = await t.gql<Jobs>('{ jobQueue { id to lastError state attempts } }', {}, admin);
      return jobs.data!.jobQueue.some((job) => job.to === 'cho@example.vn' && job.lastError !== null);
    });
    const jobs = await t.gql<Jobs>('{ jobQueue { id to lastError state attempts } }', {}, admin);
    const job = jobs.data!.jobQueue.find((j) => j.to === 'cho@example.vn')!;
    expect(job.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(job.attempts).toBeGreaterThanOrEqual(1);

    smtp = await startSmtpServer(port);
    await waitUntil(
      async () => (await t.gql<Jobs>('{ jobQueue { id state } }', {}, admin)).data!.jobQueue[0]?.state === 'RETRY',
    );
    const retried = await t.gql<{ retryJob: boolean }>(
      'mutation($id: ID!) { retryJob(id: $id) }',
      { id: job.id },
      admin,
    );
    expect(retried.data!.retryJob).toBe(true);
    const [mail] = await smtp.waitFor('cho@example.vn');
    expect(mail!.subject).toMatch(/^Đã nhận hồ sơ Nhóm Chờ/);
    await waitUntil(async () => (await t.gql<Jobs>('{ jobQueue { id } }', {}, admin)).data!.jobQueue.length === 0);
  });
});
