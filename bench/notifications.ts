// A write's latency with and without notifications: the same `updateMilestone`, by the same manager, on milestones of
// the same startup. One milestone goes IN_PROGRESS ↔ DONE, so every write tells someone (in-app rows, an e-mail in the
// outbox, the bell's pg_notify; the relay and the mail worker run after commit in the same process); the other goes
// PLANNED ↔ IN_PROGRESS, which tells nobody. Measured alone (one connection) in alternating rounds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, loadConfig } from '@launchpad/server/config';
import { buildApp } from '@launchpad/server';
import { dropDatabase, ensureDatabase, withDatabase } from '@launchpad/server/db/ensure-database';
import { migrate } from '@launchpad/server/db/migrate';
import { DEMO_PASSWORD, seedDemoAccounts } from '@launchpad/server/modules/users/seed';
import { openBenchDatabase } from './lib/database';
import { measureAlternating, type LoadFigures, type LoadOptions, type LoadTarget } from './lib/load';
import { BUILT_SERVER, SERVER_NODE_FLAGS, startProcess } from './lib/process';

const say = (line: string) => process.stdout.write(`[bench] ${line}\n`);

export interface NotificationFigures {
  withNotifications: LoadFigures;
  without: LoadFigures;
  /** p50 with ÷ p50 without. */
  p50Ratio: number;
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

export async function benchNotifications(serverUrl: string, options: LoadOptions): Promise<NotificationFigures> {
  const { login } = await gql<{ login: { token: string } }>(
    serverUrl,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: 'incubator@launchpad.test', p: DEMO_PASSWORD },
  );
  const token = login.token;
  const { createStartup } = await gql<{ createStartup: { id: string } }>(
    serverUrl,
    'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
    { i: { name: `Bench ${Date.now()}`, sector: 'Giao thông thông minh' } },
    token,
  );
  const milestone = async (kind: string) =>
    (
      await gql<{ createMilestone: { id: string } }>(
        serverUrl,
        'mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { id } }',
        { i: { startupId: createStartup.id, kind, status: 'PLANNED' } },
        token,
      )
    ).createMilestone.id;
  const told = await milestone('MVP');
  const silent = await milestone('PROTOTYPE');
  const target = (id: string, from: string, to: string): LoadTarget => ({
    url: `${serverUrl}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [to, from].map((s) => ({
      method: 'POST' as const,
      body: JSON.stringify({ query: UPDATE, variables: { id, s } }),
    })),
  });
  const [withNotifications, without] = await measureAlternating(
    [target(told, 'IN_PROGRESS', 'DONE'), target(silent, 'PLANNED', 'IN_PROGRESS')],
    options,
  );
  return {
    withNotifications: withNotifications!,
    without: without!,
    p50Ratio: withNotifications!.p50Ms / Math.max(0.1, without!.p50Ms),
  };
}

export function notificationsMarkdown(figures: NotificationFigures): string {
  const row = (name: string, value: LoadFigures) =>
    `| ${name} | ${value.requestsPerSecond} | ${value.p50Ms} | ${value.p99Ms} | ${value.errors + value.non2xx} |`;
  return [
    'A write with and without notifications (updateMilestone, one connection, alternating rounds):',
    '',
    '| request | req/s | p50 ms | p99 ms | failed |',
    '|---|---:|---:|---:|---:|',
    row('IN_PROGRESS ↔ DONE (tells the managers / founders)', figures.withNotifications),
    row('PLANNED ↔ IN_PROGRESS (tells nobody)', figures.without),
    '',
    `p50 with ÷ without: ${figures.p50Ratio.toFixed(2)}`,
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
