// KPI changes reach the board live: two server instances share Redis, a write on one reaches a
// websocket subscriber (graphql-ws protocol) of the other, and clears the other's cached figures.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { connect as connectTcp } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@launchpad/server';
import { REPO_ROOT } from '@launchpad/server/config';
import { createTestApp, testConfig, type TestApp } from '../support/app';

// Node 20 has no WebSocket global; use the `ws` package Mercurius itself depends on (no new dependency).
const requireFromMercurius = createRequire(realpathSync(join(REPO_ROOT, 'server/node_modules/mercurius/package.json')));
/** The part of `ws`'s client this test uses. */
interface Socket {
  on(event: 'message', listener: (data: unknown) => void): void;
  on(event: 'close', listener: (code: number) => void): void;
  once(event: 'open' | 'error', listener: (value?: unknown) => void): void;
  send(data: string): void;
  close(): void;
}
const WebSocket = requireFromMercurius('ws') as { new (url: string, protocol: string): Socket };

const REDIS = { REDIS_URL: 'redis://127.0.0.1:6379' };

/** The fan-out needs a real Redis (CI machines run one at 127.0.0.1:6379); without one, say so and skip. */
const redisAvailable = await new Promise<boolean>((resolve) => {
  const socket = connectTcp(6379, '127.0.0.1');
  socket.once('connect', () => (socket.end(), resolve(true)));
  socket.once('error', () => resolve(false));
});
if (!redisAvailable)
  process.stderr.write('[kpi-subscription] no Redis at 127.0.0.1:6379: the fan-out tests are skipped\n');
const UPDATE = `mutation($yearly: [String!]!) { updateKpiTarget(metric: STARTUPS_INCUBATED, yearly: $yearly) { total } }`;
const TARGET = `{ kpiDashboard { startupsIncubated { target } } }`;

interface Message {
  type: string;
  id?: string;
  payload?: { data?: { kpiChanged?: { reason: string; at: string } }; message?: string } & Record<string, unknown>;
}

/** A minimal graphql-ws client that records every message. */
async function connect(url: string, payload: Record<string, unknown>) {
  const socket = new WebSocket(url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
  const messages: Message[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data)) as Message));
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'connection_init', payload }));
  await vi.waitFor(() =>
    expect(messages.some((m) => m.type === 'connection_ack' || m.type === 'connection_error')).toBe(true),
  );
  return {
    messages,
    closed,
    acknowledged: messages.some((m) => m.type === 'connection_ack'),
    subscribe(id: string, query: string) {
      socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
    },
    close: () => socket.close(),
  };
}

describe.skipIf(!redisAvailable)('live KPI changes over Redis', () => {
  let a: TestApp;
  let b: FastifyInstance;
  let urlB: string;

  beforeAll(async () => {
    a = await createTestApp({ seed: 'accounts', config: REDIS });
    b = await buildApp(testConfig(REDIS), { databaseUrl: a.database.appUrl, logger: false });
    await b.listen({ host: '127.0.0.1', port: 0 });
    const address = b.server.address();
    urlB = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  async function targetOnB(token: string): Promise<number> {
    const response = await b.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${token}` },
      payload: { query: TARGET },
    });
    return (response.json() as { data: { kpiDashboard: { startupsIncubated: { target: number } } } }).data.kpiDashboard
      .startupsIncubated.target;
  }

  describe('kpiChanged across instances', () => {
    it('pushes a target change made on instance A to a board subscriber on instance B, and B recomputes', async () => {
      const board = await a.loginAs('BOARD');
      const admin = await a.loginAs('ADMIN');
      expect(await targetOnB(board)).toBe(200); // now cached on B

      const client = await connect(urlB, { authorization: `Bearer ${board}` });
      expect(client.acknowledged).toBe(true);
      client.subscribe('kpi', 'subscription { kpiChanged { reason at } }');
      // The subscription is registered once B answers a first ping/pong round or immediately; write until it lands.
      const yearly = ['21', '30', '40', '50', '60'];
      await vi.waitFor(
        async () => {
          const result = await a.gql(UPDATE, { yearly }, admin);
          expect(result.errors).toBeUndefined();
          const pushed = client.messages.find((m) => m.type === 'next' && m.id === 'kpi');
          expect(pushed?.payload?.data?.kpiChanged?.reason).toBe('updateKpiTarget');
        },
        { timeout: 10_000, interval: 200 },
      );
      // B's cache was cleared by A's event: it answers with the new target.
      await vi.waitFor(async () => expect(await targetOnB(board)).toBe(201), { timeout: 5_000 });
      client.close();
      await a.gql(UPDATE, { yearly: ['20', '30', '40', '50', '60'] }, admin);
    });

    it('refuses the subscription to a founder (FORBIDDEN) and to an anonymous connection (UNAUTHENTICATED)', async () => {
      const founder = await connect(urlB, { authorization: `Bearer ${await a.loginAs('FOUNDER')}` });
      founder.subscribe('f', 'subscription { kpiChanged { reason } }');
      await vi.waitFor(() => expect(founder.messages.find((m) => m.id === 'f' && m.type === 'error')).toBeDefined());
      const error = founder.messages.find((m) => m.id === 'f' && m.type === 'error')!;
      expect(JSON.stringify(error.payload)).toContain('FORBIDDEN');
      founder.close();

      const anonymous = await connect(urlB, {});
      anonymous.subscribe('x', 'subscription { kpiChanged { reason } }');
      await vi.waitFor(() => expect(anonymous.messages.find((m) => m.id === 'x' && m.type === 'error')).toBeDefined());
      expect(JSON.stringify(anonymous.messages.find((m) => m.id === 'x')!.payload)).toContain('UNAUTHENTICATED');
      anonymous.close();
    });

    it('refuses a websocket connection whose token is not valid', async () => {
      const forged = await connect(urlB, { authorization: 'Bearer not-a-token' });
      expect(forged.acknowledged).toBe(false);
      expect(forged.messages[0]?.type).toBe('connection_error');
      await forged.closed;
    });
  });
});
