// Applies the checked-in migrations (MikroORM Migrator) to a database.
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from './orm-config';

export async function migrate(url: string): Promise<string[]> {
  const orm = await MikroORM.init(createOrmConfig({ clientUrl: url, poolMax: 2 }));
  try {
    const applied = await orm.getMigrator().up();
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}
