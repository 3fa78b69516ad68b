// The append-only audit log: every change to startups, stages, fund, rounds, targets and users.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const AuditEntrySchema = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_log',
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    at: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
    actorId: p.uuid().nullable().index(),
    actorEmail: p.string().length(254).nullable(),
    action: p.string().length(100).index(),
    entityType: p.string().length(100),
    entityId: p.string().length(100).nullable(),
    before: p.json<Record<string, unknown>>().nullable(),
    after: p.json<Record<string, unknown>>().nullable(),
  },
  indexes: [{ properties: ['entityType', 'entityId'] }],
});
export type AuditEntry = InferEntity<typeof AuditEntrySchema>;
