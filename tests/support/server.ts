// A real, listening server over a fresh database with the demo program: what the browser tests drive.
import { buildApp } from '@launchpad/server';
import { seedContext, seedDemo } from '@launchpad/server/seed/demo';
import type { Clock } from '@launchpad/shared';
import { createTestDatabase } from './database';
import { testConfig } from './app';

export interface TestServer {
  url: string;
  databaseUrl: string;
  /** The running app (its job queue, to run a scheduled job now). */
  app: Awaited<ReturnType<typeof buildApp>>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** The server's clock (a test moves it past a due date); the system clock by default. */
  clock?: Clock;
  /** Overrides of the test configuration (e.g. DATA_DIR, where uploaded documents are stored). */
  config?: Record<string, string>;
}

export async function startTestServer({ clock, config = {} }: TestServerOptions = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const appConfig = testConfig(config);
  const app = await buildApp(appConfig, { databaseUrl: database.appUrl, logger: false, clock });
  await seedDemo(app.orm.em.fork(), () => {}, seedContext(appConfig, app.documentStore));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    databaseUrl: database.url,
    app,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
