// Hot read statements as named prepared statements. MikroORM sends each statement as text with its values
// inlined, so PostgreSQL parses and plans it on every request; a prepared statement is parsed once per
// connection and its plan reused. Measured on the startup page's statement: 0.9 → 0.23 ms of PostgreSQL
// CPU per request, 1.2 → 0.45 ms round trip. The statements go through `pg` directly, on a pool of this
// adapter's own (one per ORM, the ORM's database and size), never through the ORM's query builder internals.
import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';

interface Statement {
  /** The SQL with `$1, $2, …` for its `?` placeholders. */
  text: string;
  /** Undefined once the budget of names is spent: the statement then runs unnamed. */
  name: string | undefined;
}

// Every named statement holds its plan in each pooled connection's backend, so only the first texts
// seen get a name: the hot paths' texts vary only with the fields selected, the filters and the sort.
export const MAX_NAMED_STATEMENTS = 64;
const statements = new Map<string, Statement>();

/** `?` placeholders (as `em.execute` takes them) as `$n`, outside quoted text and identifiers. */
export function numberedPlaceholders(sql: string): string {
  let position = 0;
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (match) => (match === '?' ? `$${++position}` : match));
}

function statementOf(sql: string): Statement {
  const known = statements.get(sql);
  if (known) return known;
  const text = numberedPlaceholders(sql);
  // Past the budget a text runs unnamed and is not kept: an unbounded variety must not grow the map.
  if (statements.size >= MAX_NAMED_STATEMENTS) return { text, name: undefined };
  const statement = { text, name: `lp_${createHash('sha1').update(text).digest('hex').slice(0, 24)}` };
  statements.set(sql, statement);
  return statement;
}

type Config = EntityManager['config'];
const pools = new WeakMap<Config, pg.Pool>();

function poolOf(config: Config): pg.Pool {
  let pool = pools.get(config);
  if (!pool) {
    const orm = config.get('pool');
    const driver = config.get('driverOptions') as { statement_timeout?: number };
    pool = new pg.Pool({
      connectionString: config.get('clientUrl'),
      max: orm?.max ?? 10,
      idleTimeoutMillis: orm?.idleTimeoutMillis ?? 10_000,
      ...(driver.statement_timeout ? { statement_timeout: driver.statement_timeout } : {}),
    });
    // An idle client whose server went away (a restart, a killed backend) reports here; the pool drops it and
    // the next query opens a new one. Without a listener the event would crash the process.
    pool.on('error', () => {});
    pools.set(config, pool);
  }
  return pool;
}

/** Closes the prepared-statement pool of this ORM (openOrm's close calls it). */
export async function closePreparedPool(orm: Pick<MikroORM, 'config'>): Promise<void> {
  const pool = pools.get(orm.config as Config);
  if (!pool) return;
  pools.delete(orm.config as Config);
  await pool.end();
}

/**
 * The rows of a read statement with `?` placeholders (as `em.execute` takes), prepared once per pooled
 * connection. Inside a transaction it runs on the transaction's connection through the ORM instead.
 * Values go as bind parameters, never inlined. The ORM's query hook sees it like any other statement.
 */
export async function preparedRows<Row>(em: EntityManager, sql: string, params: readonly unknown[]): Promise<Row[]> {
  if (em.isInTransaction()) return em.execute<Row[]>(sql, [...params]);
  const statement = statementOf(em.config.get('onQuery')(sql, [...params]));
  try {
    const result = await poolOf(em.config).query<Row & object>({
      text: statement.text,
      values: [...params],
      name: statement.name,
    });
    // The caller keeps the rows; pg's Result must not. A Result that reached old space keeps its rows
    // alive through every scavenge until the next full collection, even once nothing uses it: on a page
    // of 50 that promoted ~1.6 MB per scavenge (--trace-gc-nvp) and put a mark-compact every ~50 pages.
    const rows = result.rows;
    result.rows = [];
    return rows;
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  }
}
