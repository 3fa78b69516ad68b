// The queue at run time: pg-boss (its schema made by the migrate step), the relay that moves committed outbox
// entries into it, the mail worker, and the bell's live unread count. One LISTEN connection hears PostgreSQL's
// commit-time notifications; a slow sweep relays anything a missed notification left behind.
import fp from 'fastify-plugin';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { JOB_SCHEMA, MAIL_RETRY, QUEUES } from '../../jobs/install';
import { BELL_CHANNEL, EVENT_QUEUE, OUTBOX_CHANNEL } from './emit';
import { expandEvents } from './fan-out';
import { createMailer } from './mailer';
import { unreadCount } from './service';
import { sendDailyDigests } from './digest';

export const bellTopic = (userId: string) => `NOTIFICATIONS:${userId}`;

const SWEEP_MS = 10_000;

/**
 * A commit's notification reaches this process as the request that committed is still answering: the relay waits
 * this long, so that answer goes first, and the commits of a burst are relayed in one pass. Nothing waits on it but
 * the bell, and a committed entry is relayed by the sweep whatever happens to the timer.
 */
export const RELAY_DELAY_MS = 10;

export const DIGEST_CRON = '30 7 * * *';

declare module 'fastify' {
  interface FastifyInstance {
    jobs: {
      boss: PgBoss;
      /** Moves committed outbox entries into pg-boss now. */
      relay(): Promise<void>;
    };
  }
}

export const notificationsPlugin = fp<{ databaseUrl: string }>(
  async (app, { databaseUrl }) => {
    const boss = new PgBoss({
      connectionString: databaseUrl,
      schema: JOB_SCHEMA,
      max: 3,
      migrate: false,
      createSchema: false,
      supervise: true,
      schedule: true,
    });
    boss.on('error', (error) => app.log.error({ err: error }, 'job queue error'));
    await boss.start();
    const mailer = createMailer(app.config.mail);

    let relaying: Promise<void> | null = null;
    let again = false;
    const relayOnce = async () => {
      const em = app.orm.em.fork();
      // Events first: the e-mail jobs they write are then relayed in the same pass.
      await expandEvents(em, (error, id) => app.log.error({ err: error, outboxId: id }, 'notification fan-out failed'));
      await em.transactional(async (tx) => {
        const rows = await tx.execute<{ id: string; queue: string }[]>(
          `select id, queue from outbox where relayed_at is null and queue <> ? order by created_at limit 100 for update skip locked`,
          [EVENT_QUEUE],
        );
        for (const row of rows) {
          // The outbox id is the job id: relaying the same entry twice makes one job.
          await boss.send(row.queue, { outboxId: row.id }, { id: row.id, ...MAIL_RETRY });
        }
        if (rows.length)
          await tx.execute(`update outbox set relayed_at = now() where id in (?)`, [rows.map((r) => r.id)]);
      });
    };
    const relay = async (): Promise<void> => {
      if (relaying) {
        again = true;
        return relaying;
      }
      relaying = (async () => {
        do {
          again = false;
          await relayOnce();
        } while (again);
      })().finally(() => {
        relaying = null;
      });
      return relaying;
    };
    const relaySafely = () => relay().catch((error) => app.log.error({ err: error }, 'outbox relay failed'));
    let relaySoon: NodeJS.Timeout | null = null;
    let closing = false;
    const relayAfterAnswers = () => {
      if (closing) return;
      relaySoon ??= setTimeout(() => {
        relaySoon = null;
        void relaySafely();
      }, RELAY_DELAY_MS);
    };

    await boss.work<{ outboxId: string }>(QUEUES.mail, { pollingIntervalSeconds: 2 }, async ([job]) => {
      if (job) await mailer.deliver(app.orm.em.fork(), job.data.outboxId);
    });

    // The daily digest at 07:30 Hanoi time, after the deadline sweep, so its reminders are in the same digest.
    await boss.schedule(QUEUES.digest, DIGEST_CRON, null, { tz: 'Asia/Ho_Chi_Minh' });
    await boss.work(QUEUES.digest, { pollingIntervalSeconds: 2 }, async () => {
      const sent = await sendDailyDigests(app.orm.em.fork(), app.clock);
      app.log.info({ sent }, 'daily digest done');
      return { sent };
    });

    const listener = new pg.Client({ connectionString: databaseUrl });
    listener.on('error', (error) => app.log.error({ err: error }, 'notification listener error'));
    await listener.connect();
    listener.on('notification', (message) => {
      if (message.channel === OUTBOX_CHANNEL) relayAfterAnswers();
      if (message.channel === BELL_CHANNEL && message.payload) {
        const userId = message.payload;
        void unreadCount(app.orm.em.fork(), userId)
          .then((count) =>
            app.graphql.pubsub.publish({
              topic: bellTopic(userId),
              payload: { notificationsChanged: { unreadCount: count } },
            }),
          )
          .catch((error) => app.log.error({ err: error }, 'bell update failed'));
      }
    });
    await listener.query(`listen ${OUTBOX_CHANNEL}`);
    await listener.query(`listen ${BELL_CHANNEL}`);
    const sweep = setInterval(() => void relaySafely(), SWEEP_MS);
    sweep.unref();
    void relaySafely();

    app.decorate('jobs', { boss, relay });
    app.addHook('onClose', async () => {
      closing = true;
      clearInterval(sweep);
      // What was committed just before closing is relayed now rather than at the next start.
      if (relaySoon) {
        clearTimeout(relaySoon);
        relaySoon = null;
        await relaySafely();
      }
      await relaying?.catch(() => {});
      await listener.end().catch(() => {});
      await boss.stop({ graceful: true, close: true, timeout: 5000 });
      mailer.close();
    });
  },
  { name: 'notifications', dependencies: ['database', 'graphql'] },
);
