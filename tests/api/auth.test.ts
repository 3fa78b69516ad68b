import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@launchpad/server/modules/users/seed';
import { createTestApp, errorCode, TEST_JWT_SECRET, type TestApp } from '../support/app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { email role } } }';
const ME = '{ me { email role } }';

function base64url(value: object | string): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

function signHs256(payload: object, secret = TEST_JWT_SECRET): string {
  const unsigned = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
}

describe('signing in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each(DEMO_ACCOUNTS.map((account) => [account.role, account.email]))(
    'signs in the %s demo account',
    async (role, email) => {
      const result = await t.gql<{ login: { token: string; user: { email: string; role: string } } }>(LOGIN, {
        e: email,
        p: DEMO_PASSWORD,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.login.user).toEqual({ email, role });
      const me = await t.gql<{ me: { role: string } }>(ME, {}, result.data?.login.token);
      expect(me.data?.me.role).toBe(role);
    },
  );

  it('gives a wrong password and an unknown email the very same refusal', async () => {
    const wrongPassword = await t.gql(LOGIN, { e: 'board@launchpad.test', p: 'not-the-password' });
    const unknownEmail = await t.gql(LOGIN, { e: 'nobody@launchpad.test', p: DEMO_PASSWORD });
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0]?.message).toBe(unknownEmail.errors?.[0]?.message);
    expect(errorCode(unknownEmail)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.data).toBeNull();
  });

  it('answers `me` with null for an anonymous visitor', async () => {
    const result = await t.gql(ME);
    expect(result.data).toEqual({ me: null });
  });

  it('issues tokens that expire after JWT_EXPIRES_IN (8 hours by default)', async () => {
    const token = await t.loginAs('BOARD');
    const claims = claimsOf(token);
    expect(typeof claims.exp).toBe('number');
    expect(Number(claims.exp) - Number(claims.iat)).toBe(8 * 60 * 60);
    expect(Number(claims.exp)).toBeGreaterThan(Date.now() / 1000);
  });
});

describe('refusing bad tokens', () => {
  let t: TestApp;
  let good: string;
  beforeAll(async () => {
    t = await createTestApp();
    good = await t.loginAs('ADMIN');
  });
  afterAll(() => t.close());

  it('refuses a token whose payload was tampered with', async () => {
    const [header, , signature] = good.split('.');
    const forged = `${header}.${base64url({ ...claimsOf(good), role: 'ADMIN', sub: '00000000-0000-0000-0000-000000000000' })}.${signature}`;
    expect(errorCode(await t.gql(ME, {}, forged))).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const claims = claimsOf(good);
    const expired = signHs256({ ...claims, iat: 1_700_000_000, exp: 1_700_000_600 });
    expect(errorCode(await t.gql(ME, {}, expired))).toBe('UNAUTHENTICATED');
  });

  it('refuses an unsigned `alg: none` token', async () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claimsOf(good))}.`;
    expect(errorCode(await t.gql(ME, {}, unsigned))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with another secret', async () => {
    const foreign = signHs256(claimsOf(good), 'another-secret-that-is-also-long-enough!!');
    expect(errorCode(await t.gql(ME, {}, foreign))).toBe('UNAUTHENTICATED');
  });

  it('ends a session on logout: the same token is refused afterwards', async () => {
    const token = await t.gql<{ login: { token: string } }>(LOGIN, { e: 'fund@launchpad.test', p: DEMO_PASSWORD });
    const session = token.data!.login.token;
    expect((await t.gql<{ logout: boolean }>('mutation { logout }', {}, session)).data?.logout).toBe(true);
    expect(errorCode(await t.gql(ME, {}, session))).toBe('UNAUTHENTICATED');
  });
});

describe('roles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses an operation to a role without the right with FORBIDDEN', async () => {
    const board = await t.loginAs('BOARD');
    const result = await t.gql('{ users { email } }', {}, board);
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    expect(errorCode(await t.gql('{ users { email } }'))).toBe('UNAUTHENTICATED');
  });

  it('lets ADMIN list the accounts', async () => {
    const admin = await t.loginAs('ADMIN');
    const result = await t.gql<{ users: { email: string }[] }>('{ users { email } }', {}, admin);
    expect(result.data?.users.map((user) => user.email)).toContain('founder@launchpad.test');
  });

  it('invalidates every token of a user an admin deactivates', async () => {
    const admin = await t.loginAs('ADMIN');
    const founder = await t.loginAs('FOUNDER');
    const me = await t.gql<{ users: { id: string; email: string }[] }>('{ users { id email } }', {}, admin);
    const id = me.data!.users.find((user) => user.email === 'founder@launchpad.test')!.id;
    await t.gql('mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }', { id }, admin);
    expect(errorCode(await t.gql(ME, {}, founder))).toBe('UNAUTHENTICATED');
    const again = await t.gql(LOGIN, { e: 'founder@launchpad.test', p: DEMO_PASSWORD });
    expect(errorCode(again)).toBe('UNAUTHENTICATED');
  });
});
