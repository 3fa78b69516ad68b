// `pnpm start` step: builds the web app only when its inputs changed since the last build.
// The inputs' hash is stored in web/dist/.source-hash by the build it describes.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = [
  'web/src',
  'web/public',
  'web/build',
  'web/index.html',
  'web/vite.config.ts',
  'web/package.json',
  'web/tsconfig.json',
  'shared/src',
  'pnpm-lock.yaml',
];
const HASH_FILE = join(root, 'web', 'dist', '.source-hash');

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

function sourceHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => files(join(root, input)))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const current = sourceHash();
const built = existsSync(HASH_FILE) ? readFileSync(HASH_FILE, 'utf8').trim() : null;
if (built === current && existsSync(join(root, 'web', 'dist', 'index.html'))) {
  process.stdout.write('[launchpad] web app is up to date; not rebuilding\n');
} else {
  process.stdout.write('[launchpad] web sources changed since the last build; building the web app\n');
  execFileSync('pnpm', ['--filter', '@launchpad/web', 'build'], { cwd: root, stdio: 'inherit' });
  writeFileSync(HASH_FILE, `${current}\n`);
}
