// Once per run: a PostgreSQL (DATABASE_URL's server or an embedded one) and a migrated template database.
import type { TestProject } from 'vitest/node';
import { join } from 'node:path';
import { REPO_ROOT } from '@launchpad/server/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@launchpad/server/db/embedded';
import { migrate } from '@launchpad/server/db/migrate';
import { dropDatabase, ensureDatabase, withDatabase } from '@launchpad/server/db/ensure-database';

export const TEMPLATE_DATABASE = 'launchpad_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL on the test server; tests derive their own database names from it. */
    databaseServerUrl: string;
    /** The migrated template this run copies (unique per run, so parallel runs never collide). */
    templateDatabase: string;
  }
}

let embedded: EmbeddedDatabase | null = null;

export default async function setup(project: TestProject) {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: join(REPO_ROOT, '.data', 'test'), port: 54339 });
    serverUrl = embedded.url;
  }
  const template = `${TEMPLATE_DATABASE}_${project.name}_${process.pid}`;
  const templateUrl = withDatabase(serverUrl, template);
  await dropDatabase(templateUrl);
  await ensureDatabase(templateUrl);
  await migrate(templateUrl);
  project.provide('databaseServerUrl', serverUrl);
  project.provide('templateDatabase', template);

  return async () => {
    await dropDatabase(templateUrl);
    await embedded?.stop();
    embedded = null;
  };
}
