// The fund page's numbers read true in a real browser: every ILPA figure (NAV with uninvested cash,
// distributions, DPI, RVPI, TVPI, MOIC, gross and net IRR) with its one-line definition and the Hanoi day it is
// as of; and the fund's tables sort names the Vietnamese way even in a browser whose own language is English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hanoiToday } from '@launchpad/shared';
import { startTestServer } from '../support/server';
import {
  expectNoSeriousA11yViolations,
  expectText,
  launchBrowser,
  revealDeferred,
  screenshot,
  signIn,
} from '../support/browser';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let sortFundId = '';

/** Members whose Vietnamese order differs from an English browser's: ă after a, Đ after D. */
const MEMBERS = ['Đông Á Capital', 'Dũng Tiến Invest', 'Ăn Ngon Holdings', 'Azure Partners'];

async function api<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

beforeAll(async () => {
  server = await startTestServer();
  const { login } = await api<{ login: { token: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: 'fund@launchpad.test', p: 'launchpad-demo' },
  );
  const { createFund } = await api<{ createFund: { id: string } }>(
    'mutation($i: CreateFundInput!) { createFund(input: $i) { id } }',
    { i: { name: 'Quỹ Thứ Tự Tên' } },
    login.token,
  );
  sortFundId = createFund.id;
  for (const [index, memberName] of MEMBERS.entries()) {
    await api(
      'mutation($i: CommitCapitalInput!) { commitCapital(input: $i) { id } }',
      { i: { fundId: sortFundId, memberName, memberType: 'PRIVATE', amount: String((index + 1) * 1_000_000_000) } },
      login.token,
    );
  }
  browser = await launchBrowser();
  // The browser's own language is English; the app's interface stays in Vietnamese (its default).
  context = await browser.newContext({ baseURL: server.url, locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('the fund page', () => {
  it('shows each performance figure with its one-line definition and the Hanoi day it is as of', async () => {
    await signIn(page, 'fund@launchpad.test');
    await page.waitForURL((url) => url.pathname === '/fund');
    await page.getByRole('link', { name: 'Quỹ Đầu tư Mạo hiểm Hà Nội', exact: true }).click();
    const figures = page.getByRole('region', { name: 'Số liệu chính của quỹ' });
    await figures.waitFor();
    const definitions: [label: string, definition: string][] = [
      ['Giá trị tài sản ròng (NAV)', 'tiền chưa đầu tư'],
      ['Đã phân phối', 'Tiền thu từ thoái vốn'],
      ['DPI', 'Đã phân phối / vốn đã góp'],
      ['RVPI', 'NAV / vốn đã góp'],
      ['TVPI', 'DPI + RVPI'],
      ['MOIC', '/ vốn đầu tư'],
      ['IRR gộp', 'XIRR năm của danh mục'],
      ['IRR ròng', 'XIRR năm của thành viên'],
    ];
    for (const [label, definition] of definitions) {
      const tile = figures.locator('.figure').filter({ has: page.getByText(label, { exact: true }) });
      expect(await tile.count(), label).toBe(1);
      await expectText(tile, definition);
      // A value is shown beside every definition (a dash only where a rate is not defined).
      expect((await tile.locator('.figure__value').textContent())?.trim(), label).not.toBe('');
    }
    const [y, m, d] = hanoiToday().split('-');
    await expectText(page.getByTestId('performance-as-of'), `tính đến ngày ${d}/${m}/${y}`);
    // NAV counts the 480 bn paid in that is not invested: TVPI is not read as a loss.
    const tvpi = await figures.getByTestId('fund-tvpi').locator('.figure__value').textContent();
    expect(Number(tvpi!.replace('×', '').replace(',', '.'))).toBeGreaterThanOrEqual(1);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'fund-performance-figures');
  });

  it('sorts the members by name the Vietnamese way in an English browser', async () => {
    await page.goto(`/fund/${sortFundId}`);
    const table = page.getByTestId('members-table');
    await revealDeferred(page, table);
    await table.getByRole('cell', { name: 'Azure Partners' }).waitFor();
    await table.getByRole('columnheader', { name: 'Thành viên' }).click();
    const names = () => table.locator('tbody tr td:first-child').allTextContents();
    await expect
      .poll(async () => (await names()).map((n) => n.trim()))
      .toEqual(['Azure Partners', 'Ăn Ngon Holdings', 'Dũng Tiến Invest', 'Đông Á Capital']);
    await table.getByRole('columnheader', { name: 'Thành viên' }).click();
    await expect
      .poll(async () => (await names()).map((n) => n.trim()))
      .toEqual(['Đông Á Capital', 'Dũng Tiến Invest', 'Ăn Ngon Holdings', 'Azure Partners']);
    await expectNoSeriousA11yViolations(page);
  });
});
