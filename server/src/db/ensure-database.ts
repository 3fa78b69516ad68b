// Creates the application's database on a server when it is not there yet.
import pg from 'pg';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
}

/** Runs `fn` with a client on the server's maintenance database. */
export async function withMaintenanceClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates the database in UTF8 (the search fold's `normalize()` needs it). A server whose default template is UTF8
 * already is copied as is; otherwise the database is made from template0 in UTF8 with a locale that allows it.
 */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withMaintenanceClient(url, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount !== 0) return;
    const template = await client.query<{ encoding: string }>(
      `SELECT pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = 'template1'`,
    );
    const identifier = pg.escapeIdentifier(name);
    if (template.rows[0]?.encoding === 'UTF8') {
      await client.query(`CREATE DATABASE ${identifier}`);
      return;
    }
    try {
      await client.query(`CREATE DATABASE ${identifier} ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0`);
    } catch (error) {
      // No C.UTF-8 on the server's machine: C accepts any encoding.
      if (!/locale|collation/i.test(String(error))) throw error;
      await client.query(`CREATE DATABASE ${identifier} ENCODING 'UTF8' LOCALE 'C' TEMPLATE template0`);
    }
  });
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withMaintenanceClient(url, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
  );
}
