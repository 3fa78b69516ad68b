// What the first paint waits for: PrimeVue's theme arrives as built CSS (not computed in the browser), the
// session check (`me`) holds back only the pages that need the user, and a data page's queries do not wait for it.
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { browserSession, signIn } from '../support/browser';

const session = browserSession();

/**
 * Holds every GraphQL request of `operation` (`query Me`), sent over POST or as a public GET, until `release()`;
 * `pending()` says whether one is being held.
 */
async function holdQuery(
  page: Page,
  operation: string,
): Promise<{ pending: () => boolean; release: () => Promise<void> }> {
  const held: Route[] = [];
  let holding = true;
  await page.route(
    (url) => url.pathname === '/graphql',
    async (route) => {
      const request = route.request();
      const text = request.postData() ?? new URL(request.url()).searchParams.get('query') ?? '';
      if (holding && text.includes(operation)) held.push(route);
      else await route.continue();
    },
  );
  return {
    pending: () => held.length > 0,
    release: async () => {
      holding = false;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

/** Keeps every layout shift of the page's documents in `window.layoutShifts`. */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts so far: two frames after the last change every shift of its paint has reached the observer. */
function layoutShiftsSoFar(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return (window as unknown as { layoutShifts: number[] }).layoutShifts;
  });
}

/** A page whose browser keeps the board member's session from an earlier visit (the token in localStorage). */
async function returningBoardMember(): Promise<Page> {
  const page = await session.newPage();
  await signIn(page, 'board@launchpad.test');
  return page;
}

describe('first paint', () => {
  it("styles PrimeVue from the built CSS: no theme is injected at runtime, and the primary button is the preset's teal", async () => {
    const page = await session.newPage();
    await page.goto('/login');
    const submit = page.getByRole('button', { name: 'Đăng nhập' });
    await submit.waitFor();

    const injectedThemeStyles = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('style[data-primevue-style-id]'))
          .map((style) => style.getAttribute('data-primevue-style-id') ?? '')
          .filter((id) => id.endsWith('-variables') || id.endsWith('-style')).length,
    );
    expect(injectedThemeStyles).toBe(0);
    // primary.color is cyan.800 (#155e75) in web/src/theme.ts: white text on it passes WCAG AA.
    expect(await submit.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(21, 94, 117)');
  });

  it('shows a public page while the session check is still unanswered', async () => {
    const page = await returningBoardMember();
    const check = await holdQuery(page, 'query Me');
    await page.goto('/challenges');

    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(check.pending()).toBe(true);

    await check.release();
    await page.getByTestId('current-user').waitFor();
    expect(await page.getByTestId('current-user').textContent()).toContain('Hội đồng giám sát');
  });

  it('paints the shell at once and opens a signed-in page when the session check answers', async () => {
    const page = await returningBoardMember();
    const check = await holdQuery(page, 'query Me');
    await page.goto('/board');

    await page.locator('a.brand').waitFor();
    expect(check.pending()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0);
    // The visitor's navigation never shows for a user who is signed in.
    expect(await page.locator('nav.app-nav').count()).toBe(0);

    await check.release();
    await page.getByRole('heading', { level: 1, name: 'Tổng quan của Hội đồng' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/board');
  });

  it('keeps the header still on a phone-sized window while the page resolves its route, its data arrives and it starts to scroll', async () => {
    // At this width a visitor's first two navigation items share a row only if neither the scrollbar's arrival
    // nor the active item's bold label (the shell paints before the route resolves) takes room from them.
    const page = await session.newPage({ width: 425, height: 823 });
    await recordLayoutShifts(page);
    const list = await holdQuery(page, 'query PublishedChallenges');
    await page.goto('/challenges');
    // The page paints first, its list arrives after (as on a phone's network).
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => list.pending()).toBe(true);
    await list.release();
    await page.getByTestId('challenge-list').waitFor();
    // The list makes the page taller than the window, so the scrollbar is there now.
    expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);

    expect(await layoutShiftsSoFar(page)).toEqual([]);
  });

  it("keeps a signed-in header still on a phone when the notification bell's code arrives after the first paint", async () => {
    // The bell is its own chunk, loaded only for signed-in users; until it arrives its box is kept, so the name
    // and the sign-out button beside it do not jump to another row when it does.
    const page = await session.newPage({ width: 412, height: 823 });
    await signIn(page, 'incubator@launchpad.test');
    await recordLayoutShifts(page);
    const heldBell: Route[] = [];
    await page.route('**/assets/NotificationBell-*.js', (route) => void heldBell.push(route));
    await page.goto('/program/startups');
    await page.getByTestId('current-user').waitFor();
    await page.getByTestId('startup-table').waitFor();
    await expect.poll(() => heldBell.length).toBeGreaterThan(0);

    for (const route of heldBell.splice(0)) await route.continue();
    await page.getByTestId('bell').waitFor();
    // A sub-pixel settling of the slot's contents may be reported; without the kept box the shift was 0.19.
    const shifted = (await layoutShiftsSoFar(page)).reduce((sum, shift) => sum + shift, 0);
    expect(shifted).toBeLessThan(0.001);
  });

  // Each page's first query, and what shows once the page has mounted and sent its own requests.
  it.each([
    {
      page: 'board',
      path: '/board',
      as: 'board@launchpad.test',
      query: 'query KpiDashboard',
      // The live link answers after the page's mount-time load was sent: by then a second query would show.
      mounted: '[data-testid="live"].board__live--on',
    },
    {
      page: 'startup list',
      path: '/program/startups',
      as: 'incubator@launchpad.test',
      query: 'query Startups(',
      mounted: '[data-testid="startup-table"] tbody a',
    },
  ])(
    "sends the $page's first query while the session check is unanswered, and does not ask again once it mounts",
    async ({ path, as, query, mounted }) => {
      const page = await session.newPage();
      await signIn(page, as);
      const check = await holdQuery(page, 'query Me');
      const sent: string[] = [];
      page.on('request', (request) => {
        if (request.postData()?.includes(query)) sent.push(request.url());
      });
      const firstQuery = page.waitForRequest((request) => !!request.postData()?.includes(query));
      await page.goto(path);

      await firstQuery;
      expect(check.pending()).toBe(true);

      await check.release();
      await page.locator(mounted).first().waitFor();
      expect(sent).toHaveLength(1);
    },
  );

  it('sends a browser whose stored session has ended to the login page, to come back to the page it opened', async () => {
    const page = await session.newPage();
    await page.goto('/login');
    await page.evaluate(() => localStorage.setItem('launchpad.token', 'a-session-that-has-ended'));
    await page.goto('/board');

    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/board');
  });
});
