// `pnpm start` runs the server from its build (server/dist, made by scripts/build-if-changed.mjs), not the TypeScript
// sources through tsx: this starts it that way and checks that the bundle still finds what it reads at run time (the
// modules' SDL files, the migrations list, REPO_ROOT) by answering /health and a GraphQL query from the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { REPO_ROOT } from '@launchpad/server/config';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/cluster';

/** The command lines of a process's descendants (pnpm runs the script through a shell). */
function descendantCommands(pid: number): string[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return children.flatMap((child) => [
    readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0').join(' ').trim(),
    ...descendantCommands(child),
  ]);
}

describe('the built server, as `pnpm start` runs it', () => {
  let database: TestDatabase;
  let server: ChildProcess;
  let url: string;
  let output = '';

  beforeAll(async () => {
    // The step of `pnpm start` that builds the server when its sources changed.
    execFileSync(process.execPath, ['scripts/build-if-changed.mjs', 'server'], { cwd: REPO_ROOT, stdio: 'pipe' });
    database = await createTestDatabase();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = spawn('pnpm', ['--filter', '@launchpad/server', 'start'], {
      cwd: REPO_ROOT,
      // Its own process group, so that stopping it stops pnpm's shell and node too.
      detached: true,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        JWT_SECRET: 'built-server-test-secret-'.padEnd(40, 'x'),
        DATABASE_URL: database.url,
        APP_DATABASE_URL: database.appUrl,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    server.stdout!.on('data', keep);
    server.stderr!.on('data', keep);
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}:\n${output}`);
      if (
        await fetch(`${url}/health`).then(
          (response) => response.ok,
          () => false,
        )
      )
        break;
      if (Date.now() > deadline) throw new Error(`the server did not become healthy:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 90_000);

  afterAll(async () => {
    if (server?.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      process.kill(-server.pid!, 'SIGTERM');
      await exited;
    }
    await database?.drop();
  });

  it('runs server/dist/main.js with the memory flags, without tsx', () => {
    // The deepest process whose command names the bundle: node itself, below pnpm's shell.
    const node = descendantCommands(server.pid!)
      .filter((command) => command.includes('main.js'))
      .at(-1);
    expect(node).toMatch(/--max-old-space-size=256 --max-semi-space-size=8 dist\/main\.js$/);
    expect(node).not.toContain('tsx');
  });

  it('answers /health', async () => {
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: 'up' });
  });

  it('answers a GraphQL query from the schema files and the database', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ publicKpiSummary { startupsIncubated { actual } } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { publicKpiSummary: { startupsIncubated: { actual: 0 } } } });
  });
});
