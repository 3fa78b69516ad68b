// How the app's tables sort their rows: text the Vietnamese way (Intl.Collator('vi'): Đ after D, ă and â after a,
// whatever the browser's own language), digit strings and numbers by value, empty cells last in either direction.
import { compareVietnamese } from '@launchpad/shared';

/** A column's sort key: a dotted path into the row ('startup.name') or a function of the row. */
export type SortField = string | ((row: never) => unknown) | null | undefined;

function valueAt(row: unknown, field: Exclude<SortField, null | undefined>): unknown {
  if (typeof field === 'function') return (field as (row: unknown) => unknown)(row);
  let value: unknown = row;
  for (const key of field.split('.')) value = (value as Record<string, unknown> | null | undefined)?.[key];
  return value;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/** Compares two cells of one column, ascending; empty cells are not compared here. */
export function compareCells(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return compareVietnamese(a, b);
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  const x = a as number | bigint | boolean | string;
  const y = b as number | bigint | boolean | string;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The rows in the order of `field` (1: ascending, -1: descending); the input order breaks ties. */
export function sortRows<T>(rows: readonly T[], field: SortField, order: number | null | undefined): T[] {
  if (!field || !order) return [...rows];
  const keyed = rows.map((row) => ({ row, key: valueAt(row, field) }));
  keyed.sort((p, q) => {
    const emptyP = isEmpty(p.key);
    const emptyQ = isEmpty(q.key);
    if (emptyP || emptyQ) return emptyP === emptyQ ? 0 : emptyP ? 1 : -1;
    return compareCells(p.key, q.key) * (order < 0 ? -1 : 1);
  });
  return keyed.map((entry) => entry.row);
}
