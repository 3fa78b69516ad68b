// The "hostile documents" case of `pnpm bench`: GraphQL documents up to the body limit of `POST /graphql` built to
// make the query-shape checks work hard (fragment fan-out, deep nesting, many aliases, many directives, huge token
// counts, a name as long as the body, one field repeated thousands of times), and a 1 MiB body over the limit.
// Each must be accepted or refused within 50 ms of CPU, and `/health` must keep its p99 within 100 ms while such
// documents arrive from 10 connections.
//
// Alone (no data set, no web build): `pnpm exec tsx bench/hostile.ts` (DATABASE_URL's server, else the embedded one).
// `pnpm bench hostile` does the same after building the web app; the full `pnpm bench` runs it at the end.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, loadConfig } from '@launchpad/server/config';
import { buildApp } from '@launchpad/server';
import { GRAPHQL_BODY_LIMIT, GRAPHQL_LIMITS } from '@launchpad/server/graphql/limits';
import { dropDatabase, ensureDatabase, withDatabase } from '@launchpad/server/db/ensure-database';
import { migrate } from '@launchpad/server/db/migrate';
import { openBenchDatabase } from './lib/database';
import type { LoadFigures } from './lib/load';
import { BUILT_SERVER, SERVER_NODE_FLAGS, startProcess } from './lib/process';

export const HOSTILE_TARGETS = {
  /** CPU the server may spend to accept or refuse one hostile document. */
  cpuMsPerDocument: 50,
  /** p99 of `/health` while hostile documents arrive from 10 connections. */
  healthP99Ms: 100,
};
const CONNECTIONS = 10;
const BODY_LIMIT = GRAPHQL_BODY_LIMIT;
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123';
const say = (line: string) => process.stdout.write(`[bench] ${line}\n`);

interface HostileDocument {
  name: string;
  text: string;
  /** Sent over the body limit on purpose: a 413 is its expected answer. */
  overLimit?: boolean;
}

/** A name of `length` characters, distinct per `i` (long names fill the body without adding tokens). */
function longName(prefix: string, i: number, length: number): string {
  const base = `${prefix}${i}_`;
  return base + 'x'.repeat(Math.max(0, length - base.length));
}

/** The largest `n` (up to `most`) whose document still fits the body limit, with room for the numbering comment. */
function largestFitting(build: (n: number) => string, most: number): number {
  const fits = (n: number) => JSON.stringify({ query: `# 1000000\n${build(n)}` }).length <= BODY_LIMIT;
  let low = 1;
  let high = most;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function hostileDocuments(): HostileDocument[] {
  const fanOut = (fragments: number, nameLength: number) => {
    const names = Array.from({ length: fragments }, (_, i) => longName('F', i, nameLength));
    const definitions = names.map((name, i) =>
      i === fragments - 1
        ? `fragment ${name} on Query { __typename }`
        : `fragment ${name} on Query { ...${names[i + 1]} ...${names[i + 1]} }`,
    );
    return `{ ...${names[0]} } ${definitions.join(' ')}`;
  };
  const deep = (levels: number) =>
    `{ __type(name: "User") { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } }`;
  const aliases = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `${longName('a', i, 100)}: __typename`).join(' ')} }`;
  const { maxTokens, maxNameLength } = GRAPHQL_LIMITS;
  // 10 tokens a fragment: as many as fit under the token limit and the body limit, names as long as allowed.
  const fragments = largestFitting((n) => fanOut(n, maxNameLength), Math.floor(maxTokens / 10) - 1);
  const aliasCount = largestFitting(aliases, 10_000);
  const tokenCount = largestFitting((n) => `{ ${'__typename '.repeat(n)}}`, 1_000_000);
  const nameLength = largestFitting((n) => `{ ${'a'.repeat(n)} }`, 10_000_000);
  // One field selected again and again within the token limit: graphql-js compares same-named fields pairwise.
  const repeats = maxTokens - 10;
  return [
    { name: 'fan-out, 40 fragments (1.6 KB)', text: fanOut(40, 2) },
    { name: `fan-out, ${fragments} fragments, ${maxNameLength}-character names`, text: fanOut(fragments, 100) },
    { name: 'nesting 3,000 levels deep', text: deep(3_000) },
    { name: `${aliasCount.toLocaleString('en')} aliases`, text: aliases(aliasCount) },
    {
      name: '1,200 directives',
      text: `{ __type(name: "User") { ${'name @include(if: true) '.repeat(1_200)}} }`,
    },
    {
      name: `${repeats.toLocaleString('en')} times the same field`,
      text: `{ __type(name: "User") { ${'name '.repeat(repeats)}} }`,
    },
    { name: `~${tokenCount.toLocaleString('en')} tokens`, text: `{ ${'__typename '.repeat(tokenCount)}}` },
    { name: `one field name of ${nameLength.toLocaleString('en')} characters`, text: `{ ${'a'.repeat(nameLength)} }` },
    {
      name: '1 MiB body (~95,000 tokens), over the limit',
      text: `{ ${'__typename '.repeat(95_000)}}`,
      overLimit: true,
    },
  ];
}

const escapedText = new WeakMap<HostileDocument, string>();

/**
 * The request body of `document`, made unique by a leading comment so no answer comes from mercurius' caches.
 * The document's JSON text is escaped once and reused, so the senders spend little CPU per request.
 */
function bodyOf(document: HostileDocument, n: number): string {
  let escaped = escapedText.get(document);
  if (!escaped) {
    escaped = JSON.stringify(document.text).slice(1);
    escapedText.set(document, escaped);
  }
  const body = `{"query":"# ${n}\\n${escaped}}`;
  if (body.length > BODY_LIMIT && !document.overLimit) {
    throw new Error(`${document.name}: ${body.length} bytes is over the body limit`);
  }
  return body;
}

export interface HostileDocumentFigures {
  name: string;
  bytes: number;
  status: number;
  /** The first error message (shortened), or "accepted". */
  outcome: string;
  /** Server CPU (user + system) to answer it once, uncached, in-process: the worst and the median of the runs. */
  cpuMsMax: number;
  cpuMsMedian: number;
}

export interface HostileFigures {
  documents: HostileDocumentFigures[];
  load: {
    seconds: number;
    hostileRequests: number;
    hostilePerSecond: number;
    /**
     * Answers other than 400 (a refusal), 413 or a closed connection (a body over the limit) or 200 (an acceptance),
     * failed requests included: 0 expected.
     */
    unexpectedStatuses: number;
    /** Every answer by status (or "closed after 413", "failed <code>"), as the senders saw them. */
    statuses: Record<string, number>;
    serverCpuMsPerHostileRequest: number;
    healthIdle: LoadFigures;
    healthUnderLoad: LoadFigures;
  };
  verdicts: string[];
}

const RUNS_PER_DOCUMENT = 5;
/** A 1 MiB body the server refused and closed the connection on before the client had finished sending it. */
const CLOSED_AFTER_413 = 'closed after 413';
/** The answers a hostile document may get: refused (400, 413 or its connection closed), or accepted (200). */
const EXPECTED_STATUSES = ['200', '400', '413', CLOSED_AFTER_413];

async function cpuPerDocument(databaseUrl: string): Promise<HostileDocumentFigures[]> {
  const app = await buildApp(loadConfig({ NODE_ENV: 'production', JWT_SECRET, LOG_LEVEL: 'silent' }), {
    databaseUrl,
    logger: false,
  });
  await app.ready();
  try {
    const figures: HostileDocumentFigures[] = [];
    let n = 0;
    for (const document of hostileDocuments()) {
      const cpu: number[] = [];
      let status = 0;
      let outcome = '';
      let bytes = 0;
      // One warm-up answer (JIT, first-use allocations), then the measured runs, each a new document text.
      for (let run = 0; run <= RUNS_PER_DOCUMENT; run++) {
        const payload = bodyOf(document, n++);
        bytes = payload.length;
        const before = process.cpuUsage();
        const response = await app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { 'content-type': 'application/json' },
          payload,
        });
        const used = process.cpuUsage(before);
        if (run > 0) cpu.push((used.user + used.system) / 1000);
        status = response.statusCode;
        const errors = response.json<{ errors?: { message: string }[] }>().errors;
        outcome = errors?.[0] ? errors[0].message.slice(0, 90) : 'accepted';
      }
      cpu.sort((a, b) => a - b);
      figures.push({
        name: document.name,
        bytes,
        status,
        outcome,
        cpuMsMax: round(cpu[cpu.length - 1]!),
        cpuMsMedian: round(cpu[Math.floor(cpu.length / 2)]!),
      });
    }
    return figures;
  } finally {
    await app.close();
  }
}

/**
 * `/health` asked by one client, one request after another, for `seconds`: what a load balancer's probe sees.
 * Each latency is kept, so the percentiles are exact.
 */
async function probeHealth(url: string, seconds: number): Promise<LoadFigures> {
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const startedAt = performance.now();
  while (performance.now() - startedAt < seconds * 1000) {
    const sentAt = performance.now();
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.status < 200 || response.status >= 300) non2xx++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - sentAt);
  }
  latencies.sort((a, b) => a - b);
  const at = (share: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.ceil(share * latencies.length) - 1)]!);
  return {
    requestsPerSecond: Math.round(latencies.length / ((performance.now() - startedAt) / 1000)),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    errors,
    non2xx,
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** CPU seconds (user + system) a process has used so far, from /proc (clock ticks of 1/100 s). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface SenderResult {
  requests: number;
  seconds: number;
  statuses: Record<string, number>;
}

/** Sends hostile documents from another process (its own event loop), from `connections` connections at once. */
function startSenders(url: string, seconds: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'bench', 'hostile.ts'), '--send', url, String(seconds), String(CONNECTIONS)],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  let onStarted: () => void = () => {};
  const started = new Promise<void>((resolveStarted) => (onStarted = resolveStarted));
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes('started\n')) onStarted();
  });
  const finished = new Promise<SenderResult>((resolveFinished, reject) =>
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`the hostile senders exited with ${code}`));
      resolveFinished(JSON.parse(output.slice(output.indexOf('started\n') + 8)) as SenderResult);
    }),
  );
  return { started, finished };
}

async function send(url: string, seconds: number, connections: number): Promise<void> {
  const documents = hostileDocuments();
  const startedAt = Date.now();
  const deadline = startedAt + seconds * 1000;
  const statuses: Record<string, number> = {};
  let requests = 0;
  let n = 0;
  let announced = false;
  let serverGone = false;
  const worker = async (first: number) => {
    for (let i = first; Date.now() < deadline && !serverGone; i++) {
      const document = documents[i % documents.length]!;
      let status: string;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: bodyOf(document, n++),
        });
        await response.arrayBuffer();
        status = String(response.status);
      } catch (error) {
        // The server answers 413 from Content-Length and closes the connection (Fastify's `connection: close`)
        // while the client may still be writing the 1 MiB: the write can then fail before the answer is read.
        const code = String((error as { cause?: { code?: unknown } }).cause?.code ?? (error as Error).message);
        status = document.overLimit ? CLOSED_AFTER_413 : `failed ${code}`;
        // Nothing listens any more: the server died (the parent says why); stop rather than spin.
        if (code === 'ECONNREFUSED') serverGone = true;
      }
      statuses[status] = (statuses[status] ?? 0) + 1;
      requests++;
      if (!announced) {
        announced = true;
        process.stdout.write('started\n');
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => worker(i)));
  process.stdout.write(
    JSON.stringify({ requests, seconds: (Date.now() - startedAt) / 1000, statuses } satisfies SenderResult),
  );
}

/** The whole case against a running production server (`serverUrl`, process `serverPid`) on `databaseUrl`. */
export async function benchHostileDocuments(options: {
  serverUrl: string;
  serverPid: number;
  databaseUrl: string;
  seconds: number;
  /** Why the server process ended, if it did (bench/lib/process.ts). */
  serverExitReason?: () => string | null;
}): Promise<HostileFigures> {
  say('hostile documents: CPU to answer each, in-process');
  const documents = await cpuPerDocument(options.databaseUrl);
  const health = `${options.serverUrl}/health`;
  say('hostile documents: /health alone');
  await probeHealth(health, 1);
  const healthIdle = await probeHealth(health, options.seconds);
  say(`hostile documents: /health while ${CONNECTIONS} connections send them`);
  const cpuBefore = processCpuMs(options.serverPid);
  const senders = startSenders(`${options.serverUrl}/graphql`, options.seconds + 2);
  await senders.started;
  const healthUnderLoad = await probeHealth(health, options.seconds);
  const sent = await senders.finished.catch((error: unknown) => {
    const died = options.serverExitReason?.();
    throw died ? new Error(`the server died under hostile documents: ${died}`) : error;
  });
  const cpuMs = processCpuMs(options.serverPid) - cpuBefore;
  const seconds = sent.seconds;
  const died = options.serverExitReason?.();
  if (died) throw new Error(`the server died under hostile documents: ${died}`);
  const unexpectedStatuses = Object.entries(sent.statuses)
    .filter(([status]) => !EXPECTED_STATUSES.includes(status))
    .reduce((sum, [, count]) => sum + count, 0);
  const figures: HostileFigures = {
    documents,
    load: {
      seconds: Math.round(seconds),
      hostileRequests: sent.requests,
      hostilePerSecond: Math.round(sent.requests / seconds),
      unexpectedStatuses,
      statuses: sent.statuses,
      // Everything the server did meanwhile (including answering /health): an upper bound.
      serverCpuMsPerHostileRequest: round(cpuMs / Math.max(1, sent.requests)),
      healthIdle,
      healthUnderLoad,
    },
    verdicts: [],
  };
  for (const document of documents) {
    const ok = document.cpuMsMax <= HOSTILE_TARGETS.cpuMsPerDocument;
    figures.verdicts.push(
      `${ok ? 'PASS' : 'MISS'} ${document.name}: ${document.cpuMsMax} ms CPU at worst (target ${HOSTILE_TARGETS.cpuMsPerDocument} ms)`,
    );
  }
  const healthOk =
    healthUnderLoad.p99Ms <= HOSTILE_TARGETS.healthP99Ms && healthUnderLoad.non2xx + healthUnderLoad.errors === 0;
  figures.verdicts.push(
    `${healthOk ? 'PASS' : 'MISS'} /health p99 ${healthUnderLoad.p99Ms} ms under hostile load (target ${HOSTILE_TARGETS.healthP99Ms} ms)`,
  );
  figures.verdicts.push(
    `${unexpectedStatuses === 0 ? 'PASS' : 'MISS'} ${unexpectedStatuses} hostile answers not 400/413/200`,
  );
  return figures;
}

export function hostileMarkdown(figures: HostileFigures): string {
  const rows = figures.documents.map(
    (document) =>
      `| ${document.name} | ${Math.round(document.bytes / 1024)} KB | ${document.status} | ${document.cpuMsMedian} | ${document.cpuMsMax} | ${document.outcome.replace(/\|/g, '\\|')} |`,
  );
  const { load } = figures;
  return [
    '| Hostile document | Body | Status | CPU ms (median) | CPU ms (worst) | Answer |',
    '| --- | --: | --: | --: | --: | --- |',
    ...rows,
    '',
    `Under load (${load.seconds} s, ${CONNECTIONS} connections sending them round-robin): ${load.hostilePerSecond} hostile req/s, ` +
      `${load.serverCpuMsPerHostileRequest} ms server CPU per hostile request, ${load.unexpectedStatuses} answers not 400/413/200 ` +
      `(${Object.entries(load.statuses)
        .map(([status, count]) => `${status}: ${count}`)
        .join(', ')}).`,
    '',
    '| /health | req/s | p50 ms | p99 ms | non-2xx |',
    '| --- | --: | --: | --: | --: |',
    `| alone | ${load.healthIdle.requestsPerSecond} | ${load.healthIdle.p50Ms} | ${load.healthIdle.p99Ms} | ${load.healthIdle.non2xx} |`,
    `| under hostile load | ${load.healthUnderLoad.requestsPerSecond} | ${load.healthUnderLoad.p50Ms} | ${load.healthUnderLoad.p99Ms} | ${load.healthUnderLoad.non2xx} |`,
    '',
    ...figures.verdicts,
  ].join('\n');
}

/** `pnpm bench hostile` / `tsx bench/hostile.ts`: a migrated empty database, the production server, this case. */
export async function runHostileAlone(): Promise<void> {
  const database = await openBenchDatabase();
  const url = withDatabase(database.serverUrl, 'launchpad_bench_hostile');
  try {
    say('preparing a fresh database (schema only: hostile documents never reach it)');
    await dropDatabase(url);
    await ensureDatabase(url);
    await migrate(url);
    const env = { NODE_ENV: 'production', JWT_SECRET, DATABASE_URL: url, LOG_LEVEL: 'warn', SEED_DEMO: 'false' };
    const server = await startProcess([BUILT_SERVER], env, 3102, '/health', SERVER_NODE_FLAGS);
    try {
      const figures = await benchHostileDocuments({
        serverUrl: server.url,
        serverPid: server.child.pid!,
        databaseUrl: url,
        seconds: Number(process.env.BENCH_SECONDS ?? 10),
        serverExitReason: server.exitReason,
      });
      writeFileSync(
        join(REPO_ROOT, 'bench', 'hostile-results.json'),
        JSON.stringify({ measuredAt: new Date().toISOString(), targets: HOSTILE_TARGETS, ...figures }, null, 2),
      );
      process.stdout.write(`\n${hostileMarkdown(figures)}\n`);
    } finally {
      await server.stop();
    }
    await dropDatabase(url);
  } finally {
    await database.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [mode, url, seconds, connections] = process.argv.slice(2);
  const done = mode === '--send' ? send(url!, Number(seconds), Number(connections)) : runHostileAlone();
  done.catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
