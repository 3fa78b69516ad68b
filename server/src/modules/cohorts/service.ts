// Cohorts: create and edit them (putting a startup in or out is the startups module's assignStartupToCohort).
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound, requireDate, requireText } from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit';
import { programOrDefault } from '../programs';
import { UserSchema } from '../users';
import { CohortSchema, type Cohort } from './entities';
import { optionalId, requireId } from '../../kernel';

export interface CohortInput {
  name: string;
  startDate: string;
  endDate: string;
  managerId?: string | null;
  programId?: string | null;
}

function parseCohort(input: CohortInput) {
  const name = requireText('name', input.name, { max: 200 });
  const startDate = requireDate('startDate', input.startDate);
  const endDate = requireDate('endDate', input.endDate);
  if (endDate < startDate) throw badInput('endDate', 'endDate must not be before startDate.');
  return { name, startDate, endDate, managerId: optionalId('managerId', input.managerId) };
}

async function managerOf(tx: EntityManager, managerId: string | null) {
  if (!managerId) return null;
  const manager = await tx.findOne(UserSchema, managerId);
  if (!manager || !['INCUBATOR_MANAGER', 'ADMIN'].includes(manager.role)) {
    throw badInput('managerId', 'The manager must be an incubator manager or an admin.');
  }
  return manager;
}

export function listCohorts(em: EntityManager): Promise<Cohort[]> {
  return em.find(CohortSchema, {}, { orderBy: { startDate: 'desc', name: 'asc' } });
}

export function findCohort(em: EntityManager, id: string): Promise<Cohort | null> {
  return em.findOne(CohortSchema, requireId('id', id));
}

export async function createCohort(em: EntityManager, actor: Actor, input: CohortInput): Promise<Cohort> {
  const data = parseCohort(input);
  return em.transactional(async (tx) => {
    if (await tx.count(CohortSchema, { name: data.name }))
      throw badInput('name', 'A cohort with this name already exists.');
    const program = await programOrDefault(tx, input.programId);
    const cohort = tx.create(CohortSchema, {
      name: data.name,
      startDate: data.startDate,
      endDate: data.endDate,
      manager: await managerOf(tx, data.managerId ?? actor.userId),
      program,
    });
    await tx.flush();
    recordAudit(tx, actor, { action: 'cohort.created', entityType: 'Cohort', entityId: cohort.id, after: { ...data } });
    return cohort;
  });
}

export async function updateCohort(em: EntityManager, actor: Actor, id: string, input: CohortInput): Promise<Cohort> {
  const cohortId = requireId('id', id);
  const data = parseCohort(input);
  return em.transactional(async (tx) => {
    const cohort = await tx.findOne(CohortSchema, cohortId);
    if (!cohort) throw notFound('Cohort');
    if (await tx.count(CohortSchema, { name: data.name, id: { $ne: cohortId } })) {
      throw badInput('name', 'A cohort with this name already exists.');
    }
    const before = {
      name: cohort.name,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
      managerId: cohort.manager?.id ?? null,
    };
    cohort.name = data.name;
    cohort.startDate = data.startDate;
    cohort.endDate = data.endDate;
    cohort.manager = data.managerId ? await managerOf(tx, data.managerId) : cohort.manager;
    recordAudit(tx, actor, {
      action: 'cohort.updated',
      entityType: 'Cohort',
      entityId: cohort.id,
      before,
      after: { ...data },
    });
    return cohort;
  });
}
