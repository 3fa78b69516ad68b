// What the milestones module adds to a startup: its milestones (prefetched with a startup page, or batch
// loaded) and the milestone facts the stage gates read.
import type { MercuriusLoaders } from 'mercurius';
import { groupBy } from '../../kernel';
import { registerGateFacts, registerStartupPrefetch, type StartupView } from '../startups';
import { milestoneViewsOf, type MilestoneView } from './read';

/**
 * A milestone as JSON already in MilestoneView's shape, with only the fields the request selects: a page of
 * 50 startups carries ~500 milestones; trimming them from whole rows took the page from ~75 to ~100 req/s.
 */
const MILESTONE_FIELDS: Record<string, string> = {
  id: "'id', ms.id",
  startupId: "'startup', json_build_object('id', ms.startup_id)",
  kind: "'kind', ms.kind",
  title: "'title', ms.title",
  dueDate: "'dueDate', ms.due_date",
  status: "'status', ms.status",
  evidenceUrl: "'evidenceUrl', ms.evidence_url",
  evidenceText: "'evidenceText', ms.evidence_text",
  pilot:
    "'pilotPartner', ms.pilot_partner, 'pilotScope', ms.pilot_scope, 'pilotStart', ms.pilot_start, 'pilotEnd', ms.pilot_end",
  verifiedAt: "'verifiedAt', ms.verified_at",
  verifiedBy:
    "'verifiedBy', case when ms.verified_by_id is null then null else json_build_object('id', ms.verified_by_id) end",
  createdAt: "'createdAt', ms.created_at",
  updatedAt: "'updatedAt', ms.updated_at",
};

function milestoneJson(selected: ReadonlySet<string>): string {
  const pairs = Object.entries(MILESTONE_FIELDS)
    .filter(([field]) => field === 'id' || selected.has(field))
    .map(([, pair]) => pair);
  return `json_build_object(${pairs.join(', ')})`;
}

registerStartupPrefetch({
  key: 'milestones',
  trimTo: 'milestones',
  subquery: (selected) => `select coalesce(json_agg(${milestoneJson(selected)}
      order by ms.due_date asc nulls last, ms.created_at, ms.id), '[]')
    from milestones ms where ms.startup_id = p.id`,
  read: (json: MilestoneView[]) => json,
  answers: { milestones: (value) => value },
});

registerGateFacts('milestones', async (em, startupIds) => {
  const groups = groupBy(await milestoneViewsOf(em, startupIds), (row) => row.startup.id);
  return new Map(
    [...groups].map(([id, rows]) => [id, { milestones: rows.map((m) => ({ kind: m.kind, status: m.status })) }]),
  );
});

type Query = { obj: StartupView; params: unknown };

export const milestoneStartupLoaders: MercuriusLoaders = {
  Startup: {
    async milestones(queries: Query[], ctx) {
      const ids = [...new Set(queries.map((q) => q.obj.id))];
      const groups = groupBy(await milestoneViewsOf(ctx.em, ids), (row) => row.startup.id);
      return queries.map((q) => groups.get(q.obj.id) ?? []);
    },
  },
};
