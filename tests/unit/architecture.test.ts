// The architecture rules of `pnpm lint` (.dependency-cruiser.cjs) are live: a tree that breaks them is
// reported, rule by rule, and the real tree breaks none.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');
const config = join(root, '.dependency-cruiser.cjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Cruises `dirs` under `cwd` with the project's rules; answers the violations. */
async function violations(cwd: string, dirs: string[]): Promise<Violation[]> {
  const run = promisify(execFile);
  const output = await run(depcruise, [...dirs, '--config', config, '--output-type', 'json'], {
    cwd,
    maxBuffer: 256 * 1024 * 1024,
  }).catch((error: Error & { stdout?: string }) => {
    // depcruise exits non-zero when it reports violations; anything else (not installed, crashed) is the error.
    if (!error.stdout) throw error;
    return { stdout: error.stdout };
  });
  const result = JSON.parse(output.stdout) as { summary: { violations: Violation[] } };
  return result.summary.violations;
}

// A small tree with one violation of each rule (and a module that follows them).
const FIXTURE: Record<string, string> = {
  'server/src/kernel/index.ts': "export { alphaThing } from '../modules/alpha';\n",
  'server/src/modules/alpha/index.ts': "export { alphaThing } from './service';\n",
  'server/src/modules/alpha/service.ts': 'export const alphaThing = 1;\n',
  'server/src/modules/beta/index.ts': "export { betaThing } from './service';\n",
  // beta reaches into alpha's file instead of its door
  'server/src/modules/beta/service.ts':
    "import { alphaThing } from '../alpha/service';\nexport const betaThing = alphaThing;\n",
  // gamma and delta import each other through their doors: a loop between modules
  'server/src/modules/gamma/index.ts':
    "import { deltaThing } from '../delta';\nexport const gammaThing = () => deltaThing;\n",
  'server/src/modules/delta/index.ts':
    "import { gammaThing } from '../gamma';\nexport const deltaThing = () => gammaThing;\n",
  'shared/src/index.ts': "export { alphaThing } from '../../server/src/modules/alpha';\n",
  'web/src/main.ts': "export { alphaThing } from '../../server/src/modules/alpha';\n",
};

describe('the architecture rules', () => {
  let fixture: string;

  beforeAll(async () => {
    fixture = await mkdtemp(join(tmpdir(), 'launchpad-architecture-'));
    for (const [path, text] of Object.entries(FIXTURE)) {
      await mkdir(dirname(join(fixture, path)), { recursive: true });
      await writeFile(join(fixture, path), text);
    }
    await copyFile(join(root, 'tsconfig.base.json'), join(fixture, 'tsconfig.base.json'));
  });

  afterAll(async () => {
    await rm(fixture, { recursive: true, force: true });
  });

  it('reports a module that imports another module’s file instead of its door', async () => {
    const found = await violations(fixture, ['server/src', 'shared/src', 'web/src']);
    const of = (rule: string) => found.filter((v) => v.rule.name === rule).map((v) => `${v.from} → ${v.to}`);
    expect(of('module-door-only')).toEqual([
      'server/src/modules/beta/service.ts → server/src/modules/alpha/service.ts',
    ]);
    expect(of('no-module-loops').length).toBeGreaterThan(0);
    expect(of('no-module-loops').every((edge) => /modules\/(gamma|delta)\//.test(edge))).toBe(true);
    expect(of('kernel-imports-no-module')).toEqual(['server/src/kernel/index.ts → server/src/modules/alpha/index.ts']);
    expect(of('shared-is-pure')).toEqual(['shared/src/index.ts → server/src/modules/alpha/index.ts']);
    expect(of('web-never-imports-server')).toEqual(['web/src/main.ts → server/src/modules/alpha/index.ts']);
  }, 120_000);

  it('finds no violation in the real tree', async () => {
    expect(await violations(root, ['server/src', 'shared/src', 'web/src'])).toEqual([]);
  }, 300_000);
});
