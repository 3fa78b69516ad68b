// pg-boss's own schema and Launchpad's queues, created in the migrate step as the owner: the server's role may
// not create schemas or tables (least privilege), so it starts pg-boss with `migrate: false` and only uses them.
import { PgBoss } from 'pg-boss';
import pg from 'pg';

export const JOB_SCHEMA = 'pgboss';

/** Every queue: e-mail to send, the daily deadline sweep (reminders, overdue, escalation), the daily digest. */
export const QUEUES = {
  mail: 'mail',
  deadlines: 'deadlines',
  digest: 'digest',
} as const;

/** A failed e-mail is tried again with exponential backoff (5 s, 10 s, 20 s, …, capped at 30 minutes), for about a day. */
export const MAIL_RETRY = { retryLimit: 12, retryDelay: 5, retryBackoff: true, retryDelayMax: 1800 } as const;

export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_SCHEMA,
    max: 2,
    supervise: false,
    schedule: false,
  });
  boss.on('error', () => {});
  await boss.start();
  try {
    const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
    if (!existing.has(QUEUES.mail)) await boss.createQueue(QUEUES.mail, { ...MAIL_RETRY });
    if (!existing.has(QUEUES.deadlines)) await boss.createQueue(QUEUES.deadlines, { retryLimit: 3 });
    if (!existing.has(QUEUES.digest)) await boss.createQueue(QUEUES.digest, { retryLimit: 3 });
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}

/** The server's role uses pg-boss's tables and functions; it creates nothing there. */
export async function grantJobQueuePrivileges(client: pg.Client, role: string): Promise<void> {
  const schema = pg.escapeIdentifier(JOB_SCHEMA);
  const exists = await client.query('select 1 from pg_namespace where nspname = $1', [JOB_SCHEMA]);
  if (!exists.rowCount) return;
  await client.query(`grant usage on schema ${schema} to ${role}`);
  await client.query(`grant select, insert, update, delete on all tables in schema ${schema} to ${role}`);
  await client.query(`grant usage, select on all sequences in schema ${schema} to ${role}`);
  await client.query(`grant execute on all functions in schema ${schema} to ${role}`);
}
