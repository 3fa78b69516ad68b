// Sessions: what tests/api/auth.test.ts does not already prove — password changes, pinned algorithms, server-side expiry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmac, createSign, generateKeyPairSync } from 'node:crypto';
import { DEMO_PASSWORD } from '@launchpad/server/modules/users/seed';
import { createTestApp, errorCode, TEST_JWT_SECRET, type TestApp } from '../support/app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const ME = '{ me { email } }';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;

function signHmac(algorithm: 'sha256' | 'sha512', alg: string, payload: object, secret = TEST_JWT_SECRET): string {
  const unsigned = `${b64({ alg, typ: 'JWT' })}.${b64(payload)}`;
  return `${unsigned}.${createHmac(algorithm, secret).update(unsigned).digest('base64url')}`;
}

describe('sessions', () => {
  let t: TestApp;
  const login = async (email: string, password = DEMO_PASSWORD) => {
    const response = await t.gql<{ login: { token: string } }>(LOGIN, { e: email, p: password });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.login.token;
  };

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('invalidates every token of a user at once when they change their password', async () => {
    const first = await login('incubator@launchpad.test');
    const second = await login('incubator@launchpad.test');
    const other = await login('fund@launchpad.test');
    const changed = await t.gql<{ changePassword: boolean }>(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
      { c: DEMO_PASSWORD, n: 'a-brand-new-password' },
      first,
    );
    expect(changed.data?.changePassword).toBe(true);
    expect(errorCode(await t.gql(ME, {}, first))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(ME, {}, second))).toBe('UNAUTHENTICATED');
    // Another user's session is untouched.
    expect((await t.gql<{ me: { email: string } }>(ME, {}, other)).data?.me.email).toBe('fund@launchpad.test');
    // The old password is gone, the new one works.
    expect(errorCode(await t.gql(LOGIN, { e: 'incubator@launchpad.test', p: DEMO_PASSWORD }))).toBe('UNAUTHENTICATED');
    const fresh = await login('incubator@launchpad.test', 'a-brand-new-password');
    expect((await t.gql<{ me: { email: string } }>(ME, {}, fresh)).data?.me.email).toBe('incubator@launchpad.test');
  });

  it('refuses a password change with a wrong current password and keeps the sessions', async () => {
    const token = await login('board@launchpad.test');
    const refused = await t.gql(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
      { c: 'not-the-password', n: 'another-new-password' },
      token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect((await t.gql<{ me: { email: string } }>(ME, {}, token)).data?.me.email).toBe('board@launchpad.test');
  });

  it('ends only the session that logs out; the same user signed in elsewhere stays signed in', async () => {
    const laptop = await login('board@launchpad.test');
    const phone = await login('board@launchpad.test');
    await t.gql('mutation { logout }', {}, laptop);
    expect(errorCode(await t.gql(ME, {}, laptop))).toBe('UNAUTHENTICATED');
    expect((await t.gql<{ me: { email: string } }>(ME, {}, phone)).data?.me.email).toBe('board@launchpad.test');
  });

  it('refuses an HS512 token signed with the very secret: the algorithm is pinned to HS256', async () => {
    const good = await login('board@launchpad.test');
    const hs512 = signHmac('sha512', 'HS512', claimsOf(good));
    expect(errorCode(await t.gql(ME, {}, hs512))).toBe('UNAUTHENTICATED');
  });

  it('refuses an RS256 token, including one whose key is the HMAC secret in disguise', async () => {
    const good = await login('board@launchpad.test');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const unsigned = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claimsOf(good))}`;
    const rs256 = `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`;
    expect(errorCode(await t.gql(ME, {}, rs256))).toBe('UNAUTHENTICATED');
    // Algorithm confusion: header says HS256-family but asks for a key by id/url — the header is ignored.
    const confused = signHmac('sha256', 'HS256', claimsOf(good)).replace(
      /^[^.]+/,
      b64({ alg: 'HS256', typ: 'JWT', kid: '../../dev/null', jku: 'https://evil.example/keys' }),
    );
    expect(errorCode(await t.gql(ME, {}, confused))).toBe('UNAUTHENTICATED');
  });

  it('refuses a correctly signed token that names a session the server never issued', async () => {
    const good = await login('board@launchpad.test');
    const forged = signHmac('sha256', 'HS256', { ...claimsOf(good), sid: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(await t.gql(ME, {}, forged))).toBe('UNAUTHENTICATED');
    const promoted = signHmac('sha256', 'HS256', { ...claimsOf(good), role: 'ADMIN' });
    // Even with the signing secret, the role comes from the database row, not the claim.
    const asAdmin = await t.gql('{ users { email } }', {}, promoted);
    expect(errorCode(asAdmin)).toBe('FORBIDDEN');
  });

  it('refuses a token whose session expired on the server even while the JWT itself is still valid', async () => {
    const token = await login('fund@launchpad.test');
    await t.app.orm.em
      .getConnection()
      .execute(`update sessions set expires_at = now() - interval '1 second' where id = ?`, [claimsOf(token).sid]);
    expect(errorCode(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('refuses malformed Authorization headers with UNAUTHENTICATED, never a 500', async () => {
    for (const header of ['Basic Ym9hcmQ6cGFzcw==', 'Bearer', 'Bearer a.b.c', 'Bearer ' + 'x'.repeat(5000), 'bearer']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: header },
        payload: { query: ME },
      });
      expect(response.statusCode).toBeLessThan(500);
      expect(response.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('lets a client with a stale token sign in again', async () => {
    const stale = await login('fund@launchpad.test');
    await t.gql('mutation { logout }', {}, stale);
    const again = await t.gql<{ login: { token: string } }>(
      LOGIN,
      { e: 'fund@launchpad.test', p: DEMO_PASSWORD },
      stale,
    );
    expect(again.data?.login.token).toBeTypeOf('string');
  });
});
