// Which fields a request selects below the current one, so a list resolver can fetch nested data in the
// same statement as the list (the hot pages) instead of one loader round trip per nested field.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function collect(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  path: readonly string[],
  into: Set<string>,
): void {
  if (!selectionSet) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (path.length === 0) into.add(selection.name.value);
      else if (selection.name.value === path[0]) collect(selection.selectionSet, info, path.slice(1), into);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, info, path, into);
    } else {
      collect(info.fragments[selection.name.value]?.selectionSet, info, path, into);
    }
  }
}

/** Names of the fields selected at `path` below the resolving field (fragments included). */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  const fields = new Set<string>();
  for (const node of info.fieldNodes) collect(node.selectionSet, info, path, fields);
  return fields;
}
