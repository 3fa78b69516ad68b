// A write's latency when it tells people and when it tells nobody, like with like: the same `updateMilestone`, the
// same transition, by the same manager, on two startups that differ only in having founders. A milestone sent back
// (DONE → IN_PROGRESS) tells the startup's founders — in-app rows, an e-mail each, their bells — or, on the startup
// without founders, nobody; either way the request writes the same one event, and the relay expands it after commit
// in the same process. The write back (IN_PROGRESS → DONE) tells the managers on both startups: the control, whose
// ratio shows what two identical writes differ by on this machine. One connection, alternating rounds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, loadConfig } from '@launchpad/server/config';
import { buildApp } from '@launchpad/server';
import { dropDatabase, ensureDatabase, withDatabase } from '@launchpad/server/db/ensure-database';
import { migrate } from '@launchpad/server/db/migrate';
import { DEMO_PASSWORD, seedDemoAccounts } from '@launchpad/server/modules/users/seed';
import { openBenchDatabase } from './lib/database';
import { measureAlternatingByRequest, type LoadFigures, type LoadOptions, type LoadTarget } from './lib/load';
import { BUILT_SERVER, SERVER_NODE_FLAGS, startProcess } from './lib/process';

const say = (line: string) => process.stdout.write(`[bench] ${line}\n`);

/** A small team: each milestone sent back tells this many people in-app and by e-mail. */
const FOUNDERS = 3;

export interface NotificationFigures {
  founders: number;
  /** DONE → IN_PROGRESS: tells the founders on one startup, nobody on the other. */
  sentBack: { tellsFounders: LoadFigures; tellsNobody: LoadFigures; p50Ratio: number };
  /** IN_PROGRESS → DONE: tells the managers on both startups (the control). */
  submitted: { withFounders: LoadFigures; withoutFounders: LoadFigures; p50Ratio: number };
}

async function gql<T>(serverUrl: string, query: string, variables: unknown, token?: string): Promise<T> {
  const response = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const UPDATE =
  'mutation($id: ID!, $s: MilestoneStatus!) { updateMilestone(id: $id, input: { status: $s, evidenceUrl: "https://example.vn/bench" }) { id } }';

/** A startup with `founders` founders (invited and accepted as people do) and one milestone IN_PROGRESS. */
async function startupWithMilestone(serverUrl: string, token: string, name: string, founders: number) {
  const { createStartup } = await gql<{ createStartup: { id: string } }>(
    serverUrl,
    'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
    { i: { name, sector: 'Giao thông thông minh' } },
    token,
  );
  const startupId = createStartup.id;
  for (let n = 1; n <= founders; n++) {
    const { inviteFounder } = await gql<{ inviteFounder: { token: string } }>(
      serverUrl,
      'mutation($s: ID!, $e: String!) { inviteFounder(startupId: $s, email: $e) { token } }',
      { s: startupId, e: `founder${n}.${startupId.slice(0, 8)}@bench.example.vn` },
      token,
    );
    await gql(
      serverUrl,
      'mutation($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, displayName: $n, password: $p) { token } }',
      { t: inviteFounder.token, n: `Founder ${n}`, p: DEMO_PASSWORD },
    );
  }
  const { createMilestone } = await gql<{ createMilestone: { id: string } }>(
    serverUrl,
    'mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { id } }',
    { i: { startupId, kind: 'MVP', status: 'IN_PROGRESS' } },
    token,
  );
  return { startupId, milestoneId: createMilestone.id };
}

async function unreadOfFirstFounder(serverUrl: string, startupId: string): Promise<number> {
  const { login } = await gql<{ login: { token: string } }>(
    serverUrl,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: `founder1.${startupId.slice(0, 8)}@bench.example.vn`, p: DEMO_PASSWORD },
  );
  const { notifications } = await gql<{ notifications: { unreadCount: number } }>(
    serverUrl,
    '{ notifications(first: 1) { unreadCount } }',
    {},
    login.token,
  );
  return notifications.unreadCount;
}

export async function benchNotifications(serverUrl: string, options: LoadOptions): Promise<NotificationFigures> {
  const { login } = await gql<{ login: { token: string } }>(
    serverUrl,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: 'incubator@launchpad.test', p: DEMO_PASSWORD },
  );
  const token = login.token;
  const stamp = Date.now();
  const withFounders = await startupWithMilestone(serverUrl, token, `Bench ${stamp} có sáng lập viên`, FOUNDERS);
  const withoutFounders = await startupWithMilestone(serverUrl, token, `Bench ${stamp} chưa có ai`, 0);
  const body = (id: string, s: string) => JSON.stringify({ query: UPDATE, variables: { id, s } });
  // Each run starts from IN_PROGRESS (a run cut off after its DONE would leave the next run's first write a no-op).
  const target = (id: string): LoadTarget => ({
    url: `${serverUrl}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: ['DONE', 'IN_PROGRESS'].map((s) => ({ method: 'POST' as const, body: body(id, s) })),
    reset: () => gql(serverUrl, UPDATE, { id, s: 'IN_PROGRESS' }, token).then(() => {}),
  });
  const [told, untold] = await measureAlternatingByRequest(
    [target(withFounders.milestoneId), target(withoutFounders.milestoneId)],
    options,
  );
  const [toldSubmitted, toldSentBack] = told!;
  const [untoldSubmitted, untoldSentBack] = untold!;
  // The writes must really have told the founders (a refused write would be answered as fast, with 200).
  if ((await unreadOfFirstFounder(serverUrl, withFounders.startupId)) === 0)
    throw new Error('the founders were told nothing: the sent-back writes did not land');
  const ratio = (a: LoadFigures, b: LoadFigures) => a.p50Ms / Math.max(0.1, b.p50Ms);
  return {
    founders: FOUNDERS,
    sentBack: {
      tellsFounders: toldSentBack!,
      tellsNobody: untoldSentBack!,
      p50Ratio: ratio(toldSentBack!, untoldSentBack!),
    },
    submitted: {
      withFounders: toldSubmitted!,
      withoutFounders: untoldSubmitted!,
      p50Ratio: ratio(toldSubmitted!, untoldSubmitted!),
    },
  };
}

export function notificationsMarkdown(figures: NotificationFigures): string {
  const row = (name: string, value: LoadFigures) =>
    `| ${name} | ${value.requestsPerSecond} | ${value.p50Ms} | ${value.p99Ms} | ${value.errors + value.non2xx} |`;
  return [
    'The same updateMilestone on two startups, one with founders (one connection, alternating rounds):',
    '',
    '| write | req/s | p50 ms | p99 ms | failed |',
    '|---|---:|---:|---:|---:|',
    row(`DONE → IN_PROGRESS, tells ${figures.founders} founders`, figures.sentBack.tellsFounders),
    row('DONE → IN_PROGRESS, tells nobody', figures.sentBack.tellsNobody),
    row('IN_PROGRESS → DONE, tells the managers (startup with founders)', figures.submitted.withFounders),
    row('IN_PROGRESS → DONE, tells the managers (startup without)', figures.submitted.withoutFounders),
    '',
    `p50 telling ÷ telling nobody: ${figures.sentBack.p50Ratio.toFixed(2)}; the control (same write, same people told): ${figures.submitted.p50Ratio.toFixed(2)}`,
  ].join('\n');
}

/** `pnpm bench notifications`: this case alone, over the demo accounts in a fresh small database. */
export async function runNotificationsAlone(): Promise<void> {
  const database = await openBenchDatabase();
  const url = withDatabase(database.serverUrl, 'launchpad_bench_notifications');
  try {
    say('preparing a fresh database with the demo accounts');
    await dropDatabase(url);
    await ensureDatabase(url);
    await migrate(url);
    const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123';
    const seeder = await buildApp(loadConfig({ NODE_ENV: 'production', JWT_SECRET, LOG_LEVEL: 'silent' }), {
      databaseUrl: url,
      logger: false,
    });
    await seeder.orm.em.fork().transactional((tx) => seedDemoAccounts(tx));
    await seeder.close();
    const env = {
      NODE_ENV: 'production',
      JWT_SECRET,
      DATABASE_URL: url,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
    };
    const server = await startProcess(
      [BUILT_SERVER],
      env,
      Number(process.env.BENCH_PORT ?? 3104),
      '/health',
      SERVER_NODE_FLAGS,
      240_000,
    );
    try {
      const seconds = Number(process.env.BENCH_SECONDS ?? 10);
      const figures = await benchNotifications(server.url, {
        connections: 1,
        warmupSeconds: 1,
        durationSeconds: seconds,
        rounds: 5,
        // One write every 50 ms, as people write: back to back, each write would also wait for the work the previous
        // one queued after its commit (the fan-out, the mail), which is not this write's latency.
        overallRate: Number(process.env.BENCH_RATE ?? 20),
      });
      writeFileSync(
        join(REPO_ROOT, 'bench', 'notifications-results.json'),
        JSON.stringify({ measuredAt: new Date().toISOString(), ...figures }, null, 2),
      );
      process.stdout.write(`\n${notificationsMarkdown(figures)}\n`);
    } finally {
      await server.stop();
    }
    await dropDatabase(url);
  } finally {
    await database.stop();
  }
}
