// The websocket at /graphql gets the checks POST /graphql gets, before mercurius sees a message: mercurius parses a
// `subscribe` message's query with no token limit and validates nothing. Each client message is read here first:
// the subscribe payload's shape and the text limits (text-limits.ts) are checked before any parse, with the same
// answers as over HTTP (BAD_USER_INPUT, `field`, `extensions.limit`), sent as the protocol's `error` message for
// that id. Protocol abuse (a message that is not JSON, a second or oversized `connection_init`, no init in time, a
// reused id) closes the socket with graphql-transport-ws' own close codes. The frame size is capped by the
// websocket server itself (`maxPayload`, plugins/graphql.ts).
import { ErrorCode } from '@launchpad/shared';
import { postMalformation } from './http';
import { textLimitRefusal } from './text-limits';

/** The part of a `ws` socket the guard uses. */
export interface GuardedSocket {
  readonly protocol: string;
  emit(event: string | symbol, ...args: unknown[]): boolean;
  send(data: string, ...rest: unknown[]): void;
  close(code?: number, reason?: string): void;
  once(event: 'close', listener: () => void): unknown;
}

export interface WebSocketLimits {
  connectionInitBytes: number;
  connectionInitTimeoutMs: number;
  subscriptionsPerSocket: number;
  idLength: number;
}

export const WEBSOCKET_LIMITS: Readonly<WebSocketLimits> = {
  /** A `connection_init` carries a token (~300 bytes); its payload is copied into the request's headers. */
  connectionInitBytes: 4 * 1024,
  /** Time to send `connection_init` after the socket opens (graphql-ws' default is 3 s). */
  connectionInitTimeoutMs: 10_000,
  /** Subscriptions running at once on one socket (the web app runs one per socket). */
  subscriptionsPerSocket: 20,
  /** Length of a subscription id (graphql-ws sends UUIDs). */
  idLength: 128,
};

/** graphql-transport-ws' close codes (the legacy graphql-ws protocol has none of its own). */
const CLOSE = {
  badRequest: 4400,
  initTimeout: 4408,
  duplicateId: 4409,
  tooManyInits: 4429,
} as const;

/** Client message types that start and stop an operation, per subprotocol. */
function operationTypes(protocol: string) {
  return protocol === 'graphql-ws' ? { start: 'start', stop: 'stop' } : { start: 'subscribe', stop: 'complete' };
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function textOf(data: unknown): string | null {
  if (typeof data === 'string') return data;
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return null;
}

/** The protocol's `error` message for one operation, with errors shaped like the HTTP refusals. */
function refusal(id: string, message: string, extensions: Record<string, unknown>): string {
  return JSON.stringify({ type: 'error', id, payload: [{ message, extensions }] });
}

/**
 * Puts the guard in front of mercurius on one socket: client messages pass through `socket.emit('message')` only
 * once they are checked (mercurius listens with `events.on(socket, 'message')`, so there is no earlier hook), and
 * the server's `complete` / `error` messages free their operation's id.
 */
export function guardSubscriptionSocket(
  socket: GuardedSocket,
  limits: Readonly<WebSocketLimits> = WEBSOCKET_LIMITS,
): void {
  const types = operationTypes(socket.protocol);
  const running = new Set<string>();
  let initialised = false;
  const initTimer = setTimeout(() => {
    if (!initialised) socket.close(CLOSE.initTimeout, 'Connection initialisation timeout');
  }, limits.connectionInitTimeoutMs);
  socket.once('close', () => clearTimeout(initTimer));

  const send = socket.send.bind(socket);
  socket.send = (data: string, ...rest: unknown[]) => {
    // mercurius writes `{"type":…,"id":…}`; only the two ends of an operation matter here.
    if (typeof data === 'string' && (data.startsWith('{"type":"complete"') || data.startsWith('{"type":"error"'))) {
      const { id } = JSON.parse(data) as { id?: unknown };
      if (typeof id === 'string') running.delete(id);
    }
    send(data, ...rest);
  };

  /** True when the message may reach mercurius; otherwise it has been answered or the socket closed. */
  const admit = (text: string): boolean => {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      socket.close(CLOSE.badRequest, 'Invalid message: not JSON');
      return false;
    }
    if (!isMap(message) || typeof message.type !== 'string') {
      socket.close(CLOSE.badRequest, 'Invalid message: no type');
      return false;
    }
    const { type, id, payload } = message;
    if (type === 'connection_init') {
      if (initialised) {
        socket.close(CLOSE.tooManyInits, 'Too many initialisation requests');
        return false;
      }
      const headers = isMap(payload) ? payload.headers : undefined;
      if (
        text.length > limits.connectionInitBytes ||
        !(payload === undefined || payload === null || isMap(payload)) ||
        !(headers === undefined || isMap(headers))
      ) {
        socket.close(CLOSE.badRequest, `Invalid connection_init: a map of at most ${limits.connectionInitBytes} bytes`);
        return false;
      }
      initialised = true;
      clearTimeout(initTimer);
      return true;
    }
    if (type === types.stop) {
      if (typeof id === 'string') running.delete(id);
      return true;
    }
    if (type !== types.start) return true;
    if (typeof id !== 'string' || id === '' || id.length > limits.idLength) {
      socket.close(CLOSE.badRequest, `Invalid message: an id of 1 to ${limits.idLength} characters`);
      return false;
    }
    if (running.has(id)) {
      // The id is the client's text: a close reason holds at most 123 bytes, so it is left out.
      socket.close(CLOSE.duplicateId, 'Subscriber for this id already exists');
      return false;
    }
    const bad = (message: string, extensions: Record<string, unknown>) => {
      send(refusal(id, message, { code: ErrorCode.BAD_USER_INPUT, ...extensions }));
      return false;
    };
    if (running.size >= limits.subscriptionsPerSocket) {
      return bad(`At most ${limits.subscriptionsPerSocket} subscriptions may run on one connection`, {
        field: 'id',
        limit: 'subscriptions',
      });
    }
    const malformed = postMalformation(payload);
    if (malformed) return bad(malformed.message, { field: malformed.field === 'body' ? 'payload' : malformed.field });
    const overLimit = textLimitRefusal((payload as { query: string }).query);
    if (overLimit) return bad(overLimit.message, { field: 'query', limit: overLimit.limit });
    running.add(id);
    return true;
  };

  const emit = socket.emit.bind(socket);
  socket.emit = (event: string | symbol, ...args: unknown[]) => {
    if (event !== 'message') return emit(event, ...args);
    const text = textOf(args[0]);
    if (text === null) {
      socket.close(CLOSE.badRequest, 'Invalid message');
      return false;
    }
    return admit(text) ? emit(event, ...args) : false;
  };
}
