// What other modules add to a startup without the startups module importing them: the nested fields a
// startup page's own statement can carry (prefetch contributors) and the facts the stage gates read.
// Each contributing module registers here through the startups door when it is loaded.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { StartupGateSnapshot } from '@launchpad/shared';

/**
 * A nested part of a startup fetched with the page: one JSON subquery over the page row `p`, how its
 * JSON becomes the value, and which Startup fields answer from that value.
 */
export interface PrefetchContributor<Value = unknown> {
  /** The column the page carries it in (`pf_<key>`). */
  key: string;
  /** The subquery; `selected` holds the subfields asked for under `trimTo` (empty without `trimTo`). */
  subquery: (selected: ReadonlySet<string>) => string;
  /** A Startup field whose selected subfields the subquery may trim its JSON to. */
  trimTo?: string;
  read: (json: never) => Value;
  /** Startup field → its answer from the value. */
  answers: Record<string, (value: Value) => unknown>;
}

const prefetchContributors = new Map<string, PrefetchContributor>();

export function registerStartupPrefetch<Value>(contributor: PrefetchContributor<Value>): void {
  prefetchContributors.set(contributor.key, contributor as PrefetchContributor);
}

export function startupPrefetchContributors(): PrefetchContributor[] {
  return [...prefetchContributors.values()];
}

/** What the stage gates read of a startup beyond its own row. */
export type GateFacts = Pick<StartupGateSnapshot, 'milestones' | 'enterpriseCode'>;
export type GateFactsReader = (
  em: EntityManager,
  startupIds: readonly string[],
) => Promise<Map<string, Partial<GateFacts>>>;

const gateFactsReaders = new Map<string, GateFactsReader>();

/** `name` is the contributing module (one reader each). */
export function registerGateFacts(name: string, reader: GateFactsReader): void {
  gateFactsReaders.set(name, reader);
}

/** The gate facts of these startups, every startup answered (no milestones and no code when nobody says). */
export async function gateFactsOf(em: EntityManager, startupIds: readonly string[]): Promise<Map<string, GateFacts>> {
  const facts = new Map<string, GateFacts>(startupIds.map((id) => [id, { milestones: [], enterpriseCode: null }]));
  if (startupIds.length === 0) return facts;
  for (const reader of gateFactsReaders.values()) {
    for (const [id, part] of await reader(em, startupIds)) {
      const current = facts.get(id);
      if (current) facts.set(id, { ...current, ...part });
    }
  }
  return facts;
}
