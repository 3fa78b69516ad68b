// The KPI figures, live: an in-process cache of the dashboard's parts (the engine's figure families and the
// fund's compliance) keyed by period, of which a KPI_CHANGED event clears the parts its mutations can move
// (PARTS_MOVED_BY), and that event pushed to subscribers (`kpiChanged`). The event travels through
// Mercurius' emitter, which is Redis-backed when REDIS_URL is set, so a write on one instance clears
// the cache of every instance and reaches every instance's subscribers.
//
// Which writes move the KPIs? Any successful GraphQL mutation except the account ones: stage moves,
// rounds, commitments and target changes, but also new startups (funnel), sector edits, cohort
// assignments and milestone reviews (breakdowns). A Mercurius hook publishes after the resolver
// returned, i.e. after the service's transaction committed, so no module has to remember to do it.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { MercuriusContext } from 'mercurius';
import {
  Kind,
  getArgumentValues,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { cachedHanoiToday } from '@launchpad/shared';
import {
  KPI_FAMILIES,
  assembleDashboard,
  assembleSummary,
  loadCapital,
  loadFunnel,
  loadIncubation,
  loadMilestones,
  loadPrivateCommitted,
  loadStartups,
  windowsOf,
  type KpiFamilies,
  type KpiFamily,
  type KpiPeriod,
} from './engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { KeptCompliance } from './fund-compliance';
import { loadTargets } from './service';
import type { KpiChangeView, KpiDashboardView, KpiSummaryView } from './read';

export const KPI_CHANGED = 'KPI_CHANGED';

/** Mutations that change nothing the KPIs read. */
const NOT_KPI_WRITES = new Set(['login', 'logout', 'changePassword', 'createUser', 'setUserActive']);

/** What the dashboard reads: the engine's families and the fund's compliance (one entry for every period). */
export type KpiPart = KpiFamily | 'compliance';
const EVERY_PART: readonly KpiPart[] = [...KPI_FAMILIES, 'compliance'];

/**
 * The parts each mutation can move, from the tables its service writes (engine.ts says which tables each
 * family reads). A mutation not listed here — including one added later that nobody listed — moves every
 * part. tests/api/kpi-invalidation.test.ts checks each listed write against a dashboard computed afresh.
 */
export const PARTS_MOVED_BY: Readonly<Record<string, readonly KpiPart[]>> = {
  // kpi_targets only.
  updateKpiTarget: ['targets'],
  // startups.stage and a stage_moves row: the funnel and first incubations.
  moveStartup: ['stages', 'incubation'],
  // A startups row (and its first stage move): counted in the funnel and the breakdowns.
  createStartup: ['stages', 'startups', 'incubation'],
  // startups.cohort_id: every by-cohort figure.
  assignStartupToCohort: ['startups', 'incubation', 'capital', 'milestones'],
  // A cohort's name and dates: the by-cohort rows' names and order.
  createCohort: ['startups'],
  updateCohort: ['startups'],
  // milestones rows.
  createMilestone: ['milestones'],
  updateMilestone: ['milestones'],
  verifyMilestone: ['milestones'],
  // checklist_items: read by no figure.
  updateChecklistItem: [],
  // A sector's names.
  createSector: ['startups'],
  renameSector: ['startups'],
  // A round and its participations: capital mobilized, and the fund's cash, holdings and stakes.
  recordFundingRound: ['capital', 'compliance'],
  // A fund's exit or write-off: its holdings and stakes.
  recordExit: ['compliance'],
  // A pay-in: the fund's paid-in capital and cash.
  payInCapital: ['compliance'],
  // valuation_marks: read by no figure (compliance counts stakes, not values).
  recordValuation: [],
};

/**
 * For the writes that move the compliance part: the startups whose cap tables (rounds, exits) a call changes,
 * from its arguments. The compliance kept per startup is replayed again for those only; a change with a
 * mutation that moves compliance and is not listed here replays every startup.
 */
export const CAP_TABLES_CHANGED_BY: Readonly<Record<string, (args: Record<string, unknown>) => unknown[]>> = {
  recordFundingRound: (args) => [(args.input as { startupId?: unknown } | undefined)?.startupId],
  recordExit: (args) => [(args.input as { startupId?: unknown } | undefined)?.startupId],
  payInCapital: () => [],
};

/** The parts a change (its mutations, comma-separated) may have moved. */
export function partsMovedBy(reason: string): Set<KpiPart> {
  const fields = reason === '' ? [] : reason.split(',');
  if (fields.length === 0 || fields.some((field) => !Object.hasOwn(PARTS_MOVED_BY, field))) return new Set(EVERY_PART);
  return new Set(fields.flatMap((field) => PARTS_MOVED_BY[field]!));
}

/** How many entries to keep (a few per period); the board mostly asks for a handful of periods. */
const MAX_ENTRIES = 256;

/** Mercurius' PubSub as it is at runtime (its typings only show the per-subscription view). */
// Mercurius types app.graphql.pubsub as its per-subscription context (subscribe(topics) → stream), while the
// object is its PubSub, whose subscribe feeds a queue; publish is typed as it is. Only subscribe needs this shape.
interface RawPubSub {
  subscribe(topic: string, queue: { push(value: never): void; close: (() => void)[] }): Promise<void>;
}

export interface KpiLive {
  dashboard(period: KpiPeriod): Promise<KpiDashboardView>;
  summary(period: KpiPeriod): Promise<KpiSummaryView>;
  /** Announce a committed write that moves the KPIs (clears every instance's cache, notifies subscribers). */
  changed(reason: string, startupIds?: readonly string[]): Promise<void>;
  /** Drop what a change (its mutations, comma-separated) may have moved, on this instance. */
  forget(reason: string, startupIds?: readonly string[]): void;
  /** Drop all of this instance's cached figures. */
  invalidate(): void;
  /** Moves on every forget/invalidate: an answer built from the figures at generation g is stale once it moved. */
  generation(): number;
}

declare module 'fastify' {
  interface FastifyInstance {
    kpi: KpiLive;
  }
}

/** Promises of computed figures by key; one computation per key at a time, all dropped on a change. */
class FigureCache {
  private entries = new Map<string, Promise<unknown>>();

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key) as Promise<T> | undefined;
    if (hit) return hit;
    const pending = compute();
    this.entries.set(key, pending);
    // A failed computation is not remembered; a stale one is already gone if a change cleared the map.
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return pending;
  }

  clear(keep?: (key: string) => boolean): void {
    if (!keep) return this.entries.clear();
    for (const key of [...this.entries.keys()]) if (!keep(key)) this.entries.delete(key);
  }
}

/** One top-level field of a mutation: its response key, its name, and the cap tables it changes (null: unknown). */
interface MutationCall {
  key: string;
  name: string;
  capTables: string[] | null;
}

function mutationCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): MutationCall[] {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation',
  );
  return operations.flatMap((operation) =>
    operation.selectionSet.selections.flatMap((selection) =>
      selection.kind === Kind.FIELD
        ? [
            {
              key: selection.alias?.value ?? selection.name.value,
              name: selection.name.value,
              capTables: capTablesOf(schema, selection, variables),
            },
          ]
        : [],
    ),
  );
}

/** The startups a call names as the ones whose cap tables it changes; null when that is not known. */
function capTablesOf(schema: GraphQLSchema, field: FieldNode, variables?: Record<string, unknown>): string[] | null {
  const named = Object.hasOwn(CAP_TABLES_CHANGED_BY, field.name.value) ? CAP_TABLES_CHANGED_BY[field.name.value] : null;
  const definition = schema.getMutationType()?.getFields()[field.name.value];
  if (!named || !definition) return null;
  try {
    const ids = named(getArgumentValues(definition, field, variables ?? {}));
    return ids.every((id): id is string => typeof id === 'string') ? ids : null;
  } catch {
    return null; // arguments the execution will refuse anyway
  }
}

/** The startups whose cap tables the calls that move compliance changed; undefined if one of them cannot say. */
function capTablesChanged(calls: readonly MutationCall[]): string[] | undefined {
  const ids = new Set<string>();
  for (const call of calls) {
    if (!partsMovedBy(call.name).has('compliance')) continue;
    if (!call.capTables) return undefined;
    for (const id of call.capTables) ids.add(id);
  }
  return [...ids];
}

function createKpiLive(app: FastifyInstance): KpiLive {
  const cache = new FigureCache();
  const compliance = new KeptCompliance();
  // The date is read on every request; formatting it in the timezone once a second (of the app's clock) is plenty.
  const today = cachedHanoiToday(() => app.clock());

  // One cache entry per part (and period where the part depends on it), keyed "part|…"; each is computed on
  // its own pooled connection, so the parts a write moved are recomputed concurrently and the rest are kept.
  const part = <T>(name: KpiPart, key: string, compute: (em: EntityManager) => Promise<T>): Promise<T> =>
    cache.get(`${name}|${key}`, () => compute(app.orm.em.fork()));

  const headline = (period: KpiPeriod, asOf: string) => {
    const windows = windowsOf(period, asOf);
    const key = `${period.from}:${period.to}:${asOf}`;
    return Promise.all([
      part('targets', '', loadTargets),
      part('incubation', key, (em) => loadIncubation(em, windows)),
      part('capital', key, (em) => loadCapital(em, windows)),
    ]);
  };

  let generation = 0;
  /** Forget what a change may have moved; the assembled answers ("answer|…") go on every change. */
  const forget = (reason: string, startupIds?: readonly string[]) => {
    generation++;
    const moved = partsMovedBy(reason);
    if (moved.has('compliance')) compliance.forget(startupIds);
    cache.clear((key) => {
      const name = key.slice(0, key.indexOf('|'));
      return name !== 'answer' && !moved.has(name as KpiPart);
    });
  };

  const live: KpiLive = {
    dashboard(period) {
      const asOf = today();
      return cache.get(`answer|dashboard:${period.from}:${period.to}:${asOf}`, async () => {
        const windows = windowsOf(period, asOf);
        const [[loaded, incubation, capital], stages, startups, milestones, privateCommitted, funds] =
          await Promise.all([
            headline(period, asOf),
            part('stages', asOf, loadFunnel),
            part('startups', asOf, loadStartups),
            part('milestones', asOf, loadMilestones),
            part('private', `${period.from}:${period.to}:${asOf}`, (em) => loadPrivateCommitted(em, windows)),
            part('compliance', '', (em) => compliance.rows(em)),
          ]);
        const parts: KpiFamilies = { ...loaded, stages, startups, incubation, capital, milestones, privateCommitted };
        return { ...assembleDashboard(period, asOf, parts), fundCompliance: funds };
      });
    },
    summary(period) {
      const asOf = today();
      return cache.get(`answer|summary:${period.from}:${period.to}:${asOf}`, async () => {
        const [loaded, incubation, capital] = await headline(period, asOf);
        return assembleSummary(period, asOf, { plans: loaded.plans, incubation, capital });
      });
    },
    async changed(reason, startupIds) {
      // Forget here at once (read-your-writes on this instance), then tell every instance and subscriber.
      forget(reason, startupIds);
      const change: KpiChangeView = { reason, at: app.clock(), ...(startupIds ? { startupIds: [...startupIds] } : {}) };
      await new Promise<void>((resolve) =>
        app.graphql.pubsub.publish({ topic: KPI_CHANGED, payload: { kpiChanged: change } }, () => resolve()),
      );
    },
    forget,
    invalidate: () => {
      generation++;
      cache.clear();
      compliance.forget();
    },
    generation: () => generation,
  };
  return live;
}

export const kpiPlugin = fp(
  async (app) => {
    const live = createKpiLive(app);
    app.decorate('kpi', live);

    // Every instance clears its cache on every instance's change (the emitter may be Redis).
    // Mercurius' PubSub feeds a subscriber "queue" (push/destroyed/readableEnded/close); this one just clears.
    const listener = {
      push: (payload: { kpiChanged?: Partial<KpiChangeView> }) =>
        live.forget(payload.kpiChanged?.reason ?? '', payload.kpiChanged?.startupIds),
      destroyed: false,
      readableEnded: false,
      close: [] as (() => void)[],
    };
    await (app.graphql.pubsub as unknown as RawPubSub).subscribe(KPI_CHANGED, listener);
    app.addHook('onClose', async () => {
      for (const close of listener.close) close();
    });

    // Publish after each successful KPI-moving mutation (its transaction has committed by then).
    const pending = new WeakMap<object, MutationCall[]>();
    app.graphql.addHook('preExecution', async (schema, document, context, variables) => {
      const calls = mutationCalls(schema, document, variables).filter((call) => !NOT_KPI_WRITES.has(call.name));
      if (calls.length > 0) pending.set(context, calls);
    });
    app.graphql.addHook('onResolution', async (execution, context: MercuriusContext) => {
      const calls = pending.get(context);
      if (!calls) return;
      pending.delete(context);
      const data = (execution.data ?? {}) as Record<string, unknown>;
      const landed = calls.filter((call) => data[call.key] != null);
      if (landed.length === 0) return;
      await live
        .changed([...new Set(landed.map((call) => call.name))].join(','), capTablesChanged(landed))
        .catch((error: unknown) => {
          app.log.warn({ err: error }, 'could not publish the KPI change');
        });
    });
  },
  { name: 'kpi', dependencies: ['graphql', 'database'] },
);
