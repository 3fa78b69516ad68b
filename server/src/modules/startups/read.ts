// Startup and StageMove as GraphQL reads them: entities and plain rows both fit, so the hot list and
// page paths map SQL rows straight to these (see db/rows.ts for why).
import type { Stage } from '@launchpad/shared';
import { instant, ref, type Ref } from '../../kernel';

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
