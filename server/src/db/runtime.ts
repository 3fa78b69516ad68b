// Resolves where the database is: DATABASE_URL, or an embedded PostgreSQL started (and kept running) under the data folder.
import type { AppConfig } from '../config';
import { superviseEmbeddedPostgres, type SupervisedDatabase, type SupervisorLogger } from './supervisor';
import { ensureDatabase, withDatabase } from './ensure-database';

export interface DatabaseRuntime {
  /** The owner's URL: migrations, grants, backups. The server itself connects as the app role (see app-role.ts). */
  url: string;
  embedded: SupervisedDatabase | null;
  /** Log the database's own events (the embedded supervisor's restarts) through this logger from now on. */
  useLogger(logger: SupervisorLogger): void;
  stop(): Promise<void>;
}

/** Until the app's pino logger exists, the supervisor writes lines through `log`. */
function lineLogger(log: (line: string) => void): SupervisorLogger {
  const write = (level: string) => (object: object, message: string) =>
    log(`${level}: ${message} ${JSON.stringify(object)}`);
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<DatabaseRuntime> {
  if (config.databaseUrl) {
    await ensureDatabase(config.databaseUrl);
    // A PostgreSQL server restarted under us is found again by the pool: pg drops broken clients and connects anew.
    return { url: config.databaseUrl, embedded: null, useLogger: () => {}, stop: async () => {} };
  }
  log(`starting the embedded PostgreSQL under ${config.dataDir}/pg on port ${config.embeddedPgPort}`);
  const embedded = await superviseEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPgPort,
    logger: lineLogger(log),
  });
  const url = withDatabase(embedded.url, 'launchpad');
  await ensureDatabase(url);
  return { url, embedded, useLogger: (logger) => embedded.useLogger(logger), stop: () => embedded.stop() };
}
