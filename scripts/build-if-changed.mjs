// `pnpm start` step: builds the web app and the server only when their inputs changed since the last build.
// `node scripts/build-if-changed.mjs web server` checks both; each build stores its inputs' hash in
// <output>/.source-hash.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, SERVER_DIST } from './build-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const TARGETS = {
  web: {
    label: 'web app',
    inputs: [
      'web/src',
      'web/public',
      'web/build',
      'web/index.html',
      'web/vite.config.ts',
      'web/package.json',
      'web/tsconfig.json',
      'shared/src',
      'pnpm-lock.yaml',
    ],
    output: join(root, 'web', 'dist'),
    builtFile: 'index.html',
    build: () => execFileSync('pnpm', ['--filter', '@launchpad/web', 'build'], { cwd: root, stdio: 'inherit' }),
  },
  server: {
    label: 'server',
    inputs: [
      'server/src',
      'server/package.json',
      'server/tsconfig.json',
      'shared/src',
      'migrations',
      'tsconfig.base.json',
      'scripts/build-server.mjs',
      'pnpm-lock.yaml',
    ],
    output: SERVER_DIST,
    builtFile: 'main.js',
    build: buildServer,
  },
};

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name !== 'node_modules')
    .sort()
    .flatMap((name) => files(join(path, name)));
}

function sourceHash(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => files(join(root, input)))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const names = process.argv.slice(2);
for (const name of names) {
  const target = TARGETS[name];
  if (!target) throw new Error(`unknown build "${name}"; known: ${Object.keys(TARGETS).join(', ')}`);
  const hashFile = join(target.output, '.source-hash');
  const current = sourceHash(target.inputs);
  const built = existsSync(hashFile) ? readFileSync(hashFile, 'utf8').trim() : null;
  if (built === current && existsSync(join(target.output, target.builtFile))) {
    process.stdout.write(`[launchpad] ${target.label} is up to date; not rebuilding\n`);
    continue;
  }
  process.stdout.write(
    `[launchpad] ${target.label} sources changed since the last build; building the ${target.label}\n`,
  );
  await target.build();
  writeFileSync(hashFile, `${current}\n`);
}
