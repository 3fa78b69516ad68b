// Backups: `pnpm db:backup` and `pnpm db:restore` (pg_dump/pg_restore 15) in both database modes — a restored
// copy has the same ledger totals and the same audit log, and the log stays append-only after a restore.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '@launchpad/server/config';
import { startEmbeddedPostgres } from '@launchpad/server/db/embedded';
import { dropDatabase, withDatabase } from '@launchpad/server/db/ensure-database';
import { createTestApp, type TestApp } from '../support/app';

const CLI = join(REPO_ROOT, 'server', 'src', 'cli', 'db.ts');
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

/** Runs `db.ts <args>` as `pnpm db:*` does, with exactly the given environment (no DATABASE_URL leaks in). */
function runCli(args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const { DATABASE_URL: _ignored, ...base } = process.env;
    void _ignored;
    const child = spawn(TSX, [CLI, ...args], { cwd: REPO_ROOT, env: { ...base, LOG_LEVEL: 'silent', ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

/** What must survive a backup: every fund's ledger totals (stored and recomputed) and the whole audit log. */
async function snapshot(url: string) {
  const funds = await query<Record<string, string>>(
    url,
    `select f.id, f.name, f.charter_capital::text, f.state_committed::text, f.paid_in::text, f.invested::text,
            (select coalesce(sum(amount), 0) from commitments c where c.fund_id = f.id)::text as commitments,
            (select coalesce(sum(amount), 0) from capital_payments p where p.fund_id = f.id)::text as payments,
            (select coalesce(sum(amount), 0) from round_participations p where p.fund_id = f.id)::text as invested_rows
       from funds f order by f.id`,
  );
  const audit = await query<Record<string, unknown>>(
    url,
    `select id::text, at, actor_id, actor_email, action, entity_type, entity_id, before, after from audit_log order by id`,
  );
  const counts = await query<Record<string, string>>(
    url,
    `select (select count(*) from users)::text as users, (select count(*) from startups)::text as startups,
            (select count(*) from stage_moves)::text as stage_moves, (select count(*) from funding_rounds)::text as rounds`,
  );
  return { funds, audit, counts: counts[0] };
}

async function expectAppendOnly(url: string): Promise<void> {
  await expect(query(url, `update audit_log set action = 'forged'`)).rejects.toThrow(/append-only/);
  await expect(query(url, 'delete from audit_log')).rejects.toThrow(/append-only/);
  // New entries continue after the restored ones (the id sequence came back too).
  const [max] = await query<{ max: string }>(url, 'select max(id)::text as max from audit_log');
  const [next] = await query<{ id: string }>(
    url,
    `insert into audit_log (at, action, entity_type) values (now(), 'backup.test', 'Test') returning id::text`,
  );
  expect(BigInt(next!.id)).toBeGreaterThan(BigInt(max!.max));
}

let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'launchpad-backup-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('backups with DATABASE_URL (a PostgreSQL server)', () => {
  let t: TestApp;
  let restoredUrl: string;
  beforeAll(async () => {
    t = await createTestApp({ seed: 'demo' });
    restoredUrl = withDatabase(t.database.url, `${new URL(t.database.url).pathname.slice(1)}_restored`);
  });
  afterAll(async () => {
    await dropDatabase(restoredUrl);
    await t.close();
  });

  it('restores a copy with the same ledger totals and audit log', async () => {
    const original = await snapshot(t.database.url);
    expect(original.funds.length).toBeGreaterThan(0);
    expect(original.audit.length).toBeGreaterThan(0);
    for (const fund of original.funds) {
      expect(fund.charter_capital).toBe(fund.commitments);
      expect(fund.paid_in).toBe(fund.payments);
      expect(fund.invested).toBe(fund.invested_rows);
    }

    const file = join(workDir, 'server.dump');
    const backup = await runCli(['backup', file], { DATABASE_URL: t.database.url, NODE_ENV: 'test' });
    expect(backup.code, backup.output).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(0);

    const restore = await runCli(['restore', file], { DATABASE_URL: restoredUrl, NODE_ENV: 'test' });
    expect(restore.code, restore.output).toBe(0);

    expect(await snapshot(restoredUrl)).toEqual(original);
    await expectAppendOnly(restoredUrl);
    // Two CLI runs, each a fresh tsx process.
  }, 120_000);
});

describe('backups with the embedded PostgreSQL (DATABASE_URL unset)', () => {
  const dataDir = join(REPO_ROOT, '.data', 'test-backup');
  const port = 54363;
  const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port), NODE_ENV: 'development', SEED_DEMO: 'true' };

  /** Runs `fn` against the embedded database while it is up, and stops it again (the CLI starts its own). */
  async function withEmbedded<T>(fn: (url: string) => Promise<T>): Promise<T> {
    const embedded = await startEmbeddedPostgres({ dataDir, port });
    try {
      return await fn(withDatabase(embedded.url, 'launchpad'));
    } finally {
      await embedded.stop();
    }
  }

  it('backs up the embedded database and restores it over later changes', async () => {
    const reset = await runCli(['reset'], env);
    expect(reset.code, reset.output).toBe(0);
    const original = await withEmbedded(snapshot);
    expect(original.funds.length).toBeGreaterThan(0);

    const file = join(workDir, 'embedded.dump');
    const backup = await runCli(['backup', file], env);
    expect(backup.code, backup.output).toBe(0);

    // Changes after the backup: one more audit entry and one more fund.
    await withEmbedded(async (url) => {
      await query(url, `insert into audit_log (at, action, entity_type) values (now(), 'after.backup', 'Test')`);
      await query(
        url,
        `insert into funds (id, name, created_at) values (gen_random_uuid(), 'After the backup', now())`,
      );
      expect((await snapshot(url)).audit.length).toBe(original.audit.length + 1);
    });

    const restore = await runCli(['restore', file], env);
    expect(restore.code, restore.output).toBe(0);
    await withEmbedded(async (url) => {
      expect(await snapshot(url)).toEqual(original);
      await expectAppendOnly(url);
    });
    // Four CLI runs, each starting and stopping its own PostgreSQL, and the reset seeds the demo program: 94 s alone
    // on a fully loaded machine, more beside the rest of the API suite.
  }, 240_000);
});
