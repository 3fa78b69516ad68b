// The daily deadline sweep and the managers' overdue view. Monthly metric reports of startups in the reporting
// stages (incubation to scaling up): a reminder to the founders before the due day, "overdue" after it, and an
// escalation to the startup's manager a week later — each sent once, whatever the number of sweeps.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  daysFromToday,
  hanoiToday,
  notFound,
  previousPeriod,
  REPORT_DUE_DAY_DEFAULT,
  reportDueDate,
  reportNoticeOn,
  type Clock,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit';
import { notifications } from '../notifications';
import { ProgramSchema } from '../programs';
import { ReportDeadlineSchema } from './entities';
import type { OverdueReportView } from './read';

/** How many days before a challenge's application deadline the managers are told it closes soon. */
export const CHALLENGE_REMINDER_DAYS = 3;

/** Stages in which a startup sends monthly metric reports. */
export const REPORTING_STAGES = ['INCUBATION', 'PLATFORM_BUILDING', 'SCALING_UP'] as const;

/** Periods the overdue view looks back over. */
const LOOKBACK_MONTHS = 6;

async function dueDays(em: EntityManager): Promise<Map<string, number>> {
  const rows = await em.find(ReportDeadlineSchema, {});
  return new Map(rows.map((row) => [row.program.id, row.dueDay]));
}

export async function reportDueDay(em: EntityManager, programId: string): Promise<number> {
  return (await dueDays(em)).get(programId) ?? REPORT_DUE_DAY_DEFAULT;
}

export async function setReportDueDay(em: EntityManager, actor: Actor, programId: string, day: number) {
  if (!Number.isInteger(day) || day < 1 || day > 28) throw badInput('day', 'The due day must be between 1 and 28.');
  return em.transactional(async (tx) => {
    const program = await tx.findOne(ProgramSchema, programId);
    if (!program) throw notFound('Program');
    const before = await reportDueDay(tx, program.id);
    await tx.upsert(ReportDeadlineSchema, { program, dueDay: day });
    recordAudit(tx, actor, {
      action: 'program.report_due_day_set',
      entityType: 'Program',
      entityId: program.id,
      before: { dueDay: before },
      after: { dueDay: day },
    });
    return day;
  });
}

/** One sweep: tells whoever is due a notice today and has not had it. Answers how many notices were sent. */
export async function sweepReportDeadlines(em: EntityManager, clock: Clock): Promise<number> {
  const days = await dueDays(em);
  const startups = await em
    .getConnection()
    .execute<{ id: string; program_id: string }[]>(
      `select s.id, s.program_id from startups s where s.stage in (?, ?, ?)`,
      [...REPORTING_STAGES],
    );
  let sent = 0;
  for (const startup of startups) {
    const { period, notice } = reportNoticeOn(clock, days.get(startup.program_id) ?? REPORT_DUE_DAY_DEFAULT);
    if (!notice) continue;
    const fresh = await em.transactional(async (tx) => {
      const [reported] = await tx.execute<{ n: string }[]>(
        'select count(*) as n from metric_reports where startup_id = ? and period = ?',
        [startup.id, period],
      );
      if (Number(reported?.n) > 0) return false;
      // The notice row is the idempotency key: a second sweep (or a second instance) inserts nothing.
      const inserted = await tx.execute<{ startup_id: string }[]>(
        `insert into deadline_notices (startup_id, period, kind, sent_at) values (?, ?, ?, now())
         on conflict do nothing returning startup_id`,
        [startup.id, period, notice],
      );
      if (!inserted.length) return false;
      await notifications.emit(tx, { kind: notice, startupId: startup.id, period });
      return true;
    });
    if (fresh) sent++;
  }
  return sent;
}

/** Reports past their due date and not sent, across startups, most overdue first. */
export async function overdueReports(em: EntityManager, clock: Clock): Promise<OverdueReportView[]> {
  const days = await dueDays(em);
  const today = hanoiToday(clock);
  const periods: string[] = [];
  let cursor = today;
  for (let i = 0; i < LOOKBACK_MONTHS + 1; i++) {
    const period = previousPeriod(cursor);
    periods.push(period);
    cursor = `${period}-01`;
  }
  const rows = await em
    .getConnection()
    .execute<{ id: string; name: string; stage: string; program_id: string; since: string }[]>(
      `select id, name, stage, program_id, to_char(created_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as since
     from startups where stage in (?, ?, ?) order by name`,
      [...REPORTING_STAGES],
    );
  if (!rows.length) return [];
  const reported = await em
    .getConnection()
    .execute<{ startup_id: string; period: string }[]>(
      `select startup_id, period from metric_reports where period in (${periods.map(() => '?').join(', ')})`,
      periods,
    );
  const done = new Set(reported.map((r) => `${r.startup_id}/${r.period}`));
  const out: OverdueReportView[] = [];
  for (const startup of rows) {
    const dueDay = days.get(startup.program_id) ?? REPORT_DUE_DAY_DEFAULT;
    for (const period of periods) {
      const dueDate = reportDueDate(period, dueDay);
      const left = daysFromToday(dueDate, clock);
      // Months before the startup joined the program owe no report.
      if (left >= 0 || period < startup.since || done.has(`${startup.id}/${period}`)) continue;
      out.push({
        startupId: startup.id,
        startupName: startup.name,
        stage: startup.stage,
        period,
        dueDate,
        daysOverdue: -left,
      });
    }
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || a.startupName.localeCompare(b.startupName));
}

/** Published challenges whose applications close within CHALLENGE_REMINDER_DAYS days: told once each. */
export async function sweepChallengeDeadlines(em: EntityManager, clock: Clock): Promise<number> {
  const today = hanoiToday(clock);
  const rows = await em.getConnection().execute<{ id: string; deadline: string }[]>(
    `select id, to_char(deadline, 'YYYY-MM-DD') as deadline from challenges
       where status = 'PUBLISHED' and deadline >= ?::date and deadline <= ?::date + ?::int`,
    [today, today, CHALLENGE_REMINDER_DAYS],
  );
  let sent = 0;
  for (const row of rows) {
    const fresh = await em.transactional(async (tx) => {
      const inserted = await tx.execute<{ challenge_id: string }[]>(
        `insert into challenge_deadline_notices (challenge_id, sent_at) values (?, now())
         on conflict do nothing returning challenge_id`,
        [row.id],
      );
      if (!inserted.length) return false;
      await notifications.emit(tx, {
        kind: 'CHALLENGE_DEADLINE_SOON',
        challengeId: row.id,
        daysLeft: daysFromToday(row.deadline, clock),
      });
      return true;
    });
    if (fresh) sent++;
  }
  return sent;
}
