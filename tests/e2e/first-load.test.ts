// A page's first queries leave with its HTML (web/build/first-load.ts), not after the app's code has
// downloaded and run; the app takes every one of those answers for its own identical request, so nothing is asked
// twice and nothing sent early is wasted. A visitor's page asks its public queries early, and no session's.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, signIn } from '../support/browser';

const session = browserSession();

/** The operation names of the POSTs to /graphql, in the order the page sent them. */
function recordOperations(page: Page): string[] {
  const operations: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const { query } = JSON.parse(request.postData() ?? '{}') as { query?: string };
    operations.push(/^\s*(?:query|mutation)\s+(\w+)/.exec(query ?? '')?.[1] ?? '?');
  });
  return operations;
}

/** What the first-load script sent that the app never took (an entry the app asked for differently). */
const untaken = (page: Page) =>
  page.evaluate(() => {
    const sent = (globalThis as { __launchpadFirstLoad?: Map<string, unknown> }).__launchpadFirstLoad;
    return sent ? [...sent.keys()].map((key) => key.slice(key.indexOf('\n') + 1, key.indexOf('\n') + 80)) : null;
  });

async function openSignedIn(
  email: string,
  path: (page: Page) => Promise<string>,
  ready: (page: Page) => Promise<void>,
) {
  const home = await session.newPage({ width: 390, height: 844 });
  await signIn(home, email);
  const address = await path(home);
  // The measured page opens in a tab of its own: the home page's queries, sent after signing in, are not its.
  const page = await home.context().newPage();
  await home.close();
  const operations = recordOperations(page);
  await page.goto(address);
  await ready(page);
  await page.waitForLoadState('networkidle');
  return { page, operations };
}

describe("a page's first queries", () => {
  it("leave with the board's HTML, and the board takes them", async () => {
    const { page, operations } = await openSignedIn(
      'board@launchpad.test',
      async () => '/board',
      (p) => p.getByTestId('kpi-startups').waitFor(),
    );
    expect(await untaken(page)).toEqual([]);
    expect(operations.filter((op) => op === 'Me')).toHaveLength(1);
    expect(operations.filter((op) => op === 'KpiDashboard')).toHaveLength(1);
  });

  it("leave with a fund page's HTML (the fund from its address, the law as of Hanoi's today)", async () => {
    const { page, operations } = await openSignedIn(
      'fund@launchpad.test',
      async (p) => {
        const link = p.getByRole('link', { name: 'Quỹ Đầu tư Mạo hiểm Hà Nội', exact: true });
        return (await link.getAttribute('href')) ?? '';
      },
      (p) => p.getByTestId('charter-capital').waitFor(),
    );
    expect(await untaken(page)).toEqual([]);
    for (const op of ['Me', 'FundLedger', 'FundLaw'])
      expect(
        operations.filter((o) => o === op),
        op,
      ).toHaveLength(1);
  });

  it('leave with the startup list, and a filtered list is left to the app', async () => {
    const plain = await openSignedIn(
      'incubator@launchpad.test',
      async () => '/program/startups',
      (p) => p.getByTestId('startup-table').locator('tbody tr a').first().waitFor(),
    );
    expect(await untaken(plain.page)).toEqual([]);
    for (const op of ['Me', 'Startups', 'StartupFilters'])
      expect(
        plain.operations.filter((o) => o === op),
        op,
      ).toHaveLength(1);

    const filtered = await openSignedIn(
      'incubator@launchpad.test',
      async () => '/program/startups?stage=INCUBATION',
      (p) => p.getByTestId('startup-table').locator('tbody tr a').first().waitFor(),
    );
    expect(await untaken(filtered.page)).toEqual([]);
    expect(filtered.operations.filter((o) => o === 'Startups')).toHaveLength(1);
  });

  it("for a visitor are the public page's own, asked once, and never the session's", async () => {
    const page = await session.newPage({ width: 390, height: 844 });
    const posts = recordOperations(page);
    const gets: string[] = [];
    page.on('request', (request) => {
      const query = new URL(request.url()).searchParams.get('query');
      if (request.method() === 'GET' && query) gets.push(/^\s*query\s+(\w+)/.exec(query)?.[1] ?? '?');
    });
    await page.goto('/challenges');
    await page.getByTestId('challenge-list').locator('li').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await untaken(page)).toEqual([]);
    expect(gets).toEqual(['PublishedChallenges']);
    expect(posts).not.toContain('Me');
  });
});
