// A real, listening server over a fresh database with the demo program: what the browser tests drive.
import { buildApp } from '@launchpad/server';
import { seedDemo } from '@launchpad/server/seed/demo';
import { createTestDatabase } from './database';
import { testConfig } from './app';

export interface TestServer {
  url: string;
  databaseUrl: string;
  close(): Promise<void>;
}

/** `config` overrides the test configuration (e.g. DATA_DIR, where uploaded documents are stored). */
export async function startTestServer(config: Record<string, string> = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const app = await buildApp(testConfig(config), { databaseUrl: database.appUrl, logger: false });
  await seedDemo(app.orm.em.fork(), () => {});
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    databaseUrl: database.url,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
