// Least privilege in the database: the server runs as a role that is no superuser, owns no table, and may only
// read and append to the tables whose rows are never changed. The whole API suite runs as such a role
// (tests/support/global-setup.ts), which proves its grants suffice; this file proves what it may not do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { APP_ROLE, APPEND_ONLY_TABLES, provisionAppRole, withCredentials } from '@launchpad/server/db/app-role';
import { createTestApp, testConfig, type TestApp } from '../support/app';

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Runs `sql` in a transaction that is rolled back whatever happens, and answers the error PostgreSQL raised. */
async function refusal(client: pg.Client, sql: string): Promise<{ code?: string; message: string } | null> {
  await client.query('begin');
  try {
    await client.query(sql);
    return null;
  } catch (error) {
    return { code: (error as { code?: string }).code, message: String((error as Error).message) };
  } finally {
    await client.query('rollback');
  }
}

describe("the server's database role", () => {
  let t: TestApp;
  let server: pg.Client;

  beforeAll(async () => {
    // The demo program (seeded through the server's own role) puts rows in most append-only tables; privileges
    // are checked before any row is touched, so an empty table proves the refusals as well.
    t = await createTestApp({ seed: 'demo' });
    server = await connect(t.database.appUrl);
  });
  afterAll(async () => {
    await server?.end();
    await t?.close();
  });

  it('is no superuser and owns no table', async () => {
    const [role] = (
      await server.query<{ rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; rolbypassrls: boolean }>(
        'select rolsuper, rolcreaterole, rolcreatedb, rolbypassrls from pg_roles where rolname = current_user',
      )
    ).rows;
    expect(role).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
    const owned = await server.query(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and pg_get_userbyid(c.relowner) = current_user`,
    );
    expect(owned.rows).toEqual([]);
  });

  it.each(APPEND_ONLY_TABLES)(
    'may read and append to %s but is refused UPDATE, DELETE, TRUNCATE, disabling triggers and replica mode',
    async (table) => {
      const name = pg.escapeIdentifier(table);
      const rows = await server.query(`select count(*)::int as n from ${name}`);
      const privileges = await server.query<{ insert: boolean; select: boolean }>(
        `select has_table_privilege($1, 'INSERT') as insert, has_table_privilege($1, 'SELECT') as select`,
        [`public.${table}`],
      );
      expect(privileges.rows[0]).toEqual({ insert: true, select: true });

      const attempts = [
        `update ${name} set id = id`,
        `delete from ${name}`,
        `truncate ${name}`,
        `alter table ${name} disable trigger all`,
        'set session_replication_role = replica',
        'set local session_replication_role = replica',
      ];
      for (const sql of attempts) {
        const error = await refusal(server, sql);
        expect(error, sql).not.toBeNull();
        // 42501 insufficient_privilege: "permission denied for table" / "must be owner of table" / "permission denied to set parameter".
        expect(error!.code, `${sql}: ${error!.message}`).toBe('42501');
      }
      const after = await server.query(`select count(*)::int as n from ${name}`);
      expect(after.rows[0].n).toBe(rows.rows[0].n);
    },
  );

  it('counts among the append-only tables every table whose history a trigger guards', async () => {
    const guarded = await server.query<{ name: string }>(
      `select distinct c.relname as name from pg_trigger g join pg_class c on c.oid = g.tgrelid
        where not g.tgisinternal and g.tgname like '%append_only'`,
    );
    expect(guarded.rows.length).toBeGreaterThanOrEqual(4);
    expect([...APPEND_ONLY_TABLES]).toEqual(expect.arrayContaining(guarded.rows.map((row) => row.name)));
  });

  it('may not read the migration history nor write the audit chain head', async () => {
    expect((await refusal(server, 'select * from mikro_orm_migrations'))?.code).toBe('42501');
    for (const sql of ['update audit_chain_head set last_seq = 0', 'delete from audit_chain_head']) {
      expect((await refusal(server, sql))?.code, sql).toBe('42501');
    }
  });

  it('reads the capital the round triggers keep but may not write it', async () => {
    const kept = await server.query<{ n: number }>('select count(*)::int as n from kpi_capital_facts');
    expect(kept.rows[0]!.n).toBeGreaterThan(0);
    for (const sql of [
      `insert into kpi_capital_facts (startup_id, day, source, sector, amount)
        select id, current_date, 'PRIVATE', sector, 1 from startups limit 1`,
      'update kpi_capital_facts set amount = amount + 1',
      'delete from kpi_capital_facts',
      'truncate kpi_capital_facts',
      'select launchpad_kpi_capital_recount(array[]::uuid[], array[]::date[])',
    ]) {
      expect((await refusal(server, sql))?.code, sql).toBe('42501');
    }
  });

  it('refuses DELETE and TRUNCATE of commitment history even to the owner (a trigger, as for UPDATE)', async () => {
    const owner = await connect(t.database.url);
    try {
      for (const sql of ['delete from commitment_changes', 'truncate commitment_changes']) {
        const error = await refusal(owner, sql);
        expect(error?.message, sql).toMatch(/append-only/);
      }
    } finally {
      await owner.end();
    }
  });
});

describe('with DATABASE_URL and no APP_DATABASE_URL', () => {
  it(`creates the ${APP_ROLE} role when the owner may, with a password kept under DATA_DIR, and grants it only its privileges`, async () => {
    const t = await createTestApp({ seed: 'none' });
    const dataDir = mkdtempSync(join(tmpdir(), 'launchpad-role-'));
    try {
      const config = testConfig({ DATABASE_URL: t.database.url, DATA_DIR: dataDir });
      const url = await provisionAppRole(config, t.database.url);
      expect(decodeURIComponent(new URL(url).username)).toBe(APP_ROLE);
      // Run twice (every start runs it): idempotent.
      expect(await provisionAppRole(config, t.database.url)).toBe(url);
      const client = await connect(url);
      try {
        expect((await client.query('select current_user as u')).rows[0].u).toBe(APP_ROLE);
        expect((await refusal(client, 'delete from audit_log'))?.code).toBe('42501');
        expect((await client.query('select count(*)::int as n from users')).rows[0].n).toBe(0);
      } finally {
        await client.end();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await t.close();
    }
  });
});

describe('with an operator-made role as APP_DATABASE_URL', () => {
  it('refuses a role that is a superuser, may create roles, owns tables or may become the owner, and accepts a plain one', async () => {
    const t = await createTestApp({ seed: 'none' });
    const owner = await connect(t.database.url);
    const suffix = randomBytes(4).toString('hex');
    const roles = {
      plain: `lp_plain_${suffix}`,
      creator: `lp_creator_${suffix}`,
      ownerMember: `lp_owner_member_${suffix}`,
    };
    const ownerRole = decodeURIComponent(new URL(t.database.url).username) || 'postgres';
    const asRole = (role: string) =>
      testConfig({ DATABASE_URL: t.database.url, APP_DATABASE_URL: withCredentials(t.database.url, role, 'secret') });
    try {
      await owner.query(`create role ${roles.plain} login password 'secret'`);
      await owner.query(`create role ${roles.creator} login createrole password 'secret'`);
      await owner.query(`create role ${roles.ownerMember} login password 'secret'`);
      await owner.query(`grant ${pg.escapeIdentifier(ownerRole)} to ${roles.ownerMember}`);

      await expect(provisionAppRole(asRole(roles.creator), t.database.url)).rejects.toThrow(
        new RegExp(`${roles.creator}: CREATEROLE`),
      );
      // A member of the owner could SET ROLE to it and lift the append-only triggers.
      await expect(provisionAppRole(asRole(roles.ownerMember), t.database.url)).rejects.toThrow(
        new RegExp(`${ownerRole}: .*owns tables`),
      );
      // The owner itself as the server's role.
      await expect(provisionAppRole(asRole(ownerRole), t.database.url)).rejects.toThrow(/owns tables/);

      const url = await provisionAppRole(asRole(roles.plain), t.database.url);
      const server = await connect(url);
      try {
        expect((await server.query('select count(*)::int as n from users')).rows[0].n).toBe(0);
        expect((await refusal(server, 'delete from audit_log'))?.code).toBe('42501');
      } finally {
        await server.end();
      }
    } finally {
      for (const role of Object.values(roles)) {
        await owner.query(`drop owned by ${role}`).catch(() => undefined);
        await owner.query(`drop role if exists ${role}`);
      }
      await owner.end();
      await t.close();
    }
  });
});
