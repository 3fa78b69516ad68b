// HTTP and GraphQL hardening: headers, CORS, rate limits, body size, query shape limits, production answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type * as GraphQLModule from 'graphql';
import { Kind, parse, type DocumentNode } from 'graphql';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { loadSchemaText } from '@launchpad/server/plugins/graphql';
import { GRAPHQL_BODY_LIMIT, GRAPHQL_LIMITS, graphqlValidationRules } from '@launchpad/server/graphql/limits';
import { textLimitRefusal } from '@launchpad/server/graphql/text-limits';
import { countLimitedFields } from '@launchpad/server/plugins/security';
import * as webOperations from '../../web/src/api/generated/graphql';
import { createTestApp, errorCode, type TestApp } from '../support/app';

// The CommonJS graphql, the one the server's validation rules and mercurius use (one realm).
const { buildSchema, print, validate } = createRequire(import.meta.url)('graphql') as typeof GraphQLModule;

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

async function post(t: TestApp, payload: unknown, remoteAddress = '10.0.0.1', headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: '/graphql', payload: payload as object, remoteAddress, headers });
}

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: 'none' });
  });
  afterAll(() => t.close());

  it('sends a Content-Security-Policy that allows scripts only from the app itself', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'( https:\/\/unpkg\.com)?;/);
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('keeps the GraphiQL CDN out of the production policy', async () => {
    const production = await createTestApp({ seed: 'none', config: { NODE_ENV: 'production', SEED_DEMO: 'false' } });
    try {
      const response = await production.app.inject({ method: 'GET', url: '/health' });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self';");
      expect(csp).not.toContain('unpkg');
    } finally {
      await production.close();
    }
  });
});

describe('CORS', () => {
  it('is closed when CORS_ORIGINS is not set: no cross-origin page may read an answer', async () => {
    const t = await createTestApp({ seed: 'none' });
    try {
      const preflight = await t.app.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      const simple = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { origin: 'https://evil.example' },
        payload: { query: '{ me { id } }' },
      });
      expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it('allows exactly the configured origins', async () => {
    const t = await createTestApp({ seed: 'none', config: { CORS_ORIGINS: 'https://apps.city.example' } });
    try {
      const allowed = await t.app.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: { origin: 'https://apps.city.example', 'access-control-request-method': 'POST' },
      });
      expect(allowed.headers['access-control-allow-origin']).toBe('https://apps.city.example');
      const other = await t.app.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      config: { RATE_LIMIT_LOGIN_PER_MINUTE: '3', RATE_LIMIT_APPLICATIONS_PER_MINUTE: '2' },
    });
  });
  afterAll(() => t.close());

  const wrongLogin = { query: LOGIN, variables: { e: 'board@launchpad.test', p: 'wrong-password' } };

  it('refuses the fourth login in a minute from one address with 429, Retry-After and RATE_LIMITED', async () => {
    for (let i = 0; i < 3; i++) {
      const response = await post(t, wrongLogin, '10.0.1.1');
      expect(response.statusCode).toBe(200);
      expect(response.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const limited = await post(t, wrongLogin, '10.0.1.1');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.json()).toMatchObject({ data: null, errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
  });

  it('keeps the budget per client address: another address may still sign in', async () => {
    const response = await post(
      t,
      { query: LOGIN, variables: { e: 'board@launchpad.test', p: 'launchpad-demo' } },
      '10.0.1.2',
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().data.login.token).toBeTypeOf('string');
  });

  it('counts every aliased login in one request, so aliases cannot multiply guesses', async () => {
    const aliased = `mutation {
      a: login(email: "board@launchpad.test", password: "guess-1") { token }
      b: login(email: "board@launchpad.test", password: "guess-2") { token }
      c: login(email: "board@launchpad.test", password: "guess-3") { token }
      d: login(email: "board@launchpad.test", password: "guess-4") { token }
    }`;
    const response = await post(t, { query: aliased }, '10.0.1.3');
    expect(response.statusCode).toBe(429);
    expect(response.json().errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('counts logins hidden in fragments on Mutation', async () => {
    const hidden = `mutation { ...Guess ... on Mutation { x: login(email: "a@b.c", password: "p") { token } } }
      fragment Guess on Mutation { y: login(email: "a@b.c", password: "q") { token } z: login(email: "a@b.c", password: "r") { token } w: login(email: "a@b.c", password: "s") { token } }`;
    const response = await post(t, { query: hidden }, '10.0.1.4');
    expect(response.statusCode).toBe(429);
  });

  it('does not trust X-Forwarded-For from an unconfigured proxy, so a client cannot reset its budget', async () => {
    for (let i = 0; i < 3; i++) await post(t, wrongLogin, '10.0.1.5', { 'x-forwarded-for': `192.0.2.${i}` });
    const limited = await post(t, wrongLogin, '10.0.1.5', { 'x-forwarded-for': '192.0.2.99' });
    expect(limited.statusCode).toBe(429);
  });

  it('limits the public application form on its own budget', async () => {
    // Well-typed input for a challenge that does not exist: the service refuses it, but the budget is spent.
    const submit = {
      query: 'mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }',
      variables: {
        input: {
          challengeId: '00000000-0000-0000-0000-000000000000',
          teamName: 'Budget team',
          members: [{ name: 'An', background: 'UNIVERSITY' }],
          proposal: 'A proposal',
          contactEmail: 'team@example.vn',
        },
      },
    };
    const first = await post(t, submit, '10.0.1.6');
    const second = await post(t, submit, '10.0.1.6');
    expect([first.statusCode, second.statusCode]).not.toContain(429);
    const third = await post(t, submit, '10.0.1.6');
    expect(third.statusCode).toBe(429);
    expect(third.json().errors[0].extensions.code).toBe('RATE_LIMITED');
    // Sign-in from the same address has its own, separate budget.
    expect((await post(t, wrongLogin, '10.0.1.6')).statusCode).toBe(200);
  });

  it('counts limited fields in every mutation operation of the parsed document, and none in a query', () => {
    const document = parse(`
      mutation A { login(email: "a@b.c", password: "p") { token } ...M }
      mutation B { ... on Mutation { x: login(email: "a@b.c", password: "q") { token } } }
      fragment M on Mutation { y: login(email: "a@b.c", password: "r") { token } }
      query C { me { id } }`);
    expect(countLimitedFields(document, ['login']).get('login')).toBe(3);
    expect(countLimitedFields(parse('{ login }'), ['login']).size).toBe(0);
  });

  it('spends no budget on a document that never runs (refused by its shape or its variables)', async () => {
    // Refused before execution: a variable of the wrong type, and a login spread 2^30 times through fragments.
    const untyped = await post(t, { query: LOGIN, variables: { e: 1, p: 2 } }, '10.0.1.7');
    expect(errorCode(untyped.json())).toBe('BAD_USER_INPUT');
    const spread = Array.from({ length: 31 }, (_, i) =>
      i === 30
        ? `fragment F${i} on Mutation { login(email: "a@b.c", password: "p") { token } }`
        : `fragment F${i} on Mutation { ...F${i + 1} ...F${i + 1} }`,
    );
    for (let i = 0; i < 3; i++) {
      const refused = await post(t, { query: `mutation { ...F0 } ${spread.join(' ')}` }, '10.0.1.7');
      expect(errorCode(refused.json())).toBe('BAD_USER_INPUT');
    }
    // The three attempts of the budget are all still there.
    for (let i = 0; i < 3; i++) expect((await post(t, wrongLogin, '10.0.1.7')).statusCode).toBe(200);
    expect((await post(t, wrongLogin, '10.0.1.7')).statusCode).toBe(429);
  });

  it('limits appeals, whose receipt codes could be guessed, on the sign-in budget', async () => {
    const appeal = {
      query: 'mutation($input: AppealInput!) { appealDecision(input: $input) { id } }',
      variables: {
        input: { challengeId: randomUUID(), receiptCode: 'ABCD1234', contactEmail: 'a@b.test', text: 'x' },
      },
    };
    for (let i = 0; i < 3; i++) expect((await post(t, appeal, '10.0.1.8')).statusCode).toBe(200);
    const limited = await post(t, appeal, '10.0.1.8');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});

describe('request size and shape limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: 'none' });
  });
  afterAll(() => t.close());

  it('refuses a GraphQL body over 256 KiB with 413', async () => {
    const response = await post(t, { query: '{ me { id } }', variables: { padding: 'x'.repeat(GRAPHQL_BODY_LIMIT) } });
    expect(response.statusCode).toBe(413);
    expect(response.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.body).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('accepts a body just under that limit', async () => {
    const envelope = '{"query":"{ __typename }","variables":{"text":""}}';
    const payload = envelope.replace('""', `"${'ế'.repeat(Math.floor((GRAPHQL_BODY_LIMIT - envelope.length) / 3))}"`);
    expect(Buffer.byteLength(payload)).toBeGreaterThan(GRAPHQL_BODY_LIMIT - 8);
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(GRAPHQL_BODY_LIMIT);
    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a batch of operations in one request', async () => {
    const response = await post(t, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses more aliases than the limit with BAD_USER_INPUT', async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ');
    const response = await t.gql(`{ ${fields} }`);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.some((error) => /aliases/.test(error.message))).toBe(true);
  });

  it('refuses a query nested deeper than the limit', async () => {
    // Introspection types nest without end; depth = 3 + the number of `ofType` levels.
    const chain = (levels: number) =>
      `{ __type(name: "User") { fields { type { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } } } }`;
    expect((await t.gql(chain(GRAPHQL_LIMITS.maxDepth - 3))).errors).toBeUndefined();
    const tooDeep = await t.gql(chain(GRAPHQL_LIMITS.maxDepth - 2));
    expect(errorCode(tooDeep)).toBe('BAD_USER_INPUT');
    expect(tooDeep.errors?.[0]?.message).toMatch(/nested 11 levels deep/);
  });

  it('refuses a query whose nested lists would cost more than the limit', async () => {
    const costly = await t.gql('{ __schema { types { fields { args { type { fields { name } } } } } } }');
    expect(errorCode(costly)).toBe('BAD_USER_INPUT');
    expect(costly.errors?.[0]?.message).toMatch(/cost about \d+ units/);
  });

  it('refuses a document with more tokens than the parser limit', async () => {
    const response = await t.gql(`{ ${'__typename '.repeat(GRAPHQL_LIMITS.maxTokens)} }`);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it('refuses an introspection query in production but not __typename', async () => {
    const production = await createTestApp({ seed: 'none', config: { NODE_ENV: 'production', SEED_DEMO: 'false' } });
    try {
      const introspection = await production.gql('{ __schema { types { name } } }');
      expect(errorCode(introspection)).toBe('BAD_USER_INPUT');
      expect(introspection.data ?? null).toBeNull();
      const type = await production.gql('{ __type(name: "User") { name } }');
      expect(errorCode(type)).toBe('BAD_USER_INPUT');
      const typename = await production.gql('{ __typename }');
      expect(typename.data).toEqual({ __typename: 'Query' });
    } finally {
      await production.close();
    }
  });

  it('serves GraphiQL outside production only', async () => {
    const development = await t.app.inject({ method: 'GET', url: '/graphiql' });
    expect(development.statusCode).toBe(200);
    expect(development.body).toContain('graphiql/main.js');
    const production = await createTestApp({ seed: 'none', config: { NODE_ENV: 'production', SEED_DEMO: 'false' } });
    try {
      const response = await production.app.inject({ method: 'GET', url: '/graphiql' });
      expect(response.statusCode).toBe(404);
      const script = await production.app.inject({ method: 'GET', url: '/graphiql/main.js' });
      expect(script.statusCode).toBe(404);
    } finally {
      await production.close();
    }
  });
});

describe('the limits and the web app', () => {
  it('accept every operation the web app sends', () => {
    const schema = buildSchema(loadSchemaText());
    const documents = Object.entries(webOperations).filter(
      ([, value]) =>
        (value as DocumentNode | undefined)?.kind === Kind.DOCUMENT &&
        (value as DocumentNode).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION),
    ) as [string, DocumentNode][];
    expect(documents.length).toBeGreaterThan(3);
    for (const [name, document] of documents) {
      const errors = validate(schema, document, graphqlValidationRules({ production: true }));
      expect(errors.map((error) => `${name}: ${error.message}`)).toEqual([]);
      // The text limits checked before parsing, on the text the web app sends (`print` of the document).
      expect(textLimitRefusal(print(document)), name).toBeNull();
    }
  });
});

describe('production error answers', () => {
  it('answers an unexpected failure with a generic message: no SQL, no stack, no table names', async () => {
    const production = await createTestApp({ config: { NODE_ENV: 'production', SEED_DEMO: 'false' } });
    const admin = new pg.Client({ connectionString: production.database.url });
    await admin.connect();
    try {
      const token = await production.loginAs('BOARD');
      // Break the schema under the running server: `me` now fails inside PostgreSQL.
      await admin.query('ALTER TABLE users RENAME COLUMN display_name TO display_name_gone');
      const response = await production.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${token}` },
        payload: { query: '{ me { id displayName } }' },
      });
      const body = response.body;
      // `me` is nullable: the answer is `{ me: null }` with the error beside it.
      expect(response.json().data).toEqual({ me: null });
      expect(response.json().errors[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(body, body).not.toMatch(/display_name|select |from |does not exist|relation|stack|\.ts:\d+/i);
    } finally {
      await admin.query('ALTER TABLE users RENAME COLUMN display_name_gone TO display_name').catch(() => {});
      await admin.end();
      await production.close();
    }
  });
});
