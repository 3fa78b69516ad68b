import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { print } from 'graphql';
import {
  ChannelsSummaryDocument,
  PriorityTasksDocument,
  PublicKpiSummaryDocument,
  PublishedChallengesDocument,
} from '../../web/src/api/generated/graphql';
import { createTestApp, type TestApp } from '../support/app';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

describe('GraphQL over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: 'none' });
  });
  afterAll(() => t.close());

  it('passes the graphql-http server audit suite against the listening server with no error and no warning', async () => {
    const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const results = await Promise.all(serverAudits({ url: `${address}/graphql` }).map((audit) => audit.fn()));
    const failures = results
      .filter((result) => result.status !== 'ok')
      .map((result) => `${result.status}: ${result.name}${'reason' in result ? ` — ${result.reason}` : ''}`);
    expect(failures).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });

  it('answers in application/graphql-response+json when the client prefers it, else in application/json', async () => {
    const ask = (accept?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: accept ? { accept } : {},
        payload: { query: '{ __typename }' },
      });
    expect((await ask(GRAPHQL_RESPONSE)).headers['content-type']).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
    expect((await ask(`${GRAPHQL_RESPONSE}, application/json;q=0.9`)).headers['content-type']).toContain(
      GRAPHQL_RESPONSE,
    );
    expect((await ask('application/json')).headers['content-type']).toBe('application/json; charset=utf-8');
    expect((await ask('*/*')).headers['content-type']).toContain('application/json');
    expect((await ask()).headers['content-type']).toContain('application/json');
  });

  it.each([
    ['a syntax error', { query: '{ me { email ' }],
    ['an unknown field', { query: '{ me { salary } }' }],
    ['a variable that does not coerce', { query: 'query($id: ID!) { startup(id: $id) { id } }', variables: {} }],
  ])(
    'answers %s with 200 in application/json and 400 without data in graphql-response+json, BAD_USER_INPUT in both',
    async (_name, payload) => {
      const json = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { accept: 'application/json' },
        payload,
      });
      expect(json.statusCode).toBe(200);
      expect(json.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
      const graphql = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { accept: GRAPHQL_RESPONSE },
        payload,
      });
      expect(graphql.statusCode).toBe(400);
      expect(graphql.json()).not.toHaveProperty('data');
      expect(graphql.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
    },
  );

  it('accepts null variables, operationName and extensions', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: '{ __typename }', variables: null, operationName: null, extensions: null },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a query over GET and refuses a mutation over GET with 405 and Allow: POST', async () => {
    const query = await t.app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent('{ __typename }')}` });
    expect(query.statusCode).toBe(200);
    expect(query.json()).toEqual({ data: { __typename: 'Query' } });
    for (const accept of ['application/json', GRAPHQL_RESPONSE]) {
      const mutation = await t.app.inject({
        method: 'GET',
        url: `/graphql?query=${encodeURIComponent('mutation { login(email: "a@b.vn", password: "x") { token } }')}`,
        headers: { accept },
      });
      expect(mutation.statusCode).toBe(405);
      expect(mutation.headers.allow).toBe('POST');
      expect(mutation.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('keeps the HTTP-level refusals: 413 for a body over the limit, 415 for a form body, 400 for broken JSON', async () => {
    for (const accept of ['application/json', GRAPHQL_RESPONSE]) {
      const tooLarge = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { accept },
        payload: { query: '{ __typename }', variables: { padding: 'x'.repeat(1024 * 1024) } },
      });
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
      const notJson = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { accept, 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'query=%7B__typename%7D',
      });
      expect(notJson.statusCode).toBe(415);
      expect(notJson.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
      const broken = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { accept, 'content-type': 'application/json' },
        payload: '{ "not a JSON',
      });
      expect(broken.statusCode).toBe(400);
      expect(broken.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(broken.headers['content-type']).toContain(accept);
    }
  });
});

describe('public reads a CDN can cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: 'demo' });
  });
  afterAll(() => t.close());

  const get = (document: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/graphql?${new URLSearchParams({ query: document }).toString()}`, headers });

  it.each([
    ['publicKpiSummary', print(PublicKpiSummaryDocument)],
    ['publishedChallenges', print(PublishedChallengesDocument)],
    ['priorityTasks', print(PriorityTasksDocument)],
    ['channelsSummary', print(ChannelsSummaryDocument)],
  ])(
    "answers the web's %s over GET with an ETag and a public one-minute Cache-Control, then 304 on If-None-Match",
    async (_name, document) => {
      const first = await get(document);
      expect(first.statusCode).toBe(200);
      expect(first.json().errors).toBeUndefined();
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"[\w-]+"$/);

      const revalidated = await get(document, { 'if-none-match': `W/"stale", ${etag}` });
      expect(revalidated.statusCode).toBe(304);
      expect(revalidated.body).toBe('');
      expect(revalidated.headers.etag).toBe(etag);
      expect(revalidated.headers['cache-control']).toBe('public, max-age=60');

      const changed = await get(document, { 'if-none-match': '"another-version"' });
      expect(changed.statusCode).toBe(200);
      expect(changed.body).toBe(first.body);
    },
  );

  it('gives each media type its own ETag', async () => {
    const document = print(PublicKpiSummaryDocument);
    const json = await get(document, { accept: 'application/json' });
    const graphql = await get(document, { accept: GRAPHQL_RESPONSE });
    expect(json.headers.etag).not.toBe(graphql.headers.etag);
    expect(graphql.headers.vary).toContain('Accept');
  });

  it('keeps Origin in Vary when CORS is configured, so a CDN does not hand one origin the answer of another', async () => {
    const cors = await createTestApp({ seed: 'none', config: { CORS_ORIGINS: 'https://partner.example' } });
    try {
      const response = await cors.app.inject({
        method: 'GET',
        url: `/graphql?${new URLSearchParams({ query: print(PublicKpiSummaryDocument) }).toString()}`,
        headers: { origin: 'https://partner.example' },
      });
      expect(response.headers['cache-control']).toBe('public, max-age=60');
      expect(String(response.headers.vary).split(/,\s*/)).toEqual(expect.arrayContaining(['Origin', 'Accept']));
    } finally {
      await cors.close();
    }
  });

  it('marks private every answer with an Authorization header, a non-public field, or sent by POST', async () => {
    const token = await t.loginAs('BOARD');
    const publicDocument = print(PublicKpiSummaryDocument);
    const answers = [
      await get(publicDocument, { authorization: `Bearer ${token}` }),
      await get('{ me { id } }', { authorization: `Bearer ${token}` }),
      await get('{ me { id } }'),
      await get(`{ publishedChallenges { id } kpiTargets { year } }`),
      await get(`{ ...Everything } fragment Everything on Query { publishedChallenges { id } me { id } }`),
      await t.app.inject({ method: 'POST', url: '/graphql', payload: { query: publicDocument } }),
    ];
    for (const answer of answers) {
      expect(answer.headers['cache-control']).toBe('private, no-store');
      expect(answer.headers.etag).toBeUndefined();
    }
    const withToken = await get(publicDocument, { authorization: `Bearer ${token}`, 'if-none-match': '*' });
    expect(withToken.statusCode).toBe(200);
  });
});
