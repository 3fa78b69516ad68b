// Cursor pagination for every list: the page size check, opaque cursors, and the connection shape.
import { badInput } from '@launchpad/shared';

/** `first` within [min, max] (default when absent); anything else is BAD_USER_INPUT on `first`. */
export function pageSize(
  first: number | null | undefined,
  limits: { default: number; max: number; min?: number },
): number {
  const min = limits.min ?? 1;
  const size = first ?? limits.default;
  if (!Number.isInteger(size) || size < min || size > limits.max) {
    throw badInput('first', `first must be between ${min} and ${limits.max}.`);
  }
  return size;
}

/** An opaque cursor carrying the sort key parts of the last row seen. */
export function encodeCursor(parts: readonly string[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/**
 * The parts of a cursor, checked by `read` (which answers null for parts it does not accept);
 * anything that is not a cursor of this list is BAD_USER_INPUT on `after`.
 */
export function decodeCursor<T>(after: string, read: (parts: unknown[]) => T | null, message: string): T {
  try {
    const parts = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown;
    const value = Array.isArray(parts) ? read(parts) : null;
    if (value !== null) return value;
  } catch {
    // fall through to the refusal below
  }
  throw badInput('after', message);
}

/** A page fetched with `first + 1` rows: its edges, whether more follow, and the last cursor. */
export function connection<Row, Node>(
  rows: readonly Row[],
  first: number,
  nodeOf: (row: Row) => Node,
  cursorOf: (row: Row, node: Node) => string,
) {
  const edges = rows.slice(0, first).map((row) => {
    const node = nodeOf(row);
    return { cursor: cursorOf(row, node), node };
  });
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
