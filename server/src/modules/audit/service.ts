// Writes audit entries inside the caller's transaction, so an entry exists exactly when its change does.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../graphql/context';
import { AuditEntrySchema } from './entities';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** JSON cannot hold bigint: money goes into the log as its decimal string. */
function jsonSafe(value: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as Record<
    string,
    unknown
  >;
}

export function recordAudit(
  em: EntityManager,
  actor: Pick<Actor, 'userId' | 'email'> | null,
  record: AuditRecord,
): void {
  em.create(AuditEntrySchema, {
    actorId: actor?.userId ?? null,
    actorEmail: actor?.email ?? null,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId ?? null,
    before: jsonSafe(record.before),
    after: jsonSafe(record.after),
  });
}
