import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestApp, type TestApp } from '../support/app';
import { createTestDatabase } from '../support/database';
import { openOrm } from '@launchpad/server/db/orm-config';
import { migrate } from '@launchpad/server/db/migrate';
import { ensureDatabase, withDatabase } from '@launchpad/server/db/ensure-database';
import { inject } from 'vitest';
import { randomBytes } from 'node:crypto';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: 'none' });
  });
  afterAll(() => t.close());

  it('answers 200 with the database up', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', db: 'up' });
  });

  it('answers 503 when the database is down', async () => {
    const down = await createTestApp({ seed: 'none' });
    // Cut this app's connections off at the server and forbid new ones: the database is gone for it.
    const admin = new pg.Client({ connectionString: withDatabase(down.database.url, 'postgres') });
    await admin.connect();
    const name = new URL(down.database.url).pathname.slice(1);
    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    try {
      const response = await down.app.inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ status: 'unavailable', db: 'down' });
    } finally {
      await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
      await admin.end();
      await down.close();
    }
  });
});

describe('migrations', () => {
  it('apply to an empty database and leave the schema the entities describe', async () => {
    const url = withDatabase(inject('databaseServerUrl'), `lp_empty_${randomBytes(4).toString('hex')}`);
    await ensureDatabase(url);
    const applied = await migrate(url);
    expect(applied.length).toBeGreaterThan(0);
    expect(await migrate(url)).toEqual([]);
    const t = await createTestApp({ seed: 'none' });
    try {
      // No drift: what the checked-in migrations built equals what the entities describe.
      // Read as the owner: information_schema shows check constraints only to a table's owner, not the server's role.
      const owner = await openOrm({ clientUrl: t.database.url, poolMax: 1 });
      try {
        const drift = await owner.schema.getUpdateSchemaSQL({ wrap: false, safe: true });
        expect(drift.trim()).toBe('');
      } finally {
        await owner.close(true);
      }
    } finally {
      await t.close();
      const { dropDatabase } = await import('@launchpad/server/db/ensure-database');
      await dropDatabase(url);
    }
  });

  it('keeps the audit log append-only in the database itself', async () => {
    const database = await createTestDatabase();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(`insert into audit_log (at, action, entity_type) values (now(), 'test.entry', 'Test')`);
      await expect(client.query(`update audit_log set action = 'edited'`)).rejects.toThrow(/append-only/);
      await expect(client.query('delete from audit_log')).rejects.toThrow(/append-only/);
      await expect(client.query('truncate audit_log')).rejects.toThrow(/append-only/);
      const rows = await client.query('select action from audit_log');
      expect(rows.rows).toEqual([{ action: 'test.entry' }]);
    } finally {
      await client.end();
      await database.drop();
    }
  });
});
