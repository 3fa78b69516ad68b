// Query-shape limits measured once per fragment: hostile fragment fan-out is refused without expanding it,
// legitimate documents built of many fragments still pass, and production answers carry no schema guesses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { GRAPHQL_LIMITS } from '@launchpad/server/graphql/limits';
import { textLimitRefusal } from '@launchpad/server/graphql/text-limits';
import { MAX_COUNTED_OCCURRENCES, countLimitedFields } from '@launchpad/server/plugins/security';
import { createTestApp, errorCode, type GraphQLResponse, type TestApp } from '../support/app';

/**
 * `{ ...F0 } fragment F0 on Query { ...F1 ...F1 } … fragment F(n-1) on Query { leaf }`: about 1 KB of text,
 * 2^(n-1) copies of the leaf once every fragment is expanded.
 */
function fanOut(fragments: number, { operation = 'query', root = 'Query', leaf = '__typename' } = {}): string {
  const definitions = Array.from({ length: fragments }, (_, i) =>
    i === fragments - 1
      ? `fragment F${i} on ${root} { ${leaf} }`
      : `fragment F${i} on ${root} { ...F${i + 1} ...F${i + 1} }`,
  );
  return `${operation} { ...F0 } ${definitions.join(' ')}`;
}

describe('fragment fan-out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: 'none' });
  });
  afterAll(() => t.close());

  it.each([23, 28, 40])('refuses a document whose %i fragments each spread the next one twice', async (n) => {
    const document = fanOut(n);
    expect(document.length).toBeLessThan(2048);
    // A refusal before execution is a 400 in the GraphQL-over-HTTP media type (plain application/json keeps 200).
    const answer = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { accept: 'application/graphql-response+json' },
      payload: { query: document },
    });
    expect(answer.statusCode).toBe(400);
    const response = answer.json() as GraphQLResponse;
    expect(response).not.toHaveProperty('data');
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.map((error) => error.message)).toContainEqual(
      expect.stringMatching(new RegExp(`cost about \\d+ units or more; at most ${GRAPHQL_LIMITS.maxCost}`)),
    );
  });

  it('refuses a fan-out that nests deeper than the limit through fragments', async () => {
    // Each fragment goes one `ofType` deeper and spreads the next twice.
    const levels = 30;
    const definitions = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment T${i} on __Type { name }`
        : `fragment T${i} on __Type { ofType { ...T${i + 1} ...T${i + 1} } }`,
    );
    const response = await t.gql(`{ __type(name: "User") { ...T0 } } ${definitions.join(' ')}`);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.map((error) => error.message)).toContainEqual(
      expect.stringMatching(`nested ${GRAPHQL_LIMITS.maxDepth + 1} levels deep`),
    );
  });

  it('counts aliases inside fragments once for every place they are spread', async () => {
    const aliases = Array.from({ length: 11 }, (_, i) => `a${i}: __typename`).join(' ');
    const response = await t.gql(
      `{ ...Twice } fragment Twice on Query { ...A ... on Query { ...A } } fragment A on Query { ${aliases} }`,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.map((error) => error.message)).toContainEqual(
      expect.stringMatching(`more than ${GRAPHQL_LIMITS.maxAliases} aliases`),
    );
  });

  it('refuses more directives than the limit', async () => {
    // Two fields in turn: fifty copies of one would pass the same-field pairs limit first.
    const fields = Array.from(
      { length: GRAPHQL_LIMITS.maxDirectives + 1 },
      (_, i) => `${i % 2 ? 'kind' : 'name'} @include(if: true)`,
    );
    const response = await t.gql(`{ __type(name: "User") { ${fields.join(' ')} } }`);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.map((error) => error.message)).toContainEqual(
      expect.stringMatching(`more than ${GRAPHQL_LIMITS.maxDirectives} directives`),
    );
    const allowed = await t.gql(`{ __type(name: "User") { ${fields.slice(1).join(' ')} } }`);
    expect(allowed.errors).toBeUndefined();
  });

  it('refuses a field selected again and again at one place before graphql-js compares every pair', async () => {
    const pairs = new RegExp(`more than ${GRAPHQL_LIMITS.maxSameFieldPairs} pairs`);
    // 200 copies (3 KB): ~40,000 pairs, ~100 ms of graphql-js' CPU.
    const copies = await t.gql(`{ __type(name: "User") { ${'ofType { name } '.repeat(200)}} }`);
    expect(errorCode(copies)).toBe('BAD_USER_INPUT');
    expect(copies.errors?.map((error) => error.message)).toContainEqual(expect.stringMatching(pairs));
    // The same through a fragment and inline fragments, which answer at the same place.
    const copy = 'ofType { name } ';
    const hidden = await t.gql(
      `{ __type(name: "User") { ...Many ${`... on __Type { ${copy} } `.repeat(25)} } } fragment Many on __Type { ${copy.repeat(25)} }`,
    );
    expect(hidden.errors?.map((error) => error.message)).toContainEqual(expect.stringMatching(pairs));
    // A field both in a fragment and beside it, at several levels, is a handful of pairs.
    const usual = await t.gql<{ __type: { name: string } }>(
      '{ __type(name: "User") { name ...N fields { name type { ...N } } } } fragment N on __Type { name kind }',
    );
    expect(usual.errors).toBeUndefined();
    expect(usual.data?.__type.name).toBe('User');
  });

  it('refuses an overlong name before graphql-js looks for a similar one to suggest', async () => {
    const name = 'n'.repeat(GRAPHQL_LIMITS.maxNameLength + 1);
    const response = await t.gql(`{ startup(id: "x") { ${name} } }`);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.map((error) => error.message)).toEqual([
      `A name in this document is ${name.length} characters long; at most ${GRAPHQL_LIMITS.maxNameLength} are allowed`,
    ]);
    const atTheLimit = await t.gql(`{ startup(id: "x") { ${name.slice(1)} } }`);
    expect(atTheLimit.errors?.[0]?.message).toMatch(/^Cannot query field "n+" on type "Startup"/);
  });

  it('accepts a document nested to the depth limit and built of many fragments, some spread many times', async () => {
    // __type › fields › type, then 7 `ofType` levels: depth 10, each level its own fragment, and every level
    // spreads the shared `Named` and `Kinds` fragments (20 fragments in all).
    const ofTypeLevels = GRAPHQL_LIMITS.maxDepth - 3;
    const levels = Array.from({ length: ofTypeLevels + 1 }, (_, i) =>
      i === ofTypeLevels
        ? `fragment L${i} on __Type { ...Named }`
        : `fragment L${i} on __Type { ...Named ...Kinds ofType { ...L${i + 1} } }`,
    );
    // A chain of ten more, spread at the top and again from deep inside, each spreading `Named` too.
    const extras = Array.from({ length: 10 }, (_, i) =>
      i < 9 ? `fragment X${i} on __Type { ...Named ...X${i + 1} }` : `fragment X${i} on __Type { ...Named }`,
    );
    const document = `{ __type(name: "User") { ...Named ...X0 fields { name type { ...L0 ...X5 } } } }
      fragment Named on __Type { name ...Kinds }
      fragment Kinds on __Type { kind }
      ${levels.join('\n')}
      ${extras.join('\n')}`;
    expect(document.match(/^\s*fragment /gm)?.length).toBeGreaterThanOrEqual(20);
    const response = await t.gql<{ __type: { name: string; fields: { type: { kind: string } }[] } }>(document);
    expect(response.errors).toBeUndefined();
    expect(response.data?.__type.name).toBe('User');
    expect(response.data?.__type.fields.length).toBeGreaterThan(0);
  });
});

describe('limits read off the text before it is parsed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: 'none' });
  });
  afterAll(() => t.close());

  const post = (query: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/graphql', headers, payload: { query } });
  const deep = (levels: number) =>
    `{ __type(name: "User") { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } }`;

  it('refuses a document nested 3,000 levels deep with a 400 naming the limit, in both media types', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const response = await post(deep(3_000), { accept });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain(accept);
      expect(response.body).not.toMatch(/call stack/i);
      expect(response.json()).toEqual({
        errors: [
          {
            message: `This document nests braces and brackets more than ${GRAPHQL_LIMITS.maxNesting} levels deep; at most ${GRAPHQL_LIMITS.maxNesting} are allowed`,
            extensions: { code: 'BAD_USER_INPUT', field: 'query', limit: 'nesting' },
          },
        ],
      });
    }
    const overGet = await t.app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent(deep(40))}` });
    expect(overGet.statusCode).toBe(400);
    expect(overGet.json().errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'nesting' });
  });

  it('counts braces and brackets up to the limit, and not those in strings, block strings or comments', async () => {
    const { maxNesting } = GRAPHQL_LIMITS;
    expect(textLimitRefusal(`${'{'.repeat(maxNesting)}${'}'.repeat(maxNesting)}`)).toBeNull();
    expect(textLimitRefusal(`{ a(b: ${'['.repeat(maxNesting)}${']'.repeat(maxNesting)}) }`)?.limit).toBe('nesting');
    const noise = `${'{['.repeat(maxNesting)} :: @@ ...`;
    const response = await t.gql<{ a: null; b: null }>(
      `{ a: __type(name: "${noise} \\" ${noise}") { name } # ${noise}
         b: __type(name: """${noise} \\""" ${noise}""") { name } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ a: null, b: null });
  });

  it.each([
    ['aliases', `{ ${Array.from({ length: 3_300 }, (_, i) => `a${i}: __typename`).join(' ')} }`],
    ['directives', `{ __type(name: "User") { ${'name @include(if: true) '.repeat(1_200)}} }`],
    ['tokens', `{ ${'a '.repeat(GRAPHQL_LIMITS.maxTokens)}}`],
    ['nameLength', `{ ${'a'.repeat(100_000)} }`],
  ])('refuses a document over the %s limit before parsing it, with a 400 naming the limit', async (limit, query) => {
    expect(textLimitRefusal(query)?.limit).toBe(limit);
    const response = await post(query, { accept: 'application/graphql-response+json' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'query', limit });
  });

  it('counts aliases and directives per operation or fragment, as the limit rule does', () => {
    const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases }, (_, i) => `a${i}: __typename`).join(' ');
    const directives = 'f @skip(if: false) '.repeat(GRAPHQL_LIMITS.maxDirectives);
    // Colons in arguments, variable definitions and object values are not aliases; `@` on an operation is not counted.
    const document = `query Q($v: [In!] = [{ a: 1 }]) @d { ${aliases} f(x: { y: 1 }, z: $v) }
      query R @d { ${aliases} } fragment F on Query { ${directives} } fragment G on Query { ${directives} }`;
    expect(textLimitRefusal(document)).toBeNull();
    expect(textLimitRefusal(`{ ${aliases} b: __typename }`)?.limit).toBe('aliases');
    expect(textLimitRefusal(`{ ${directives} f @skip(if: false) }`)?.limit).toBe('directives');
  });

  it('refuses before the rate limiter: a refused login spends none of the budget', async () => {
    const limited = await createTestApp({ seed: 'accounts', config: { RATE_LIMIT_LOGIN_PER_MINUTE: '1' } });
    try {
      const login = 'login(email: "admin@launchpad.test", password: "launchpad-demo") { token }';
      for (let i = 0; i < 3; i++) {
        const refused = await limited.app.inject({
          method: 'POST',
          url: '/graphql',
          payload: { query: `mutation { ${login} } ${deep(3_000)}` },
        });
        expect(refused.statusCode).toBe(400);
      }
      const accepted = await limited.gql<{ login: { token: string } }>(`mutation { ${login} }`);
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data?.login.token).toBeTruthy();
    } finally {
      await limited.close();
    }
  });
});

describe('the rate-limit counter and fragment fan-out', () => {
  it('counts a login spread 2^39 times through 40 fragments in one pass, saturating the count', () => {
    const document = fanOut(40, {
      operation: 'mutation',
      root: 'Mutation',
      leaf: 'login(email: "a@b.c", password: "guess") { token }',
    });
    expect(countLimitedFields(parse(document), ['login']).get('login')).toBe(MAX_COUNTED_OCCURRENCES);
  });

  it('refuses such a request by its shape before it runs, and counts the logins of one within the limits', async () => {
    const t = await createTestApp({ seed: 'none', config: { RATE_LIMIT_LOGIN_PER_MINUTE: '3' } });
    try {
      const login = {
        operation: 'mutation',
        root: 'Mutation',
        leaf: 'login(email: "a@b.c", password: "guess") { token }',
      };
      const hostile = await t.app.inject({ method: 'POST', url: '/graphql', payload: { query: fanOut(40, login) } });
      expect(errorCode(hostile.json())).toBe('BAD_USER_INPUT');
      // Three fragments: four logins in one request, one more than the budget of three.
      const four = await t.app.inject({ method: 'POST', url: '/graphql', payload: { query: fanOut(3, login) } });
      expect(four.statusCode).toBe(429);
      expect(Number(four.headers['retry-after'])).toBeGreaterThan(0);
      expect(four.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    } finally {
      await t.close();
    }
  });
});

describe('field suggestions', () => {
  const misspelt = '{ startup(id: "x") { nam } }';

  it('answers a misspelt field in production without guessing at the schema', async () => {
    const production = await createTestApp({ seed: 'none', config: { NODE_ENV: 'production', SEED_DEMO: 'false' } });
    try {
      const response = await production.gql(misspelt);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toBe('Cannot query field "nam" on type "Startup".');
      const badArgument = await production.gql('mutation { login(emial: "a@b.c", password: "p") { token } }');
      expect(errorCode(badArgument)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(badArgument.errors)).not.toMatch(/did you mean/i);
      // Enum values (inline and in variables), input fields and type names: graphql-js guesses at each.
      const guesses: [string, Record<string, unknown>][] = [
        ['{ startups(stage: INCUBATON) { totalCount } }', {}],
        ['query($s: Stage) { startups(stage: $s) { totalCount } }', { s: 'INCUBATON' }],
        ['mutation { createStartup(input: { nam: "x", sector: "y" }) { id } }', {}],
        ['query($s: Stag) { startups(stage: $s) { totalCount } }', {}],
      ];
      for (const [query, variables] of guesses) {
        // Twice: the second answer of a document comes from mercurius' caches (and its compiled form).
        for (let i = 0; i < 2; i++) {
          const answer = await production.gql(query, variables);
          expect(errorCode(answer), query).toBe('BAD_USER_INPUT');
          expect(JSON.stringify(answer.errors), query).not.toMatch(/did you mean|INCUBATION|"name"|"Stage"\?/i);
        }
      }
    } finally {
      await production.close();
    }
  });

  it('keeps the suggestions outside production, where the schema is open anyway', async () => {
    const t = await createTestApp({ seed: 'none' });
    try {
      const response = await t.gql(misspelt);
      expect(response.errors?.[0]?.message).toMatch(/Did you mean "name"\?/);
    } finally {
      await t.close();
    }
  });
});
