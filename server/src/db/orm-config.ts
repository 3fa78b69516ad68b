// The one MikroORM configuration: the server, the CLI and the test harness all build on it.
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { migrationsList } from '@launchpad/migrations';
import { entities } from '../modules/entities';
import { REPO_ROOT } from '../config';
import { closePreparedPool } from './prepared';
import { join } from 'node:path';

export interface OrmConfigOptions {
  clientUrl: string;
  /** Called with every SQL statement; the benchmarks and the N+1 tests count them. */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

export function createOrmConfig({ clientUrl, onQuery, poolMax = 10 }: OrmConfigOptions): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    // `joined` multiplies rows across several to-many relations; select-in keeps pages flat.
    loadStrategy: 'select-in',
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { checkDuplicateFieldNames: true },
    // The migrations' foreign keys all cascade key updates (MikroORM 6 inferred it; 7 needs it said).
    schemaGenerator: { defaultUpdateRule: 'cascade' },
    pool: { min: 0, max: poolMax, idleTimeoutMillis: 10_000 },
    // Options of the `pg` pool itself (MikroORM 7 passes them to `pg.Pool`; db/prepared.ts reads them too).
    driverOptions: { statement_timeout: 15_000 },
    migrations: {
      migrationsList,
      // Where `db:migration:create` writes a new, generated migration for review.
      path: join(REPO_ROOT, 'migrations'),
      pathTs: join(REPO_ROOT, 'migrations'),
      emit: 'ts',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    onQuery: (sql) => {
      onQuery?.(sql);
      return sql;
    },
  });
}

/** A connected ORM on this configuration; closing it closes the prepared-statement pool too (db/prepared.ts). */
export async function openOrm(options: OrmConfigOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(createOrmConfig(options));
  const close = orm.close.bind(orm);
  orm.close = async (force?: boolean) => {
    await closePreparedPool(orm);
    return close(force);
  };
  return orm;
}
