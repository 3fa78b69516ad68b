// Deadlines as data: the day a program's monthly metric reports are due, and the deadline notices already sent.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ProgramSchema } from '../programs';
import { StartupSchema } from '../startups';

export const ReportDeadlineSchema = defineEntity({
  name: 'ReportDeadline',
  tableName: 'report_deadlines',
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

export const deadlineEntities = [ReportDeadlineSchema, DeadlineNoticeSchema];
