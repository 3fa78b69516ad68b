// A fresh database per test file, copied from the migrated template (fast, and isolated).
import { inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { dropDatabase, withDatabase, withMaintenanceClient } from '@launchpad/server/db/ensure-database';
import { withCredentials } from '@launchpad/server/db/app-role';
import { TEST_APP_PASSWORD, TEST_APP_ROLE } from './global-setup';

export interface TestDatabase {
  /** The owner's URL (migrations ran as it): for setting up and inspecting rows behind the app's back. */
  url: string;
  /** The server's own role, as the app connects in production: no superuser, owns nothing. */
  appUrl: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('databaseServerUrl');
  const name = `lp_test_${randomBytes(6).toString('hex')}`;
  const template = inject('templateDatabase');
  // Copies of one template can collide ("being accessed by other users"); try again briefly.
  for (let attempt = 1; ; attempt++) {
    try {
      await withMaintenanceClient(serverUrl, (client) =>
        client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`),
      );
      break;
    } catch (error) {
      if (attempt >= 20 || !String(error).includes('being accessed')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
  const url = withDatabase(serverUrl, name);
  return { url, appUrl: withCredentials(url, TEST_APP_ROLE, TEST_APP_PASSWORD), drop: () => dropDatabase(url) };
}
