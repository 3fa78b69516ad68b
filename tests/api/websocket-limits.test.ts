// The subscriptions' websocket gets the limits POST /graphql has: a frame over the body limit is refused before it is
// read, a subscribe message over the text limits is refused before it is parsed, a document over the query-shape
// limits (fragment fan-out) before it runs, each with the contract's code, and the server keeps answering. One
// address may hold only so many sockets, and a socket must introduce itself in time.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { request as httpRequest } from 'node:http';
import { GRAPHQL_BODY_LIMIT, GRAPHQL_LIMITS } from '@launchpad/server/graphql/limits';
import { guardSubscriptionSocket, WEBSOCKET_LIMITS } from '@launchpad/server/graphql/websocket-guard';
import { createTestApp, type TestApp } from '../support/app';
import { subscriptionClient } from '../support/subscriptions';

interface ServerMessage {
  type: string;
  id?: string;
  payload?: { message: string; extensions?: Record<string, unknown> }[] | Record<string, unknown> | null;
}

/** A raw graphql-transport-ws socket: every message and the close code, as the server sent them. */
function rawSocket(baseUrl: string) {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const messages: ServerMessage[] = [];
  const state: { closeCode: number | null } = { closeCode: null };
  socket.addEventListener('message', (event) => messages.push(JSON.parse(String(event.data)) as ServerMessage));
  socket.addEventListener('close', (event) => (state.closeCode = event.code));
  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve());
    socket.addEventListener('error', () => reject(new Error('the socket did not open')));
  });
  return {
    socket,
    messages,
    state,
    send: (message: unknown) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    /** Opens the socket and waits for the server to acknowledge `connection_init`. */
    async init(payload: Record<string, unknown> = {}) {
      await opened;
      socket.send(JSON.stringify({ type: 'connection_init', payload }));
      await vi.waitFor(() => expect(messages.map((message) => message.type)).toContain('connection_ack'));
    },
    /** The errors of the server's `error` message for `id`. */
    async errorsOf(id: string) {
      let found: ServerMessage | undefined;
      await vi.waitFor(() => {
        found = messages.find((message) => message.type === 'error' && message.id === id);
        expect(found).toBeDefined();
      });
      return found!.payload as { message: string; extensions?: Record<string, unknown> }[];
    },
    closed: () => vi.waitFor(() => expect(state.closeCode).not.toBeNull()).then(() => state.closeCode),
  };
}

function urlOf(t: TestApp): string {
  const address = t.app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

async function healthOf(baseUrl: string): Promise<number> {
  return (await fetch(`${baseUrl}/health`)).status;
}

/** `subscription { kpiChanged { ...F0 } }` with each of `n` fragments spreading the next twice. */
function subscriptionFanOut(n: number): string {
  const definitions = Array.from({ length: n }, (_, i) =>
    i === n - 1
      ? `fragment F${i} on KpiChange { reason }`
      : `fragment F${i} on KpiChange { ...F${i + 1} ...F${i + 1} }`,
  );
  return `subscription { kpiChanged { ...F0 } } ${definitions.join(' ')}`;
}

describe('limits on the subscriptions websocket', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp({ seed: 'accounts' });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    url = urlOf(t);
  });
  afterAll(() => t.close());

  it('closes the socket on a message over the body limit (1009) without reading it, and /health still answers', async () => {
    const client = rawSocket(url);
    await client.init();
    const query = `{ ${'__typename '.repeat(Math.ceil(GRAPHQL_BODY_LIMIT / 11) + 10)}}`;
    client.send({ type: 'subscribe', id: '1', payload: { query } });
    expect(await client.closed()).toBe(1009);
    expect(await healthOf(url)).toBe(200);
  });

  it.each([
    ['tokens', `subscription { kpiChanged { ${'reason '.repeat(GRAPHQL_LIMITS.maxTokens + 1)}} }`],
    ['nesting', `subscription { kpiChanged { ${'a { '.repeat(3_000)}b${' }'.repeat(3_000)} } }`],
    ['aliases', `subscription { kpiChanged { ${Array.from({ length: 25 }, (_, i) => `a${i}: reason`).join(' ')} } }`],
  ])(
    'refuses a document over the %s limit before parsing it, with BAD_USER_INPUT naming the limit, and keeps the socket',
    async (limit, query) => {
      const client = rawSocket(url);
      await client.init();
      client.send({ type: 'subscribe', id: 'hostile', payload: { query } });
      const [error] = await client.errorsOf('hostile');
      expect(error!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'query', limit });
      // The connection is still usable: a small document on it is answered (anonymous: UNAUTHENTICATED).
      client.send({ type: 'subscribe', id: 'next', payload: { query: 'subscription { kpiChanged { reason } }' } });
      const [refused] = await client.errorsOf('next');
      expect(refused!.extensions?.code).toBe('UNAUTHENTICATED');
      expect(client.state.closeCode).toBeNull();
      client.socket.close();
      expect(await healthOf(url)).toBe(200);
    },
  );

  it('refuses a fragment fan-out by its cost before it runs or is authorized, as POST /graphql does', async () => {
    const query = subscriptionFanOut(40);
    expect(query.length).toBeLessThan(2048);
    const client = rawSocket(url);
    await client.init();
    client.send({ type: 'subscribe', id: 'fan-out', payload: { query } });
    const [error] = await client.errorsOf('fan-out');
    expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
    expect(error!.message).toMatch(new RegExp(`cost about \\d+ units or more; at most ${GRAPHQL_LIMITS.maxCost}`));
    client.socket.close();
    expect(await healthOf(url)).toBe(200);
  });

  it('validates a subscription as any document: an unknown field is BAD_USER_INPUT', async () => {
    const client = rawSocket(url);
    await client.init();
    client.send({ type: 'subscribe', id: 'typo', payload: { query: 'subscription { kpiChanged { reasn } }' } });
    const [error] = await client.errorsOf('typo');
    expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error!.message).toContain('Cannot query field "reasn"');
    client.socket.close();
  });

  it.each([
    ['a JSON-encoded AST', { kind: 'Document', definitions: [] }],
    ['a number', 1],
    ['missing', undefined],
  ])('refuses a query that is %s with BAD_USER_INPUT naming the query', async (_shape, query) => {
    const client = rawSocket(url);
    await client.init();
    client.send({ type: 'subscribe', id: 'bad', payload: { query } });
    const [error] = await client.errorsOf('bad');
    expect(error!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'query' });
    client.socket.close();
  });

  it('closes a socket whose connection_init is oversized (4400) or comes twice (4429)', async () => {
    const oversized = rawSocket(url);
    await new Promise((resolve) => oversized.socket.addEventListener('open', resolve));
    oversized.send({
      type: 'connection_init',
      payload: { authorization: 'x'.repeat(WEBSOCKET_LIMITS.connectionInitBytes) },
    });
    expect(await oversized.closed()).toBe(4400);

    const twice = rawSocket(url);
    await twice.init();
    twice.send({ type: 'connection_init', payload: {} });
    expect(await twice.closed()).toBe(4429);
  });

  it('still runs a normal subscription and pushes its events', async () => {
    const board = await t.loginAs('BOARD');
    const admin = await t.loginAs('ADMIN');
    const client = subscriptionClient(url, { authorization: `Bearer ${board}` });
    try {
      const live = client.subscribe('subscription { kpiChanged { reason } }');
      await vi.waitFor(() => expect(client.connected).toBe(true));
      await vi.waitFor(
        async () => {
          const update = await t.gql(
            'mutation($y: [String!]!) { updateKpiTarget(metric: STARTUPS_INCUBATED, yearly: $y) { total } }',
            { y: ['21', '30', '40', '50', '60'] },
            admin,
          );
          expect(update.errors).toBeUndefined();
          expect(live.results.at(-1)?.data).toEqual({ kpiChanged: { reason: 'updateKpiTarget' } });
        },
        { timeout: 10_000, interval: 200 },
      );
      expect(live.error).toBeUndefined();
    } finally {
      await client.dispose();
    }
  });
});

/** Sends a websocket upgrade by hand: the status and body of a refusal, or 101. */
function upgrade(baseUrl: string): Promise<{ status: number; body: string; close(): void }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${baseUrl}/graphql`, {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': randomBytes(16).toString('base64'),
        'sec-websocket-protocol': 'graphql-transport-ws',
      },
    });
    request.once('upgrade', (response, socket) =>
      resolve({ status: response.statusCode!, body: '', close: () => socket.destroy() }),
    );
    request.once('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, body, close: () => {} }));
    });
    request.once('error', reject);
    request.end();
  });
}

describe('websockets per address', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp({ seed: 'none', config: { WS_MAX_CONNECTIONS_PER_IP: '2' } });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    url = urlOf(t);
  });
  afterAll(() => t.close());

  it('refuses a connection over WS_MAX_CONNECTIONS_PER_IP with 429 RATE_LIMITED, and takes one again once a socket closes', async () => {
    const first = await upgrade(url);
    const second = await upgrade(url);
    expect([first.status, second.status]).toEqual([101, 101]);
    const third = await upgrade(url);
    expect(third.status).toBe(429);
    expect(JSON.parse(third.body).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'connections' });
    expect(await healthOf(url)).toBe(200);
    first.close();
    await vi.waitFor(async () => {
      const again = await upgrade(url);
      again.close();
      expect(again.status).toBe(101);
    });
    second.close();
  });
});

describe('the websocket guard on one socket', () => {
  /** A stand-in for a ws socket: what the guard lets through, what it sends, how it closes. */
  function fakeSocket() {
    const emitter = new EventEmitter();
    const socket = Object.assign(emitter, {
      protocol: 'graphql-transport-ws',
      sent: [] as string[],
      closedWith: null as number | null,
      send: (data: string) => void socket.sent.push(data),
      close: (code?: number) => {
        socket.closedWith = code ?? 1000;
        emitter.emit('close');
      },
    });
    const delivered: unknown[] = [];
    guardSubscriptionSocket(socket, { ...WEBSOCKET_LIMITS, connectionInitTimeoutMs: 50, subscriptionsPerSocket: 2 });
    socket.on('message', (data: Buffer) => delivered.push(JSON.parse(data.toString())));
    const message = (value: unknown) => socket.emit('message', Buffer.from(JSON.stringify(value)), false);
    return { socket, delivered, message };
  }
  const subscribe = (id: string) => ({
    type: 'subscribe',
    id,
    payload: { query: 'subscription { kpiChanged { reason } }' },
  });

  it('closes a socket that does not send connection_init in time (4408)', async () => {
    const { socket } = fakeSocket();
    await vi.waitFor(() => expect(socket.closedWith).toBe(4408));
  });

  it('closes on a reused id (4409) and refuses subscriptions over the per-socket limit until one ends', () => {
    const { socket, delivered, message } = fakeSocket();
    message({ type: 'connection_init' });
    message(subscribe('a'));
    message(subscribe('b'));
    message(subscribe('c'));
    expect(delivered).toHaveLength(3); // init, a, b
    expect(JSON.parse(socket.sent[0]!)).toMatchObject({
      type: 'error',
      id: 'c',
      payload: [{ extensions: { code: 'BAD_USER_INPUT', limit: 'subscriptions' } }],
    });
    // The server completing `a` (or the client stopping it) frees its place.
    socket.send(JSON.stringify({ type: 'complete', id: 'a', payload: null }));
    message(subscribe('c'));
    expect(delivered).toHaveLength(4);
    message(subscribe('b'));
    expect(socket.closedWith).toBe(4409);
  });

  it('closes on a message that is not JSON (4400)', () => {
    const { socket } = fakeSocket();
    socket.emit('message', Buffer.from('{not json'), false);
    expect(socket.closedWith).toBe(4400);
  });
});
