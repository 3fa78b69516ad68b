// Ids as the database stores them (UUIDs): the one pattern and the one validation every module uses.
import { badInput } from '@launchpad/shared';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** An id argument; anything else is BAD_USER_INPUT naming the field, never a database error. */
export function requireId(field: string, value: unknown): string {
  if (!isId(value)) throw badInput(field, `${field} is not a valid id.`);
  return value.toLowerCase();
}

export function optionalId(field: string, value: unknown): string | null {
  return value === null || value === undefined ? null : requireId(field, value);
}

/** A PostgreSQL uuid[] literal from ids; anything that is not an id is left out. */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.filter(isId).join(',')}}`;
}
