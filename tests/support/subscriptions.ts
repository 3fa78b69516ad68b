// A graphql-ws client (graphql-transport-ws protocol) over Node's own WebSocket, recording what it sees so
// tests can wait for conditions on it.
import { createClient, type FormattedExecutionResult } from 'graphql-ws';

export interface Subscription {
  /** Every `next` payload, in order. */
  results: FormattedExecutionResult<Record<string, unknown>, unknown>[];
  /** What the server's `error` message carried (its GraphQL errors), or a socket-level failure. */
  error: unknown;
  completed: boolean;
  unsubscribe(): void;
}

export interface SubscriptionClient {
  /** The server acknowledged `connection_init`. */
  readonly connected: boolean;
  /** The socket is closed (by either side). */
  readonly closed: boolean;
  subscribe(query: string, variables?: Record<string, unknown>): Subscription;
  dispose(): Promise<void>;
}

/**
 * Connects at once to `<baseUrl>/graphql` (http → ws), sending `connectionParams` as the `connection_init`
 * payload. No retries: a refused connection stays refused, so tests see it.
 */
export function subscriptionClient(baseUrl: string, connectionParams: Record<string, unknown>): SubscriptionClient {
  const state = { connected: false, closed: false };
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: false,
    retryAttempts: 0,
    // A refused connection is an expected outcome here, read through `connected` and `closed`.
    onNonLazyError: () => {},
    on: {
      connected: () => {
        state.connected = true;
      },
      closed: () => {
        state.closed = true;
      },
    },
  });
  return {
    get connected() {
      return state.connected;
    },
    get closed() {
      return state.closed;
    },
    subscribe(query, variables) {
      const subscription: Subscription = { results: [], error: undefined, completed: false, unsubscribe: () => {} };
      subscription.unsubscribe = client.subscribe(
        { query, variables },
        {
          next: (result) => void subscription.results.push(result),
          error: (error) => {
            subscription.error = error;
          },
          complete: () => {
            subscription.completed = true;
          },
        },
      );
      return subscription;
    },
    dispose: async () => {
      await client.dispose();
    },
  };
}
