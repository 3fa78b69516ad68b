// `pnpm bench`: a scale data set in a fresh database, the real server in production mode driven by
// autocannon, each read case against its raw-SQL floor, SQL statements per request, peak RSS, bundle size.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { REPO_ROOT, loadConfig } from '@launchpad/server/config';
import { buildApp } from '@launchpad/server';
import { dropDatabase, ensureDatabase, withDatabase } from '@launchpad/server/db/ensure-database';
import { migrate } from '@launchpad/server/db/migrate';
import { seedDemoAccounts } from '@launchpad/server/modules/users/seed';
import { LARGE_DATA, SCALE, generate } from './generate';
import { initialJavaScriptKb } from './lib/bundle-size';
import { openBenchDatabase } from './lib/database';
import { cpuMeter } from './lib/cpu';
import { measure, measureAlternating } from './lib/load';
import { BUILT_SERVER, SERVER_NODE_FLAGS, cpuProfileFlags, startProcess } from './lib/process';
import { CASES, LOGIN_CASE, type BenchCase } from './cases';
import { TARGETS, judge, markdownTable, type CaseResult } from './report';
import { benchHostileDocuments, hostileMarkdown, runHostileAlone } from './hostile';
import { benchOverhead, overheadMarkdown, runOverheadAlone } from './overhead';
import { benchRecompute } from './recompute';
import { runNotificationsAlone } from './notifications';

const say = (line: string) => process.stdout.write(`[bench] ${line}\n`);
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123';
// BENCH_SECONDS shortens the measured runs for a quick smoke check; the defaults are the reported setting.
const LOAD = {
  connections: 10,
  warmupSeconds: 3,
  durationSeconds: Number(process.env.BENCH_SECONDS ?? 10),
  rounds: 5,
};
// The server's heap as `pnpm start` sizes it (server/package.json): the live set after a collection is ~50 MB,
// but without a cap V8 lets short-lived page data pile up in old space to ~250 MB before collecting it.
// One user alone (a board member opening a page in a meeting): the service time without queueing.
const ALONE = { ...LOAD, connections: 1, warmupSeconds: 1 };

/**
 * BENCH_CASES narrows a run, e.g. `BENCH_CASES=startups,login,hostile`: the read cases whose name contains one of the
 * words, and the later steps (recompute, login, overhead, hostile) named among them. Unset: everything.
 */
const SELECTION = process.env.BENCH_CASES?.split(',').map((word) => word.trim()) ?? null;
const selected = (name: string) => SELECTION === null || SELECTION.some((word) => name.includes(word));

/**
 * In-process, with the ORM's query hook: adds the demo accounts, signs in (the token also works on the
 * measured server, which shares the database), and counts the SQL statements of one request per case.
 */
async function countStatements(url: string, cases: BenchCase[], seedAccounts = true) {
  let count = 0;
  const app = await buildApp(loadConfig({ NODE_ENV: 'production', JWT_SECRET, LOG_LEVEL: 'silent' }), {
    databaseUrl: url,
    logger: false,
    onQuery: () => count++,
  });
  const counts: Record<string, number> = {};
  try {
    if (seedAccounts) await app.orm.em.fork().transactional((tx) => seedDemoAccounts(tx));
    const login = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: LOGIN_CASE.body,
    });
    const token = login.json<{ data: { login: { token: string } } }>().data.login.token;
    for (const benchCase of cases) {
      // Twice: the first request may fill caches; the second is what a warm server does.
      for (let round = 0; round < 2; round++) {
        count = 0;
        const response = await app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          payload: benchCase.graphql,
        });
        if (response.statusCode !== 200 || response.json<{ errors?: unknown }>().errors) {
          throw new Error(`${benchCase.name}: ${response.body.slice(0, 500)}`);
        }
      }
      counts[benchCase.name] = count;
    }
    return { token, statements: counts };
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  // `pnpm bench hostile`: only the hostile-documents case (no data set needed).
  if (process.argv.includes('hostile')) return runHostileAlone();
  // `pnpm bench overhead`: only the GraphQL path's own overhead (cached dashboard, public summary vs {__typename}).
  if (process.argv.includes('overhead')) return runOverheadAlone();
  // `pnpm bench notifications`: a write's latency with and without the notifications it causes.
  if (process.argv.includes('notifications')) return runNotificationsAlone();
  // `pnpm bench recompute`: only the dashboard recompute after a write (BENCH_DATABASE reuses a generated data set).
  if (process.argv.includes('recompute')) return runRecomputeAlone();
  const database = await openBenchDatabase();
  const url = withDatabase(database.serverUrl, process.env.BENCH_DATABASE ?? 'launchpad_bench');
  try {
    const { generationSeconds, generated } = await prepareData(url);
    const readCases = CASES.filter((benchCase) => selected(benchCase.name));
    // A reused data set has its demo accounts already.
    const { token, statements } = await countStatements(url, readCases, generated);

    const env = { NODE_ENV: 'production', JWT_SECRET, DATABASE_URL: url, LOG_LEVEL: 'warn', SEED_DEMO: 'false' };
    // The login case is bounded by the password KDF; lift the per-IP limit so it measures the server.
    const server = await startProcess(
      [BUILT_SERVER],
      { ...env, RATE_LIMIT_LOGIN_PER_MINUTE: '100000' },
      Number(process.env.BENCH_PORT ?? 3100),
      '/health',
      SERVER_NODE_FLAGS,
    );
    const floor = await startProcess(
      ['bench/floor-server.ts'],
      { DATABASE_URL: url },
      Number(process.env.BENCH_PORT ?? 3100) + 1,
      '/health',
      cpuProfileFlags('bench/profiles/floor'),
    );
    // The server's peak RSS (VmHWM) after each step, to tell which step raised it.
    const peakRssAfter: Record<string, number> = { start: server.peakRssMb() };

    const results: CaseResult[] = [];
    const meter = await cpuMeter(url);
    for (const benchCase of readCases) {
      say(`measuring ${benchCase.name}`);
      const target = {
        url: `${server.url}/graphql`,
        method: 'POST' as const,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(benchCase.graphql),
        cpu: { meter, pid: server.child.pid! },
      };
      const floorTarget = {
        url: `${floor.url}${benchCase.floorPath}`,
        method: 'GET' as const,
        cpu: { meter, pid: floor.child.pid! },
      };
      const [graphql, floorFigures] = await measureAlternating([target, floorTarget], LOAD);
      const [alone, floorAlone] = await measureAlternating([target, floorTarget], ALONE);
      results.push({
        name: benchCase.name,
        graphql: graphql!,
        alone: alone!,
        floor: floorFigures!,
        floorAlone: floorAlone!,
        statements: statements[benchCase.name] ?? 0,
        peakRssMb: server.peakRssMb(),
      });
    }
    peakRssAfter.reads = server.peakRssMb();
    let recompute;
    if (selected('recompute')) {
      say('measuring the dashboard recompute after a write');
      recompute = await benchRecompute(server.url, token);
      peakRssAfter.recompute = server.peakRssMb();
    }

    if (selected('login')) {
      say('measuring login');
      const login = await measure(
        {
          url: `${server.url}/graphql`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: LOGIN_CASE.body,
          cpu: { meter, pid: server.child.pid! },
        },
        LOAD,
      );
      results.push({
        name: 'login',
        graphql: login,
        alone: null,
        floor: null,
        floorAlone: null,
        statements: null,
        peakRssMb: server.peakRssMb(),
      });
      peakRssAfter.login = server.peakRssMb();
    }

    let overhead;
    if (selected('overhead')) {
      say('measuring the GraphQL overhead ({ __typename } vs the cached dashboard and the public summary)');
      overhead = await benchOverhead(server.url, token, LOAD);
      peakRssAfter.overhead = server.peakRssMb();
    }

    let hostile;
    if (selected('hostile')) {
      hostile = await benchHostileDocuments({
        serverUrl: server.url,
        serverPid: server.child.pid!,
        databaseUrl: url,
        seconds: LOAD.durationSeconds,
        serverExitReason: server.exitReason,
      });
      peakRssAfter.hostile = server.peakRssMb();
    }

    await meter.close();
    const peakRssMb = server.peakRssMb();
    await server.stop();
    await floor.stop();
    const bundleKb = initialJavaScriptKb(join(REPO_ROOT, 'web', 'dist'));
    const verdicts = judge(results, { peakRssMb, bundleKb, recompute });
    const report = {
      measuredAt: new Date().toISOString(),
      machine: machineInfo(),
      load: LOAD,
      generationSeconds,
      loadavg: loadavg(),
      dataSet: { large: LARGE_DATA, ...SCALE },
      recompute,
      peakRssMb,
      peakRssAfter,
      bundleKb,
      targets: TARGETS,
      results,
      verdicts,
      overhead,
      hostile,
    };
    mkdirSync(join(REPO_ROOT, 'bench'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'bench', 'results.json'), JSON.stringify(report, null, 2));
    process.stdout.write(`\n${markdownTable(report)}\n`);
    process.stdout.write(`\npeak RSS MB after each step: ${JSON.stringify(peakRssAfter)}\n`);
    if (overhead) process.stdout.write(`\n${overheadMarkdown(overhead)}\n`);
    if (hostile) process.stdout.write(`\n${hostileMarkdown(hostile)}\n`);
  } finally {
    await database.stop();
  }
}

/** Startups in the database at `url` (0 for a fresh one). */
async function startupCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('select count(*)::int as n from startups');
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/**
 * The data set: dropped and generated afresh, or with BENCH_REUSE=1 the one `BENCH_DATABASE` already holds, migrated
 * to the current schema (generated when it holds no startups), so narrow before/after runs share one data set and skip
 * the minutes a 100× set takes. A reused set is not the fresh one a full run measures: earlier runs' writes stay in it.
 */
async function prepareData(url: string): Promise<{ generationSeconds: number | null; generated: boolean }> {
  const reuse = process.env.BENCH_REUSE === '1';
  if (!reuse) {
    say('preparing a fresh database');
    await dropDatabase(url);
  }
  await ensureDatabase(url);
  await migrate(url);
  if (reuse && (await startupCount(url)) > 0) {
    say('reusing the data set in the database (BENCH_REUSE=1)');
    return { generationSeconds: null, generated: false };
  }
  return { generationSeconds: await generate(url, say), generated: true };
}

/**
 * The recompute case alone, on `BENCH_DATABASE` (default launchpad_bench): generated afresh when it holds no
 * startups, else reused as it is (migrated to the current schema), so before/after runs share one data set.
 */
async function runRecomputeAlone(): Promise<void> {
  const database = await openBenchDatabase();
  const url = withDatabase(database.serverUrl, process.env.BENCH_DATABASE ?? 'launchpad_bench');
  try {
    await ensureDatabase(url);
    await migrate(url);
    const n = await startupCount(url);
    if (n === 0) await generate(url, say);
    // A reused data set has its demo accounts already.
    const { token } = await countStatements(url, [], n === 0);
    const env = { NODE_ENV: 'production', JWT_SECRET, DATABASE_URL: url, LOG_LEVEL: 'warn', SEED_DEMO: 'false' };
    const server = await startProcess(
      [BUILT_SERVER],
      env,
      Number(process.env.BENCH_PORT ?? 3100),
      '/health',
      SERVER_NODE_FLAGS,
    );
    try {
      say('measuring the dashboard recompute after a write');
      const recompute = await benchRecompute(server.url, token);
      process.stdout.write(
        `${JSON.stringify({ measuredAt: new Date().toISOString(), loadavg: loadavg(), recompute }, null, 2)}\n`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    await database.stop();
  }
}

function machineInfo() {
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
