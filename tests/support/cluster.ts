// Several real server processes (server/src/main.ts through tsx; `pnpm start` runs the build of the same entry
// point) on one PostgreSQL database and one Redis, behind Debian's HAProxy: what tests/api/multi-instance.test.ts
// drives.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect as connectTcp } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@launchpad/server/config';

export const HAPROXY = '/usr/sbin/haproxy';
export const REDIS_HOST = '127.0.0.1';
export const REDIS_PORT = 6379;

/** Why the cluster cannot run here, or null when Redis answers and HAProxy is installed. */
export async function clusterUnavailable(): Promise<string | null> {
  if (!existsSync(HAPROXY)) return `HAProxy is not installed (${HAPROXY}): apt-get install -y haproxy`;
  const redisUp = await new Promise<boolean>((resolve) => {
    const socket = connectTcp(REDIS_PORT, REDIS_HOST);
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
  return redisUp ? null : `no Redis at ${REDIS_HOST}:${REDIS_PORT}`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url} exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not become healthy:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface Instance {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  /** SIGKILL: no graceful shutdown, as a crash or an OOM kill. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** One server process from the real entry point, on Node 24 through tsx (tests/api/built-server.test.ts runs the build). */
export async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  await waitUntilHealthy(url, child, () => output);
  const exited = () =>
    new Promise<void>((resolve) =>
      child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', () => resolve()),
    );
  return {
    name,
    port,
    url,
    child,
    kill: async () => {
      child.kill('SIGKILL');
      await exited();
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited();
    },
  };
}

export interface Balancer {
  url: string;
  stop(): Promise<void>;
}

/** HAProxy round-robin over the instances, each checked with GET /health every 200 ms. */
export async function startHaproxy(instances: Instance[]): Promise<Balancer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'launchpad-haproxy-'));
  const config = join(dir, 'haproxy.cfg');
  writeFileSync(
    config,
    [
      'global',
      '  maxconn 512',
      'defaults',
      '  mode http',
      '  timeout connect 2s',
      '  timeout client 30s',
      '  timeout server 30s',
      '  retries 2',
      '  option redispatch',
      '  option forwardfor',
      'frontend launchpad',
      `  bind 127.0.0.1:${port}`,
      '  default_backend instances',
      'backend instances',
      '  balance roundrobin',
      '  option httpchk GET /health',
      '  http-check expect status 200',
      '  default-server inter 200ms fall 2 rise 2',
      ...instances.map((instance) => `  server ${instance.name} 127.0.0.1:${instance.port} check`),
      '',
    ].join('\n'),
  );
  const child = spawn(HAPROXY, ['-db', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(url, child, () => output);
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
