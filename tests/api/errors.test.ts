import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../support/app';

describe('refusing malformed requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers an unknown enum value in a variable with BAD_USER_INPUT naming the variable, never a 500', async () => {
    const token = await t.loginAs('INCUBATOR_MANAGER');
    const result = await t.gql(
      'mutation($id: ID!, $to: Stage!) { moveStartup(id: $id, to: $to) { id } }',
      { id: '00000000-0000-4000-8000-000000000000', to: 'NOWHERE' },
      token,
    );
    expect(result.status).toBeLessThan(500);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('to');
  });

  it('answers a malformed VND variable with BAD_USER_INPUT naming the variable', async () => {
    const token = await t.loginAs('FUND_MANAGER');
    const result = await t.gql(
      'mutation($input: CommitCapitalInput!) { commitCapital(input: $input) { id } }',
      {
        input: { fundId: '00000000-0000-4000-8000-000000000000', memberName: 'A', memberType: 'STATE', amount: '12.5' },
      },
      token,
    );
    expect(result.status).toBeLessThan(500);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/whole|dong|amount/i);
  });

  it('answers a syntax error with BAD_USER_INPUT', async () => {
    const result = await t.gql('{ me { email ');
    // In application/json a request error is an answer: 200 (tests/api/graphql-over-http.test.ts covers both types).
    expect(result.status).toBe(200);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown field with BAD_USER_INPUT', async () => {
    const result = await t.gql('{ me { salary } }');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('refuses a NUL character in a variable with BAD_USER_INPUT naming the field, before any SQL', async () => {
    const login = await t.gql(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      {
        email: 'board@launchpad.test\u0000',
        password: 'x',
      },
    );
    expect(login.status).toBe(200);
    expect(errorCode(login)).toBe('BAD_USER_INPUT');
    expect(login.errors?.[0]?.extensions?.field).toBe('email');
    expect(login.errors?.[0]?.message).not.toMatch(/select|from/i);

    const token = await t.loginAs('INCUBATOR_MANAGER');
    const nested = await t.gql(
      'mutation($input: CreateStartupInput!) { createStartup(input: $input) { id } }',
      { input: { name: 'Nul\u0000Tech', sector: 'Fintech' } },
      token,
    );
    expect(errorCode(nested)).toBe('BAD_USER_INPUT');
    expect(nested.errors?.[0]?.extensions?.field).toBe('name');
  });

  it('refuses a NUL character in an inline string literal with BAD_USER_INPUT', async () => {
    const result = await t.gql('mutation { login(email: "a\\u0000@b.vn", password: "x") { token } }');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/email must not contain a NUL character/);
  });
});
