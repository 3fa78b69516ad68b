// Deadlines as data: the day a program's monthly metric reports are due, and the deadline notices already sent.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ChallengeSchema } from '../challenges';
import { ProgramSchema } from '../programs';
import { StartupSchema } from '../startups';

export const ReportDeadlineSchema = defineEntity({
  name: 'ReportDeadline',
  tableName: 'report_deadlines',
  checks: [{ name: 'report_deadlines_due_day_check', expression: 'due_day >= 1 and due_day <= 28' }],
  properties: {
    program: () => p.oneToOne(ProgramSchema).primary().deleteRule('cascade'),
    dueDay: p.integer(),
  },
});
export type ReportDeadline = InferEntity<typeof ReportDeadlineSchema>;

export const DeadlineNoticeSchema = defineEntity({
  name: 'DeadlineNotice',
  tableName: 'deadline_notices',
  properties: {
    startup: () => p.manyToOne(StartupSchema).primary().deleteRule('cascade'),
    period: p.string().length(7).primary(),
    kind: p.string().length(32).primary(),
    sentAt: p.datetime().onCreate(() => new Date()),
  },
});
export type DeadlineNotice = InferEntity<typeof DeadlineNoticeSchema>;

/** The "applications close soon" notice of a challenge, sent once whatever the number of sweeps. */
export const ChallengeDeadlineNoticeSchema = defineEntity({
  name: 'ChallengeDeadlineNotice',
  tableName: 'challenge_deadline_notices',
  properties: {
    challenge: () => p.oneToOne(ChallengeSchema).primary().deleteRule('cascade'),
    sentAt: p.datetime().onCreate(() => new Date()),
  },
});
export type ChallengeDeadlineNotice = InferEntity<typeof ChallengeDeadlineNoticeSchema>;

export const deadlineEntities = [ReportDeadlineSchema, DeadlineNoticeSchema, ChallengeDeadlineNoticeSchema];
