// The PostgreSQL server the benchmarks use: DATABASE_URL's, or an embedded one under .data/bench.
import { join } from 'node:path';
import { REPO_ROOT } from '@launchpad/server/config';
import { startEmbeddedPostgres } from '@launchpad/server/db/embedded';

export async function openBenchDatabase(): Promise<{ serverUrl: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    return { serverUrl: process.env.DATABASE_URL, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: join(REPO_ROOT, '.data', 'bench'), port: 54349 });
  return { serverUrl: embedded.url, stop: () => embedded.stop() };
}
