// GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/): the shape of a request, the media type and
// status code of the answer, queries only over GET, and public reads over GET that a CDN can cache.
import { createHash } from 'node:crypto';
import Negotiator from 'negotiator';
import { getOperationAST, Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode } from '@launchpad/shared';
import { textLimitRefusal, type TextLimitRefusal } from './text-limits';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const APPLICATION_JSON = 'application/json';
export type GraphQLMediaType = typeof GRAPHQL_RESPONSE_JSON | typeof APPLICATION_JSON;

/** The root fields whose answer is the same for everyone, so a shared cache (a CDN) may keep it for a minute. */
export const PUBLIC_CACHEABLE_FIELDS: ReadonlySet<string> = new Set([
  'publicKpiSummary',
  'publishedChallenges',
  'priorityTasks',
  'channelsSummary',
  '__typename',
]);
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

const negotiated = new Map<string, GraphQLMediaType>();

/**
 * The media type of the answer: application/graphql-response+json when the client prefers it, else application/json
 * (also for `*∕*` and a missing Accept header, as the spec asks of servers during the watershed).
 */
export function responseMediaType(accept: string | undefined): GraphQLMediaType {
  if (!accept) return APPLICATION_JSON;
  let mediaType = negotiated.get(accept);
  if (!mediaType) {
    const preferred = new Negotiator({ headers: { accept } }).mediaType([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON]);
    mediaType = preferred === GRAPHQL_RESPONSE_JSON ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON;
    // Few distinct Accept headers exist in practice; the bound keeps a hostile client from growing the map.
    if (negotiated.size < 256) negotiated.set(accept, mediaType);
  }
  return mediaType;
}

/**
 * The status of a GraphQL request error (a document that does not parse or validate, variables that do not coerce):
 * 200 with `errors` in application/json, 400 in application/graphql-response+json.
 */
export function requestErrorStatus(mediaType: GraphQLMediaType): number {
  return mediaType === GRAPHQL_RESPONSE_JSON ? 400 : 200;
}

/** What makes a request not a GraphQL-over-HTTP request: the parameter at fault and why. */
export interface Malformation {
  field: string;
  message: string;
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A `query` must be GraphQL text. Mercurius would also take a JSON-encoded AST (and crash on `"1"` or `true`);
 * no valid GraphQL document is valid JSON, so anything JSON.parse accepts is refused here.
 */
function queryMalformation(query: unknown): Malformation | null {
  if (typeof query !== 'string' || query.trim() === '') {
    return { field: 'query', message: 'The request must carry a GraphQL document as the string parameter "query"' };
  }
  // Only what could be JSON is tried: `{ field }` (GraphQL's shorthand query) is not, and a thrown
  // SyntaxError on every shorthand query was a measurable share of a small request's CPU.
  if (/^\s*(?:[["\-\d]|\{\s*["}])|^\s*(true|false|null)\s*$/.test(query)) {
    try {
      JSON.parse(query);
      return { field: 'query', message: 'The "query" parameter must be GraphQL text, not JSON' };
    } catch {
      // GraphQL text, as it should be.
    }
  }
  return null;
}

function optional(value: unknown, field: string, accepts: (value: unknown) => boolean, expected: string) {
  return value === undefined || value === null || accepts(value)
    ? null
    : { field, message: `The "${field}" parameter must be ${expected}` };
}

/**
 * Checks a POST body: one map with a string `query` and optional `variables` / `extensions` maps and string
 * `operationName` (each may be null). A null `extensions` is dropped so mercurius' own schema accepts it.
 */
export function postMalformation(body: unknown): Malformation | null {
  if (Array.isArray(body)) {
    return { field: 'body', message: 'Batched operations are not accepted: send one operation per request' };
  }
  if (!isMap(body)) return { field: 'body', message: 'The request body must be a JSON object' };
  const problem =
    queryMalformation(body.query) ??
    optional(body.variables, 'variables', isMap, 'a map of variable values') ??
    optional(body.operationName, 'operationName', (value) => typeof value === 'string', 'a string') ??
    optional(body.extensions, 'extensions', isMap, 'a map');
  if (!problem && body.extensions === null) delete body.extensions;
  return problem;
}

function jsonMap(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed === null || isMap(parsed);
  } catch {
    return false;
  }
}

/** Checks a GET querystring: the same parameters, with `variables` and `extensions` as JSON text. */
export function getMalformation(params: unknown): Malformation | null {
  if (!isMap(params)) return { field: 'query', message: 'The request must carry a "query" parameter' };
  const problem =
    queryMalformation(params.query) ??
    optional(params.variables, 'variables', jsonMap, 'a JSON-encoded map of variable values') ??
    optional(params.operationName, 'operationName', (value) => typeof value === 'string', 'a string') ??
    optional(params.extensions, 'extensions', jsonMap, 'a JSON-encoded map');
  if (!problem && params.extensions === 'null') delete params.extensions;
  return problem;
}

/** The root fields an operation selects, through inline fragments and fragment spreads. */
function rootFieldNames(document: DocumentNode, selectionSet: SelectionSetNode): Set<string> {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet);
  }
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        visit(fragments.get(selection.name.value), new Set(seen).add(selection.name.value));
      }
    }
  };
  visit(selectionSet, new Set());
  return names;
}

/** Answers a refusal before GraphQL runs, in the negotiated media type, always with a contract code. */
function refuse(reply: FastifyReply, statusCode: number, { field, message }: Malformation, limit?: string) {
  const extensions = { code: ErrorCode.BAD_USER_INPUT, field, ...(limit ? { limit } : {}) };
  return reply.code(statusCode).send({ errors: [{ message, extensions }] });
}

/** A document refused on its text (too deep, too many tokens, aliases or directives, an overlong name): 400. */
function refuseText(reply: FastifyReply, { limit, message }: TextLimitRefusal) {
  return refuse(reply, 400, { field: 'query', message }, limit);
}

/** GET requests whose answer may be kept by shared caches (set by preValidation, read when sending). */
const publicReads = new WeakSet<FastifyRequest>();

/** A strong validator over the exact bytes and media type of the answer. */
function entityTag(mediaType: string, payload: string): string {
  return `"${createHash('sha1').update(mediaType).update('\n').update(payload).digest('base64url')}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/**
 * Route hooks for mercurius' `GET` and `POST /graphql` (its `additionalRouteOptions`): a body over `bodyLimit` is a
 * 413 before it is read, malformed requests and documents over the text limits are 400s before anything else runs
 * (authentication, the rate limiter, the parser), mutations over GET are 405 with `Allow: POST`, every answer
 * carries the negotiated media type, and public reads carry an ETag and `Cache-Control: public, max-age=60` (304 on
 * a matching If-None-Match).
 */
export function graphqlHttpRouteOptions({
  maxTokens,
  bodyLimit,
  webSocketUpgrade,
}: {
  maxTokens: number;
  bodyLimit: number;
  /** Runs on the websocket upgrade for subscriptions instead (it may refuse it). */
  webSocketUpgrade: (request: FastifyRequest, reply: FastifyReply) => unknown;
}) {
  return {
    bodyLimit,
    preValidation: async (request: FastifyRequest, reply: FastifyReply) => {
      if ((request as { ws?: boolean }).ws) return webSocketUpgrade(request, reply);
      if (request.method === 'POST') {
        const problem = postMalformation(request.body);
        if (problem) return refuse(reply, 400, problem);
        const overLimit = textLimitRefusal((request.body as { query: string }).query);
        if (overLimit) return refuseText(reply, overLimit);
        return;
      }
      const problem = getMalformation(request.query);
      if (problem) return refuse(reply, 400, problem);
      const { query, operationName } = request.query as { query: string; operationName?: string };
      const overLimit = textLimitRefusal(query);
      if (overLimit) return refuseText(reply, overLimit);
      let document: DocumentNode;
      try {
        document = parse(query, { noLocation: true, maxTokens });
      } catch {
        return; // mercurius answers the syntax error as a GraphQL request error
      }
      const operation = getOperationAST(document, operationName || undefined);
      if (!operation) {
        const status = requestErrorStatus(responseMediaType(request.headers.accept));
        return refuse(reply, status, {
          field: 'operationName',
          message: operationName
            ? `The document has no operation named "${operationName}"`
            : 'The document has several operations: name one with "operationName"',
        });
      }
      if (operation.operation !== 'query') {
        reply.header('allow', 'POST');
        return refuse(reply, 405, { field: 'query', message: `A ${operation.operation} must be sent with POST` });
      }
      const fields = rootFieldNames(document, operation.selectionSet);
      if (!request.headers.authorization && [...fields].every((field) => PUBLIC_CACHEABLE_FIELDS.has(field))) {
        publicReads.add(request);
      }
    },
    preSerialization: async (request: FastifyRequest, _reply: FastifyReply, payload: unknown) => {
      // An answer with errors (even beside data) is not the same for everyone tomorrow: keep it out of caches.
      if (publicReads.has(request) && (payload as { errors?: unknown } | null)?.errors) publicReads.delete(request);
      return payload;
    },
    onSend: async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      const mediaType = responseMediaType(request.headers.accept);
      const contentType = reply.getHeader('content-type');
      if (typeof contentType === 'string' && contentType.startsWith(APPLICATION_JSON)) {
        reply.header('content-type', `${mediaType}; charset=utf-8`);
      }
      if (!publicReads.has(request) || reply.statusCode !== 200 || typeof payload !== 'string') {
        if (!reply.hasHeader('cache-control')) reply.header('cache-control', PRIVATE_CACHE_CONTROL);
        return payload;
      }
      const etag = entityTag(mediaType, payload);
      // Keep what others vary on (CORS varies on Origin): a shared cache must key on all of it.
      const vary = reply.getHeader('vary');
      reply
        .header('etag', etag)
        .header('cache-control', PUBLIC_CACHE_CONTROL)
        .header('vary', [vary, 'Accept, Authorization'].filter(Boolean).join(', '));
      if (!matches(request.headers['if-none-match'], etag)) return payload;
      reply.code(304).removeHeader('content-length');
      return '';
    },
  };
}
