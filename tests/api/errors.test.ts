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
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown field with BAD_USER_INPUT', async () => {
    const result = await t.gql('{ me { salary } }');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});
