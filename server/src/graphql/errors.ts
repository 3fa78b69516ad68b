// One mapping from errors to the contract's `extensions.code`; internals never reach a production client.
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { FastifyBaseLogger } from 'fastify';
import {
  DomainError,
  ErrorCode,
  INT32_MAX,
  INT32_MIN,
  OUT_OF_RANGE,
  outOfRange,
  refusalSentence,
  type RefusalLanguage,
} from '@launchpad/shared';
import { languageOfHeader } from '../exports/language';
import { GRAPHQL_RESPONSE_JSON, requestErrorStatus, responseMediaType } from './http';

/** Finds the DomainError behind graphql-js's wrapping (resolver or scalar coercion). */
function domainErrorOf(error: unknown): DomainError | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof DomainError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

/** PostgreSQL and socket codes meaning "the database cannot be reached right now", not "this request is wrong". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Connection ended unexpectedly|connection error|Client was closed|Timeout acquiring a connection|terminating connection|Transaction query already complete|ECONNREFUSED|ECONNRESET|the database system is (starting up|shutting down)/i;

export const DATABASE_UNAVAILABLE = 'The database is unavailable; try again';

/** True when an error (or one it wraps) says the database is down or the connection was cut. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const candidate = current as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof candidate.code === 'string' && UNAVAILABLE_CODES.has(candidate.code)) return true;
    if (candidate.name === 'ConnectionException') return true;
    if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGE.test(candidate.message)) return true;
    current =
      (current as { originalError?: unknown }).originalError ??
      (current as { previous?: unknown }).previous ??
      (current as { cause?: unknown }).cause;
  }
  return false;
}

function flatten(errors: readonly GraphQLError[]): GraphQLError[] {
  // Mercurius wraps validation failures in one error holding the list.
  return errors.flatMap((error) => {
    const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
    return Array.isArray(inner) ? (inner as GraphQLError[]) : [error];
  });
}

/**
 * The SQLSTATE of a PostgreSQL data exception (class 22: malformed uuid, too long, out of range, bad date) or
 * integrity violation (class 23: check, unique, foreign key) behind an error. These mean the input slipped past a
 * service's validation; the transaction failed, so nothing was written, and the answer is the client's fault.
 */
function rejectedDataState(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^2[23][0-9A-Z]{3}$/.test(code)) return code;
    current =
      (current as { originalError?: unknown }).originalError ??
      (current as { previous?: unknown }).previous ??
      (current as { cause?: unknown }).cause;
  }
  return null;
}

/** An HTTP-level refusal raised before GraphQL ran (413 body too large, 415, malformed JSON): its 4xx status. */
function clientHttpStatus(error: GraphQLError): number | null {
  const status = (error.originalError as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

/**
 * graphql-js appends guesses at the schema to validation messages (`Cannot query field "nam" on type "Startup".
 * Did you mean "name"?`, also for arguments, types, enum values and input fields). With introspection off that
 * would still let a client map the schema field by field, so production answers without them.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .*\?$/s, '');
}

/** The innermost input field of graphql-js's `… at "input.participations[0].amount"` (else the variable), or null. */
function fieldOfVariableMessage(message: string): string | null {
  const path = /^Variable "\$\w+" got invalid value .*? at "([\w.[\]]+)"/s.exec(message)?.[1];
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  return (
    path
      ?.split('.')
      .at(-1)
      ?.replace(/\[\d+\]$/, '') ??
    variable ??
    null
  );
}

/**
 * graphql-js refuses a number outside the 32-bit `Int` (or not whole) with its own English sentence
 * ("Int cannot represent non 32-bit signed integer value: 1e+23"). Answer it like any refusal of ours: the
 * field (the innermost input field of the variable path, else the variable), the allowed range in
 * `extensions.min`/`max`, and a sentence in the caller's language.
 */
function intRangeRefusal(
  message: string,
  language: RefusalLanguage,
): { message: string; extensions: Record<string, unknown> } | null {
  if (!/\bInt cannot represent\b/.test(message)) return null;
  const field = fieldOfVariableMessage(message);
  const { details } = outOfRange(field ?? '', INT32_MIN, INT32_MAX);
  const extensions = { ...details, code: ErrorCode.BAD_USER_INPUT };
  if (!field) delete (extensions as { field?: string }).field;
  return { message: refusalSentence(details, language)!, extensions };
}

export interface FormatOptions {
  production: boolean;
  log: FastifyBaseLogger;
  /** The caller's language (Accept-Language): range and future-date refusals are worded in it. */
  language?: RefusalLanguage;
}

export function formatError(
  error: GraphQLError,
  { production, log, language = 'vi' }: FormatOptions,
): GraphQLFormattedError {
  const domain = domainErrorOf(error);
  const base = { locations: error.locations, path: error.path };
  if (domain) {
    // A scalar's refusal arrives wrapped in "Variable $x got invalid value … at "input.preMoney""; keep our
    // sentence, and let a range refusal name the input field it came from (the VND scalar cannot know it).
    const details = { ...domain.details };
    if (details.reason === OUT_OF_RANGE) details.field = fieldOfVariableMessage(error.message) ?? details.field;
    const message = refusalSentence(details, language) ?? domain.message;
    return { ...base, message, extensions: { ...details, code: domain.code } };
  }
  if (clientHttpStatus(error)) {
    return { ...base, message: error.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  const isRequestError = !error.path && !(error.originalError && !(error.originalError instanceof GraphQLError));
  if (isRequestError) {
    const outOfRangeInt = intRangeRefusal(error.message, language);
    if (outOfRangeInt) return { ...base, ...outOfRangeInt };
    // Parse and validation errors: the request itself is wrong, so the message is safe to show.
    const variable = /^Variable "\$(\w+)"/.exec(error.message)?.[1];
    const extensions = variable
      ? { code: ErrorCode.BAD_USER_INPUT, field: variable }
      : { code: ErrorCode.BAD_USER_INPUT };
    return { ...base, message: production ? withoutSuggestions(error.message) : error.message, extensions };
  }
  const sqlState = rejectedDataState(error);
  if (sqlState) {
    // A safety net, not the validation itself: log it so the missing check gets written; never echo the SQL.
    log.warn({ err: error.originalError ?? error, sqlState }, 'the database refused a value the service let through');
    return {
      ...base,
      message: 'A value in this request is not valid',
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  if (isDatabaseUnavailable(error)) {
    // Nothing was written (the transaction could not commit); the client may simply retry.
    log.warn({ err: error.originalError ?? error }, 'the database is unavailable');
    return {
      ...base,
      message: DATABASE_UNAVAILABLE,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, reason: 'DATABASE_UNAVAILABLE', retryable: true },
    };
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
    context: {
      reply?: {
        log: FastifyBaseLogger;
        request?: { headers: { accept?: string; 'accept-language'?: string | string[] } };
      };
      app: { log: FastifyBaseLogger };
    },
  ) => {
    const log = context.reply?.log ?? context.app.log;
    const mediaType = responseMediaType(context.reply?.request?.headers.accept);
    const language = languageOfHeader(context.reply?.request?.headers['accept-language']) === 'EN' ? 'en' : 'vi';
    const flat = flatten(execution.errors);
    const errors = flat.map((error) => formatError(error, { production, log, language }));
    // Nothing ran: application/graphql-response+json leaves out `data`; application/json keeps `data: null`.
    const notRun = mediaType === GRAPHQL_RESPONSE_JSON ? { errors } : { data: null, errors };
    const httpStatus = flat.map(clientHttpStatus).find((status) => status !== null);
    if (httpStatus) return { statusCode: httpStatus, response: notRun };
    const internal = errors.some((error) => error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR);
    const unavailable =
      errors.length > 0 && errors.every((error) => error.extensions?.reason === 'DATABASE_UNAVAILABLE');
    if (execution.data === undefined && !internal) {
      // A request error (parse, validation, variable coercion): 200 in application/json, 400 in
      // application/graphql-response+json (GraphQL over HTTP).
      return { statusCode: requestErrorStatus(mediaType), response: notRun };
    }
    // Field errors beside data are answers, not server failures: 200. When nothing could run because of a fault,
    // a database outage is a 503 (retry later), anything else a 500.
    const statusCode = internal && !execution.data ? (unavailable ? 503 : 500) : 200;
    return { statusCode, response: { data: execution.data ?? null, errors } };
  };
}
