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
    // The hash chain (migrations/Migration20261201200100AuditChain.ts): the insert trigger computes all three and
    // overwrites whatever is sent; these placeholders only satisfy NOT NULL on the way in.
    chainSeq: p
      .bigint('string')
      .unique()
      .onCreate(() => '0'),
    prevHash: p
      .character()
      .length(64)
      .onCreate(() => '0'.repeat(64)),
    hash: p
      .character()
      .length(64)
      .onCreate(() => '0'.repeat(64)),
  },
  indexes: [{ properties: ['entityType', 'entityId'] }],
});
export type AuditEntry = InferEntity<typeof AuditEntrySchema>;
