// The Milestone as GraphQL reads it: entities and plain rows both fit (see db/rows.ts for why rows).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MilestoneKind, MilestoneStatus } from '@launchpad/shared';
import { instant, optionalInstant, placeholders, ref, type Ref } from '../../kernel';
import type { Milestone } from './entities';

/**
 * Timestamps are Dates, or ISO text when a startup page prefetched its milestones as JSON (the DateTime
 * scalar takes both); a prefetched milestone carries only the fields its request selects.
 */
export interface MilestoneView {
  id: string;
  startup: Ref;
  kind: MilestoneKind;
  title: string;
  dueDate?: string | null;
  status: MilestoneStatus;
  evidenceUrl?: string | null;
  evidenceText?: string | null;
  pilotPartner?: string | null;
  pilotScope?: string | null;
  pilotStart?: string | null;
  pilotEnd?: string | null;
  verifiedAt?: Date | string | null;
  verifiedBy?: Ref | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

export interface MilestoneRow {
  id: string;
  startup_id: string;
  kind: MilestoneKind;
  title: string;
  due_date: string | null;
  status: MilestoneStatus;
  evidence_url: string | null;
  evidence_text: string | null;
  pilot_partner: string | null;
  pilot_scope: string | null;
  pilot_start: string | null;
  pilot_end: string | null;
  verified_at: string | null;
  verified_by_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A `milestones` row (or its to_json) as a MilestoneView. */
export function milestoneView(row: MilestoneRow): MilestoneView {
  return {
    id: row.id,
    startup: { id: row.startup_id },
    kind: row.kind,
    title: row.title,
    dueDate: row.due_date,
    status: row.status,
    evidenceUrl: row.evidence_url,
    evidenceText: row.evidence_text,
    pilotPartner: row.pilot_partner,
    pilotScope: row.pilot_scope,
    pilotStart: row.pilot_start,
    pilotEnd: row.pilot_end,
    verifiedAt: optionalInstant(row.verified_at),
    verifiedBy: ref(row.verified_by_id),
    createdAt: instant(row.created_at),
    updatedAt: instant(row.updated_at),
  };
}

/** A milestone entity (what a mutation wrote) as a MilestoneView. */
export function milestoneViewOf(m: Milestone): MilestoneView {
  return {
    id: m.id,
    startup: { id: m.startup.id },
    kind: m.kind,
    title: m.title,
    dueDate: m.dueDate ?? null,
    status: m.status,
    evidenceUrl: m.evidenceUrl ?? null,
    evidenceText: m.evidenceText ?? null,
    pilotPartner: m.pilotPartner ?? null,
    pilotScope: m.pilotScope ?? null,
    pilotStart: m.pilotStart ?? null,
    pilotEnd: m.pilotEnd ?? null,
    verifiedAt: m.verifiedAt ?? null,
    verifiedBy: ref(m.verifiedBy?.id),
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

/** Every milestone of these startups, due date first (undated last), in one statement. */
export async function milestoneViewsOf(em: EntityManager, startupIds: readonly string[]): Promise<MilestoneView[]> {
  if (startupIds.length === 0) return [];
  const rows = await em.execute<MilestoneRow[]>(
    `select * from milestones where startup_id in (${placeholders(startupIds)})
      order by due_date asc nulls last, created_at asc, id asc`,
    [...startupIds],
  );
  return rows.map(milestoneView);
}
