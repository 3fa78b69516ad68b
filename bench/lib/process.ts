// Child processes for the measured servers, and their peak memory (VmHWM) read from /proc.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The server as `pnpm start` runs it: the build in server/dist, not the TypeScript sources through tsx (which keeps
 * every transpiled module and its source map in memory). startProcess makes the build first when its sources changed.
 */
export const BUILT_SERVER = 'server/dist/main.js';

/**
 * The memory flags `pnpm start` gives the server (server/package.json), so the measured server is the one people run:
 * a 256 MB old space, and an 8 MB semi-space — Node 24's larger default young generation let short-lived page data
 * push the peak RSS far above 300 MB under load.
 */
export const SERVER_NODE_FLAGS = [
  '--max-old-space-size=256',
  '--max-semi-space-size=8',
  // BENCH_CPU_PROF=1: a CPU profile of the measured server, written to bench/profiles/ when it stops.
  ...cpuProfileFlags('bench/profiles'),
];

/** With BENCH_CPU_PROF=1, the flags that make a process write a CPU profile into `dir` when it stops. */
export function cpuProfileFlags(dir: string): string[] {
  return process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/**
 * glibc gives each thread that allocates its own malloc arena and keeps freed memory there: scrypt's 16 MB per login,
 * hashed on libuv's four threads, stayed resident (+70 MB after ten concurrent logins). Two arenas, as `pnpm start` sets.
 * And a fixed 4 MB mmap threshold: by default glibc raises the threshold to the size of each mapped block freed, so
 * after the first login every 16 MB scrypt buffer came from an arena and stayed resident there (login raised the peak
 * by 53–65 MB instead of 35–36, at the same CPU per login; bench/README.md). Blocks under 4 MB are unaffected.
 */
const SERVER_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '4194304' };

const OUTPUT_TAIL_CHARS = 4_000;

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /**
   * Why the process ended before `stop()` asked it to (exit code or signal, and the last lines it wrote to stderr —
   * V8's "heap out of memory", an uncaught error), or null while it runs.
   */
  exitReason(): string | null;
  /** Peak resident set size in MB since the process started. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export async function startProcess(
  args: string[],
  env: Record<string, string>,
  port: number,
  readyPath = '/health',
  nodeFlags: string[] = [],
  readyTimeoutMs = 60_000,
): Promise<ServerProcess> {
  // Another engineer's server on the port would answer the readiness check and be measured instead.
  const busy = await fetch(`http://127.0.0.1:${port}${readyPath}`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`port ${port} is already in use; set BENCH_PORT to another port`);
  if (args[0] === BUILT_SERVER)
    execFileSync(process.execPath, ['scripts/build-if-changed.mjs', 'server'], { stdio: 'inherit' });
  // TypeScript entry points (the floor server, helpers) still run through tsx.
  const loader = args[0]?.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeFlags, ...loader, ...args], {
    env: { ...process.env, ...SERVER_ENV, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // stderr still reaches the terminal; the tails of both streams (the server logs to stdout) are kept to say why
  // the process died, if it does.
  const tails = { stdout: '', stderr: '' };
  const keep = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    if (stream === 'stderr') process.stderr.write(chunk);
    tails[stream] = (tails[stream] + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout!.on('data', keep('stdout'));
  child.stderr!.on('data', keep('stderr'));
  let stopping = false;
  let exitReason: string | null = null;
  // 'close', not 'exit': by then both streams are read to their end.
  child.once('close', (code, signal) => {
    if (stopping) return;
    const output = [tails.stdout.trimEnd(), tails.stderr.trimEnd()].filter(Boolean).join('\n');
    exitReason = `${args.join(' ')} exited with ${signal ? `signal ${signal}` : `code ${code}`}${
      output ? `; the end of its output:\n${output}` : ' (no output)'
    }`;
    process.stderr.write(`[bench] ${exitReason}\n`);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(exitReason ?? `${args.join(' ')} exited with ${child.exitCode ?? child.signalCode}`);
    }
    try {
      const response = await fetch(url + readyPath);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${args.join(' ')} did not become ready`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    child,
    url,
    exitReason: () => exitReason,
    peakRssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return Math.round(kb / 1024);
    },
    stop: () =>
      new Promise((resolve) => {
        stopping = true;
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
