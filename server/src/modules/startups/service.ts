// Startups: the paginated, founder-scoped list, creation, profile edits and stage moves through the gates.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import {
  assertMove,
  badInput,
  notFound,
  optionalText,
  requireEnum,
  requireText,
  STAGES,
  type Stage,
  type StartupGateSnapshot,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit';
import { CohortSchema } from '../cohorts';
import { ProgramSchema, programOrDefault } from '../programs';
import { gateFactsOf } from './contributors';
import { assertMayRead, writableStartup } from './access';
import { StageMoveSchema, StartupSchema, type Startup } from './entities';
import { preparedRows } from '../../db/prepared';
import { searchCondition, searchTerm } from '../../db/search';
import { requireSector } from '../sectors';
import { keepPrefetched, NO_PREFETCH, prefetchColumns, type PrefetchPlan } from './prefetch';
import { startupView, type StartupView } from './read';
import { notifications } from '../notifications';
import {
  connection,
  decodeCursor,
  encodeCursor,
  isId,
  optionalId,
  pageSize,
  readsAllStartups,
  requireId,
} from '../../kernel';

export const STARTUP_SORTS = ['NAME_ASC', 'NAME_DESC', 'CREATED_DESC'] as const;
export type StartupSort = (typeof STARTUP_SORTS)[number];
export const MAX_PAGE = 100;

export interface StartupFilter {
  stage?: string | null;
  cohortId?: string | null;
  sector?: string | null;
  search?: string | null;
}

interface SqlWhere {
  sql: string[];
  params: unknown[];
}

/** Filters (and the founder's scope) as SQL over `startups s`; the scope is in the query, not the UI. */
function whereOf(actor: Actor, filter: StartupFilter): SqlWhere {
  const where: SqlWhere = { sql: [], params: [] };
  if (!readsAllStartups(actor)) {
    // A founder sees only the startups they are a member of; any other role here sees none.
    where.sql.push('s.id in (select m.startup_id from startup_members m where m.user_id = ?)');
    where.params.push(actor.role === 'FOUNDER' ? actor.userId : '00000000-0000-0000-0000-000000000000');
  }
  if (filter.stage !== null && filter.stage !== undefined) {
    where.sql.push('s.stage = ?');
    where.params.push(requireEnum('stage', filter.stage, STAGES));
  }
  const cohortId = optionalId('cohortId', filter.cohortId);
  if (cohortId) {
    where.sql.push('s.cohort_id = ?');
    where.params.push(cohortId);
  }
  const sector = optionalText('sector', filter.sector, { max: 100 });
  if (sector) {
    // The sector's code; its exact Vietnamese name still works for clients written before the sector list.
    where.sql.push('(s.sector = ? or s.sector = (select x.code from sectors x where x.name_vi = ?))');
    where.params.push(sector, sector);
  }
  const search = optionalText('search', filter.search, { max: 200 });
  if (search) {
    where.sql.push(searchCondition('s'));
    where.params.push(searchTerm(search));
  }
  return where;
}

type Cursor = { sort: StartupSort; key: string; id: string };

function startupCursor(sort: StartupSort, startup: StartupView): string {
  return encodeCursor([sort, sort === 'CREATED_DESC' ? startup.createdAt.toISOString() : startup.name, startup.id]);
}

function startupCursorOf(after: string, sort: StartupSort): Cursor {
  return decodeCursor(
    after,
    ([cursorSort, key, id]) =>
      cursorSort === sort &&
      typeof key === 'string' &&
      isId(id) &&
      !(sort === 'CREATED_DESC' && Number.isNaN(new Date(key).getTime()))
        ? { sort, key, id: id.toLowerCase() }
        : null,
    'after is not a cursor of this list (with this sort).',
  );
}

const ORDER: Record<StartupSort, { column: string; direction: 'asc' | 'desc' }> = {
  NAME_ASC: { column: 'name', direction: 'asc' },
  NAME_DESC: { column: 'name', direction: 'desc' },
  CREATED_DESC: { column: 'created_at', direction: 'desc' },
};

export interface StartupPageArgs extends StartupFilter {
  sort?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * One page of startups: a keyset page walking the (sort key, id) index, and the filtered total as an
 * index-only count. Nested fields come from loaders, so the page costs a constant number of queries.
 */
export async function listStartups(
  em: EntityManager,
  actor: Actor,
  args: StartupPageArgs,
  nested: PrefetchPlan = NO_PREFETCH,
) {
  const sort = requireEnum('sort', args.sort ?? 'NAME_ASC', STARTUP_SORTS);
  const first = pageSize(args.first, { default: 20, min: 0, max: MAX_PAGE });
  const where = whereOf(actor, args);
  const cursor = args.after ? startupCursorOf(args.after, sort) : null;
  const { column, direction } = ORDER[sort];
  const conditions = [...where.sql];
  const params: unknown[] = [...where.params];
  if (cursor) {
    conditions.push(`(s.${column}, s.id) ${direction === 'asc' ? '>' : '<'} (?, ?)`);
    params.push(sort === 'CREATED_DESC' ? new Date(cursor.key) : cursor.key, cursor.id);
  }
  const whereSql = (list: string[]) => (list.length ? ` where ${list.join(' and ')}` : '');
  // The page walks the sort index; its total is a scalar subquery (an InitPlan run once): unfiltered, the one row
  // the startups' triggers keep (migrations/Migration20261206100100StartupTotal.ts), else a count. The nested
  // fields the request selects are JSON subqueries over the page's rows only (modules/startups/prefetch.ts).
  const total = where.sql.length
    ? `select count(*) from startups s${whereSql(where.sql)}`
    : 'select n from startup_total';
  const rows = await preparedRows<Record<string, unknown>>(
    em,
    `with p as (
       select s.*, (${total}) as total_count
         from startups s${whereSql(conditions)} order by s.${column} ${direction}, s.id ${direction} limit ?)
     select p.*${prefetchColumns(nested)} from p order by p.${column} ${direction}, p.id ${direction}`,
    [...where.params, ...params, first + 1],
  );
  const totalCount = rows.length > 0 ? Number(rows[0]!.total_count) : await countStartups(em, where);
  return {
    ...connection(
      rows,
      first,
      (row) => keepPrefetched(startupView(row), row, nested),
      (_row, startup) => startupCursor(sort, startup),
    ),
    totalCount,
  };
}

/** The filtered total when the page is empty (past the end), where the page query could not carry it. */
async function countStartups(em: EntityManager, where: { sql: string[]; params: unknown[] }): Promise<number> {
  const sql = `select count(*) as n from startups s${where.sql.length ? ` where ${where.sql.join(' and ')}` : ''}`;
  const [row] = await em.execute<{ n: string }[]>(sql, where.params);
  return Number(row?.n ?? 0);
}

/** Startups per stage for the pipeline board (every stage, zeros included). */
export async function countByStage(em: EntityManager, actor: Actor, filter: StartupFilter) {
  const where = whereOf(actor, { ...filter, stage: null });
  const rows = await em.execute<{ stage: Stage; n: string }[]>(
    `select s.stage, count(*) as n from startups s${where.sql.length ? ` where ${where.sql.join(' and ')}` : ''} group by s.stage`,
    where.params,
  );
  return STAGES.map((stage) => ({ stage, count: Number(rows.find((row) => row.stage === stage)?.n ?? 0) }));
}

export async function listSectors(em: EntityManager, actor: Actor): Promise<string[]> {
  const where = whereOf(actor, {});
  const rows = await em.execute<{ sector: string }[]>(
    `select distinct s.sector from startups s${where.sql.length ? ` where ${where.sql.join(' and ')}` : ''} order by s.sector`,
    where.params,
  );
  return rows.map((row) => row.sector);
}

/** The startup if the actor may read it (null when missing), membership checked in the same statement. */
export async function findStartup(
  em: EntityManager,
  actor: Actor,
  id: string,
  nested: PrefetchPlan = NO_PREFETCH,
): Promise<StartupView | null> {
  const startupId = requireId('id', id);
  // Readers of every startup need no membership; for anyone else it comes in the same statement.
  const membership = readsAllStartups(actor)
    ? ''
    : ', exists(select 1 from startup_members m where m.startup_id = p.id and m.user_id = ?) as is_member';
  const [row] = await preparedRows<Record<string, unknown>>(
    em,
    `select p.*${prefetchColumns(nested)}${membership} from startups p where p.id = ?`,
    membership ? [actor.userId, startupId] : [startupId],
  );
  if (!row) return null;
  assertMayRead(actor, row.is_member === true);
  return keepPrefetched(startupView(row), row, nested);
}

export async function myStartups(em: EntityManager, actor: Actor): Promise<StartupView[]> {
  if (actor.role !== 'FOUNDER') return [];
  const rows = await em.execute<Record<string, unknown>[]>(
    'select s.* from startups s join startup_members m on m.startup_id = s.id where m.user_id = ? order by s.name, s.id',
    [actor.userId],
  );
  return rows.map(startupView);
}

const NAME_RULES = { max: 200 } as const;
const DESCRIPTION_RULES = { max: 5000, multiline: true } as const;

async function assertNameFree(tx: EntityManager, name: string, exceptId?: string): Promise<void> {
  const [row] = await tx.execute<{ n: string }[]>(
    'select count(*) as n from startups where lower(name) = lower(?) and id <> ?',
    [name, exceptId ?? '00000000-0000-0000-0000-000000000000'],
  );
  if (Number(row?.n ?? 0) > 0) throw badInput('name', 'A startup with this name already exists.');
}

export interface CreateStartupData {
  name: string;
  sector: string;
  description?: string | null;
  programId?: string | null;
}

/** Creates a startup in CONNECTION with its first history entry (inside the caller's transaction). */
export async function createStartupIn(
  tx: EntityManager,
  actor: Actor,
  input: CreateStartupData,
  links: { challengeId?: string; applicationId?: string } = {},
): Promise<Startup> {
  const name = requireText('name', input.name, NAME_RULES);
  const description = optionalText('description', input.description, DESCRIPTION_RULES);
  const sector = await requireSector(tx, 'sector', input.sector);
  const program = await programOrDefault(tx, input.programId);
  await assertNameFree(tx, name);
  const startup = tx.create(StartupSchema, {
    name,
    sector,
    description,
    stage: 'CONNECTION',
    program,
    challenge: links.challengeId ?? null,
    application: links.applicationId ?? null,
    cohort: null,
  });
  tx.create(StageMoveSchema, {
    startup,
    fromStage: null,
    toStage: 'CONNECTION',
    at: new Date(),
    by: actor.userId,
    reason: null,
  });
  await tx.flush();
  recordAudit(tx, actor, {
    action: 'startup.created',
    entityType: 'Startup',
    entityId: startup.id,
    after: { name, sector, description, programId: program.id, ...links },
  });
  return startup;
}

export function createStartup(em: EntityManager, actor: Actor, input: CreateStartupData): Promise<Startup> {
  return em.transactional((tx) => createStartupIn(tx, actor, input));
}

export async function updateStartup(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: { name?: string | null; sector?: string | null; description?: string | null },
): Promise<Startup> {
  const name = input.name === undefined || input.name === null ? null : requireText('name', input.name, NAME_RULES);
  const description =
    input.description === undefined ? undefined : optionalText('description', input.description, DESCRIPTION_RULES);
  return em.transactional(async (tx) => {
    const sector =
      input.sector === undefined || input.sector === null ? null : await requireSector(tx, 'sector', input.sector);
    const startup = await writableStartup(tx, actor, id, 'id');
    const before = { name: startup.name, sector: startup.sector, description: startup.description };
    if (name !== null) {
      await assertNameFree(tx, name, startup.id);
      startup.name = name;
    }
    if (sector !== null) startup.sector = sector;
    if (description !== undefined) startup.description = description;
    recordAudit(tx, actor, {
      action: 'startup.updated',
      entityType: 'Startup',
      entityId: startup.id,
      before,
      after: { name: startup.name, sector: startup.sector, description: startup.description },
    });
    return startup;
  });
}

/** What the gates look at: cohort, and what the other modules contribute (milestones, the enterprise code). */
export async function gateSnapshot(em: EntityManager, startup: Startup): Promise<StartupGateSnapshot> {
  const facts = (await gateFactsOf(em, [startup.id])).get(startup.id)!;
  return { stage: startup.stage, cohortId: startup.cohort?.id ?? null, ...facts };
}

/**
 * Moves a startup through the program's gates (planMove decides who may move and what is met, from shared
 * STAGE_MOVER_ROLES, which the policy table also names; refusals list every unmet requirement).
 * The startup row is locked so two moves cannot both pass the same gate; history is only ever appended.
 */
export async function moveStartup(em: EntityManager, actor: Actor, id: string, to: string, reason?: string | null) {
  const startupId = requireId('id', id);
  const target = requireEnum('to', to, STAGES);
  const why = optionalText('reason', reason, { max: 2000, multiline: true });
  return em.transactional(async (tx) => {
    const startup = await tx.findOne(StartupSchema, startupId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!startup) throw notFound('Startup');
    const program = await tx.findOneOrFail(ProgramSchema, startup.program.id);
    const snapshot = await gateSnapshot(tx, startup);
    const direction = assertMove({ snapshot, to: target, actorRole: actor.role, reason: why, gates: program.gates });
    const from = startup.stage;
    startup.stage = target;
    const move = tx.create(StageMoveSchema, {
      startup,
      fromStage: from,
      toStage: target,
      at: new Date(),
      by: actor.userId,
      reason: why,
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'startup.moved',
      entityType: 'Startup',
      entityId: startup.id,
      before: { stage: from },
      after: { stage: target, direction, reason: why, stageMoveId: move.id },
    });
    await notifications.emit(tx, { kind: 'STAGE_MOVED', startupId: startup.id, from, to: target, reason: why });
    return startup;
  });
}

/** Puts a startup in a cohort or takes it out (the INCUBATION gate looks at this). */
export async function assignStartupToCohort(
  em: EntityManager,
  actor: Actor,
  startupId: string,
  cohortId?: string | null,
): Promise<Startup> {
  const sid = requireId('startupId', startupId);
  const cid = optionalId('cohortId', cohortId);
  return em.transactional(async (tx) => {
    const startup = await tx.findOne(StartupSchema, sid, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!startup) throw notFound('Startup');
    const cohort = cid ? await tx.findOne(CohortSchema, cid) : null;
    if (cid && !cohort) throw badInput('cohortId', 'No cohort has this id.');
    const before = { cohortId: startup.cohort?.id ?? null };
    startup.cohort = cohort;
    recordAudit(tx, actor, {
      action: 'startup.cohort_assigned',
      entityType: 'Startup',
      entityId: startup.id,
      before,
      after: { cohortId: cid },
    });
    return startup;
  });
}
