// After commit: each recorded event (an outbox entry of EVENT_QUEUE) is expanded into in-app rows and e-mail jobs in
// a transaction of its own, exactly once: the entry is locked, expanded and marked done in that one transaction, so
// two relays (two instances) never expand it twice, and a failed expansion leaves it to be tried again.
import type { EntityManager } from '@mikro-orm/postgresql';
import { EVENT_QUEUE, eventOf, expand } from './emit';

/** An event whose expansion failed this many times stays in the queue view with its error, tried no more. */
export const MAX_EXPANSIONS = 10;

/** Expands the events waiting; returns how many it expanded. */
export async function expandEvents(em: EntityManager, onError: (error: unknown, id: string) => void): Promise<number> {
  const waiting = await em.execute<{ id: string }[]>(
    `select id from outbox where queue = ? and relayed_at is null and attempts < ? order by created_at limit 100`,
    [EVENT_QUEUE, MAX_EXPANSIONS],
  );
  let expanded = 0;
  for (const { id } of waiting) {
    try {
      const done = await em.fork().transactional(async (tx) => {
        const [entry] = await tx.execute<{ payload: Record<string, unknown> }[]>(
          `select payload from outbox where id = ? and relayed_at is null for update skip locked`,
          [id],
        );
        if (!entry) return false;
        await expand(tx, eventOf(entry.payload));
        await tx.execute(
          `update outbox set relayed_at = now(), delivered_at = now(), attempts = attempts + 1, last_error = null where id = ?`,
          [id],
        );
        return true;
      });
      if (done) expanded += 1;
    } catch (error) {
      onError(error, id);
      await em.execute(`update outbox set attempts = attempts + 1, last_error = ? where id = ?`, [
        String((error as Error).message ?? error).slice(0, 2000),
        id,
      ]);
    }
  }
  return expanded;
}
