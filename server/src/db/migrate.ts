// Applies the checked-in migrations (MikroORM Migrator) to a database.
import { installJobQueue } from '../jobs/install';
import { openOrm } from './orm-config';

export async function migrate(url: string): Promise<string[]> {
  const orm = await openOrm({ clientUrl: url, poolMax: 2 });
  try {
    const applied = await orm.migrator.up();
    await installJobQueue(url);
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}
