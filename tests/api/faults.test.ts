// Faults: the embedded database stopped and started again under a write load, and a transaction cut in the middle.
// A dedicated embedded PostgreSQL (its own data folder and port) so stopping it cannot disturb other tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@launchpad/server';
import { REPO_ROOT } from '@launchpad/server/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@launchpad/server/db/embedded';
import { dropDatabase, ensureDatabase, withDatabase } from '@launchpad/server/db/ensure-database';
import { migrate } from '@launchpad/server/db/migrate';
import { seedDemoAccounts, DEMO_PASSWORD } from '@launchpad/server/modules/users/seed';
import { testConfig, type GraphQLResponse } from '../support/app';
// The fund's concurrent-cap test runs here too (its own database on the harness server).
import './fund-concurrency.test';

const DATA_DIR = join(REPO_ROOT, '.data', 'test-faults');
const PORT = 54361;

let embedded: EmbeddedDatabase;
let databaseUrl: string;
let app: FastifyInstance;

async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token?: string) {
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
  return { status: response.statusCode, headers: response.headers, ...body } as GraphQLResponse<T> & {
    headers: Record<string, unknown>;
  };
}

async function health(): Promise<number> {
  return (await app.inject({ method: 'GET', url: '/health' })).statusCode;
}

/** Polls `check` until it holds (a condition, not a fixed sleep); fails after `timeoutMs`. */
async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const CREATE_FUND = 'mutation($input: CreateFundInput!) { createFund(input: $input) { id } }';
const COMMIT = 'mutation($input: CommitCapitalInput!) { commitCapital(input: $input) { id amount } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';

/** Acceptable answers while the database is away: a clean GraphQL refusal, never a 500 or an HTML page. */
const CLEAN_OUTAGE_CODES = ['INTERNAL_SERVER_ERROR', 'CHARTER_LIMIT_EXCEEDED', 'UNAUTHENTICATED'];

beforeAll(async () => {
  embedded = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PORT });
  databaseUrl = withDatabase(embedded.url, 'launchpad_faults');
  await dropDatabase(databaseUrl);
  await ensureDatabase(databaseUrl);
  await migrate(databaseUrl);
  app = await buildApp(testConfig(), { databaseUrl, logger: false });
  await app.ready();
  await app.orm.em.fork().transactional((tx) => seedDemoAccounts(tx));
}, 120_000);

afterAll(async () => {
  await app?.close();
  if (embedded) {
    await dropDatabase(databaseUrl).catch(() => undefined);
    await embedded.stop();
  }
});

describe('the database stopped and started under a write load', () => {
  it('answers 503 on /health and refuses cleanly while down, recovers by itself, and keeps every acknowledged write', async () => {
    const fm = (await gql<{ login: { token: string } }>(LOGIN, { e: 'fund@launchpad.test', p: DEMO_PASSWORD })).data!
      .login.token;
    const fundId = (await gql<{ createFund: { id: string } }>(CREATE_FUND, { input: { name: 'Fault fund' } }, fm)).data!
      .createFund.id;

    const acknowledged: { id: string; amount: string }[] = [];
    const outageAnswers: { status: number; code: string | undefined; message: string | undefined }[] = [];
    let phase: 'before' | 'down' | 'after' = 'before';
    let stop = false;
    let n = 0;

    const worker = async (w: number) => {
      while (!stop) {
        const i = n++;
        const memberType = i % 3 === 0 ? 'STATE' : 'PRIVATE';
        const sentIn = phase;
        const response = await gql<{ commitCapital: { id: string; amount: string } }>(
          COMMIT,
          { input: { fundId, memberName: `Member ${w}-${i}`, memberType, amount: String(1_000_000 + i) } },
          fm,
        );
        expect(response.status, JSON.stringify(response.errors)).not.toBe(500);
        if (response.data?.commitCapital) {
          acknowledged.push(response.data.commitCapital);
        } else {
          const error = response.errors?.[0];
          if (sentIn !== 'before' || phase !== 'before') {
            outageAnswers.push({ status: response.status, code: error?.extensions?.code, message: error?.message });
          } else {
            expect(error?.extensions?.code).toBe('CHARTER_LIMIT_EXCEEDED');
          }
        }
      }
    };
    const workers = Promise.all(Array.from({ length: 6 }, (_, w) => worker(w)));

    await waitFor(async () => acknowledged.length >= 30, '30 writes before the outage');
    phase = 'down';
    await embedded.stop();
    expect(await health()).toBe(503);
    expect((await app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'unavailable', db: 'down' });
    const countDuringOutage = outageAnswers.length;
    await waitFor(async () => outageAnswers.length >= countDuringOutage + 10, 'refusals during the outage');

    embedded = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PORT });
    // No restart of the server: the same app finds the database again.
    await waitFor(async () => (await health()) === 200, '/health back to 200');
    phase = 'after';
    const acknowledgedBeforeRecovery = acknowledged.length;
    await waitFor(async () => acknowledged.length >= acknowledgedBeforeRecovery + 30, '30 writes after the outage');
    stop = true;
    await workers;

    // Every refusal during the outage was clean: a 503 with the database message or a contract code — no stack.
    expect(outageAnswers.length).toBeGreaterThan(0);
    for (const answer of outageAnswers) {
      expect(CLEAN_OUTAGE_CODES).toContain(answer.code);
      expect(answer.message ?? '').not.toMatch(/ECONNREFUSED|at .*:\d+:\d+|select |insert /i);
      if (answer.code === 'INTERNAL_SERVER_ERROR') {
        expect(answer.message).toBe('The database is unavailable; try again');
        expect([503, 200]).toContain(answer.status);
      }
    }
    expect(outageAnswers.some((answer) => answer.status === 503)).toBe(true);

    // Every acknowledged write is there, with the amount that was acknowledged.
    const stored = await sql<{ id: string; amount: string }>(
      'select id::text, amount::text from commitments where id = any($1::uuid[])',
      [acknowledged.map((row) => row.id)],
    );
    expect(stored.length).toBe(acknowledged.length);
    const storedById = new Map(stored.map((row) => [row.id, row.amount]));
    for (const row of acknowledged) expect(storedById.get(row.id)).toBe(row.amount);

    // The ledger invariants hold: the fund's running totals equal its rows, and the 49% rule holds.
    const [fund] = await sql<Record<string, string>>(
      `select f.charter_capital::text, f.state_committed::text, f.charter_cap_bp::text,
              (select coalesce(sum(c.amount), 0) from commitments c where c.fund_id = f.id)::text as rows_charter,
              (select coalesce(sum(c.amount), 0) from commitments c join fund_members m on m.id = c.member_id
                where c.fund_id = f.id and m.type = 'STATE')::text as rows_state,
              (select count(*) from commitments c where c.fund_id = f.id)::text as commitments,
              (select count(*) from audit_log a where a.action like '%commit%' and a.entity_id in
                 (select c.id::text from commitments c where c.fund_id = f.id))::text as audited
         from funds f where f.id = $1`,
      [fundId],
    );
    expect(fund!.charter_capital).toBe(fund!.rows_charter);
    expect(fund!.state_committed).toBe(fund!.rows_state);
    expect(BigInt(fund!.rows_state!) * 10000n <= BigInt(fund!.charter_cap_bp!) * BigInt(fund!.rows_charter!)).toBe(
      true,
    );
    // Nothing half-written: exactly the acknowledged commitments exist (a refused or cut write left no row).
    expect(Number(fund!.commitments)).toBe(acknowledged.length);
  });
});

describe('a transaction cut in the middle', () => {
  it('leaves nothing behind when the backend is terminated between its writes', async () => {
    const admin = (await gql<{ login: { token: string } }>(LOGIN, { e: 'admin@launchpad.test', p: DEMO_PASSWORD }))
      .data!.login.token;
    const usersBefore = await sql<{ n: string }>('select count(*)::text as n from users');
    const auditBefore = await sql<{ n: string }>('select count(*)::text as n from audit_log');

    // Hold the audit log so createUser stops after inserting the user row, inside its transaction.
    const blocker = new pg.Client({ connectionString: databaseUrl });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('lock table audit_log in share row exclusive mode');
    try {
      const pending = gql(
        CREATE_USER,
        {
          input: {
            email: 'cut-in-the-middle@launchpad.test',
            password: 'a-long-enough-password',
            role: 'BOARD',
            displayName: 'Cut',
          },
        },
        admin,
      );
      let backend: number | undefined;
      await waitFor(async () => {
        const rows = await sql<{ pid: number; query: string }>(
          `select pid, query from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
        );
        backend = rows.find((row) => /audit_log/i.test(row.query))?.pid;
        return backend !== undefined;
      }, 'createUser to block on its audit insert');
      // The user row is written but not committed: visible to nobody else.
      await sql('select pg_terminate_backend($1)', [backend]);
      const answer = await pending;
      expect(answer.status).not.toBe(500);
      expect(answer.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(answer.errors?.[0]?.message).toBe('The database is unavailable; try again');
    } finally {
      await blocker.query('rollback');
      await blocker.end();
    }
    expect(await sql('select id from users where email = $1', ['cut-in-the-middle@launchpad.test'])).toEqual([]);
    expect((await sql<{ n: string }>('select count(*)::text as n from users'))[0]!.n).toBe(usersBefore[0]!.n);
    expect((await sql<{ n: string }>('select count(*)::text as n from audit_log'))[0]!.n).toBe(auditBefore[0]!.n);

    // And the server carries on: the same request now succeeds.
    const again = await gql<{ createUser: { id: string } }>(
      CREATE_USER,
      {
        input: {
          email: 'cut-in-the-middle@launchpad.test',
          password: 'a-long-enough-password',
          role: 'BOARD',
          displayName: 'Cut',
        },
      },
      admin,
    );
    expect(again.errors).toBeUndefined();
  });
});
