// PostgreSQL text cannot hold U+0000: a string carrying one fails at the wire protocol ("invalid message
// format") wherever it reaches SQL, even in a plain lookup such as login's. No real input has one, so the
// endpoint refuses it before any resolver runs, naming the field — in variables and in inline literals.
import { createRequire } from 'node:module';
import type * as GraphQLModule from 'graphql';
import { Kind, type ASTVisitor, type ValidationContext, type ValidationRule, type ValueNode } from 'graphql';
import { badInput } from '@launchpad/shared';

// The CommonJS graphql that mercurius validates with (see limits.ts).
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof GraphQLModule;

const NUL = '\u0000';

function nulMessage(field: string): string {
  return `${field} must not contain a NUL character.`;
}

/** The name of the first field (the innermost key above it) whose string value holds a NUL, or null. */
export function fieldWithNul(value: unknown, field: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? field : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = fieldWithNul(item, field);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = fieldWithNul(item, key);
      if (found) return found;
    }
  }
  return null;
}

/** Mercurius preExecution hook: refuses variables whose strings hold a NUL (they change per request). */
export async function refuseNulInVariables(
  _schema: unknown,
  _document: unknown,
  _context: unknown,
  variables: Record<string, unknown> | undefined,
): Promise<void> {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const field = fieldWithNul(value, name);
    if (field) throw badInput(field, nulMessage(field));
  }
}

/** Validation rule: refuses inline string literals holding a NUL (cached with the document, like all rules). */
export const NoNulInLiteralsRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Argument(node) {
    const field = fieldWithNul(literalStrings(node.value), node.name.value);
    if (field) context.reportError(new GraphQLError(nulMessage(field), { nodes: [node] }));
  },
});

/** The plain strings inside a literal value, keyed by their object fields, for fieldWithNul. */
function literalStrings(value: ValueNode): unknown {
  switch (value.kind) {
    case Kind.STRING:
      return value.value;
    case Kind.LIST:
      return value.values.map(literalStrings);
    case Kind.OBJECT:
      return Object.fromEntries(value.fields.map((entry) => [entry.name.value, literalStrings(entry.value)]));
    default:
      return null;
  }
}
