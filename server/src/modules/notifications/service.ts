// The read side and the recipient's own actions: the bell's list and unread count, marking read, and what an ADMIN
// sees of the mail: the development mailbox (every e-mail sent) and the queue (jobs not yet delivered, with errors).
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '@launchpad/shared';
import type { PgBoss } from 'pg-boss';
import type { Actor } from '../../graphql/context';
import { MailMessageSchema, NotificationSchema, OutboxSchema } from './entities';
import { EVENT_QUEUE } from './emit';
import { mailMessageView, notificationView, queuedJobView, type QueuedJobView } from './read';
import { QUEUES } from '../../jobs/install';
import { connection, decodeCursor, encodeCursor, isId, pageSize } from '../../kernel';

export function unreadCount(em: EntityManager, userId: string): Promise<number> {
  return em.count(NotificationSchema, { user: userId, readAt: null });
}

const notificationCursor = (at: Date, id: string) => encodeCursor([at.toISOString(), id]);

function notificationCursorOf(after: string): { at: Date; id: string } {
  return decodeCursor(
    after,
    ([at, id]) =>
      typeof at === 'string' && isId(id) && !Number.isNaN(Date.parse(at)) ? { at: new Date(at), id } : null,
    'after is not a cursor of this list.',
  );
}

export async function listNotifications(
  em: EntityManager,
  actor: Actor,
  args: { unreadOnly?: boolean | null; first?: number | null; after?: string | null },
) {
  const first = pageSize(args.first, { default: 20, max: 100 });
  const where: Record<string, unknown> = { user: actor.userId };
  if (args.unreadOnly) where.readAt = null;
  if (args.after) {
    const cursor = notificationCursorOf(args.after);
    where.$or = [{ createdAt: { $lt: cursor.at } }, { createdAt: cursor.at, id: { $lt: cursor.id } }];
  }
  const rows = await em.find(NotificationSchema, where, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: first + 1,
  });
  return {
    ...connection(rows, first, notificationView, (n) => notificationCursor(n.createdAt, n.id)),
    unreadCount: await unreadCount(em, actor.userId),
  };
}

/** Marks the actor's own notifications read (others' ids are ignored); answers how many changed. */
export async function markRead(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<number> {
  if (ids.length > 500) throw badInput('ids', 'Mark at most 500 notifications at once.');
  for (const id of ids) if (!isId(id)) throw badInput('ids', 'ids must be notification ids.');
  if (!ids.length) return 0;
  const changed = await em.nativeUpdate(
    NotificationSchema,
    { id: { $in: [...ids] }, user: actor.userId, readAt: null },
    { readAt: new Date() },
  );
  if (changed) await em.execute('select pg_notify(?, ?)', ['launchpad_bell', actor.userId]);
  return changed;
}

export async function mailbox(em: EntityManager, first: number) {
  if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('first', 'first must be between 1 and 200.');
  const rows = await em.find(MailMessageSchema, {}, { orderBy: { sentAt: 'desc' }, limit: first });
  return rows.map(mailMessageView);
}

/** Jobs not yet delivered: waiting, retrying after an error, or failed for good (the dead letters). */
export async function pendingJobs(em: EntityManager, boss: PgBoss): Promise<QueuedJobView[]> {
  const rows = await em.find(OutboxSchema, { deliveredAt: null }, { orderBy: { createdAt: 'asc' }, limit: 200 });
  const jobs = rows.some((row) => row.queue === QUEUES.mail)
    ? await boss.findJobs(QUEUES.mail, { limit: 1000 }).catch(() => [])
    : [];
  const stateOf = new Map(jobs.map((job) => [job.id, job.state]));
  return rows.map((row) => queuedJobView(row, stateOf.get(row.id), row.queue === EVENT_QUEUE));
}

/** An ADMIN's "try again now" for a job that failed or waits for its next retry. */
export async function retryJob(
  em: EntityManager,
  { boss, relay }: { boss: PgBoss; relay: () => Promise<void> },
  id: string,
): Promise<boolean> {
  if (!isId(id)) throw badInput('id', 'id must be a job id.');
  const row = await em.findOne(OutboxSchema, id);
  if (!row || row.deliveredAt) return false;
  if (row.queue === EVENT_QUEUE) {
    // An event whose expansion failed: its attempts start again, and the relay expands it now.
    await em.nativeUpdate(OutboxSchema, { id }, { attempts: 0 });
    await relay();
    return true;
  }
  const [job] = await boss.findJobs(row.queue, { id });
  if (job?.state === 'retry') {
    await boss.update(row.queue, undefined, { id, startAfter: new Date() });
    return true;
  }
  await boss.retry(row.queue, id);
  return true;
}
