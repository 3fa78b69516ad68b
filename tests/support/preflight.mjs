// Before the test suites: make sure the system dependencies the tests need are here. Debian's chromium
// (browser tests), postgresql-client (backup tests) and haproxy (the multi-instance test's load balancer) are
// installed with apt when missing (as root, e.g. on a fresh CI machine).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
const PG_DUMP = '/usr/bin/pg_dump';
const HAPROXY = '/usr/sbin/haproxy';

function log(line) {
  process.stdout.write(`[preflight] ${line}\n`);
}

// Browser tests drive Debian's chromium; backup tests use pg_dump/pg_restore 15 (postgresql-client).
const missing = [
  [CHROMIUM, 'chromium'],
  [PG_DUMP, 'postgresql-client'],
  [HAPROXY, 'haproxy'],
].filter(([path]) => !existsSync(path));

if (missing.length > 0) {
  const packages = missing.map(([, name]) => name);
  if (process.getuid?.() !== 0) {
    process.stderr.write(
      `[preflight] missing ${packages.join(', ')}: run "sudo apt-get install -y ${packages.join(' ')}"\n`,
    );
    process.exit(1);
  }
  log(`installing ${packages.join(', ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}
log(
  `${execFileSync(CHROMIUM, ['--version']).toString().trim()}; ${execFileSync(PG_DUMP, ['--version']).toString().trim()}; ` +
    execFileSync(HAPROXY, ['-v']).toString().split('\n')[0].trim(),
);
