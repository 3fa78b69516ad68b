import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '@launchpad/server/config';

/** Runs the real entry point with a given environment and returns how it ended. */
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'server/src/main.ts')], {
    cwd: join(REPO_ROOT, 'server'),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

describe('starting the server', () => {
  it('refuses to start in production without JWT_SECRET, with one clear line', () => {
    const { status, stderr } = start({ NODE_ENV: 'production' });
    expect(status).toBe(1);
    expect(stderr).toBe('Launchpad cannot start: JWT_SECRET is required in production (at least 32 random characters)');
  });

  it('names a malformed setting and stops', () => {
    const { status, stderr } = start({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PORT: 'eighty' });
    expect(status).toBe(1);
    expect(stderr).toContain('PORT must be an integer');
  });

  it('refuses the demo seed in production', () => {
    const { status, stderr } = start({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SEED_DEMO: 'true' });
    expect(status).toBe(1);
    expect(stderr).toContain('SEED_DEMO=true is not allowed in production');
  });
});
