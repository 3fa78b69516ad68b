// The database plugin: one MikroORM instance, one entity-manager fork per request, a health probe.
import fp from 'fastify-plugin';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { openOrm } from '../db/orm-config';

declare module 'fastify' {
  interface FastifyInstance {
    orm: MikroORM;
    /** True when the database answers a trivial query within a second. */
    databaseIsUp(): Promise<boolean>;
  }
  interface FastifyRequest {
    em: EntityManager;
  }
}

export interface DatabasePluginOptions {
  databaseUrl: string;
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

export const databasePlugin = fp<DatabasePluginOptions>(
  async (app, { databaseUrl, onQuery, poolMax }) => {
    const orm = await openOrm({ clientUrl: databaseUrl, onQuery, poolMax });
    app.decorate('orm', orm);
    app.decorateRequest('em', null as unknown as EntityManager);
    app.addHook('onRequest', async (request) => {
      request.em = orm.em.fork();
    });
    app.decorate('databaseIsUp', async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 1000)));
      const probe = orm.em
        .getConnection()
        .execute('select 1')
        .then(() => true)
        .catch(() => false);
      try {
        return await Promise.race([probe, timeout]);
      } finally {
        clearTimeout(timer);
      }
    });
    app.addHook('onClose', async () => {
      await orm.close(true);
    });
  },
  { name: 'database', dependencies: ['config'] },
);
