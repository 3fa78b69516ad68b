// The audit log: append-only in the database itself, hash-chained, readable by BOARD and ADMIN with filters by who, what and when.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '@launchpad/server/config';
import { openOrm } from '@launchpad/server/db/orm-config';
import { dropDatabase, ensureDatabase, withDatabase } from '@launchpad/server/db/ensure-database';
import { auditChainStatus } from '@launchpad/server/modules/audit/service';
import { createTestApp, errorCode, type TestApp } from '../support/app';

const AUDIT_LOG = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id at actorId actorEmail action entityType entityId before after } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Entry {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
}
interface Page {
  auditLog: { edges: { cursor: string; node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('the audit log', () => {
  let t: TestApp;
  let admin: string;
  let board: string;
  let createdIds: string[] = [];
  let startedAt: Date;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.loginAs('ADMIN');
    board = await t.loginAs('BOARD');
    startedAt = new Date(Date.now() - 1000);
    createdIds = [];
    for (let i = 0; i < 5; i++) {
      const created = await t.gql<{ createUser: { id: string } }>(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        {
          input: {
            email: `auditee${i}@launchpad.test`,
            password: 'a-long-enough-password',
            role: 'FOUNDER',
            displayName: `<img src=x onerror=alert(${i})>`,
          },
        },
        admin,
      );
      createdIds.push(created.data!.createUser.id);
    }
    await t.gql('mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }', { id: createdIds[0] }, admin);
  });
  afterAll(() => t.close());

  it('is readable by BOARD and ADMIN, newest first, with who, what, when, before and after', async () => {
    for (const token of [board, admin]) {
      const page = await t.gql<Page>(AUDIT_LOG, { first: 3 }, token);
      expect(page.errors).toBeUndefined();
      const [newest] = page.data!.auditLog.edges.map((edge) => edge.node);
      expect(newest).toMatchObject({
        actorEmail: 'admin@launchpad.test',
        action: 'user.active_changed',
        entityType: 'User',
        entityId: createdIds[0],
      });
      expect(JSON.parse(newest!.before!)).toEqual({ active: true });
      expect(JSON.parse(newest!.after!)).toEqual({ active: false });
      expect(new Date(newest!.at).getTime()).toBeGreaterThanOrEqual(startedAt.getTime());
    }
  });

  it.each(['FOUNDER', 'FUND_MANAGER', 'INCUBATOR_MANAGER'] as const)('refuses %s with FORBIDDEN', async (role) => {
    const token = await t.loginAs(role);
    const response = await t.gql(AUDIT_LOG, {}, token);
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
    expect(errorCode(await t.gql('{ auditFacets { actions } }', {}, token))).toBe('FORBIDDEN');
  });

  it('refuses an anonymous reader with UNAUTHENTICATED', async () => {
    expect(errorCode(await t.gql(AUDIT_LOG))).toBe('UNAUTHENTICATED');
  });

  it('filters by who, what and when', async () => {
    const byWho = await t.gql<Page>(AUDIT_LOG, { filter: { actorEmail: 'ADMIN@launchpad' }, first: 200 }, board);
    expect(byWho.data!.auditLog.edges.length).toBeGreaterThanOrEqual(6);
    expect(byWho.data!.auditLog.edges.every((edge) => edge.node.actorEmail === 'admin@launchpad.test')).toBe(true);
    const nobody = await t.gql<Page>(AUDIT_LOG, { filter: { actorEmail: '%' } }, board);
    expect(nobody.data!.auditLog.edges).toEqual([]);

    const byWhat = await t.gql<Page>(AUDIT_LOG, { filter: { action: 'user.created', entityType: 'User' } }, board);
    const createdEntities = byWhat.data!.auditLog.edges.map((edge) => edge.node.entityId);
    expect(createdEntities).toEqual(expect.arrayContaining(createdIds));
    expect(byWhat.data!.auditLog.edges.every((edge) => edge.node.action === 'user.created')).toBe(true);
    const oneRecord = await t.gql<Page>(AUDIT_LOG, { filter: { entityId: createdIds[0] } }, board);
    expect(oneRecord.data!.auditLog.edges.map((edge) => edge.node.action)).toEqual([
      'user.active_changed',
      'user.created',
    ]);

    const future = new Date(Date.now() + 3_600_000).toISOString();
    const later = await t.gql<Page>(AUDIT_LOG, { filter: { from: future } }, board);
    expect(later.data!.auditLog.edges).toEqual([]);
    const window = await t.gql<Page>(
      AUDIT_LOG,
      { filter: { from: startedAt.toISOString(), to: future, action: 'user.created' } },
      board,
    );
    expect(window.data!.auditLog.edges).toHaveLength(5);
  });

  it('pages with cursors without gaps or repeats', async () => {
    const all = await t.gql<Page>(AUDIT_LOG, { first: 200 }, board);
    const expected = all.data!.auditLog.edges.map((edge) => edge.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof t.gql<Page>>> = await t.gql<Page>(AUDIT_LOG, { first: 2, after }, board);
      seen.push(...page.data!.auditLog.edges.map((edge) => edge.node.id));
      if (!page.data!.auditLog.pageInfo.hasNextPage) break;
      after = page.data!.auditLog.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(expected.map(Number)).toEqual([...expected.map(Number)].sort((a, b) => b - a));
  });

  it('refuses a forged cursor, a huge page and a reversed window with BAD_USER_INPUT naming the field', async () => {
    const forged = await t.gql(AUDIT_LOG, { after: Buffer.from('audit:1 or 1=1').toString('base64url') }, board);
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');
    expect(forged.errors?.[0]?.extensions?.field).toBe('after');
    const huge = await t.gql(AUDIT_LOG, { first: 100_000 }, board);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const reversed = await t.gql(
      AUDIT_LOG,
      { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } },
      board,
    );
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const badActor = await t.gql(AUDIT_LOG, { filter: { actorId: "1' or '1'='1" } }, board);
    expect(badActor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actorId' });
  });

  it('lists the actions, record types and actors for the filters', async () => {
    const facets = await t.gql<{ auditFacets: { actions: string[]; entityTypes: string[]; actorEmails: string[] } }>(
      '{ auditFacets { actions entityTypes actorEmails } }',
      {},
      admin,
    );
    expect(facets.data!.auditFacets.actions).toEqual(expect.arrayContaining(['user.created', 'user.active_changed']));
    expect(facets.data!.auditFacets.entityTypes).toContain('User');
    expect(facets.data!.auditFacets.actorEmails).toContain('admin@launchpad.test');
  });

  it('stores payload text verbatim: the script-like display name is data, not markup', async () => {
    const page = await t.gql<Page>(AUDIT_LOG, { filter: { entityId: createdIds[1], action: 'user.created' } }, board);
    expect(JSON.parse(page.data!.auditLog.edges[0]!.node.after!).displayName).toBe('<img src=x onerror=alert(1)>');
  });

  it("refuses UPDATE, DELETE and TRUNCATE through the application's own database connection", async () => {
    const connection = t.app.orm.em.getConnection();
    const before = await connection.execute<{ n: string }[]>('select count(*)::text as n from audit_log');
    await expect(connection.execute(`update audit_log set action = 'forged'`)).rejects.toThrow(
      /append-only|permission denied/,
    );
    await expect(connection.execute('delete from audit_log')).rejects.toThrow(/append-only|permission denied/);
    await expect(connection.execute('truncate audit_log')).rejects.toThrow(/append-only|permission denied/);
    // The ORM path is refused too: an entity update is an UPDATE.
    const fork = t.app.orm.em.fork();
    await expect(
      fork.transactional(async (tx) => {
        await tx
          .getConnection()
          .execute(
            `update audit_log set after = '{}'::jsonb where id = (select max(id) from audit_log)`,
            [],
            'all',
            tx.getTransactionContext(),
          );
      }),
    ).rejects.toThrow(/append-only|permission denied/);
    const after = await connection.execute<{ n: string }[]>('select count(*)::text as n from audit_log');
    expect(after[0]!.n).toBe(before[0]!.n);
    const forged = await connection.execute<{ n: string }[]>(
      `select count(*)::text as n from audit_log where action = 'forged' or after = '{}'::jsonb`,
    );
    expect(forged[0]!.n).toBe('0');
  });

  it('offers no mutation that edits or deletes audit entries', async () => {
    const mutations = await t.gql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "Mutation") { fields { name } } }',
    );
    const names = mutations.data!.__type.fields.map((field) => field.name);
    expect(names.filter((name) => /audit/i.test(name))).toEqual([]);
  });
});

describe('the audit log past entry 9', () => {
  it('stays newest first and pages without gaps when ids gain a digit (10 after 9, not before it)', async () => {
    const t = await createTestApp();
    try {
      const client = new pg.Client({ connectionString: t.database.url });
      await client.connect();
      try {
        await client.query(
          `insert into audit_log (at, action, entity_type) select now(), 'test.entry', 'Test' from generate_series(1, 25)`,
        );
      } finally {
        await client.end();
      }
      const board = await t.loginAs('BOARD');
      const first = await t.gql<Page>(AUDIT_LOG, { first: 5 }, board);
      const ids = first.data!.auditLog.edges.map((edge) => Number(edge.node.id));
      expect(ids[0]).toBeGreaterThanOrEqual(25);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      const seen: number[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Awaited<ReturnType<typeof t.gql<Page>>> = await t.gql<Page>(AUDIT_LOG, { first: 7, after }, board);
        seen.push(...page.data!.auditLog.edges.map((edge) => Number(edge.node.id)));
        if (!page.data!.auditLog.pageInfo.hasNextPage) break;
        after = page.data!.auditLog.pageInfo.endCursor;
      }
      expect(seen).toEqual([...seen].sort((a, b) => b - a));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.at(-1)).toBe(1);
    } finally {
      await t.close();
    }
  });
});

describe('the audit hash chain', () => {
  let t: TestApp;
  let admin: string;
  const CHAIN = '{ auditChainStatus { verifiedUpTo brokenAt } }';
  type Chain = { auditChainStatus: { verifiedUpTo: string | null; brokenAt: string | null } };
  const TAIL_CHAIN = '{ auditChainStatus { verifiedUpTo brokenAt tailMissing } }';
  type TailChain = { auditChainStatus: Chain['auditChainStatus'] & { tailMissing: boolean } };

  async function ownerQuery<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: t.database.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.loginAs('ADMIN');
  });
  afterAll(() => t.close());

  it('chains every entry to the one before, also when many are written at once', async () => {
    // 12 accounts created in parallel: each writer takes the chain's head in turn, so the chain never forks.
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.gql(
          'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
          {
            input: {
              email: `chained${i}@launchpad.test`,
              password: 'a-long-enough-password',
              role: 'BOARD',
              displayName: `Chained ${i}`,
            },
          },
          admin,
        ),
      ),
    );
    const rows = await ownerQuery<{ id: string; prev_hash: string; hash: string }>(
      'select id::text, prev_hash, hash from audit_log order by chain_seq',
    );
    expect(rows.length).toBeGreaterThanOrEqual(12);
    rows.forEach((row, i) => {
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.prev_hash).toBe(i === 0 ? '0'.repeat(64) : rows[i - 1]!.hash);
    });
    const status = await t.gql<Chain>(CHAIN, {}, await t.loginAs('BOARD'));
    expect(status.data!.auditChainStatus).toEqual({ verifiedUpTo: rows.at(-1)!.id, brokenAt: null });
  });

  it('ignores a hash the inserting connection supplies', async () => {
    const [row] = await ownerQuery<{ id: string; hash: string }>(
      `insert into audit_log (at, action, entity_type, chain_seq, prev_hash, hash)
       values (now(), 'forged.insert', 'Nothing', 1, repeat('a', 64), repeat('b', 64)) returning id::text, hash`,
    );
    expect(row!.hash).not.toBe('b'.repeat(64));
    expect((await t.gql<Chain>(CHAIN, {}, admin)).data!.auditChainStatus).toEqual({
      verifiedUpTo: row!.id,
      brokenAt: null,
    });
  });

  it('names the first edited entry: in the API and in `pnpm audit:verify`, which fails', async () => {
    const ids = (await ownerQuery<{ id: string }>('select id::text from audit_log order by chain_seq')).map(
      (row) => row.id,
    );
    const edited = ids[Math.floor(ids.length / 2)]!;
    const before = ids[ids.indexOf(edited) - 1]!;
    // The owner may lift the append-only trigger (the server's role may not): the chain shows it.
    const client = new pg.Client({ connectionString: t.database.url });
    await client.connect();
    try {
      await client.query('begin');
      await client.query('alter table audit_log disable trigger audit_log_append_only');
      await client.query(`update audit_log set actor_email = 'someone-else@launchpad.test' where id = $1`, [edited]);
      await client.query('alter table audit_log enable trigger audit_log_append_only');
      await client.query('commit');
    } finally {
      await client.end();
    }
    const status = await t.gql<Chain>(CHAIN, {}, admin);
    expect(status.data!.auditChainStatus).toEqual({ verifiedUpTo: before, brokenAt: edited });

    const verify = await runAuditVerify(t.database.url);
    expect(verify.code).toBe(1);
    expect(verify.output).toContain(`BROKEN at entry #${edited}`);
    // A run of the command line (tsx starting up) on a loaded machine.
  }, 90_000);

  it('is verified by `pnpm audit:verify` when nobody edited it', async () => {
    const fresh = await createTestApp();
    try {
      await fresh.loginAs('ADMIN');
      const verify = await runAuditVerify(fresh.database.url);
      expect(verify.output).toMatch(/the audit chain is verified: \d+ entries/);
      expect(verify.code).toBe(0);
    } finally {
      await fresh.close();
    }
    // A fresh demo database and a run of the command line (tsx starting up) on a loaded machine.
  }, 90_000);

  it('notices a removed tail in the API and in `pnpm audit:verify`, and a chain rewritten after its head was kept', async () => {
    const fresh = await createTestApp();
    const asOwner = async (statements: string[]) => {
      const client = new pg.Client({ connectionString: fresh.database.url });
      await client.connect();
      try {
        await client.query('begin');
        await client.query('alter table audit_log disable trigger audit_log_append_only');
        for (const sql of statements) await client.query(sql);
        await client.query('alter table audit_log enable trigger audit_log_append_only');
        await client.query('commit');
      } finally {
        await client.end();
      }
    };
    try {
      const admin = await fresh.loginAs('ADMIN');
      // Two audited writes: two entries in the chain.
      for (const i of [1, 2]) {
        const created = await fresh.gql(
          'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
          {
            input: {
              email: `tail${i}@launchpad.test`,
              password: 'a-long-enough-password',
              role: 'BOARD',
              displayName: `Tail ${i}`,
            },
          },
          admin,
        );
        expect(created.errors).toBeUndefined();
      }
      // The head as the trigger keeps it, read by the owner: the line `pnpm audit:verify` prints, and accepts back.
      const [stored] = await ownerQueryOn<{ seq: string; hash: string }>(
        fresh.database.url,
        'select last_seq::text as seq, last_hash as hash from audit_chain_head',
      );
      const head = [stored!.seq, stored!.hash] as const;
      const kept = `${head[0]}:${head[1]}`;
      const verified = await runAuditVerify(fresh.database.url, kept);
      expect(verified.output).toContain(`head: ${kept}`);
      expect(verified.output).toContain(`the entry at position ${head[0]} still has the hash you kept`);
      expect(verified.code).toBe(0);

      // The owner edits the last entry and writes a matching hash and head: the walk alone holds,
      // the head kept elsewhere does not.
      await asOwner([
        `update audit_log set actor_email = 'rewritten@launchpad.test' where chain_seq = ${head[0]}`,
        `update audit_log a set hash = audit_log_row_hash(a.prev_hash, a) where chain_seq = ${head[0]}`,
        `update audit_chain_head set last_hash = (select hash from audit_log where chain_seq = ${head[0]})`,
      ]);
      const status = await fresh.gql<TailChain>(TAIL_CHAIN, {}, admin);
      expect(status.data!.auditChainStatus).toMatchObject({ brokenAt: null, tailMissing: false });
      const rewritten = await runAuditVerify(fresh.database.url, kept);
      expect(rewritten.output).toContain(`the entry at position ${head[0]} no longer has the hash you kept`);
      expect(rewritten.code).toBe(1);

      // The owner removes the last entry: every remaining link holds, but the head names a later one.
      const page = await fresh.gql<{ auditLog: { edges: { node: { id: string } }[] } }>(
        '{ auditLog(first: 2) { edges { node { id } } } }',
        {},
        admin,
      );
      const [newest, previous] = page.data!.auditLog.edges.map((edge) => edge.node.id);
      await asOwner([`delete from audit_log where id = ${newest}`]);
      const afterRemoval = await fresh.gql<TailChain>(TAIL_CHAIN, {}, admin);
      expect(afterRemoval.data!.auditChainStatus).toEqual({
        verifiedUpTo: previous,
        brokenAt: null,
        tailMissing: true,
      });
      const removed = await runAuditVerify(fresh.database.url);
      expect(removed.output).toContain(`the audit chain holds up to #${previous}, but entries after it were removed`);
      expect(removed.code).toBe(1);
    } finally {
      await fresh.close();
    }
    // Three runs of the command line, each starting tsx.
  }, 180_000);

  it('chains the entries that existed before the migration, oldest first', async () => {
    const database = await createEmptyDatabase();
    try {
      const orm = await openOrm({ clientUrl: database.url, poolMax: 1 });
      try {
        await orm.migrator.up({ to: 'Migration20261123003000Kpi' });
        await orm.em.getConnection().execute(
          `insert into audit_log (at, action, entity_type) select now() - (n || ' minutes')::interval, 'old.entry', 'Thing'
               from generate_series(1, 5) n`,
        );
        await orm.migrator.up();
        const rows = await orm.em
          .getConnection()
          .execute<{ id: string; chain_seq: string; prev_hash: string; hash: string }[]>(
            'select id::text, chain_seq::text, prev_hash, hash from audit_log order by chain_seq',
          );
        expect(rows.map((row) => row.chain_seq)).toEqual(['1', '2', '3', '4', '5']);
        expect(rows.map((row) => row.id)).toEqual(['1', '2', '3', '4', '5']);
        rows.forEach((row, i) => expect(row.prev_hash).toBe(i === 0 ? '0'.repeat(64) : rows[i - 1]!.hash));
        const status = await auditChainStatus(orm.em.fork());
        expect(status).toMatchObject({ verifiedUpTo: '5', brokenAt: null, tailMissing: false });
      } finally {
        await orm.close(true);
      }
    } finally {
      await database.drop();
    }
  });
});

async function ownerQueryOn<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** `pnpm audit:verify` against the database at `url` (as its owner, like the other db:* scripts). */
function runAuditVerify(url: string, keptHead?: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const { DATABASE_URL: _ignored, ...base } = process.env;
    const child = spawn(
      join(REPO_ROOT, 'node_modules/.bin/tsx'),
      [join(REPO_ROOT, 'server/src/cli/db.ts'), 'audit-verify', ...(keptHead ? [keptHead] : [])],
      {
        cwd: REPO_ROOT,
        env: { ...base, DATABASE_URL: url, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

/** A database on the test server with nothing in it (not a copy of the migrated template). */
async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const url = withDatabase(inject('databaseServerUrl'), `lp_test_empty_${randomBytes(6).toString('hex')}`);
  await ensureDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}
