// One mapping from errors to the contract's `extensions.code`; internals never reach a production client.
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { FastifyBaseLogger } from 'fastify';
import { DomainError, ErrorCode } from '@launchpad/shared';

/** Finds the DomainError behind graphql-js's wrapping (resolver or scalar coercion). */
function domainErrorOf(error: unknown): DomainError | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof DomainError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

function flatten(errors: readonly GraphQLError[]): GraphQLError[] {
  // Mercurius wraps validation failures in one error holding the list.
  return errors.flatMap((error) => {
    const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
    return Array.isArray(inner) ? (inner as GraphQLError[]) : [error];
  });
}

export interface FormatOptions {
  production: boolean;
  log: FastifyBaseLogger;
}

export function formatError(error: GraphQLError, { production, log }: FormatOptions): GraphQLFormattedError {
  const domain = domainErrorOf(error);
  const base = { locations: error.locations, path: error.path };
  if (domain) {
    // A scalar's refusal arrives wrapped in "Variable $x got invalid value …"; keep our sentence.
    return { ...base, message: domain.message, extensions: { ...domain.details, code: domain.code } };
  }
  const isRequestError = !error.path && !(error.originalError && !(error.originalError instanceof GraphQLError));
  if (isRequestError) {
    // Parse and validation errors: the request itself is wrong, so the message is safe to show.
    return { ...base, message: error.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  log.error({ err: error.originalError ?? error }, 'unexpected error while resolving a GraphQL field');
  return {
    ...base,
    message: production ? 'Internal server error' : error.message,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

export function createErrorFormatter(production: boolean) {
  return (
    execution: ExecutionResult & { errors: readonly GraphQLError[] },
    context: { reply?: { log: FastifyBaseLogger }; app: { log: FastifyBaseLogger } },
  ) => {
    const log = context.reply?.log ?? context.app.log;
    const errors = flatten(execution.errors).map((error) => formatError(error, { production, log }));
    const internal = errors.some((error) => error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR);
    // Refusals are answers, not server failures: 200 per GraphQL over HTTP, unless nothing could run.
    const statusCode = internal && !execution.data ? 500 : execution.data === undefined && !internal ? 400 : 200;
    return { statusCode, response: { data: execution.data ?? null, errors } };
  };
}
