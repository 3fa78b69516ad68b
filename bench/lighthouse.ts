// `pnpm lighthouse`: Lighthouse (mobile and desktop presets) on the pages people open most, against the
// real server started here on a free port over a fresh database seeded with the demo program.
// Prints performance, CLS, accessibility and best practices per page and preset, and the targets.
// LIGHTHOUSE_PAGES=login,board and LIGHTHOUSE_PRESETS=mobile narrow the run; LIGHTHOUSE_REPORTS=<dir> keeps the reports.
// Each page and preset runs LIGHTHOUSE_RUNS times (3 by default) and the median run by performance is reported, as
// Lighthouse's own guidance on variability advises: one run moves by several points with whatever else the machine does.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from '@launchpad/server/config';
import { startEmbeddedPostgres } from '@launchpad/server/db/embedded';
import { dropDatabase, ensureDatabase, withDatabase } from '@launchpad/server/db/ensure-database';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { BUILT_SERVER, startProcess } from './lib/process';

const say = (line: string) => process.stdout.write(`[lighthouse] ${line}\n`);
const CHROME_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const TOKEN_KEY = 'launchpad.token'; // web/src/stores/auth.ts
const DEMO_PASSWORD = 'launchpad-demo';
const RUNS = Math.max(1, Math.floor(Number(process.env.LIGHTHOUSE_RUNS)) || 3);
const TARGETS = { mobilePerformance: 90, desktopPerformance: 98, cls: 0.05, accessibility: 100, bestPractices: 100 };

interface PageCase {
  name: string;
  path: string | ((ids: { fundId: string }) => string);
  /** Demo account signed in through localStorage, as the web app keeps its session; none = visitor. */
  as?: string;
}

const PAGES: PageCase[] = [
  { name: 'login', path: '/login' },
  { name: 'public challenges', path: '/challenges' },
  { name: 'public progress', path: '/progress' },
  { name: 'board', path: '/board', as: 'board@launchpad.test' },
  { name: 'startup list', path: '/program/startups', as: 'incubator@launchpad.test' },
  { name: 'fund page', path: ({ fundId }) => `/fund/${fundId}`, as: 'fund@launchpad.test' },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function gql<T>(base: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function login(base: string, email: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(
    base,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password: DEMO_PASSWORD },
  );
  return data.login.token;
}

async function openDatabaseServer(): Promise<{ serverUrl: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { serverUrl: process.env.DATABASE_URL, stop: async () => {} };
  const port = await freePort();
  const embedded = await startEmbeddedPostgres({ dataDir: join(REPO_ROOT, '.data', 'lighthouse'), port });
  return { serverUrl: embedded.url, stop: () => embedded.stop() };
}

interface Row {
  page: string;
  preset: 'mobile' | 'desktop';
  performance: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  /** What the page downloaded: files, and kB over the wire (the simulated phone pays a round trip per file). */
  requests: number;
  transferKb: number;
  cls: number;
  accessibility: number;
  bestPractices: number;
  failing: string[];
  /** Lighthouse's measure of the machine's speed at the run (a busy or slow machine scores lower). */
  benchmarkIndex: number;
  /** The lowest and highest performance of the page's runs. */
  range?: [number, number];
}

/** The run in the middle by performance (the lower middle of an even number). */
function medianRun(runs: Row[]): Row | undefined {
  return [...runs].sort((a, b) => a.performance - b.performance)[Math.floor((runs.length - 1) / 2)];
}

async function main(): Promise<void> {
  const only = process.env.LIGHTHOUSE_PAGES?.split(',').map((s) => s.trim());
  const presets = (process.env.LIGHTHOUSE_PRESETS ?? 'mobile,desktop').split(',') as Row['preset'][];
  const database = await openDatabaseServer();
  const url = withDatabase(database.serverUrl, `launchpad_lighthouse_${process.pid}`);
  await ensureDatabase(url);
  const port = await freePort();
  say(`starting the server on port ${port} over a fresh database`);
  // Development mode, so the server seeds the demo program itself (production never seeds).
  const rows: Row[] = [];
  let server: Awaited<ReturnType<typeof startProcess>> | undefined;
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    // The server migrates and seeds the demo program before it listens: allow a busy machine a few minutes.
    server = await startProcess(
      [BUILT_SERVER],
      {
        DATABASE_URL: url,
        NODE_ENV: 'development',
        SEED_DEMO: 'true',
        LOG_LEVEL: 'warn',
        JWT_SECRET: 'lighthouse-secret-lighthouse-secret-0123',
      },
      port,
      '/health',
      [],
      300_000,
    );
    chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
    const tokens = new Map<string, string>();
    for (const email of new Set(PAGES.flatMap((p) => (p.as ? [p.as] : []))))
      tokens.set(email, await login(server.url, email));
    const { funds } = await gql<{ funds: { id: string }[] }>(
      server.url,
      '{ funds { id } }',
      {},
      tokens.get('fund@launchpad.test'),
    );
    const fundId = funds[0]?.id;
    if (!fundId) throw new Error('the demo seed made no fund');

    // Lighthouse keeps storage (the session lives in localStorage) but starts each run with a cold HTTP cache.
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const helper = await context.newPage();
    const cdp = await context.newCDPSession(helper);
    await helper.goto(`${server.url}/favicon.svg`);

    for (const page of PAGES.filter((p) => !only || only.includes(p.name))) {
      const path = typeof page.path === 'function' ? page.path({ fundId }) : page.path;
      for (const preset of presets) {
        const runs: Row[] = [];
        for (let run = 1; run <= RUNS; run++) {
          const token = page.as ? tokens.get(page.as) : undefined;
          await helper.evaluate(
            ([key, value]) => (value ? localStorage.setItem(key, value) : localStorage.removeItem(key)),
            [TOKEN_KEY, token ?? ''] as const,
          );
          await cdp.send('Network.clearBrowserCache');
          const flags: Flags = {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices'],
            disableStorageReset: true,
          };
          const result = await lighthouse(
            `${server.url}${path}`,
            flags,
            preset === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`no Lighthouse result for ${path}`);
          if (process.env.LIGHTHOUSE_REPORTS) {
            mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
            const file = `${page.name.replace(/\W+/g, '-')}-${preset}${run > 1 ? `-${run}` : ''}.json`;
            writeFileSync(join(process.env.LIGHTHOUSE_REPORTS, file), JSON.stringify(result.lhr));
          }
          if (result.lhr.runtimeError) {
            say(`${page.name} (${preset}): Lighthouse failed: ${result.lhr.runtimeError.code}`);
            continue;
          }
          const { categories, audits } = result.lhr;
          const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
          const failing = Object.values(audits)
            .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
            .map((a) => a.id);
          const row: Row = {
            page: page.name,
            preset,
            performance: score('performance'),
            fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? 0),
            lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
            tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
            requests: (audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length ?? 0,
            transferKb: Math.round((audits['total-byte-weight']?.numericValue ?? 0) / 1024),
            cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            failing,
            benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex),
          };
          runs.push(row);
          say(
            `${row.page} (${preset}, run ${run}): performance ${row.performance}, FCP ${row.fcpMs} ms, LCP ${row.lcpMs} ms, TBT ${row.tbtMs} ms, ${row.requests} requests (${row.transferKb} kB), CLS ${row.cls}, accessibility ${row.accessibility}, best practices ${row.bestPractices}${failing.length ? `; failing: ${failing.join(', ')}` : ''}; machine index ${row.benchmarkIndex}`,
          );
        }
        const median = medianRun(runs);
        const scores = runs.map((r) => r.performance);
        if (median) rows.push({ ...median, range: [Math.min(...scores), Math.max(...scores)] });
      }
    }
    await browser.close().catch(() => undefined);
  } finally {
    chrome?.kill();
    await server?.stop();
    await dropDatabase(url).catch(() => undefined);
    await database.stop();
  }

  const ok = (row: Row) =>
    row.performance >= (row.preset === 'mobile' ? TARGETS.mobilePerformance : TARGETS.desktopPerformance) &&
    row.cls <= TARGETS.cls &&
    row.accessibility >= TARGETS.accessibility &&
    row.bestPractices >= TARGETS.bestPractices;
  process.stdout.write(
    [
      '',
      `| page | preset | performance (median of ${RUNS}, range) | FCP | LCP | TBT | requests | CLS | accessibility | best practices | targets |`,
      `| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |`,
      ...rows.map(
        (r) =>
          `| ${r.page} | ${r.preset} | ${r.performance}${r.range && r.range[0] !== r.range[1] ? ` (${r.range[0]}–${r.range[1]})` : ''} | ${(r.fcpMs / 1000).toFixed(1)} s | ${(r.lcpMs / 1000).toFixed(1)} s | ${(r.tbtMs / 1000).toFixed(2)} s | ${r.requests} | ${r.cls} | ${r.accessibility} | ${r.bestPractices} | ${ok(r) ? 'met' : 'missed'} |`,
      ),
      '',
      `Targets: performance ≥ ${TARGETS.mobilePerformance} mobile, ≥ ${TARGETS.desktopPerformance} desktop; CLS ≤ ${TARGETS.cls}; accessibility ${TARGETS.accessibility}; best practices ${TARGETS.bestPractices}.`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
