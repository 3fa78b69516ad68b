// Accent- and case-insensitive search: each searchable table has a generated `search_text` column folded by
// `launchpad_fold` (lower case, no Vietnamese marks, đ → d; migration SearchText), and the term is folded by
// the same function, so "phuong" finds "Phượng" and "dong" finds "Đông". A pg_trgm index serves the `like`.
import type { EntityManager } from '@mikro-orm/postgresql';

/** The Vietnamese sort order (ICU `vi-VN`, created by the SearchText migration) of the name columns lists sort by. */
export const VI_COLLATION = 'vi_icu';

const SEARCHABLE = ['startups', 'challenges', 'applications', 'fund_members', 'users'] as const;
export type SearchableTable = (typeof SEARCHABLE)[number];

/** The SQL condition (one `?` parameter: `searchTerm(text)`) that a row of `alias` matches the term. */
export function searchCondition(alias: string): string {
  return `${alias}.search_text like '%' || launchpad_fold(?) || '%' escape '\\'`;
}

/** The parameter of `searchCondition`: the user's text with `like`'s wildcards taken literally. */
export function searchTerm(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Ids of the rows of `table` matching the term (for lists loaded as entities). */
export async function matchingIds(em: EntityManager, table: SearchableTable, text: string): Promise<string[]> {
  if (!SEARCHABLE.includes(table)) throw new Error(`${table} is not searchable`);
  const rows = await em.execute<{ id: string }[]>(`select t.id from ${table} t where ${searchCondition('t')}`, [
    searchTerm(text),
  ]);
  return rows.map((row) => row.id);
}

/** The trigram index on a table's `search_text` (created by the SearchText migration), declared on its entity. */
export function searchIndex(table: SearchableTable) {
  return {
    name: `${table}_search_text_trgm`,
    expression: `create index "${table}_search_text_trgm" on "${table}" using gin ("search_text" gin_trgm_ops)`,
  };
}
