// Writes audit entries inside the caller's transaction, so an entry exists exactly when its change does.
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, optionalText } from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { AuditEntrySchema } from './entities';
import { withSubjects } from './subjects';
import { preparedRows } from '../../db/prepared';
import type { AuditActorView, AuditEntryView, AuditSubjectView } from './read';
import { connection, decodeCursor, encodeCursor, isId, pageSize } from '../../kernel';

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

// --- Reading the log (BOARD and ADMIN) -------------------------------------------------------------

const MAX_PAGE = 200;

export interface AuditFilterInput {
  actorEmail?: string | null;
  actorId?: string | null;
  action?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  /** Absent when the page is read without the names. */
  actor_name?: string | null;
  subject_name: string | null;
  startup_id: string | null;
  startup_name: string | null;
  fund_id: string | null;
  fund_name: string | null;
  challenge_id: string | null;
  challenge_title: string | null;
  deal_id: string | null;
  deal_title: string | null;
  cohort_id: string | null;
  mentor_id: string | null;
  mentor_name: string | null;
}

function subjectOf(row: AuditRow): AuditSubjectView {
  return {
    name: row.subject_name,
    startupId: row.startup_id,
    startupName: row.startup_name,
    fundId: row.fund_id,
    fundName: row.fund_name,
    challengeId: row.challenge_id,
    challengeTitle: row.challenge_title,
    dealId: row.deal_id,
    dealTitle: row.deal_title,
    cohortId: row.cohort_id,
    mentorId: row.mentor_id,
    mentorName: row.mentor_name,
  };
}

/** What a page read without the names carries (never answered: nobody asked for the subject). */
const NO_SUBJECT: AuditSubjectView = {
  name: null,
  startupId: null,
  startupName: null,
  fundId: null,
  fundName: null,
  challengeId: null,
  challengeTitle: null,
  dealId: null,
  dealTitle: null,
  cohortId: null,
  mentorId: null,
  mentorName: null,
};

/** The cursor is the entry's id (ids only grow, so "older than the cursor" is stable while entries are added). */
const auditCursor = (id: string) => encodeCursor(['audit', id]);

function auditCursorId(after: string): string {
  return decodeCursor(
    after,
    ([kind, id]) => (kind === 'audit' && typeof id === 'string' && /^[1-9]\d{0,18}$/.test(id) ? id : null),
    'after is not a cursor of the audit log',
  );
}

function filterText(field: string, value: string | null | undefined, max: number): string | null {
  return optionalText(field, value, { max });
}

function jsonText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A page of the audit log, newest first, narrowed by who, what and when. */
export async function listAuditEntries(
  em: EntityManager,
  filter: AuditFilterInput,
  page: { first?: number | null; after?: string | null },
  options: { names: boolean },
) {
  const first = pageSize(page.first, { default: 50, max: MAX_PAGE });
  const where: string[] = [];
  const params: unknown[] = [];
  const actorEmail = filterText('actorEmail', filter.actorEmail, 254);
  if (actorEmail) {
    // Escape LIKE wildcards so the text is matched literally.
    where.push(`actor_email ilike ? escape '\\'`);
    params.push(`%${actorEmail.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (filter.actorId !== null && filter.actorId !== undefined) {
    if (!isId(filter.actorId)) throw badInput('actorId', 'actorId is not a user id');
    where.push('actor_id = ?');
    params.push(filter.actorId);
  }
  const action = filterText('action', filter.action, 100);
  if (action) {
    where.push('action = ?');
    params.push(action);
  }
  const entityType = filterText('entityType', filter.entityType, 100);
  if (entityType) {
    where.push('entity_type = ?');
    params.push(entityType);
  }
  const entityId = filterText('entityId', filter.entityId, 100);
  if (entityId) {
    where.push('entity_id = ?');
    params.push(entityId);
  }
  if (filter.from && filter.to && filter.from.getTime() > filter.to.getTime()) {
    throw badInput('to', 'to must not be before from');
  }
  if (filter.from) {
    where.push('at >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('at < ?');
    params.push(filter.to);
  }
  if (page.after) {
    where.push('audit_log.id < ?::bigint');
    params.push(auditCursorId(page.after));
  }
  // Order by the numeric column, not the text alias `id` (an output name wins in ORDER BY): as text, '99'
  // sorts after '100' while the cursor compares numbers, so pages repeated and skipped entries.
  const pageSql = (
    id: string,
  ) => `select ${id}, at, actor_id, actor_email, action, entity_type, entity_id, before, after
       from audit_log ${where.length ? `where ${where.join(' and ')}` : ''}
      order by audit_log.id desc limit ?`;
  // Prepared: the statement with the names is ~8 KB of SQL that PostgreSQL otherwise parses and plans (~2 ms) on
  // every request. The page is cut first (index on id), then the names of who and what are joined to its rows only,
  // and only when the request asks for them (their ~30 lookups per entry cost ~20× the page itself).
  const rows = await preparedRows<AuditRow>(
    em,
    options.names ? withSubjects(pageSql('audit_log.id')) : pageSql('audit_log.id::text as id'),
    [...params, first + 1],
  );
  return connection(
    rows,
    first,
    (row): AuditEntryView => ({
      id: row.id,
      at: row.at,
      actorId: row.actor_id,
      actorEmail: row.actor_email,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      before: jsonText(row.before),
      after: jsonText(row.after),
      actorName: row.actor_name ?? null,
      subject: options.names ? subjectOf(row) : NO_SUBJECT,
    }),
    (row) => auditCursor(row.id),
  );
}

/** The distinct values of the filterable columns (small: actions and types are code-defined). */
export async function auditFacets(em: EntityManager) {
  const connection = em.getConnection();
  const [actions, entityTypes, actorEmails, actors] = await Promise.all([
    connection.execute<{ value: string }[]>('select distinct action as value from audit_log order by 1'),
    connection.execute<{ value: string }[]>('select distinct entity_type as value from audit_log order by 1'),
    connection.execute<{ value: string }[]>(
      'select distinct actor_email as value from audit_log where actor_email is not null order by 1',
    ),
    connection.execute<AuditActorView[]>(
      `select u.id, u.display_name as name, u.email from users u
        where exists (select 1 from audit_log a where a.actor_id = u.id) order by u.display_name, u.email`,
    ),
  ]);
  const values = (rows: { value: string }[]) => rows.map((row) => row.value);
  return { actions: values(actions), entityTypes: values(entityTypes), actorEmails: values(actorEmails), actors };
}

// --- The hash chain (tamper evidence) ----------------------------------------------------------------

export interface AuditChainStatus {
  /** The id of the last entry, in chain order, whose hash and link check out; null if none does. */
  verifiedUpTo: string | null;
  /** The first entry whose hash or link to its predecessor does not match; null when the chain holds. */
  brokenAt: string | null;
  /** Entries checked. */
  entries: number;
  /** The chain's head (kept by the insert trigger) names a later entry than the log holds: its tail was removed. */
  tailMissing: boolean;
  /** The head as the insert trigger keeps it: the last entry's position in the chain and its hash (null when empty). */
  head: { seq: string; hash: string } | null;
}

/**
 * Walks the chain in the order entries joined it (`chain_seq`), recomputing each entry's hash with the same
 * function the insert trigger uses (audit_log_row_hash, migrations/Migration20261201200100AuditChain.ts): an edited
 * entry no longer matches its hash; a removed one breaks the next entry's link.
 */
export async function auditChainStatus(em: EntityManager): Promise<AuditChainStatus> {
  const [row] = await em.getConnection().execute<
    {
      broken_at: string | null;
      verified_up_to: string | null;
      entries: string;
      tail_missing: boolean;
      head_seq: string | null;
      head_hash: string | null;
    }[]
  >(
    `with walked as (
       select a.id, a.chain_seq,
              a.hash = audit_log_row_hash(a.prev_hash, a)
                and a.prev_hash = coalesce(lag(a.hash) over (order by a.chain_seq), repeat('0', 64))
                and a.chain_seq = row_number() over (order by a.chain_seq) as holds
         from audit_log a
     ), first_broken as (
       select min(chain_seq) as seq from walked where not holds
     )
     select (select id::text from walked where chain_seq = (select seq from first_broken)) as broken_at,
            (select id::text from walked
              where chain_seq < coalesce((select seq from first_broken), 9223372036854775807)
              order by chain_seq desc limit 1) as verified_up_to,
            (select count(*) from walked)::text as entries,
            (select coalesce(max(chain_seq), 0) from walked) < (select last_seq from audit_chain_head) as tail_missing,
            (select nullif(last_seq, 0)::text from audit_chain_head) as head_seq,
            (select last_hash from audit_chain_head where last_seq > 0) as head_hash`,
  );
  return {
    brokenAt: row?.broken_at ?? null,
    verifiedUpTo: row?.verified_up_to ?? null,
    entries: Number(row?.entries ?? 0),
    tailMissing: row?.tail_missing ?? false,
    head: row?.head_seq && row.head_hash ? { seq: row.head_seq, hash: row.head_hash } : null,
  };
}

/**
 * The hash of the entry at `seq` in the chain (null when there is none): compared with a copy of an earlier head kept
 * elsewhere, it catches an owner who rewrote the chain from an edited entry onwards (which the walk alone cannot).
 */
export async function auditChainHashAt(em: EntityManager, seq: string): Promise<string | null> {
  const [row] = await em
    .getConnection()
    .execute<{ hash: string }[]>('select hash from audit_log where chain_seq = ?', [seq]);
  return row?.hash ?? null;
}

/** Every audit entry about any of these records, oldest first (a decision dossier lists them). */
export async function auditEntriesFor(em: EntityManager, entityIds: readonly string[]) {
  if (entityIds.length === 0) return [];
  return em.execute<
    {
      id: string;
      at: Date;
      actor_email: string | null;
      action: string;
      entity_type: string;
      entity_id: string | null;
      before: unknown;
      after: unknown;
      hash: string;
    }[]
  >(
    `select id::text, at, actor_email, action, entity_type, entity_id, before, after, hash
       from audit_log where entity_id = any(?::text[]) order by chain_seq`,
    [`{${entityIds.map((id) => `"${id.replace(/["\\]/g, '')}"`).join(',')}}`],
  );
}
