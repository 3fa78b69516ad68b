// The state-support ledger: every support a startup receives, with source, legal basis and amount. Append-only:
// a correction is a new entry (a negative amount reverses one), so what was recorded stays visible.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { StartupSchema } from '../startups';

export const SUPPORT_KINDS = ['GRANT', 'SUBSIDIZED_PROGRAM', 'FUND_INVESTMENT', 'SANDBOX', 'MENTORING'] as const;

export const StateSupportSchema = defineEntity({
  name: 'StateSupport',
  tableName: 'state_support_entries',
  checks: [{ name: 'state_support_entries_hours_check', expression: 'hours is null or hours > 0' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    startup: () => p.manyToOne(StartupSchema).index(),
    kind: p.enum([...SUPPORT_KINDS]).nativeEnumName('support_kind'),
    /** Who gives it, e.g. Sở Khoa học và Công nghệ Hà Nội. */
    source: p.string().length(300),
    legalBasis: p.string().length(500),
    amount: p.bigint(),
    /** Mentoring hours, when the support is counted in hours. */
    hours: p.integer().nullable(),
    date: p.date(),
    /** The cost this support pays for (an invoice number or cost item): the same cost supported twice is flagged. */
    costRef: p.string().length(200).nullable(),
    note: p.string().length(1000).nullable(),
    actorId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type StateSupport = InferEntity<typeof StateSupportSchema>;
