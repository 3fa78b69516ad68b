// Mercurius runs a websocket subscription without validating its document: no graphql-js rules and none of ours
// (depth, cost, aliases, fragment fan-out, same-field pairs, NUL characters, introspection in production). This
// preSubscriptionExecution hook validates it as POST /graphql would, and answers a refusal with the same message
// and code the error formatter gives over HTTP (suggestions cut in production).
import { createRequire } from 'node:module';
import type * as GraphQLModule from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { FastifyBaseLogger } from 'fastify';
import { formatError } from './errors';
import { graphqlValidationRules } from './limits';

// The CommonJS graphql mercurius built the schema with (see limits.ts).
const { GraphQLError, specifiedRules, validate } = createRequire(import.meta.url)('graphql') as typeof GraphQLModule;

export function subscriptionValidation({ production, log }: { production: boolean; log: FastifyBaseLogger }) {
  const rules = [...specifiedRules, ...graphqlValidationRules({ production })];
  return async (schema: GraphQLSchema, document: DocumentNode): Promise<void> => {
    let errors: readonly GraphQLModule.GraphQLError[];
    try {
      errors = validate(schema, document, rules);
    } catch (thrown) {
      // The query-shape rule throws its refusal so that no other rule spends time on the document.
      if (!(thrown instanceof GraphQLError)) throw thrown;
      errors = [thrown];
    }
    if (errors.length === 0) return;
    const { message, extensions } = formatError(errors[0]!, { production, log });
    // `limit` names the query-shape limit passed, as the HTTP text limits do.
    const limit = errors[0]!.extensions?.limit;
    throw new GraphQLError(message, { extensions: { ...extensions, ...(limit ? { limit } : {}) } });
  };
}
