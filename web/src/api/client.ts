// The one door to the GraphQL API: typed documents in, typed data out, refusals as ApiError.
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A refusal from the API, carrying the contract's `extensions.code` (e.g. `FORBIDDEN`). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Code used when the server could not be reached or answered something that is not GraphQL. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

interface ClientHooks {
  /** The bearer token of the signed-in user, if any. */
  getToken(): string | null;
  /** Called when the server no longer accepts the token of a signed-in user. */
  onUnauthenticated(): void;
}

// Wired by main.ts so this module does not depend on the stores or the router.
let hooks: ClientHooks = { getToken: () => null, onUnauthenticated: () => undefined };

export function configureClient(next: ClientHooks): void {
  hooks = next;
}

type VariablesArg<TVars> = TVars extends Record<string, never> ? [variables?: TVars] : [variables: TVars];

/**
 * The answer we prefer: application/graphql-response+json, whose status codes tell request errors (4xx) from
 * answers (2xx); application/json is the fallback of the GraphQL over HTTP spec. Both carry `errors` the same way.
 */
const ACCEPT = 'application/graphql-response+json, application/json;q=0.9';

/** Runs one typed operation against `/graphql` (POST, with the signed-in user's token). */
export async function request<TResult, TVars>(
  document: TypedDocumentNode<TResult, TVars>,
  ...[variables]: VariablesArg<TVars>
): Promise<TResult> {
  const token = hooks.getToken();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: ACCEPT };
  if (token) headers.authorization = `Bearer ${token}`;
  const body = JSON.stringify({ query: print(document), variables: variables ?? {} });
  const key = `${token ?? ''}\n${body}`;
  const early = earlyAnswers.get(key);
  if (early && !recordingEarly) {
    earlyAnswers.delete(key);
    return early as Promise<TResult>;
  }
  const sent = takeFirstLoadResponse(key);
  const answer = send<TResult>(() => sent ?? fetch('/graphql', { method: 'POST', headers, body }), token);
  if (recordingEarly) keepEarly(key, answer);
  return answer;
}

/**
 * The requests the page's HTML sent before the app's code arrived (web/build/first-load.ts), by the same key as
 * `request` builds; each is taken once, by the first identical request.
 */
const firstLoad = (globalThis as { __launchpadFirstLoad?: Map<string, Promise<Response>> }).__launchpadFirstLoad;

function takeFirstLoadResponse(key: string): Promise<Response> | undefined {
  const sent = firstLoad?.get(key);
  firstLoad?.delete(key);
  return sent;
}

/** Queries a page's data module sent before the page mounted, each kept for the first identical request. */
const earlyAnswers = new Map<string, Promise<unknown>>();
let recordingEarly = false;
/** An early answer nobody asked for again (the navigation went elsewhere) is dropped after this long. */
const EARLY_ANSWER_TTL_MS = 30_000;

function keepEarly(key: string, answer: Promise<unknown>): void {
  earlyAnswers.set(key, answer);
  setTimeout(() => {
    if (earlyAnswers.get(key) === answer) earlyAnswers.delete(key);
  }, EARLY_ANSWER_TTL_MS);
}

/**
 * Runs `start` (a page's store loads, called by the router while the session check and the page's code are still
 * on their way); each query it sends synchronously is kept, and the page's own identical request when it mounts
 * takes that answer instead of asking again. So a page's data is asked for as soon as its route is known.
 */
export function prefetch(start: () => void): void {
  recordingEarly = true;
  try {
    start();
  } finally {
    recordingEarly = false;
  }
}

/**
 * Runs a public query (publicKpiSummary, publishedChallenges) as `GET /graphql?query=…` without the token, so the
 * browser and a CDN may cache the answer (the server sends an ETag and `Cache-Control: public, max-age=60`).
 */
export async function requestPublic<TResult, TVars>(
  document: TypedDocumentNode<TResult, TVars>,
  ...[variables]: VariablesArg<TVars>
): Promise<TResult> {
  const params = new URLSearchParams({ query: print(document) });
  if (variables && Object.keys(variables).length > 0) params.set('variables', JSON.stringify(variables));
  const url = `/graphql?${params.toString()}`;
  const sent = takeFirstLoadResponse(`GET ${url}`);
  return send<TResult>(() => sent ?? fetch(url, { headers: { accept: ACCEPT } }), null);
}

async function send<TResult>(call: () => Promise<Response>, token: string | null): Promise<TResult> {
  let response: Response;
  try {
    response = await call();
  } catch (cause) {
    throw new ApiError(NETWORK_ERROR, cause instanceof Error ? cause.message : String(cause));
  }

  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError(NETWORK_ERROR, `Unexpected response (HTTP ${response.status})`);
  }

  const first = body.errors?.[0];
  if (first) {
    const details = first.extensions ?? {};
    const code = typeof details.code === 'string' ? details.code : 'INTERNAL';
    if (code === 'UNAUTHENTICATED' && token) hooks.onUnauthenticated();
    throw new ApiError(code, first.message, details);
  }
  if (body.data == null) throw new ApiError(NETWORK_ERROR, `Empty response (HTTP ${response.status})`);
  return body.data;
}
