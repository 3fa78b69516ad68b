// graphql-js' OverlappingFieldsCanBeMergedRule compares, one pair at a time, every two fields that answer at the
// same response path once fragments are expanded (to check they can merge), and descends into both selections for
// each pair. That work is quadratic: 200 copies of `cohort { name }` (3 KB, within every other limit) are ~40,000
// comparisons and ~100 ms of CPU. The pairs are counted here first, in one walk of the expanded operation.
import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** Fields seen so far at one response path, and the paths below it. */
interface PathCount {
  fields: number;
  below: Map<string, PathCount>;
}

class PairLimitPassed {}

/**
 * The pairs of fields sharing a response path (alias or name, at every level) in `selectionSet` with inline
 * fragments and fragment spreads expanded, counted until they pass `limit` (then `limit + 1`). Run it after the
 * cost limit has passed: every expanded field costs at least 1, so the walk visits at most `maxCost` fields.
 */
export function sameFieldPairs(document: DocumentNode, selectionSet: SelectionSetNode, limit: number): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const expanding = new Set<string>();
  let pairs = 0;
  const walk = (set: SelectionSetNode, at: PathCount) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        let path = at.below.get(key);
        if (!path) {
          path = { fields: 0, below: new Map() };
          at.below.set(key, path);
        }
        // The new field makes a pair with each field already at this path.
        pairs += path.fields++;
        if (pairs > limit) throw new PairLimitPassed();
        if (selection.selectionSet) walk(selection.selectionSet, path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, at);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Unknown fragments and cycles are graphql-js' own validation errors.
        if (!fragment || expanding.has(name)) continue;
        expanding.add(name);
        walk(fragment.selectionSet, at);
        expanding.delete(name);
      }
    }
  };
  try {
    walk(selectionSet, { fields: 0, below: new Map() });
    return pairs;
  } catch (error) {
    if (error instanceof PairLimitPassed) return limit + 1;
    throw error;
  }
}
