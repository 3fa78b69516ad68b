// The GraphQL path's own overhead: the cached `kpiDashboard` (a board member's token) and the anonymous
// `publicKpiSummary`, each as a share of the server's own `{ __typename }` (parse, validate, execute nothing),
// measured in alternating rounds so both sides share the machine's drift. `pnpm bench overhead` runs it alone
// on a small database (the figures are cached, so the data set's size does not matter); `pnpm bench` runs it too.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { REPO_ROOT, loadConfig } from '@launchpad/server/config';
import { buildApp } from '@launchpad/server';
import { seedDemoAccounts } from '@launchpad/server/modules/users/seed';
import { dropDatabase, ensureDatabase, withDatabase } from '@launchpad/server/db/ensure-database';
import { migrate } from '@launchpad/server/db/migrate';
import { openBenchDatabase } from './lib/database';
import { measureAlternating, type LoadFigures, type LoadOptions, type LoadTarget } from './lib/load';
import { BUILT_SERVER, SERVER_NODE_FLAGS, startProcess } from './lib/process';
import { LOGIN_CASE } from './cases';

const say = (line: string) => process.stdout.write(`[bench] ${line}\n`);

export const OVERHEAD_TARGETS = { kpiDashboard: 0.5, publicKpiSummary: 0.7 } as const;

const BASELINE = { query: '{ __typename }' };
const KPI_DASHBOARD = {
  query: `query Kpi { kpiDashboard { startupsIncubated { actual target } capitalMobilized { actual target } } }`,
};
const PUBLIC_SUMMARY = {
  query: `query PublicKpi { publicKpiSummary { startupsIncubated { actual target } capitalMobilized { actual target } } }`,
};

export interface OverheadFigures {
  typename: LoadFigures;
  kpiDashboard: LoadFigures;
  publicKpiSummary: LoadFigures;
  ratios: { kpiDashboard: number; publicKpiSummary: number };
}

export async function benchOverhead(serverUrl: string, token: string, options: LoadOptions): Promise<OverheadFigures> {
  const post = (body: unknown, authorization?: string): LoadTarget => ({
    url: `${serverUrl}/graphql`,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(authorization ? { authorization: `Bearer ${authorization}` } : {}),
    },
    body: JSON.stringify(body),
  });
  // {__typename} alternates with each measured request: baseline, dashboard, baseline, summary, …
  const [typename, kpiDashboard, publicKpiSummary] = await measureAlternating(
    [post(BASELINE), post(KPI_DASHBOARD, token), post(PUBLIC_SUMMARY)],
    options,
  );
  const share = (figures: LoadFigures) => figures.requestsPerSecond / Math.max(1, typename!.requestsPerSecond);
  return {
    typename: typename!,
    kpiDashboard: kpiDashboard!,
    publicKpiSummary: publicKpiSummary!,
    ratios: { kpiDashboard: share(kpiDashboard!), publicKpiSummary: share(publicKpiSummary!) },
  };
}

export function overheadMarkdown(figures: OverheadFigures): string {
  const row = (name: string, value: LoadFigures, ratio: string, target: string, met: string) =>
    `| ${name} | ${value.requestsPerSecond} | ${value.p50Ms} | ${value.p99Ms} | ${value.errors + value.non2xx} | ${ratio} | ${target} | ${met} |`;
  const pct = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;
  return [
    'GraphQL overhead (10 connections, alternating rounds; share of `{ __typename }`):',
    '',
    '| request | req/s | p50 ms | p99 ms | failed | share | target | met |',
    '|---|---:|---:|---:|---:|---:|---:|:---:|',
    row('{ __typename }', figures.typename, '100%', '—', '—'),
    row(
      'kpiDashboard (cached, board token)',
      figures.kpiDashboard,
      pct(figures.ratios.kpiDashboard),
      `≥ ${pct(OVERHEAD_TARGETS.kpiDashboard)}`,
      figures.ratios.kpiDashboard >= OVERHEAD_TARGETS.kpiDashboard ? 'yes' : 'no',
    ),
    row(
      'publicKpiSummary (anonymous)',
      figures.publicKpiSummary,
      pct(figures.ratios.publicKpiSummary),
      `≥ ${pct(OVERHEAD_TARGETS.publicKpiSummary)}`,
      figures.ratios.publicKpiSummary >= OVERHEAD_TARGETS.publicKpiSummary ? 'yes' : 'no',
    ),
  ].join('\n');
}

/** Signs the board in on a running server. */
export async function boardToken(serverUrl: string): Promise<string> {
  const response = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: LOGIN_CASE.body,
  });
  const body = (await response.json()) as { data?: { login?: { token?: string } } };
  const token = body.data?.login?.token;
  if (!token) throw new Error(`cannot sign the board in: ${JSON.stringify(body)}`);
  return token;
}

/** `pnpm bench overhead`: the overhead case alone, over the demo accounts in a fresh small database. */
export async function runOverheadAlone(): Promise<void> {
  const database = await openBenchDatabase();
  const url = withDatabase(database.serverUrl, 'launchpad_bench_overhead');
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
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    };
    const server = await startProcess(
      [BUILT_SERVER],
      env,
      Number(process.env.BENCH_PORT ?? 3103),
      '/health',
      SERVER_NODE_FLAGS,
    );
    try {
      const token = await boardToken(server.url);
      const seconds = Number(process.env.BENCH_SECONDS ?? 10);
      const figures = await benchOverhead(server.url, token, {
        connections: 10,
        warmupSeconds: 2,
        durationSeconds: seconds,
        rounds: 5,
      });
      writeFileSync(
        join(REPO_ROOT, 'bench', 'overhead-results.json'),
        JSON.stringify({ measuredAt: new Date().toISOString(), targets: OVERHEAD_TARGETS, ...figures }, null, 2),
      );
      process.stdout.write(`\n${overheadMarkdown(figures)}\n`);
    } finally {
      await server.stop();
    }
    await dropDatabase(url);
  } finally {
    await database.stop();
  }
}
