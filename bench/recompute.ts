// The dashboard's recompute after a write: an admin changes a KPI target (which clears every cached figure), then
// the board's next `kpiDashboard` request computes the dashboard afresh over the whole data set. Timed one at a
// time, as the board member who reloads after the change waits for it.
import { performance } from 'node:perf_hooks';

const UPDATE = `mutation($yearly: [String!]!) { updateKpiTarget(metric: STARTUPS_INCUBATED, yearly: $yearly) { total } }`;
const DASHBOARD = `query Kpi { kpiDashboard { startupsIncubated { actual target } capitalMobilized { actual target } } }`;
const ADMIN_LOGIN = JSON.stringify({
  query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
  variables: { e: 'admin@launchpad.test', p: 'launchpad-demo' },
});

export interface RecomputeFigures {
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

async function post(url: string, body: string, token?: string): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

export async function benchRecompute(serverUrl: string, boardToken: string, samples = 30): Promise<RecomputeFigures> {
  const login = (await post(serverUrl, ADMIN_LOGIN)) as { data?: { login?: { token?: string } } };
  const admin = login.data?.login?.token;
  if (!admin) throw new Error(`cannot sign the admin in: ${JSON.stringify(login)}`);
  const times: number[] = [];
  for (let i = 0; i < samples + 3; i++) {
    const yearly = [String(20 + (i % 2)), '30', '40', '50', '60'];
    const write = await post(serverUrl, JSON.stringify({ query: UPDATE, variables: { yearly } }), admin);
    if (write.errors) throw new Error(`updateKpiTarget: ${JSON.stringify(write.errors)}`);
    const started = performance.now();
    const read = await post(serverUrl, JSON.stringify({ query: DASHBOARD }), boardToken);
    const ms = performance.now() - started;
    if (read.errors) throw new Error(`kpiDashboard: ${JSON.stringify(read.errors)}`);
    if (i >= 3) times.push(ms); // the first few warm the statements up
  }
  times.sort((a, b) => a - b);
  const at = (share: number) =>
    Math.round(times[Math.min(times.length - 1, Math.ceil(share * times.length) - 1)]! * 10) / 10;
  return { samples: times.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: Math.round(times.at(-1)! * 10) / 10 };
}
