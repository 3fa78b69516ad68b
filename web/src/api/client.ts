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

/** Runs one typed operation against `/graphql`. */
export async function request<TResult, TVars>(
  document: TypedDocumentNode<TResult, TVars>,
  ...[variables]: VariablesArg<TVars>
): Promise<TResult> {
  const token = hooks.getToken();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
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
