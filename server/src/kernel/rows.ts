import type { EntitySchema } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

// Plain read rows for hot GraphQL paths: hand-written SQL mapped to small objects instead of ORM
// entities, which cost identity-map registration, reference propagation and a full serialization each
// time Mercurius' loader cache keys them (measured: most of a 50-startup page's CPU time).

/** What a resolver needs of a related record: its id (entities satisfy it too). */
export interface Ref {
  id: string;
}

export function ref(id: string | null | undefined): Ref | null {
  return id ? { id } : null;
}

/** A timestamptz as PostgreSQL's text output or JSON's ISO text (or already a Date), as a Date. */
export function instant(value: string | Date): Date {
  // V8 reads PostgreSQL's text form ('2026-02-11 03:00:00.5+07') as it is, and ISO 8601 from to_json.
  return value instanceof Date ? value : new Date(value);
}

export function optionalInstant(value: string | Date | null | undefined): Date | null {
  return value === null || value === undefined ? null : instant(value);
}

/** `?, ?, ?` for an IN list: one value per `?`, as `em.execute` and db/prepared.ts both bind it. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** Answers each id (in order, nulls kept) with its row's view or null, loading the distinct ids at once. */
export async function viewsByIds<Row extends { id: string }, View>(
  ids: readonly (string | null | undefined)[],
  load: (wanted: string[]) => Promise<Row[]>,
  view: (row: Row) => View,
): Promise<(View | null)[]> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  const rows = wanted.length ? await load(wanted) : [];
  const byId = new Map(rows.map((row) => [row.id, view(row)]));
  return ids.map((id) => (id ? (byId.get(id) ?? null) : null));
}

/** Loads entities by id in one statement and answers each id (in order, nulls kept) with its own or null. */
export async function byIds<T extends { id: string }>(
  em: EntityManager,
  schema: EntitySchema<T, never>,
  ids: readonly (string | null | undefined)[],
): Promise<(T | null)[]> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  const rows = wanted.length === 0 ? [] : ((await em.find(schema as never, { id: { $in: wanted } } as never)) as T[]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => (id ? (byId.get(id) ?? null) : null));
}

/** byIds, each entity found mapped to its module's view (GraphQL reads views, never entities). */
export async function entityViewsByIds<T extends { id: string }, View>(
  em: EntityManager,
  schema: EntitySchema<T, never>,
  ids: readonly (string | null | undefined)[],
  view: (entity: T) => View,
): Promise<(View | null)[]> {
  return (await byIds(em, schema, ids)).map((entity) => (entity ? view(entity) : null));
}

/** Rows grouped by a key, each group in the rows' order. */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
