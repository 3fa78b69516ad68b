// Forgot password: the same answer for every address (no enumeration), a single-use link valid 30 minutes by
// e-mail (only its hash stored), at most three links an hour, and a reset that ends every other session.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '@launchpad/server/modules/users/seed';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { token user { email } } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const FOUNDER = 'founder@launchpad.test';

describe('forgot password', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let now = new Date('2026-12-01T08:00:00Z');

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({
      config: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://launchpad.example.vn' },
      clock: () => now,
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  function tokenOf(text: string): string {
    const match = /https:\/\/launchpad\.example\.vn\/reset-password\/([A-Za-z0-9_-]+)/.exec(text);
    if (!match) throw new Error(`no reset link in: ${text}`);
    return match[1]!;
  }

  it('answers true for an unknown address and sends nothing; refuses a malformed one naming the field', async () => {
    const unknown = await t.gql<{ requestPasswordReset: boolean }>(REQUEST, { e: 'nobody@example.vn' });
    expect(unknown.data!.requestPasswordReset).toBe(true);
    const [rows] = await t.app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from outbox');
    expect(Number(rows!.n)).toBe(0);
    const malformed = await t.gql(REQUEST, { e: 'not an address' });
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors![0]!.extensions!.field).toBe('email');
  });

  it('e-mails a single-use link, stores only its hash, and the reset ends every other session', async () => {
    const oldSession = await t.loginAs('FOUNDER');
    const answer = await t.gql<{ requestPasswordReset: boolean }>(REQUEST, { e: FOUNDER.toUpperCase() });
    expect(answer.data!.requestPasswordReset).toBe(true);
    const [mail] = await smtp.waitFor(FOUNDER);
    expect(mail!.subject).toBe('Đặt lại mật khẩu Launchpad');
    const token = tokenOf(mail!.text);
    const stored = await t.app.orm.em
      .fork()
      .getConnection()
      .execute<{ token_hash: string }[]>('select token_hash from password_resets');
    expect(stored.map((r) => r.token_hash)).not.toContain(token);
    // Once the job is done, the mail log and the outbox keep no copy of the link (it went over SMTP).
    await vi.waitFor(
      async () => {
        const [left] = await t.app.orm.em
          .fork()
          .getConnection()
          .execute<{ n: string }[]>(
            `select (select count(*) from mail_messages where text_body like ?) + (select count(*) from outbox where payload::text like ?) + (select count(*) from outbox where delivered_at is null) as n`,
            [`%${token}%`, `%${token}%`],
          );
        expect(Number(left!.n)).toBe(0);
      },
      { timeout: 30_000, interval: 100 },
    );

    expect(errorCode(await t.gql(RESET, { t: token, p: 'short' }))).toBe('BAD_USER_INPUT');
    const reset = await t.gql<{ resetPassword: { token: string; user: { email: string } } }>(RESET, {
      t: token,
      p: 'a-brand-new-password',
    });
    expect(reset.errors).toBeUndefined();
    expect(reset.data!.resetPassword.user.email).toBe(FOUNDER);
    expect(errorCode(await t.gql('{ me { email } }', {}, oldSession))).toBe('UNAUTHENTICATED');
    expect(
      (await t.gql<{ me: { email: string } }>('{ me { email } }', {}, reset.data!.resetPassword.token)).data!.me.email,
    ).toBe(FOUNDER);
    expect(errorCode(await t.gql(LOGIN, { e: FOUNDER, p: DEMO_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(LOGIN, { e: FOUNDER, p: 'a-brand-new-password' }))).toBeUndefined();
    // Single use.
    expect(errorCode(await t.gql(RESET, { t: token, p: 'another-new-password' }))).toBe('BAD_USER_INPUT');
  });

  it('refuses a link after 30 minutes, and sends at most three links an hour', async () => {
    now = new Date('2026-12-01T10:00:00Z');
    await t.gql(REQUEST, { e: FOUNDER });
    const mails = await smtp.waitFor(FOUNDER, 2);
    const token = tokenOf(mails.at(-1)!.text);
    now = new Date('2026-12-01T10:30:01Z');
    const late = await t.gql(RESET, { t: token, p: 'too-late-password' });
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
    expect(late.errors![0]!.extensions!.field).toBe('token');
    for (let i = 0; i < 4; i++)
      expect((await t.gql<{ requestPasswordReset: boolean }>(REQUEST, { e: FOUNDER })).data!.requestPasswordReset).toBe(
        true,
      );
    const [row] = await t.app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from password_resets where created_at > ?`, [
        new Date('2026-12-01T09:45:00Z'),
      ]);
    expect(Number(row!.n)).toBe(3);
  });
});
