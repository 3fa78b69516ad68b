// Resolves where the database is: DATABASE_URL, or an embedded PostgreSQL started under the data folder.
import type { AppConfig } from '../config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';
import { ensureDatabase, withDatabase } from './ensure-database';

export interface DatabaseRuntime {
  url: string;
  embedded: EmbeddedDatabase | null;
  stop(): Promise<void>;
}

export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<DatabaseRuntime> {
  if (config.databaseUrl) {
    await ensureDatabase(config.databaseUrl);
    return { url: config.databaseUrl, embedded: null, stop: async () => {} };
  }
  log(`starting the embedded PostgreSQL under ${config.dataDir}/pg on port ${config.embeddedPgPort}`);
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  const url = withDatabase(embedded.url, 'launchpad');
  await ensureDatabase(url);
  return { url, embedded, stop: () => embedded.stop() };
}
