// What a phone builds first on the data pages: the board's and the fund page's sections far below the first screen
// wait until the reader scrolls near them, then appear with the same figures; printing the board builds all of them
// first; the startup list is a plain table whose skeleton rows are exactly as tall as its rows of data.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, expectNoSeriousA11yViolations, screenshot, signIn } from '../support/browser';

const session = browserSession();
const PHONE = { width: 390, height: 844 };

/** Scrolls the window by one screen at a time (as a reader's thumb does) until `found` is there. */
async function scrollUntil(page: Page, found: () => Promise<boolean>): Promise<void> {
  for (let screen = 0; screen < 40 && !(await found()); screen++) {
    await page.mouse.wheel(0, PHONE.height * 0.8);
    await page.waitForTimeout(150);
  }
}

describe('a phone builds what is far below the first screen when it is scrolled to', () => {
  it("keeps the board's sections below its targets waiting, then shows them when scrolled to", async () => {
    const page = await session.newPage(PHONE);
    await signIn(page, 'board@launchpad.test');
    await page.getByTestId('kpi-startups').waitFor();
    await page.locator('[data-deferred]').first().waitFor({ state: 'attached' });
    // Nothing below the targets is built yet: no source amounts, no funnel, no sector table, no chart.
    expect(await page.getByTestId('sources').count()).toBe(0);
    expect(await page.getByTestId('sectors').count()).toBe(0);
    expect(await page.locator('.kpi-chart canvas').count()).toBe(0);

    const sectors = page.getByTestId('sectors');
    await scrollUntil(page, async () => (await sectors.count()) > 0);
    await sectors.locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('sources').locator('li strong').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('funnel').locator('li strong').count()).toBeGreaterThan(0);
    await page.locator('.kpi-chart canvas').first().waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'deferred-board-phone');
  });

  it("keeps the fund page's legal position and ledger waiting, then shows them when scrolled to", async () => {
    const page = await session.newPage(PHONE);
    await signIn(page, 'fund@launchpad.test');
    await page.getByRole('link', { name: 'Quỹ Đầu tư Mạo hiểm Hà Nội', exact: true }).click();
    await page.getByTestId('charter-capital').waitFor();
    expect(await page.locator('[data-deferred]').count()).toBe(2);
    expect(await page.getByTestId('fund-vehicle').count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Danh mục đầu tư' }).count()).toBe(0);

    const commitments = page.getByTestId('commitments-table');
    await scrollUntil(page, async () => (await commitments.count()) > 0);
    await commitments.locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('fund-vehicle').textContent()).toContain('Hợp đồng hợp tác kinh doanh (BCC)');
    await page.getByRole('tab', { name: 'Danh mục đầu tư' }).click();
    await page.getByTestId('holdings-table').getByRole('link').first().waitFor();
    expect(await page.locator('[data-deferred]').count()).toBe(0);
  });

  it('builds every section of the board at the first Tab, so moving by keyboard skips none of them', async () => {
    const page = await session.newPage(PHONE);
    await signIn(page, 'board@launchpad.test');
    await page.getByTestId('kpi-startups').waitFor();
    await page.locator('[data-deferred]').first().waitFor({ state: 'attached' });
    expect(await page.getByTestId('sectors').count()).toBe(0);
    await page.keyboard.press('Tab');
    await page.getByTestId('sectors').locator('tbody tr').first().waitFor();
    expect(await page.locator('[data-deferred]').count()).toBe(0);
  });

  it('builds every section of the board before it prints, without any scrolling', async () => {
    const page = await session.newPage(PHONE);
    await page.addInitScript(() => {
      // The print dialog itself is the browser's; what matters is what the page holds when it is asked for.
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = !document.querySelector('[data-deferred]');
      };
    });
    await signIn(page, 'board@launchpad.test');
    await page.getByTestId('kpi-startups').waitFor();
    expect(await page.getByTestId('sectors').count()).toBe(0);
    await page.getByRole('button', { name: 'In / PDF' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
    expect(await page.getByTestId('sectors').count()).toBe(1);
    expect(await page.getByTestId('mentoring-panel').count()).toBe(1);
  });
});

describe('the startup list', () => {
  it('keeps the rows’ height while the first page loads, then links every startup and its cohort', async () => {
    const page = await session.newPage({ width: 1280, height: 900 });
    await signIn(page, 'incubator@launchpad.test');
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('query Startups(')) await held;
      await route.continue();
    });
    await page.goto('/program/startups');
    const table = page.getByTestId('startup-table');
    await table.locator('.cell-skeleton').first().waitFor();
    const skeletonRows = await table.locator('tbody tr').count();
    const loadingHeight = (await table.boundingBox())!.height;
    release();
    await table.locator('tbody tr a').first().waitFor();

    // A page of data takes exactly the skeleton's room: nothing under the table moves when it arrives.
    expect(await table.locator('tbody tr').count()).toBe(skeletonRows);
    expect((await table.boundingBox())!.height).toBe(loadingHeight);
    const first = table.locator('tbody tr').first();
    const link = first.getByRole('link').first();
    expect(await link.getAttribute('href')).toMatch(/^\/program\/startups\/[^/]+$/);
    await link.click();
    await page.waitForURL(/\/program\/startups\/[^/]+$/);
  });

  it('builds a large screen’s first rows at once and the rest of the page of rows right after the first paint', async () => {
    const page = await session.newPage({ width: 1280, height: 900 });
    await signIn(page, 'incubator@launchpad.test');
    // The list's code waits for its first page of data, so the table's first render has all of it to draw.
    const answered = page.waitForResponse((r) => !!r.request().postData()?.includes('query Startups('));
    await page.route('**/assets/StartupListPage-*.js', async (route) => {
      await answered;
      await route.continue();
    });
    // Counts the rows the table's first render put in, as that render's DOM changes are reported.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const rows = document.querySelectorAll('[data-testid="startup-table"] a.startup-link').length;
        if (rows === 0) return;
        (window as unknown as { firstRenderRows: number }).firstRenderRows = rows;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/program/startups');
    const links = page.getByTestId('startup-table').locator('a.startup-link');
    await expect.poll(() => links.count()).toBe(20);
    expect(await page.evaluate(() => (window as unknown as { firstRenderRows?: number }).firstRenderRows)).toBe(12);
  });

  it('scrolls inside its own frame on a phone, the startup’s name staying in view', async () => {
    const page = await session.newPage(PHONE);
    await signIn(page, 'incubator@launchpad.test');
    await page.goto('/program/startups');
    const frame = page.getByRole('region', { name: /^Startup khớp bộ lọc/ });
    const name = page.getByTestId('startup-table').locator('tbody tr').first().getByRole('link').first();
    await name.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const before = (await name.boundingBox())!.x;
    await frame.evaluate((el) => el.scrollBy({ left: 300 }));
    await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect((await name.boundingBox())!.x).toBe(before);
    await screenshot(page, 'startup-list-phone-scrolled');
  });
});
