// The fund-compliance part of the dashboard timed alone, in-process, on a data set generated earlier
// (`BENCH_DATABASE`, default launchpad_bench, on DATABASE_URL's server): computed from nothing (every held
// startup's cap table replayed), and — where the code keeps it between recomputes — after a write that named
// one startup. Five runs each after a warm-up. `pnpm exec tsx bench/compliance.ts`.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildApp } from '@launchpad/server';
import { loadConfig } from '@launchpad/server/config';
import * as compliance from '@launchpad/server/modules/kpi/fund-compliance';
import { withDatabase } from '@launchpad/server/db/ensure-database';

const RUNS = 5;

async function timed(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(Math.round((performance.now() - started) * 10) / 10);
  }
  return times;
}

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const url = withDatabase(serverUrl, process.env.BENCH_DATABASE ?? 'launchpad_bench');
const config = loadConfig({
  NODE_ENV: 'production',
  JWT_SECRET: 'x'.repeat(48),
  LOG_LEVEL: 'silent',
  DATABASE_URL: url,
});
const app = await buildApp(config, { databaseUrl: url, logger: false });
try {
  const fromNothing = await timed(RUNS, () => compliance.fundCompliance(app.orm.em.fork()));
  const result: Record<string, unknown> = { measuredAt: new Date().toISOString(), loadavg: loadavg(), fromNothing };
  // Only in the code that keeps compliance per startup.
  const Kept = (compliance as Record<string, unknown>).KeptCompliance as
    (new () => { forget(ids?: string[]): void; rows(em: unknown): Promise<unknown> }) | undefined;
  if (Kept) {
    const [held] = await app.orm.em.getConnection().execute<{ id: string }[]>(
      `select r.startup_id as id from round_participations p join funding_rounds r on r.id = p.round_id
        where p.fund_id is not null limit 1`,
    );
    const kept = new Kept();
    await kept.rows(app.orm.em.fork());
    result.afterOneStartup = await timed(RUNS, async () => {
      kept.forget([held!.id]);
      await kept.rows(app.orm.em.fork());
    });
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await app.close();
}
