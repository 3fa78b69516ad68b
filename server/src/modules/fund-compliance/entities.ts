// Capital calls: a call (call date, due date, a share of each member's commitment) and its one line per
// commitment. Both are append-only: a call is never edited; pay-ins settle its lines (oldest call first), so what
// is paid and what is overdue are derived from the ledger, never stored twice.
// Ids of the fund and commitments are plain columns: this module reads the ledger and never writes it.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export const CapitalCallSchema = defineEntity({
  name: 'CapitalCall',
  tableName: 'capital_calls',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    fundId: p.uuid().index(),
    callDate: p.date(),
    dueDate: p.date(),
    percentBp: p.integer(),
    actorId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [
    {
      name: 'capital_calls_dates_check',
      expression: 'due_date >= call_date and percent_bp > 0 and percent_bp <= 10000',
    },
  ],
});
export type CapitalCall = InferEntity<typeof CapitalCallSchema>;

export const CapitalCallLineSchema = defineEntity({
  name: 'CapitalCallLine',
  tableName: 'capital_call_lines',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    call: () => p.manyToOne(CapitalCallSchema).deleteRule('cascade').index(),
    commitmentId: p.uuid().index(),
    memberName: p.string().length(200),
    /** The commitment when the call was made; the line is percentBp of it. */
    commitmentAmount: p.bigint(),
    amount: p.bigint(),
  },
  uniques: [{ name: 'capital_call_lines_call_id_commitment_id_unique', properties: ['call', 'commitmentId'] }],
  checks: [{ name: 'capital_call_lines_amount_check', expression: 'amount >= 0 and commitment_amount >= amount' }],
});
export type CapitalCallLine = InferEntity<typeof CapitalCallLineSchema>;

/** The overdue reminder of a call, sent once by the daily sweep whatever the number of sweeps or instances. */
export const CapitalCallReminderSchema = defineEntity({
  name: 'CapitalCallReminder',
  tableName: 'capital_call_reminders',
  properties: {
    call: () => p.oneToOne(CapitalCallSchema).primary().deleteRule('cascade'),
    sentAt: p.datetime().onCreate(() => new Date()),
  },
});

export const fundComplianceEntities = [CapitalCallSchema, CapitalCallLineSchema, CapitalCallReminderSchema];
