// Vietnamese search and order with the embedded PostgreSQL too (DATABASE_URL unset): the same migrations give its
// npm build the ICU collation vi-VN and the accent fold, so "phuong" finds "Phượng", "dong" finds "Đông" and names
// sort Đ after D exactly as on a PostgreSQL server (tests/api/vietnamese-text.test.ts runs against the server).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '@launchpad/server';
import { REPO_ROOT } from '@launchpad/server/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@launchpad/server/db/embedded';
import { dropDatabase, ensureDatabase, withDatabase } from '@launchpad/server/db/ensure-database';
import { migrate } from '@launchpad/server/db/migrate';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from '@launchpad/server/modules/users/seed';
import { testConfig } from '../support/app';

const dataDir = join(REPO_ROOT, '.data', 'test-vietnamese-embedded');
const port = 54377;
const NAMES = ['Mây Nông Nghiệp Care', 'Mây Đô Thị AI', 'Dũng Tiến', 'Phượng Hoàng Tech', 'Đông Á Số', 'Dong Xanh'];

let embedded: EmbeddedDatabase | undefined;
let app: Awaited<ReturnType<typeof buildApp>> | undefined;
let url: string;
let token: string;

async function gql<T>(query: string, variables: Record<string, unknown> = {}) {
  const response = await app!.inject({
    method: 'POST',
    url: '/graphql',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: { query, variables },
  });
  return response.json() as { data: T | null; errors?: unknown[] };
}

beforeAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  embedded = await startEmbeddedPostgres({ dataDir, port });
  url = withDatabase(embedded.url, 'launchpad_vietnamese');
  await ensureDatabase(url);
  await migrate(url);
  app = await buildApp(testConfig(), { databaseUrl: url, logger: false });
  await app.ready();
  await app.orm.em.fork().transactional((tx) => seedDemoAccounts(tx));
  const manager = DEMO_ACCOUNTS.find((account) => account.role === 'INCUBATOR_MANAGER')!;
  const login = await gql<{ login: { token: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: manager.email, p: DEMO_PASSWORD },
  );
  token = login.data!.login.token;
  for (const name of NAMES) {
    const created = await gql('mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }', {
      i: { name, sector: 'digital-health' },
    });
    expect(created.errors, name).toBeUndefined();
  }
}, 180_000);

afterAll(async () => {
  await app?.close();
  if (embedded) {
    await dropDatabase(url);
    await embedded.stop();
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

async function startupNames(search: string | null, sort = 'NAME_ASC'): Promise<string[]> {
  const result = await gql<{ startups: { edges: { node: { name: string } }[] } }>(
    'query($search: String, $sort: StartupSort) { startups(first: 50, search: $search, sort: $sort) { edges { node { name } } } }',
    { search, sort },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.startups.edges.map((edge) => edge.node.name);
}

describe('Vietnamese text with the embedded PostgreSQL', () => {
  it('finds "Phượng" from "phuong" and "Đông" from "dong", ignoring accents and case', async () => {
    expect(await startupNames('phuong')).toEqual(['Phượng Hoàng Tech']);
    expect(await startupNames('DONG')).toEqual(['Dong Xanh', 'Đông Á Số']);
  });

  it('sorts names with the Vietnamese collation: Đ after D, "Mây Đô Thị AI" before "Mây Nông Nghiệp Care"', async () => {
    const ascending = await startupNames(null);
    expect(ascending).toEqual([
      'Dong Xanh',
      'Dũng Tiến',
      'Đông Á Số',
      'Mây Đô Thị AI',
      'Mây Nông Nghiệp Care',
      'Phượng Hoàng Tech',
    ]);
    expect(await startupNames(null, 'NAME_DESC')).toEqual([...ascending].reverse());
  });
});
