// A recorded checklist item as the startup's checklist reads it, and the ChecklistItem view GraphQL reads (see db/rows.ts for why plain rows).
import type { EntityManager } from '@mikro-orm/postgresql';
import { PLATFORM_CHECKLIST_ITEMS, type PlatformChecklistItem } from '@launchpad/shared';
import { instant, placeholders } from '../../kernel';

export interface ChecklistRow {
  kind: string;
  doneDate?: string | null;
  evidence?: string | null;
  enterpriseCode?: string | null;
  updatedAt?: Date | null;
}

/** Columns (or JSON keys) already named as ChecklistRow's fields, with `updatedAt` still as text. */
export type ChecklistRecord = Omit<ChecklistRow, 'updatedAt'> & { updatedAt: string };

export function checklistRow(record: ChecklistRecord): ChecklistRow {
  return { ...record, updatedAt: instant(record.updatedAt) };
}

/** Every recorded item of these startups, in one statement. */
export async function checklistRowsOf(
  em: EntityManager,
  startupIds: readonly string[],
): Promise<(ChecklistRow & { startupId: string })[]> {
  if (startupIds.length === 0) return [];
  const records = await em.execute<(ChecklistRecord & { startupId: string })[]>(
    `select startup_id as "startupId", kind, done_date as "doneDate", evidence,
            enterprise_code as "enterpriseCode", updated_at as "updatedAt"
       from checklist_items where startup_id in (${placeholders(startupIds)})`,
    [...startupIds],
  );
  return records.map((record) => ({ ...checklistRow(record), startupId: record.startupId }));
}

export interface ChecklistItemView {
  kind: PlatformChecklistItem;
  done: boolean;
  doneDate: string | null;
  evidence: string | null;
  enterpriseCode: string | null;
  updatedAt: Date | null;
}

/** Every checklist item of a startup, the unrecorded ones as not done. */
export function checklistView(rows: readonly ChecklistRow[]): ChecklistItemView[] {
  return PLATFORM_CHECKLIST_ITEMS.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    return {
      kind,
      done: !!row?.doneDate,
      doneDate: row?.doneDate ?? null,
      evidence: row?.evidence ?? null,
      enterpriseCode: row?.enterpriseCode ?? null,
      updatedAt: row?.updatedAt ?? null,
    };
  });
}

/** The enterprise code recorded with the business registration, if any. */
export function enterpriseCodeOf(rows: readonly ChecklistRow[]): string | null {
  return rows.find((row) => row.kind === 'BUSINESS_REGISTRATION')?.enterpriseCode ?? null;
}
