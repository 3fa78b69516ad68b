// The real server, built in-process over a fresh database, and a small GraphQL client for tests.
import { buildApp } from '@launchpad/server';
import { loadConfig, type AppConfig } from '@launchpad/server/config';
import { seedDemoAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD } from '@launchpad/server/modules/users/seed';
import { seedContext, seedDemo } from '@launchpad/server/seed/demo';
import type { Clock, Role } from '@launchpad/shared';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from './database';

type FastifyInstance = Awaited<ReturnType<typeof buildApp>>;

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    // Tests sign in far more often than people; tests/api/security.test.ts sets low limits to prove them.
    RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
    RATE_LIMIT_APPLICATIONS_PER_MINUTE: '100000',
    ...overrides,
  });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: string[] }[];
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** Every SQL statement the ORM sent, in order (reset it before counting). */
  queries: string[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  loginAs(role: Role): Promise<string>;
  /**
   * Waits until every committed notification event has been expanded into its in-app rows and e-mail jobs (the
   * relay does it just after commit). `gql` waits for it after every mutation, so a test reads what people were told.
   */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** 'accounts': only the demo accounts; 'demo': the whole demo program; 'none': an empty database. */
  seed?: 'none' | 'accounts' | 'demo';
  config?: Record<string, string>;
  /** The server's clock (a test stands at a chosen instant); the system clock by default. */
  clock?: Clock;
}

export async function createTestApp({ seed = 'accounts', config = {}, clock }: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const queries: string[] = [];
  const appConfig = testConfig(config);
  const app = await buildApp(appConfig, {
    databaseUrl: database.appUrl,
    logger: false,
    onQuery: (sql) => queries.push(sql),
    clock,
  });
  await app.ready();
  const em = app.orm.em.fork();
  if (seed === 'accounts') await em.transactional((tx) => seedDemoAccounts(tx));
  if (seed === 'demo') await seedDemo(em, () => {}, seedContext(appConfig, app.documentStore));

  // Its own connection, so that waiting is not counted among the ORM's statements (`queries`).
  const watcher = new pg.Pool({ connectionString: database.appUrl, max: 1 });
  // A test that cuts the database off (health) kills this idle connection too; the pool drops it and reconnects.
  watcher.on('error', () => {});
  const settled = async () => {
    for (let waited = 0; waited < 10_000; waited += 10) {
      const { rows } = await watcher.query<{ n: number }>(
        `select count(*)::int as n from outbox where queue = 'notify' and relayed_at is null and attempts < 10`,
      );
      if (rows[0]!.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('notification events still waiting after 10 s');
  };

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      payload: { query, variables },
    });
    const body = response.json() as Omit<GraphQLResponse, 'status'>;
    if (/^\s*mutation\b/.test(query)) await settled();
    return { status: response.statusCode, ...body } as never;
  };

  // What the seed's changes told people is in place before the test reads it.
  await settled();

  const tokens = new Map<Role, string>();
  const loginAs = async (role: Role) => {
    const cached = tokens.get(role);
    if (cached) return cached;
    const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
    if (!account) throw new Error(`no demo account for ${role}`);
    const result = await gql<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: account.email, p: DEMO_PASSWORD },
    );
    if (!result.data) throw new Error(`login as ${role} failed: ${JSON.stringify(result.errors)}`);
    tokens.set(role, result.data.login.token);
    return result.data.login.token;
  };

  return {
    app,
    database,
    queries,
    gql,
    loginAs,
    settled,
    close: async () => {
      await watcher.end();
      await app.close();
      await database.drop();
    },
  };
}

/** The `extensions.code` of the first error, for terse assertions. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
