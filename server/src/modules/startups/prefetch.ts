// Nested fields of the hot startup pages fetched in the page's own statement, as one JSON subquery per
// field and row (as the raw-SQL floor does): the page costs one round trip instead of one per nested field.
// Those fields answer from what was prefetched and go to their loaders only for what was not. The startup's
// own parts are registered here; other modules register theirs through the door (contributors.ts).
import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { selectedFields } from '../../graphql/selection';
import { cohortView, type CohortRow } from '../cohorts';
import type { UserView } from '../users';
import { registerStartupPrefetch, startupPrefetchContributors } from './contributors';
import { stageMoveView, type StartupView } from './read';

// Bigints travel as text inside JSON: a JSON number would lose whole dong above 2^53.
const STAGE_MOVE_JSON = `json_build_object('id', sm.id::text, 'startup_id', sm.startup_id, 'from_stage', sm.from_stage,
  'to_stage', sm.to_stage, 'at', sm.at, 'by_id', sm.by_id, 'reason', sm.reason)`;

const same = (value: unknown) => value;

registerStartupPrefetch({
  key: 'cohort',
  subquery: () => 'select to_json(c) from cohorts c where c.id = p.cohort_id',
  read: (json: CohortRow | null) => (json ? cohortView(json) : null),
  answers: { cohort: same },
});
registerStartupPrefetch({
  key: 'founders',
  subquery: () => `select coalesce(json_agg(json_build_object('id', u.id, 'email', u.email, 'role', u.role,
      'displayName', u.display_name, 'active', u.active) order by m.joined_at, m.id), '[]')
    from startup_members m join users u on u.id = m.user_id where m.startup_id = p.id`,
  read: (json: UserView[]) => json,
  answers: { founders: same },
});
registerStartupPrefetch({
  key: 'latestStageMove',
  subquery: () => `select ${STAGE_MOVE_JSON} from stage_moves sm where sm.startup_id = p.id
    order by sm.at desc, sm.id desc limit 1`,
  read: (json: Record<string, unknown> | null) => (json ? stageMoveView(json) : null),
  answers: { latestStageMove: same },
});
registerStartupPrefetch({
  key: 'stageHistory',
  subquery: () => `select coalesce(json_agg(${STAGE_MOVE_JSON} order by sm.at, sm.id), '[]')
    from stage_moves sm where sm.startup_id = p.id`,
  read: (json: Record<string, unknown>[]) => json.map(stageMoveView),
  answers: { stageHistory: same },
});

/** What to fetch with the startups themselves: the contributors whose fields are selected, and their subfields. */
export interface PrefetchPlan {
  keys: string[];
  selections: ReadonlyMap<string, ReadonlySet<string>>;
}

export const NO_PREFETCH: PrefetchPlan = { keys: [], selections: new Map() };

/** The plan for the Startup objects found at `path` below the resolving field (e.g. edges.node). */
export function prefetchPlan(info: GraphQLResolveInfo, path: readonly string[] = []): PrefetchPlan {
  const selected = selectedFields(info, path);
  const keys: string[] = [];
  const selections = new Map<string, ReadonlySet<string>>();
  for (const contributor of startupPrefetchContributors()) {
    if (!Object.keys(contributor.answers).some((field) => selected.has(field))) continue;
    keys.push(contributor.key);
    const trimTo = contributor.trimTo;
    if (trimTo) {
      selections.set(contributor.key, selected.has(trimTo) ? selectedFields(info, [...path, trimTo]) : new Set());
    }
  }
  return { keys, selections };
}

function contributor(key: string) {
  const found = startupPrefetchContributors().find((c) => c.key === key);
  if (!found) throw new Error(`no startup prefetch contributor ${key}`);
  return found;
}

/** `, (…) as "pf_founders", …` for the select list over the page row `p`. */
export function prefetchColumns(plan: PrefetchPlan): string {
  return plan.keys
    .map((key) => `, (${contributor(key).subquery(plan.selections.get(key) ?? new Set())}) as "pf_${key}"`)
    .join('');
}

// On the view under a symbol (GraphQL and the loader cache key never see it), not in a WeakMap: a
// WeakMap's entries survive young-generation collections, which promoted every page's nested data.
const PREFETCHED = Symbol('prefetched');
type Carrying = StartupView & { [PREFETCHED]?: Record<string, unknown> };

/** Keeps the prefetched columns of a page row for its startup's nested fields (answerPrefetchedFirst). */
export function keepPrefetched(view: StartupView, row: Record<string, unknown>, plan: PrefetchPlan) {
  if (plan.keys.length === 0) return view;
  const data: Record<string, unknown> = {};
  for (const key of plan.keys) data[key] = contributor(key).read(row[`pf_${key}`] as never);
  (view as Carrying)[PREFETCHED] = data;
  return view;
}

/**
 * Makes every contributed Startup field answer synchronously from the prefetched data when the startup's
 * statement carried it, and through its batch loader otherwise. Skipping the loader matters on a page
 * of 50: it spares ~200 loader calls, their cache keys and promises per request.
 */
export function answerPrefetchedFirst(schema: GraphQLSchema): void {
  const startup = schema.getType('Startup');
  if (!isObjectType(startup)) throw new Error('the schema has no Startup type');
  const fields = startup.getFields();
  for (const { key, answers } of startupPrefetchContributors()) {
    for (const [name, answer] of Object.entries(answers)) {
      const field = fields[name];
      const viaLoader = field?.resolve;
      if (!field || !viaLoader) throw new Error(`Startup.${name} has no loader to fall back on`);
      field.resolve = (obj: StartupView, args, ctx, info) => {
        const data = (obj as Carrying)[PREFETCHED];
        return data && key in data ? answer(data[key]) : viaLoader(obj, args, ctx, info);
      };
    }
  }
}
