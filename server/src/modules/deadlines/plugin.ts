// The daily deadline sweep (metric reports, challenge deadlines, overdue capital calls) as a pg-boss cron job (07:00 Hanoi time), run by one worker across instances; it reads
// the server's one clock, so tests stand at a chosen day and run the job.
import fp from 'fastify-plugin';
import { QUEUES } from '../../jobs/install';
import { sweepOverdueCapitalCalls } from '../fund-compliance';
import { sweepChallengeDeadlines, sweepReportDeadlines } from './service';

export const DEADLINES_CRON = '0 7 * * *';

export const deadlinesPlugin = fp(
  async (app) => {
    const boss = app.jobs.boss;
    await boss.schedule(QUEUES.deadlines, DEADLINES_CRON, null, { tz: 'Asia/Ho_Chi_Minh' });
    await boss.work(QUEUES.deadlines, { pollingIntervalSeconds: 2 }, async () => {
      const sent =
        (await sweepReportDeadlines(app.orm.em.fork(), app.clock)) +
        (await sweepChallengeDeadlines(app.orm.em.fork(), app.clock)) +
        (await sweepOverdueCapitalCalls(app.orm.em.fork(), app.clock));
      app.log.info({ sent }, 'deadline sweep done');
      return { sent };
    });
  },
  { name: 'deadlines', dependencies: ['notifications'] },
);
