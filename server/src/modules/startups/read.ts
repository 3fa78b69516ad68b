// Startup and StageMove as GraphQL reads them: the hot list and page paths map SQL rows straight to these
// (see kernel/rows.ts for why), and mutations map the entity they wrote, so every answer is a view.
import type { Stage } from '@launchpad/shared';
import { instant, ref, type Ref } from '../../kernel';
import type { Startup } from './entities';

export interface StartupView {
  id: string;
  name: string;
  sector: string;
  stage: Stage;
  description?: string | null;
  createdAt: Date;
  program: Ref;
  challenge?: Ref | null;
  application?: Ref | null;
  cohort?: Ref | null;
}

// Mercurius keys its loader cache by serializing the parent object; the id identifies a startup.
function loaderKey(this: StartupView) {
  return { id: this.id };
}

/** A startup entity (what a mutation wrote) as a StartupView. */
export function startupViewOf(startup: Startup): StartupView {
  return startupView({
    id: startup.id,
    name: startup.name,
    sector: startup.sector,
    stage: startup.stage,
    description: startup.description ?? null,
    created_at: startup.createdAt,
    program_id: startup.program.id,
    challenge_id: startup.challenge?.id ?? null,
    application_id: startup.application?.id ?? null,
    cohort_id: startup.cohort?.id ?? null,
  });
}

/** A `startups` row (select s.*) as a StartupView. */
export function startupView(row: Record<string, unknown>): StartupView {
  const view: StartupView = {
    id: row.id as string,
    name: row.name as string,
    sector: row.sector as string,
    stage: row.stage as Stage,
    description: row.description as string | null,
    createdAt: instant(row.created_at as string),
    program: { id: row.program_id as string },
    challenge: ref(row.challenge_id as string | null),
    application: ref(row.application_id as string | null),
    cohort: ref(row.cohort_id as string | null),
  };
  return Object.defineProperty(view, 'toJSON', { value: loaderKey, enumerable: false });
}

export interface StageMoveView {
  id: string;
  startup: Ref;
  fromStage?: Stage | null;
  toStage: Stage;
  at: Date;
  by?: Ref | null;
  reason?: string | null;
}

/** A `stage_moves` row as a StageMoveView. */
export function stageMoveView(row: Record<string, unknown>): StageMoveView {
  return {
    id: String(row.id),
    startup: { id: row.startup_id as string },
    fromStage: row.from_stage as Stage | null,
    toStage: row.to_stage as Stage,
    at: instant(row.at as string),
    by: ref(row.by_id as string | null),
    reason: row.reason as string | null,
  };
}
