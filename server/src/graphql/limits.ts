// Static limits on what one GraphQL document may ask for: depth, cost, aliases, root fields, and
// (in production) no introspection. Plain validation rules, so they hold for cached queries too.
import { createRequire } from 'node:module';
import type * as GraphQLModule from 'graphql';
import {
  Kind,
  type ArgumentNode,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { sameFieldPairs } from './field-pairs';
import { NoNulInLiteralsRule } from './nul-characters';

// The CommonJS graphql that mercurius validates with: its type checks are `instanceof`, and the ESM copy
// of the same package is another realm (it throws in development and silently answers false otherwise).
const { BREAK, GraphQLError, NoSchemaIntrospectionCustomRule, getNamedType, getNullableType, isListType, visit } =
  createRequire(import.meta.url)('graphql') as typeof GraphQLModule;

export const GRAPHQL_LIMITS = {
  /** Nesting of selection sets below an operation (fragments expanded). */
  maxDepth: 10,
  /** Aliased fields in one operation (fragments expanded): aliases multiply work without multiplying requests. */
  maxAliases: 20,
  /** Fields directly under one operation. */
  maxRootFields: 15,
  /** Estimated cost: each field 1, a list field multiplies what it selects by its page size (fragments expanded). */
  maxCost: 20_000,
  /** Directives in one operation (fragments expanded). */
  maxDirectives: 50,
  /** Page size assumed for a list field whose `first`/`limit` is a variable or absent. */
  defaultListSize: 20,
  /** Largest page size a literal `first`/`limit` may count as (resolvers cap pages anyway). */
  maxListSize: 200,
  /**
   * Tokens in one document (the web app's largest operation has ~150). Counted on the text before parsing, and
   * by the parser: graphql-js spends ~1 µs a token building the tree, so 10,000 were ~10 ms of CPU.
   */
  maxTokens: 2_000,
  /**
   * Nesting of `{` and `[` in the document's text, checked before it is parsed (`text-limits.ts`): a selection
   * 10 levels deep with an inline fragment at every level is 21, the rest is room for object and list values.
   */
  maxNesting: 32,
  /**
   * Characters in one name (field, alias, argument, type, fragment, variable, directive, enum value). The
   * schema's names are far shorter; graphql-js compares an unknown name with every known one to suggest a
   * correction, which for a megabyte-long name costs ~150 ms of CPU.
   */
  maxNameLength: 100,
  /**
   * Pairs of fields answering at the same response path (fragments expanded), which graphql-js compares one by
   * one (`field-pairs.ts`): ~2-3 µs of CPU each. A field selected both in a fragment and beside it is one pair.
   */
  maxSameFieldPairs: 1_000,
} as const;

/**
 * The largest `POST /graphql` body (JSON or application/graphql); larger ones are 413 before they are read. The
 * web app's largest operation is ~2 KB of text; the largest input (an application: a 20,000-character proposal and
 * 20 team members) stays under it even with every character \u-escaped. Files go to their own multipart routes,
 * with their own limits.
 */
export const GRAPHQL_BODY_LIMIT = 256 * 1024;

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

/** What a selection set asks for once every fragment in it is expanded. */
interface Measure {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
}

const NOTHING: Measure = { depth: 0, cost: 0, aliases: 0, directives: 0 };

/** Thrown out of the walk the moment a measure passes its limit: the rest of the document is not looked at. */
class LimitPassed {
  constructor(readonly error: InstanceType<typeof GraphQLError>) {}
}

/**
 * Measures operations with every fragment expanded, in time linear in the document's size: each fragment is
 * measured once (its type condition fixes its parent type, so its measure is the same wherever it is spread)
 * and every later spread reuses the figure. A fragment that spreads another twice, 40 levels down, is 2^40
 * fields once expanded, and is refused as such without expanding it. The walk stops at the first limit passed.
 */
class DocumentMeasurer {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly measured = new Map<string, Measure>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly context: ValidationContext,
    document: DocumentNode,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  operation(selectionSet: SelectionSetNode, root: GraphQLOutputType | null): Measure {
    try {
      return this.checked(this.selectionSet(selectionSet, root));
    } finally {
      // A refusal leaves the walk midway; fragments already measured stay valid for the next operation.
      this.inProgress.clear();
    }
  }

  private fragment(name: string): Measure {
    const known = this.measured.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    // Unknown fragments and cycles are graphql-js' own validation errors; they add nothing here.
    if (!fragment || this.inProgress.has(name)) return NOTHING;
    this.inProgress.add(name);
    const type = this.context.getSchema().getType(fragment.typeCondition.name.value) as GraphQLOutputType | null;
    const measure = this.checked(this.selectionSet(fragment.selectionSet, type));
    this.inProgress.delete(name);
    this.measured.set(name, measure);
    return measure;
  }

  private selectionSet(selectionSet: SelectionSetNode, parentType: GraphQLOutputType | null): Measure {
    const total = { ...NOTHING };
    const add = (child: Measure, depthAbove: number, multiplier: number) => {
      total.depth = Math.max(total.depth, child.depth + depthAbove);
      total.cost += multiplier * child.cost;
      total.aliases += child.aliases;
      total.directives += child.directives;
    };
    for (const selection of selectionSet.selections) {
      total.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        const fieldType = fieldTypeOf(this.context, parentType, selection.name.value);
        total.cost += 1;
        if (selection.alias) total.aliases += 1;
        if (selection.selectionSet) {
          const isList = fieldType ? isListType(getNullableType(fieldType)) : false;
          const multiplier = isList ? listSizeOf(selection.arguments ?? []) : 1;
          add(this.selectionSet(selection.selectionSet, fieldType), 1, multiplier);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = (typeName ? this.context.getSchema().getType(typeName) : parentType) as GraphQLOutputType | null;
        add(this.selectionSet(selection.selectionSet, type ?? parentType), 0, 1);
      } else {
        add(this.fragment(selection.name.value), 0, 1);
      }
      this.checked(total);
    }
    return total;
  }

  /** Every measure only grows as the walk goes on, so a passed limit is final: stop here. */
  private checked(measure: Measure): Measure {
    const { maxDepth, maxCost, maxAliases, maxDirectives } = GRAPHQL_LIMITS;
    if (measure.depth > maxDepth) {
      throw new LimitPassed(
        limitError(`This query is nested ${measure.depth} levels deep; at most ${maxDepth} are allowed`, 'depth'),
      );
    }
    if (measure.cost > maxCost) {
      throw new LimitPassed(
        limitError(
          `This query would cost about ${measure.cost} units or more; at most ${maxCost} are allowed — ask for smaller pages`,
          'cost',
        ),
      );
    }
    if (measure.aliases > maxAliases) {
      throw new LimitPassed(limitError(`This request uses more than ${maxAliases} aliases; split it up`, 'aliases'));
    }
    if (measure.directives > maxDirectives) {
      throw new LimitPassed(
        limitError(`This request uses more than ${maxDirectives} directives; split it up`, 'directives'),
      );
    }
    return measure;
  }
}

/** The first limit a document passes, or null: one pass over its names, one over its operations. */
export function documentLimitError(
  context: ValidationContext,
  document: DocumentNode,
): InstanceType<typeof GraphQLError> | null {
  const { maxNameLength, maxRootFields, maxSameFieldPairs } = GRAPHQL_LIMITS;
  let longName: string | null = null;
  const checkName = (name: string) => {
    if (name.length > maxNameLength) longName = name;
    return longName ? BREAK : undefined;
  };
  visit(document, { Name: (node) => checkName(node.value), EnumValue: (node) => checkName(node.value) });
  if (longName) {
    return limitError(
      `A name in this document is ${(longName as string).length} characters long; at most ${maxNameLength} are allowed`,
      'nameLength',
    );
  }
  const measurer = new DocumentMeasurer(context, document);
  const schema = context.getSchema();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const root =
      definition.operation === 'query'
        ? schema.getQueryType()
        : definition.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    try {
      measurer.operation(definition.selectionSet, root ?? null);
    } catch (error) {
      if (!(error instanceof LimitPassed)) throw error;
      return error.error;
    }
    const rootFields = definition.selectionSet.selections.length;
    if (rootFields > maxRootFields) {
      return limitError(
        `This operation asks for ${rootFields} root fields; at most ${maxRootFields} are allowed`,
        'rootFields',
      );
    }
    if (sameFieldPairs(document, definition.selectionSet, maxSameFieldPairs) > maxSameFieldPairs) {
      return limitError(
        `This operation selects the same fields at the same place too many times (more than ${maxSameFieldPairs} pairs); select each field once`,
        'sameFieldPairs',
      );
    }
  }
  return null;
}

/**
 * Refuses documents that are too deep, too costly, too wide at the root, alias- or directive-heavy, or that
 * hold an overlong name. It measures the whole document when validation enters it, before any other rule has
 * looked at a field, and a refusal is thrown: validation stops there, so graphql-js' own rules (suggestions,
 * overlapping fields) never spend time on a document already refused. The refusal reaches the client as a
 * validation error (BAD_USER_INPUT, HTTP 400) through the error formatter.
 */
export const QueryShapeLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Document(node) {
    const error = documentLimitError(context, node);
    if (error) throw error;
    return false;
  },
});

/** The validation rules mercurius adds to graphql-js' own (an array, so the query cache keeps them). */
export function graphqlValidationRules({ production }: { production: boolean }): ValidationRule[] {
  // In production the schema is not for browsing: __schema and __type are refused (__typename stays).
  const rules = [QueryShapeLimitRule, NoNulInLiteralsRule];
  return production ? [...rules, NoSchemaIntrospectionCustomRule] : rules;
}
