// Nested fields of the hot startup pages fetched in the page's own statement, as one JSON subquery per
// field and row (as the raw-SQL floor does): the page costs one round trip instead of one per nested field.
// Those fields answer from what was prefetched and go to their loaders only for what was not.
import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { selectedFields } from '../../graphql/selection';
import {
  checklistRow,
  checklistView,
  enterpriseCodeOf,
  type ChecklistRecord,
  type ChecklistRow,
} from '../checklist/views';
import { cohortView, type CohortRow, type CohortView } from '../cohorts/views';
import { metricReportView, type MetricReportRow, type MetricReportView } from '../metrics/views';
import type { MilestoneView } from '../milestones/views';
import type { UserView } from '../users/views';
import { stageMoveView, type StageMoveView, type StartupView } from './views';

interface Prefetched {
  cohort: CohortView | null;
  founders: UserView[];
  milestones: MilestoneView[];
  latestStageMove: StageMoveView | null;
  stageHistory: StageMoveView[];
  checklist: ChecklistRow[];
  metricReports: MetricReportView[];
}
export type Prefetchable = keyof Prefetched;

// Bigints travel as text inside JSON: a JSON number would lose whole dong above 2^53.
const STAGE_MOVE_JSON = `json_build_object('id', sm.id::text, 'startup_id', sm.startup_id, 'from_stage', sm.from_stage,
  'to_stage', sm.to_stage, 'at', sm.at, 'by_id', sm.by_id, 'reason', sm.reason)`;

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

/** One JSON subquery per field over the page row `p`; the same shapes and orders as the loaders. */
const SUBQUERIES: Record<Prefetchable, (plan: PrefetchPlan) => string> = {
  cohort: () => 'select to_json(c) from cohorts c where c.id = p.cohort_id',
  founders: () => `select coalesce(json_agg(json_build_object('id', u.id, 'email', u.email, 'role', u.role,
      'displayName', u.display_name, 'active', u.active) order by m.joined_at, m.id), '[]')
    from startup_members m join users u on u.id = m.user_id where m.startup_id = p.id`,
  milestones: (plan) => `select coalesce(json_agg(${milestoneJson(plan.milestoneFields)}
      order by ms.due_date asc nulls last, ms.created_at, ms.id), '[]')
    from milestones ms where ms.startup_id = p.id`,
  latestStageMove: () => `select ${STAGE_MOVE_JSON} from stage_moves sm where sm.startup_id = p.id
    order by sm.at desc, sm.id desc limit 1`,
  stageHistory: () => `select coalesce(json_agg(${STAGE_MOVE_JSON} order by sm.at, sm.id), '[]')
    from stage_moves sm where sm.startup_id = p.id`,
  checklist:
    () => `select coalesce(json_agg(json_build_object('kind', ci.kind, 'doneDate', ci.done_date, 'evidence', ci.evidence,
      'enterpriseCode', ci.enterprise_code, 'updatedAt', ci.updated_at)), '[]')
    from checklist_items ci where ci.startup_id = p.id`,
  metricReports:
    () => `select coalesce(json_agg(json_build_object('id', mr.id, 'startup_id', mr.startup_id, 'period', mr.period,
      'revenue', mr.revenue::text, 'customers', mr.customers, 'employees', mr.employees,
      'submitted_at', mr.submitted_at, 'submitted_by_id', mr.submitted_by_id) order by mr.period), '[]')
    from metric_reports mr where mr.startup_id = p.id`,
};

const READERS: { [K in Prefetchable]: (json: never) => Prefetched[K] } = {
  cohort: (json: CohortRow | null) => (json ? cohortView(json) : null),
  founders: (json: UserView[]) => json,
  milestones: (json: MilestoneView[]) => json,
  latestStageMove: (json: Record<string, unknown> | null) => (json ? stageMoveView(json) : null),
  stageHistory: (json: Record<string, unknown>[]) => json.map(stageMoveView),
  checklist: (json: ChecklistRecord[]) => json.map(checklistRow),
  metricReports: (json: MetricReportRow[]) => json.map(metricReportView),
};

/** What to fetch with the startups themselves: the nested fields selected, and which milestone fields. */
export interface PrefetchPlan {
  fields: Prefetchable[];
  milestoneFields: ReadonlySet<string>;
}

export const NO_PREFETCH: PrefetchPlan = { fields: [], milestoneFields: new Set() };

/** The plan for the Startup objects found at `path` below the resolving field (e.g. edges.node). */
export function prefetchPlan(info: GraphQLResolveInfo, path: readonly string[] = []): PrefetchPlan {
  const selected = selectedFields(info, path);
  return {
    fields: (Object.keys(SUBQUERIES) as Prefetchable[]).filter((field) => selected.has(field)),
    milestoneFields: selected.has('milestones') ? selectedFields(info, [...path, 'milestones']) : new Set(),
  };
}

/** `, (…) as "pf_founders", …` for the select list over the page row `p`. */
export function prefetchColumns(plan: PrefetchPlan): string {
  return plan.fields.map((field) => `, (${SUBQUERIES[field](plan)}) as "pf_${field}"`).join('');
}

// On the view under a symbol (GraphQL and the loader cache key never see it), not in a WeakMap: a
// WeakMap's entries survive young-generation collections, which promoted every page's nested data.
const PREFETCHED = Symbol('prefetched');
type Carrying = StartupView & { [PREFETCHED]?: Partial<Prefetched> };

/** Keeps the prefetched columns of a page row for its startup's nested fields (answerPrefetchedFirst). */
export function keepPrefetched(view: StartupView, row: Record<string, unknown>, plan: PrefetchPlan) {
  if (plan.fields.length === 0) return view;
  const data: Partial<Record<Prefetchable, unknown>> = {};
  for (const field of plan.fields) data[field] = READERS[field](row[`pf_${field}`] as never);
  (view as Carrying)[PREFETCHED] = data as Partial<Prefetched>;
  return view;
}

/** How a Startup field answers from what was prefetched: most as they are, two derived from the checklist. */
const ANSWERS: Record<string, { from: Prefetchable; answer: (value: never) => unknown }> = {
  cohort: { from: 'cohort', answer: (value) => value },
  founders: { from: 'founders', answer: (value) => value },
  milestones: { from: 'milestones', answer: (value) => value },
  latestStageMove: { from: 'latestStageMove', answer: (value) => value },
  stageHistory: { from: 'stageHistory', answer: (value) => value },
  metricReports: { from: 'metricReports', answer: (value) => value },
  checklist: { from: 'checklist', answer: (rows: ChecklistRow[]) => checklistView(rows) },
  enterpriseCode: { from: 'checklist', answer: (rows: ChecklistRow[]) => enterpriseCodeOf(rows) },
};

/**
 * Makes the Startup fields above answer synchronously from the prefetched data when the startup's
 * statement carried it, and through their batch loader otherwise. Skipping the loader matters on a page
 * of 50: it spares ~200 loader calls, their cache keys and promises per request.
 */
export function answerPrefetchedFirst(schema: GraphQLSchema): void {
  const startup = schema.getType('Startup');
  if (!isObjectType(startup)) throw new Error('the schema has no Startup type');
  const fields = startup.getFields();
  for (const [name, { from, answer }] of Object.entries(ANSWERS)) {
    const field = fields[name];
    const viaLoader = field?.resolve;
    if (!field || !viaLoader) throw new Error(`Startup.${name} has no loader to fall back on`);
    field.resolve = (obj: StartupView, args, ctx, info) => {
      const data = (obj as Carrying)[PREFETCHED];
      return data && from in data ? answer(data[from] as never) : viaLoader(obj, args, ctx, info);
    };
  }
}
