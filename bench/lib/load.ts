// Drives endpoints with autocannon over loopback. Every response's latency is kept, so percentiles over
// several runs are exact. A GraphQL case and its floor are measured in alternating short rounds: this
// machine's speed drifts by tens of percent over a minute, and alternating puts both under the same drift.
import autocannon, { type Result } from 'autocannon';
import type { CpuMeter, CpuSample } from './cpu';

export interface LoadTarget {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Bodies sent in turn on each connection (autocannon's `requests`), e.g. a write and the write that undoes it. */
  requests?: { method: 'GET' | 'POST'; body: string }[];
  /** Run before every warm-up and measured run, outside the timing: puts back the state the first request expects. */
  reset?: () => Promise<void>;
  /** Counts the CPU of this process (the server or the floor) and of the database's backends in measured runs. */
  cpu?: { meter: CpuMeter; pid: number };
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** CPU ms per answered request, of the measured process and of PostgreSQL (when the target counts it). */
  cpuMsPerRequest?: CpuSample;
}

export interface LoadOptions {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** The measured time is split into this many runs, alternating with the floor's when there is one. */
  rounds: number;
  /** Requests per second across all connections (autocannon's `overallRate`); unset = as fast as answers come. */
  overallRate?: number;
}

interface Run {
  result: Result;
  latencies: number[];
  cpu?: CpuSample;
}

async function run(target: LoadTarget, connections: number, seconds: number, overallRate?: number): Promise<Run> {
  await target.reset?.();
  const { reset: _reset, cpu: _cpu, ...options } = target;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { ...options, connections, duration: seconds, ...(overallRate ? { overallRate } : {}) },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
  return Math.round(value * 10) / 10;
}

function figuresOf(runs: Run[]): LoadFigures {
  const latencies = runs.flatMap((one) => one.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, one) => sum + one.result.duration, 0);
  const requests = runs.reduce((sum, one) => sum + one.result.requests.total, 0);
  const perRequest = (ms: (cpu: CpuSample) => number) =>
    Math.round((runs.reduce((sum, one) => sum + ms(one.cpu!), 0) / Math.max(requests, 1)) * 100) / 100;
  return {
    requestsPerSecond: Math.round(requests / Math.max(seconds, 1e-9)),
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    errors: runs.reduce((sum, one) => sum + one.result.errors + one.result.timeouts, 0),
    non2xx: runs.reduce((sum, one) => sum + one.result.non2xx, 0),
    ...(runs.every((one) => one.cpu)
      ? {
          cpuMsPerRequest: {
            processMs: perRequest((cpu) => cpu.processMs),
            databaseMs: perRequest((cpu) => cpu.databaseMs),
          },
        }
      : {}),
  };
}

/** Each target warmed up, then measured in `rounds` alternating runs (target 1, target 2, target 1, …). */
export async function measureAlternating(targets: LoadTarget[], options: LoadOptions): Promise<LoadFigures[]> {
  return (await measureRuns(targets, options)).map(figuresOf);
}

async function measureRuns(targets: LoadTarget[], options: LoadOptions): Promise<Run[][]> {
  for (const target of targets) await run(target, options.connections, options.warmupSeconds, options.overallRate);
  const runs: Run[][] = targets.map(() => []);
  const seconds = Math.max(1, Math.round(options.durationSeconds / options.rounds));
  for (let round = 0; round < options.rounds; round++) {
    for (const [index, target] of targets.entries()) {
      const measured = () => run(target, options.connections, seconds, options.overallRate);
      if (!target.cpu) runs[index]!.push(await measured());
      else {
        const { value, cpu } = await target.cpu.meter.during(target.cpu.pid, measured);
        runs[index]!.push({ ...value, cpu });
      }
    }
  }
  return runs;
}

/**
 * As `measureAlternating`, on one connection, with the figures of each of a target's `requests` apart: one connection
 * sends them in turn and waits for each answer, so the n-th answer of a run is the answer to request n mod length.
 */
export async function measureAlternatingByRequest(
  targets: LoadTarget[],
  options: LoadOptions,
): Promise<LoadFigures[][]> {
  if (options.connections !== 1) throw new Error('answers are told apart by their order only on one connection');
  const perTarget = await measureRuns(targets, options);
  return perTarget.map((runs, index) =>
    targets[index]!.requests!.map((_request, which, all) =>
      figuresOf(
        runs.map((one) => ({
          // A share of the run's requests: the failures are counted against every request of the target.
          result: {
            ...one.result,
            requests: { ...one.result.requests, total: one.result.requests.total / all.length },
          },
          latencies: one.latencies.filter((_ms, n) => n % all.length === which),
        })),
      ),
    ),
  );
}

export async function measure(target: LoadTarget, options: LoadOptions): Promise<LoadFigures> {
  const [figures] = await measureAlternating([target], options);
  return figures!;
}
