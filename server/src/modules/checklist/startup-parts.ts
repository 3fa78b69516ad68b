// What the checklist module adds to a startup: its checklist and enterprise code (prefetched with a startup
// page, or batch loaded) and the recorded enterprise code the stage gates read.
import type { MercuriusLoaders } from 'mercurius';
import { groupBy } from '../../kernel';
import { registerGateFacts, registerStartupPrefetch, type StartupView } from '../startups';
import {
  checklistRow,
  checklistRowsOf,
  checklistView,
  enterpriseCodeOf,
  type ChecklistRecord,
  type ChecklistRow,
} from './read';

registerStartupPrefetch({
  key: 'checklist',
  subquery:
    () => `select coalesce(json_agg(json_build_object('kind', ci.kind, 'doneDate', ci.done_date, 'evidence', ci.evidence,
      'enterpriseCode', ci.enterprise_code, 'updatedAt', ci.updated_at)), '[]')
    from checklist_items ci where ci.startup_id = p.id`,
  read: (json: ChecklistRecord[]) => json.map(checklistRow),
  answers: {
    checklist: (rows: ChecklistRow[]) => checklistView(rows),
    enterpriseCode: (rows: ChecklistRow[]) => enterpriseCodeOf(rows),
  },
});

/** The gates count an enterprise code only once the business registration is done. */
registerGateFacts('checklist', async (em, startupIds) => {
  const rows = await checklistRowsOf(em, startupIds);
  const registered = rows.filter((row) => row.kind === 'BUSINESS_REGISTRATION' && row.doneDate);
  return new Map(registered.map((row) => [row.startupId, { enterpriseCode: row.enterpriseCode ?? null }]));
});

type Query = { obj: StartupView; params: unknown };

async function rowsByStartup(em: Parameters<typeof checklistRowsOf>[0], queries: Query[]) {
  return groupBy(await checklistRowsOf(em, [...new Set(queries.map((q) => q.obj.id))]), (row) => row.startupId);
}

export const checklistStartupLoaders: MercuriusLoaders = {
  Startup: {
    async checklist(queries: Query[], ctx) {
      const groups = await rowsByStartup(ctx.em, queries);
      return queries.map((q) => checklistView(groups.get(q.obj.id) ?? []));
    },
    async enterpriseCode(queries: Query[], ctx) {
      const groups = await rowsByStartup(ctx.em, queries);
      return queries.map((q) => enterpriseCodeOf(groups.get(q.obj.id) ?? []));
    },
  },
};
