// Entry point: read config, start the embedded database if needed, migrate, seed, listen, shut down gracefully.
import { ConfigError, loadConfig, type AppConfig } from './config';
import { buildApp } from './app';
import { openDatabase } from './db/runtime';
import { migrate } from './db/migrate';
import { provisionAppRole } from './db/app-role';
import { seedContext, seedDemoIfEmpty } from './seed/demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './modules/users';

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Launchpad cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const say = (line: string) => process.stdout.write(`[launchpad] ${line}\n`);
  const database = await openDatabase(config, say);
  const applied = await migrate(database.url);
  if (applied.length > 0) say(`applied migrations: ${applied.join(', ')}`);
  // Migrations ran as the owner; the server connects as its own role, which owns nothing.
  const appDatabaseUrl = await provisionAppRole(config, database.url);

  const app = await buildApp(config, { databaseUrl: appDatabaseUrl });
  database.useLogger(app.log.child({ component: 'database' }));
  if (config.seedDemo) await seedDemoIfEmpty(app.orm.em.fork(), say, seedContext(config, app.documentStore));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    try {
      // close() stops accepting, waits for in-flight requests, then runs onClose hooks (the ORM).
      await app.close();
      await database.stop();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  // A wildcard bind address is not something a browser can open; name this machine instead.
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? 'localhost' : config.host;
  say(`ready at http://${host}:${config.port} (${config.env})`);
  if (config.seedDemo) {
    // Only where the demo seed runs (never in production): who to sign in as.
    say(`demo accounts, password "${DEMO_PASSWORD}":`);
    for (const account of DEMO_ACCOUNTS) say(`  ${account.role.padEnd(17)} ${account.email}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Launchpad failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
