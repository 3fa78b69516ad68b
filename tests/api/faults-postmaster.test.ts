// Faults: the embedded PostgreSQL's postmaster killed with SIGKILL under a write load. The supervisor
// (server/src/db/supervisor.ts) starts it again; the same app, never restarted, is healthy again and lost nothing.
// Its own embedded PostgreSQL (own data folder, a free port) so killing it cannot disturb other tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@launchpad/server';
import { REPO_ROOT } from '@launchpad/server/config';
import { postmasterPid, processIsAlive } from '@launchpad/server/db/embedded';
import { superviseEmbeddedPostgres, type SupervisedDatabase } from '@launchpad/server/db/supervisor';
import { ensureDatabase, withDatabase } from '@launchpad/server/db/ensure-database';
import { migrate } from '@launchpad/server/db/migrate';
import { provisionAppRole } from '@launchpad/server/db/app-role';
import { seedDemoAccounts, DEMO_PASSWORD } from '@launchpad/server/modules/users/seed';
import { testConfig, type GraphQLResponse } from '../support/app';

const DATA_DIR = join(REPO_ROOT, '.data', `test-postmaster-${process.pid}`);

let supervised: SupervisedDatabase;
let ownerUrl: string;
let app: FastifyInstance;
const logged: { level: string; message: string }[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: { query, variables },
  });
  let body: Omit<GraphQLResponse<T>, 'status'>;
  try {
    body = response.json();
  } catch {
    throw new Error(`not a GraphQL answer (${response.statusCode}): ${response.body.slice(0, 200)}`);
  }
  return { status: response.statusCode, ...body } as GraphQLResponse<T>;
}

async function health(): Promise<number> {
  return (await app.inject({ method: 'GET', url: '/health' })).statusCode;
}

/** Polls `check` until it holds (a condition, not a fixed sleep); fails after `timeoutMs`. */
async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const CREATE_FUND = 'mutation($input: CreateFundInput!) { createFund(input: $input) { id } }';
const COMMIT = 'mutation($input: CommitCapitalInput!) { commitCapital(input: $input) { id amount } }';

beforeAll(async () => {
  const port = await freePort();
  const record = (level: string) => (_object: object, message: string) => logged.push({ level, message });
  supervised = await superviseEmbeddedPostgres({
    dataDir: DATA_DIR,
    port,
    checkEveryMs: 200,
    logger: { info: record('info'), warn: record('warn'), error: record('error') },
  });
  ownerUrl = withDatabase(supervised.url, 'launchpad');
  await ensureDatabase(ownerUrl);
  await migrate(ownerUrl);
  // As main.ts does in embedded mode: the server runs as the role Launchpad creates, not as the owner.
  const config = testConfig({ DATA_DIR });
  const appUrl = await provisionAppRole(config, ownerUrl);
  app = await buildApp(config, { databaseUrl: appUrl, logger: false });
  await app.ready();
  await app.orm.em.fork().transactional((tx) => seedDemoAccounts(tx));
}, 180_000);

afterAll(async () => {
  await app?.close();
  await supervised?.stop();
  rmSync(DATA_DIR, { recursive: true, force: true });
});

describe('the embedded postmaster killed with SIGKILL under a write load', () => {
  it('is started again by the supervisor: /health is 200 again within 30 s, refusals meanwhile are clean 503s, and no acknowledged write is lost', async () => {
    const fm = (await gql<{ login: { token: string } }>(LOGIN, { e: 'fund@launchpad.test', p: DEMO_PASSWORD })).data!
      .login.token;
    const fundId = (await gql<{ createFund: { id: string } }>(CREATE_FUND, { input: { name: 'Kill fund' } }, fm)).data!
      .createFund.id;

    const acknowledged: { id: string; amount: string }[] = [];
    const refusals: { status: number; code: string | undefined; message: string | undefined }[] = [];
    let stop = false;
    let n = 0;
    const worker = async (w: number) => {
      while (!stop) {
        const i = n++;
        const response = await gql<{ commitCapital: { id: string; amount: string } }>(
          COMMIT,
          // PRIVATE members only: no write is refused by the 49% rule, so every refusal is the outage's.
          { input: { fundId, memberName: `Member ${w}-${i}`, memberType: 'PRIVATE', amount: String(1_000_000 + i) } },
          fm,
        );
        if (response.data?.commitCapital) acknowledged.push(response.data.commitCapital);
        else {
          const error = response.errors?.[0];
          refusals.push({ status: response.status, code: error?.extensions?.code, message: error?.message });
        }
      }
    };
    const workers = Promise.all(Array.from({ length: 6 }, (_, w) => worker(w)));

    await waitFor(() => acknowledged.length >= 30, '30 writes before the kill');
    const pid = postmasterPid(supervised.databaseDir);
    expect(pid).not.toBeNull();
    process.kill(pid!, 'SIGKILL');
    await waitFor(() => !processIsAlive(pid!), 'the postmaster to be gone', 10_000);
    await waitFor(() => refusals.length > 0, 'a request refused while the database is away');

    // No restart of the server: the supervisor brings PostgreSQL back and the pool finds it again.
    await waitFor(async () => (await health()) === 200, '/health back to 200', 30_000);
    const newPid = postmasterPid(supervised.databaseDir);
    expect(newPid).not.toBe(pid);
    expect(supervised.restarts()).toBeGreaterThanOrEqual(1);
    expect(logged.some((line) => line.level === 'warn' && /postmaster is gone/.test(line.message))).toBe(true);
    expect(logged.some((line) => line.level === 'info' && /started again/.test(line.message))).toBe(true);

    const acknowledgedBeforeRecovery = acknowledged.length;
    await waitFor(() => acknowledged.length >= acknowledgedBeforeRecovery + 30, '30 writes after the restart');
    stop = true;
    await workers;

    // Every refusal was a clean, retryable 503: the database message, no stack, no SQL.
    for (const refusal of refusals) {
      expect(refusal, JSON.stringify(refusal)).toMatchObject({
        status: 503,
        code: 'INTERNAL_SERVER_ERROR',
        message: 'The database is unavailable; try again',
      });
    }

    // Every acknowledged write is there with its amount, and nothing else was written.
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      const stored = await client.query<{ id: string; amount: string }>(
        'select id::text, amount::text from commitments where fund_id = $1',
        [fundId],
      );
      const storedById = new Map(stored.rows.map((row) => [row.id, row.amount]));
      for (const row of acknowledged) expect(storedById.get(row.id)).toBe(row.amount);
      expect(stored.rows.length).toBe(acknowledged.length);
      const [fund] = (
        await client.query<{ charter: string; rows: string }>(
          `select f.charter_capital::text as charter,
                  (select coalesce(sum(amount), 0) from commitments where fund_id = f.id)::text as rows
             from funds f where f.id = $1`,
          [fundId],
        )
      ).rows;
      expect(fund!.charter).toBe(fund!.rows);
    } finally {
      await client.end();
    }
  }, 120_000);
});
