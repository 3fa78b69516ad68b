import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isErrorCode } from '@launchpad/shared';
import { createTestApp, type TestApp } from '../support/app';

const JSON_AST = JSON.stringify({
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'me' } }] },
    },
  ],
});

/** Documents and near-documents: real operations, JSON in disguise, broken text. */
const queryText = fc.oneof(
  fc.constantFrom(
    '{ __typename }',
    '{ me { id } }',
    '{ publicKpiSummary { startupsIncubated { actual } } }',
    'query A { __typename } query B { __typename }',
    'mutation { login(email: "a@b.vn", password: "x") { token } }',
    'subscription { __typename }',
    'query($id: ID!) { startup(id: $id) { id } }',
    '1',
    'true',
    'null',
    '"{ __typename }"',
    '[]',
    '{}',
    '{',
    '',
    '   ',
    JSON_AST,
  ),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
);

const oddValue = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.string(), fc.jsonValue());

/** One request map, each parameter of every JSON shape (or absent). */
const requestMap = fc.record(
  {
    query: fc.oneof(queryText, oddValue, fc.object(), fc.array(oddValue)),
    variables: fc.oneof(
      fc.dictionary(fc.string(), fc.jsonValue()),
      fc.constant({ id: null }),
      fc.string(),
      fc.integer(),
      fc.array(oddValue),
      fc.constant(null),
    ),
    operationName: fc.oneof(fc.constantFrom('A', 'B', 'Nope'), fc.object(), fc.integer(), fc.constant(null)),
    extensions: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), oddValue, fc.array(oddValue)),
  },
  { requiredKeys: [] },
);

const body = fc.oneof(
  { weight: 6, arbitrary: requestMap },
  { weight: 2, arbitrary: fc.array(requestMap, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue() },
);

const accept = fc.constantFrom(undefined, 'application/json', 'application/graphql-response+json', '*/*', 'text/html');

/** The querystring of a GET: strings as they are, anything else JSON-encoded, sometimes a parameter repeated. */
function querystring(map: Record<string, unknown>, repeat: boolean): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(map)) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (text === undefined) continue;
    params.append(key, text);
    if (repeat) params.append(key, text);
  }
  return params.toString();
}

function assertRefusedCleanly(response: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  expect(response.statusCode).toBeLessThan(500);
  if (response.statusCode >= 400 && String(response.headers['content-type']).includes('json')) {
    const code = (JSON.parse(response.body) as { errors?: { extensions?: { code?: unknown } }[] }).errors?.[0]
      ?.extensions?.code;
    expect(isErrorCode(code), `${response.statusCode} ${response.body}`).toBe(true);
  }
}

describe('malformed requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: 'none' });
  });
  afterAll(() => t.close());

  it.each([
    ['a number', { query: 1 }],
    ['a boolean', { query: true }],
    ['a JSON number in a string', { query: '1' }],
    ['a JSON-encoded AST', { query: JSON_AST }],
  ])('refuses a query that is %s with 400 BAD_USER_INPUT naming the query', async (_name, payload) => {
    const response = await t.app.inject({ method: 'POST', url: '/graphql', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'query' });
  });

  it('never answers a POST body of any JSON shape with a 5xx, and every 4xx carries a catalog code', async () => {
    await fc.assert(
      fc.asyncProperty(body, accept, async (payload, acceptHeader) => {
        const response = await t.app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { 'content-type': 'application/json', ...(acceptHeader ? { accept: acceptHeader } : {}) },
          payload: JSON.stringify(payload),
        });
        assertRefusedCleanly(response);
      }),
      { numRuns: 1000 },
    );
  });

  it('never answers a GET of any parameter shape with a 5xx, and every 4xx carries a catalog code', async () => {
    await fc.assert(
      fc.asyncProperty(requestMap, fc.boolean(), accept, async (params, repeat, acceptHeader) => {
        const response = await t.app.inject({
          method: 'GET',
          url: `/graphql?${querystring(params, repeat)}`,
          headers: acceptHeader ? { accept: acceptHeader } : {},
        });
        assertRefusedCleanly(response);
      }),
      { numRuns: 1000 },
    );
  });
});
