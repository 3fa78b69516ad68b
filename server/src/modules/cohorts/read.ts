// The Cohort as GraphQL reads it: entities and plain rows both fit (see db/rows.ts for why rows).
import type { EntityManager } from '@mikro-orm/postgresql';
import { instant, placeholders, ref, viewsByIds, type Ref } from '../../kernel';
import type { Cohort } from './entities';

export interface CohortView {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  manager?: Ref | null;
  program: Ref;
  createdAt: Date;
}

export interface CohortRow {
  id: string;
  name: string;
  start_date: string;
  end_date: string;
  manager_id: string | null;
  program_id: string;
  created_at: string;
}

/** A `cohorts` row (or its to_json) as a CohortView. */
export function cohortView(row: CohortRow): CohortView {
  return {
    id: row.id,
    name: row.name,
    startDate: row.start_date,
    endDate: row.end_date,
    manager: ref(row.manager_id),
    program: { id: row.program_id },
    createdAt: instant(row.created_at),
  };
}

/** A cohort entity (what a query found or a mutation wrote) as a CohortView. */
export function cohortViewOf(cohort: Cohort): CohortView {
  return {
    id: cohort.id,
    name: cohort.name,
    startDate: cohort.startDate,
    endDate: cohort.endDate,
    manager: ref(cohort.manager?.id),
    program: { id: cohort.program.id },
    createdAt: cohort.createdAt,
  };
}

/** Cohorts by id in one statement, each query answered with its own (or null). */
export function cohortViewsByIds(em: EntityManager, ids: readonly (string | null | undefined)[]) {
  return viewsByIds(
    ids,
    (wanted) => em.execute<CohortRow[]>(`select * from cohorts where id in (${placeholders(wanted)})`, wanted),
    cohortView,
  );
}
