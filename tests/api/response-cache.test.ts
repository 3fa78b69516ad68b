// Kept answers of the cached KPI reads (plugins/response-cache.ts): a repeated identical request is answered with
// the text sent before, but only to someone allowed to read it, only while the figures have not moved, and with the
// same headers as a computed answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: 'accounts' });
});
afterAll(async () => {
  await t?.close();
});

const DASHBOARD = `query Board { kpiDashboard { startupsIncubated { actual target } } }`;
const PUBLIC = `query Public { publicKpiSummary { startupsIncubated { actual target } } }`;
const UPDATE = `mutation($yearly: [String!]!) { updateKpiTarget(metric: STARTUPS_INCUBATED, yearly: $yearly) { total } }`;
type Dashboard = { kpiDashboard: { startupsIncubated: { actual: number; target: number } } };

async function post(query: string, token?: string, accept = 'application/graphql-response+json') {
  return t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { accept, 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: { query },
  });
}

describe('kept answers of the KPI reads', () => {
  it('runs no SQL for a repeated identical dashboard request and answers the same text with the same headers', async () => {
    const board = await t.loginAs('BOARD');
    const first = await post(DASHBOARD, board);
    t.queries.length = 0;
    const second = await post(DASHBOARD, board);
    expect(t.queries).toEqual([]);
    expect(second.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
    expect(second.headers['cache-control']).toBe('private, no-store');
    const asJson = await post(DASHBOARD, board, 'application/json');
    expect(asJson.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(asJson.body).toBe(first.body);
  });

  it("never gives the board's kept answer to a founder, an incubator manager or an anonymous caller", async () => {
    const board = await t.loginAs('BOARD');
    await post(DASHBOARD, board);
    await post(DASHBOARD, board);
    expect(errorCode(await t.gql(DASHBOARD, {}, await t.loginAs('FOUNDER')))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(DASHBOARD, {}, await t.loginAs('INCUBATOR_MANAGER')))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(DASHBOARD, {}))).toBe('UNAUTHENTICATED');
  });

  it('refuses a kept answer to a token revoked since (logout)', async () => {
    const login = await t.gql<{ login: { token: string } }>(
      'mutation { login(email: "board@launchpad.test", password: "launchpad-demo") { token } }',
    );
    const token = login.data!.login.token;
    expect((await post(DASHBOARD, token)).statusCode).toBe(200);
    expect((await post(DASHBOARD, token)).statusCode).toBe(200);
    expect((await t.gql('mutation { logout }', {}, token)).errors).toBeUndefined();
    expect(errorCode(await t.gql(DASHBOARD, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('answers the new figures right after a write: a kept answer never outlives a KPI change', async () => {
    const board = await t.loginAs('BOARD');
    const admin = await t.loginAs('ADMIN');
    const target = async () => (JSON.parse((await post(DASHBOARD, board)).body) as { data: Dashboard }).data;
    const before = (await target()).kpiDashboard.startupsIncubated.target;
    expect((await target()).kpiDashboard.startupsIncubated.target).toBe(before);
    expect((await t.gql(UPDATE, { yearly: ['31', '40', '50', '60', '70'] }, admin)).errors).toBeUndefined();
    expect((await target()).kpiDashboard.startupsIncubated.target).toBe(251);
    const summary = async () =>
      (
        JSON.parse((await post(PUBLIC)).body) as {
          data: { publicKpiSummary: { startupsIncubated: { target: number } } };
        }
      ).data.publicKpiSummary.startupsIncubated.target;
    expect(await summary()).toBe(251);
    expect((await t.gql(UPDATE, { yearly: ['20', '30', '40', '50', '60'] }, admin)).errors).toBeUndefined();
    expect(await summary()).toBe(200);
    expect((await target()).kpiDashboard.startupsIncubated.target).toBe(200);
  });

  it('keeps the public GET answer cacheable: the same ETag on a kept answer, and 304 on If-None-Match', async () => {
    const url = `/graphql?query=${encodeURIComponent(PUBLIC)}`;
    const first = await t.app.inject({ method: 'GET', url });
    const second = await t.app.inject({ method: 'GET', url });
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['cache-control']).toBe('public, max-age=60');
    const revalidated = await t.app.inject({
      method: 'GET',
      url,
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(revalidated.statusCode).toBe(304);
  });
});
