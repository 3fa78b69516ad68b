// The dashboard's recompute after a write, for three kinds of write, timed one at a time as the board member who
// reloads after the change waits for it:
// - a target change (updateKpiTarget): moves the plan figures only, the actuals stay cached;
// - a stage move (moveStartup, a startup moved on to PLATFORM_BUILDING and back to INCUBATION in turn): moves
//   the funnel and the first-incubation figures, which are recomputed from the database;
// - a recorded round (recordFundingRound, dated today, a private investor's participation, in a startup this run
//   creates so that no later-dated round refuses it): moves capital mobilized and the fund's compliance.
// Each write clears only the parts of the cached dashboard it can move (server/src/modules/kpi/live.ts); the
// board's next `kpiDashboard` computes those afresh over the whole data set.
import { performance } from 'node:perf_hooks';

const UPDATE = `mutation($yearly: [String!]!) { updateKpiTarget(metric: STARTUPS_INCUBATED, yearly: $yearly) { total } }`;
const MOVE = `mutation($id: ID!, $to: Stage!, $reason: String) { moveStartup(id: $id, to: $to, reason: $reason) { stage } }`;
const STAGE = `query($id: ID!) { startup(id: $id) { stage } }`;
const CREATE = `mutation($name: String!) { createStartup(input: { name: $name, sector: "fintech" }) { id } }`;
const ROUND = `mutation($s: ID!, $d: Date!, $amount: VND!) { recordFundingRound(input: { startupId: $s, date: $d,
  preMoney: "20000000000", participations: [{ investorName: "Nhà đầu tư đo hiệu năng", kind: PRIVATE, amount: $amount }] }) { id } }`;
const TODAY = `{ kpiDashboard { asOf } }`;
const DASHBOARD = `query Kpi { kpiDashboard { startupsIncubated { actual target } capitalMobilized { actual target }
  funnel { stage count } bySector { sector incubated } byCohort { cohortId incubated } } }`;
const ADMIN_LOGIN = JSON.stringify({
  query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
  variables: { e: 'admin@launchpad.test', p: 'launchpad-demo' },
});
/** bench/generate.ts's startup 1: in INCUBATION, in a cohort, with a verified MVP milestone (the gate onwards). */
const MOVED_STARTUP = '00000000-0000-4000-8004-000000000001';

export interface RecomputeFigures {
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface RecomputeByWrite {
  targetChange: RecomputeFigures;
  stageMove: RecomputeFigures;
  recordedRound: RecomputeFigures;
}

async function post(url: string, body: string, token?: string): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

async function timeAfterWrites(
  serverUrl: string,
  boardToken: string,
  samples: number,
  write: (i: number) => Promise<{ errors?: unknown }>,
): Promise<RecomputeFigures> {
  const times: number[] = [];
  for (let i = 0; i < samples + 3; i++) {
    const written = await write(i);
    if (written.errors) throw new Error(`write: ${JSON.stringify(written.errors)}`);
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

export async function benchRecompute(serverUrl: string, boardToken: string, samples = 30): Promise<RecomputeByWrite> {
  const login = (await post(serverUrl, ADMIN_LOGIN)) as { data?: { login?: { token?: string } } };
  const admin = login.data?.login?.token;
  if (!admin) throw new Error(`cannot sign the admin in: ${JSON.stringify(login)}`);
  const targetChange = await timeAfterWrites(serverUrl, boardToken, samples, (i) =>
    post(
      serverUrl,
      JSON.stringify({ query: UPDATE, variables: { yearly: [String(20 + (i % 2)), '30', '40', '50', '60'] } }),
      admin,
    ),
  );
  // Onwards, then back (with the reason a move back needs), from wherever an earlier run left it.
  const now = (await post(serverUrl, JSON.stringify({ query: STAGE, variables: { id: MOVED_STARTUP } }), admin)) as {
    data?: { startup?: { stage?: string } };
  };
  let onwards = now.data?.startup?.stage === 'INCUBATION';
  const stageMove = await timeAfterWrites(serverUrl, boardToken, samples, () => {
    const variables = onwards
      ? { id: MOVED_STARTUP, to: 'PLATFORM_BUILDING' }
      : { id: MOVED_STARTUP, to: 'INCUBATION', reason: 'Trở lại ươm tạo (đo hiệu năng)' };
    onwards = !onwards;
    return post(serverUrl, JSON.stringify({ query: MOVE, variables }), admin);
  });
  // Rounds of one startup are recorded in date order: a fresh startup has none dated after today.
  const created = (await post(
    serverUrl,
    JSON.stringify({ query: CREATE, variables: { name: `Khởi nghiệp đo hiệu năng ${Date.now()}` } }),
    admin,
  )) as { data?: { createStartup?: { id?: string } }; errors?: unknown };
  const roundStartup = created.data?.createStartup?.id;
  if (!roundStartup) throw new Error(`createStartup: ${JSON.stringify(created.errors)}`);
  const asOf = (await post(serverUrl, JSON.stringify({ query: TODAY }), boardToken)) as {
    data?: { kpiDashboard?: { asOf?: string } };
  };
  const today = asOf.data?.kpiDashboard?.asOf;
  if (!today) throw new Error(`kpiDashboard asOf: ${JSON.stringify(asOf)}`);
  const recordedRound = await timeAfterWrites(serverUrl, boardToken, samples, (i) =>
    post(
      serverUrl,
      JSON.stringify({ query: ROUND, variables: { s: roundStartup, d: today, amount: String(1_000_000_000 + i) } }),
      admin,
    ),
  );
  return { targetChange, stageMove, recordedRound };
}
