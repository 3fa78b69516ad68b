// KPI changes reach the board live: two server instances share Redis, a write on one reaches a
// websocket subscriber (graphql-ws protocol) of the other, and clears the other's cached figures.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { randomBytes } from 'node:crypto';
import { connect as connectTcp } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@launchpad/server';
import { createTestApp, testConfig, type TestApp } from '../support/app';
import { subscriptionClient } from '../support/subscriptions';

// A prefix of this run's own: other runs on the same Redis publish KPI changes too.
const REDIS = { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: `lp-test-${randomBytes(6).toString('hex')}:` };

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

      const client = subscriptionClient(urlB, { authorization: `Bearer ${board}` });
      await vi.waitFor(() => expect(client.connected).toBe(true));
      const kpi = client.subscribe('subscription { kpiChanged { reason at } }');
      // The subscription is registered once B has processed it; write until an event lands.
      const yearly = ['21', '30', '40', '50', '60'];
      await vi.waitFor(
        async () => {
          const result = await a.gql(UPDATE, { yearly }, admin);
          expect(result.errors).toBeUndefined();
          const pushed = kpi.results[0]?.data as { kpiChanged?: { reason: string; at: string } } | undefined;
          expect(pushed?.kpiChanged?.reason).toBe('updateKpiTarget');
        },
        { timeout: 10_000, interval: 200 },
      );
      // B's cache was cleared by A's event: it answers with the new target.
      await vi.waitFor(async () => expect(await targetOnB(board)).toBe(201), { timeout: 5_000 });
      await client.dispose();
      await a.gql(UPDATE, { yearly: ['20', '30', '40', '50', '60'] }, admin);
    });

    it('refuses the subscription to a founder (FORBIDDEN) and to an anonymous connection (UNAUTHENTICATED)', async () => {
      const founder = subscriptionClient(urlB, { authorization: `Bearer ${await a.loginAs('FOUNDER')}` });
      const forbidden = founder.subscribe('subscription { kpiChanged { reason } }');
      await vi.waitFor(() => expect(forbidden.error).toBeDefined());
      expect(JSON.stringify(forbidden.error)).toContain('FORBIDDEN');
      expect(forbidden.results).toEqual([]);
      await founder.dispose();

      const anonymous = subscriptionClient(urlB, {});
      const unauthenticated = anonymous.subscribe('subscription { kpiChanged { reason } }');
      await vi.waitFor(() => expect(unauthenticated.error).toBeDefined());
      expect(JSON.stringify(unauthenticated.error)).toContain('UNAUTHENTICATED');
      expect(anonymous.connected).toBe(true); // anonymous connections are accepted; the field is refused
      await anonymous.dispose();
    });

    it('refuses a websocket connection whose token is not valid', async () => {
      const forged = subscriptionClient(urlB, { authorization: 'Bearer not-a-token' });
      await vi.waitFor(() => expect(forged.closed).toBe(true));
      expect(forged.connected).toBe(false);
      await forged.dispose();
    });
  });
});
