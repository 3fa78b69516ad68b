// Static limits on what one GraphQL document may ask for: depth, cost, aliases, root fields, and
// (in production) no introspection. Plain validation rules, so they hold for cached queries too.
import { createRequire } from 'node:module';
import type * as GraphQLModule from 'graphql';
import {
  Kind,
  type ArgumentNode,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { NoNulInLiteralsRule } from './nul-characters';

// The CommonJS graphql that mercurius validates with: its type checks are `instanceof`, and the ESM copy
// of the same package is another realm (it throws in development and silently answers false otherwise).
const { GraphQLError, NoSchemaIntrospectionCustomRule, getNamedType, getNullableType, isListType } = createRequire(
  import.meta.url,
)('graphql') as typeof GraphQLModule;

export const GRAPHQL_LIMITS = {
  /** Nesting of selection sets below an operation (fragments expanded). */
  maxDepth: 10,
  /** Aliased fields in one document: aliases multiply work without multiplying requests. */
  maxAliases: 20,
  /** Fields directly under one operation. */
  maxRootFields: 15,
  /** Estimated cost: each field 1, a list field multiplies what it selects by its page size. */
  maxCost: 20_000,
  /** Page size assumed for a list field whose `first`/`limit` is a variable or absent. */
  defaultListSize: 20,
  /** Largest page size a literal `first`/`limit` may count as (resolvers cap pages anyway). */
  maxListSize: 200,
  /** Tokens the parser reads before giving up (a 1 MiB body could hold ~500k). */
  maxTokens: 10_000,
} as const;

function limitError(message: string, limit: string) {
  return new GraphQLError(message, { extensions: { limit } });
}

function listSizeOf(args: readonly ArgumentNode[]): number {
  for (const argument of args) {
    if (['first', 'last', 'limit'].includes(argument.name.value) && argument.value.kind === Kind.INT) {
      return Math.min(Math.max(Number(argument.value.value), 1), GRAPHQL_LIMITS.maxListSize);
    }
  }
  return GRAPHQL_LIMITS.defaultListSize;
}

/** The output type of `parent.field`, including the introspection meta fields `__schema` and `__type`. */
function fieldTypeOf(
  context: ValidationContext,
  parentType: GraphQLOutputType | null,
  field: string,
): GraphQLOutputType | null {
  if (field === '__schema') return context.getSchema().getType('__Schema') as GraphQLOutputType;
  if (field === '__type') return context.getSchema().getType('__Type') as GraphQLOutputType;
  const named = parentType ? getNamedType(parentType) : null;
  if (!named || !('getFields' in named)) return null;
  return (named.getFields() as Record<string, { type: GraphQLOutputType } | undefined>)[field]?.type ?? null;
}

interface Measure {
  depth: number;
  cost: number;
}

/** Depth and cost of a selection set, walking fragments (cycles are refused by graphql-js itself). */
function measure(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  parentType: GraphQLOutputType | null,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): Measure {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const fieldType = fieldTypeOf(context, parentType, selection.name.value);
      let childDepth = 0;
      let childCost = 0;
      if (selection.selectionSet) {
        const child = measure(context, selection.selectionSet, fieldType, fragments, seen);
        childDepth = child.depth + 1;
        childCost = child.cost;
      }
      const isList = fieldType ? isListType(getNullableType(fieldType)) : false;
      const multiplier = isList ? listSizeOf(selection.arguments ?? []) : 1;
      cost += 1 + multiplier * childCost;
      depth = Math.max(depth, childDepth);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = (typeName ? context.getSchema().getType(typeName) : parentType) as GraphQLOutputType | null;
      const child = measure(context, selection.selectionSet, type ?? parentType, fragments, seen);
      cost += child.cost;
      depth = Math.max(depth, child.depth);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      const type = context.getSchema().getType(fragment.typeCondition.name.value) as GraphQLOutputType | null;
      const child = measure(context, fragment.selectionSet, type, fragments, new Set(seen).add(name));
      cost += child.cost;
      depth = Math.max(depth, child.depth);
    }
  }
  return { depth, cost };
}

/** Refuses documents that are too deep, too costly, too wide at the root, or alias-heavy. */
export const QueryShapeLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let aliases = 0;
  return {
    Document(node) {
      for (const definition of node.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
    },
    Field(node) {
      if (node.alias) {
        aliases++;
        if (aliases === GRAPHQL_LIMITS.maxAliases + 1) {
          context.reportError(
            limitError(`This request uses more than ${GRAPHQL_LIMITS.maxAliases} aliases; split it up`, 'aliases'),
          );
        }
      }
    },
    OperationDefinition(node) {
      const schema = context.getSchema();
      const root =
        node.operation === 'query'
          ? schema.getQueryType()
          : node.operation === 'mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      const rootFields = node.selectionSet.selections.length;
      if (rootFields > GRAPHQL_LIMITS.maxRootFields) {
        context.reportError(
          limitError(
            `This operation asks for ${rootFields} root fields; at most ${GRAPHQL_LIMITS.maxRootFields} are allowed`,
            'rootFields',
          ),
        );
      }
      const { depth, cost } = measure(context, node.selectionSet, root ?? null, fragments, new Set());
      if (depth > GRAPHQL_LIMITS.maxDepth) {
        context.reportError(
          limitError(
            `This query is nested ${depth} levels deep; at most ${GRAPHQL_LIMITS.maxDepth} are allowed`,
            'depth',
          ),
        );
      }
      if (cost > GRAPHQL_LIMITS.maxCost) {
        context.reportError(
          limitError(
            `This query would cost about ${cost} units; at most ${GRAPHQL_LIMITS.maxCost} are allowed — ask for smaller pages`,
            'cost',
          ),
        );
      }
    },
  };
};

/** The validation rules mercurius adds to graphql-js' own (an array, so the query cache keeps them). */
export function graphqlValidationRules({ production }: { production: boolean }): ValidationRule[] {
  // In production the schema is not for browsing: __schema and __type are refused (__typename stays).
  const rules = [QueryShapeLimitRule, NoNulInLiteralsRule];
  return production ? [...rules, NoSchemaIntrospectionCustomRule] : rules;
}
