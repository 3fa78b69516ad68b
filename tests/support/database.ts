// A fresh database per test file, copied from the migrated template (fast, and isolated).
import { inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { dropDatabase, withDatabase, withMaintenanceClient } from '@launchpad/server/db/ensure-database';

export interface TestDatabase {
  url: string;
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
  return { url, drop: () => dropDatabase(url) };
}
