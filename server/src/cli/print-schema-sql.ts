// Prints the SQL that creates the schema the entities describe (to review a migration against).
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from '../db/orm-config';

// The ORM connects lazily, on the first query: generating the SQL needs no database.
const orm = await MikroORM.init(createOrmConfig({ clientUrl: 'postgres://localhost/unused' }));
process.stdout.write(await orm.schema.getCreateSchemaSQL({ wrap: false }));
await orm.close();
