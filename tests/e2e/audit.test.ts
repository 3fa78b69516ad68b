// The audit page in a real browser, the Content-Security-Policy the web app runs under, and hostile text shown inert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer } from '../support/server';
import { expectNoSeriousA11yViolations, launchBrowser, screenshot } from '../support/browser';

const PAYLOAD = '<img src=x onerror="window.__pwned=1">';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function tokenFor(email: string): Promise<string> {
  const data = await api<{ login: { token: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: 'launchpad-demo' },
  );
  return data.login.token;
}

/** A page that records every CSP violation and console error it meets. */
async function watchedPage(context: BrowserContext) {
  const problems: string[] = [];
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, problems };
}

/** CSP violations the page reported since it loaded. */
function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.locator('#login-password').fill('launchpad-demo');
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

let startupId: string;
let fundId: string;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const manager = await tokenFor('incubator@launchpad.test');
  const created = await api<{ createStartup: { id: string; name: string } }>(
    'mutation($input: CreateStartupInput!) { createStartup(input: $input) { id name } }',
    { input: { name: PAYLOAD, sector: 'digital-health' } },
    manager,
  );
  startupId = created.createStartup.id;
  expect(created.createStartup.name).toBe(PAYLOAD);
  // A capital contribution for the board to read as a sentence.
  const fundManager = await tokenFor('fund@launchpad.test');
  const fund = await api<{ createFund: { id: string } }>(
    'mutation($input: CreateFundInput!) { createFund(input: $input) { id } }',
    { input: { name: 'Quỹ Khởi nghiệp Thủ đô' } },
    fundManager,
  );
  fundId = fund.createFund.id;
  const commitment = await api<{ commitCapital: { id: string } }>(
    'mutation($input: CommitCapitalInput!) { commitCapital(input: $input) { id } }',
    { input: { fundId, memberName: 'Vietcombank', memberType: 'PRIVATE', amount: '12000000000' } },
    fundManager,
  );
  await api(
    'mutation($id: ID!, $amount: VND!, $reason: String) { changeCommitment(commitmentId: $id, amount: $amount, reason: $reason) { id } }',
    { id: commitment.commitCapital.id, amount: '15000000000', reason: 'Bổ sung vốn' },
    fundManager,
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the audit log page', () => {
  it('runs the login page under the Content-Security-Policy without a single violation', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const { page, problems } = await watchedPage(context);
    const response = await page.goto('/login');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByLabel('Email').waitFor();
    // PrimeVue's theme comes from the built stylesheet (it injects no <style>): the sign-in button wears the theme's
    // primary colour, which only that stylesheet defines (a browser's own button is grey).
    const paint = await page.locator('form button[type="submit"]').evaluate((button) => {
      const probe = document.createElement('span');
      probe.style.backgroundColor = 'var(--p-primary-color)';
      document.body.append(probe);
      const primary = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return { button: getComputedStyle(button).backgroundColor, primary };
    });
    expect(paint.primary).not.toBe('rgba(0, 0, 0, 0)');
    expect(paint.button).toBe(paint.primary);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    const inlineScriptRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.appendChild(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    // The injected inline script was blocked — and reported, which proves the policy is enforced, not just sent.
    expect(inlineScriptRan).toBe(false);
    expect(await cspViolations(page)).toEqual([expect.stringMatching(/^script-src/)]);
    await context.close();
  });

  it('shows BOARD who changed what and when, filtered by action, with the hostile name as plain text', async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1366, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await signIn(page, 'board@launchpad.test');
    await page.getByRole('button', { name: 'English' }).click();

    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: /Audit log/ }).click();
    await page.waitForURL((url) => url.pathname === '/audit');
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const table = page.getByTestId('audit-table');
    await table.locator('tbody tr').first().waitFor();
    // The hash chain checks out (nobody edited the log).
    await expect
      .poll(() => page.getByTestId('audit-chain').textContent(), { timeout: 30_000 })
      .toMatch(/Hash chain verified up to #\d+/);

    // The newest entry is the startup created with a script payload as its name: shown, never run.
    await page.locator('#audit-action').click();
    await page.getByRole('option', { name: 'Created the startup …' }).click();
    await page.locator('.p-select-overlay').waitFor({ state: 'detached' });
    await table.getByText(PAYLOAD, { exact: false }).first().waitFor();
    await expect
      .poll(
        async () => {
          const texts = await table.getByTestId('audit-sentence').allTextContents();
          return texts.length > 0 && texts.every((text) => text.includes('created the startup'));
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows[0]).toContain(`Trần Thu Hà created the startup ${PAYLOAD}`);
    expect(await table.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'audit-log');
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads entries as sentences in Vietnamese and English, opens a before/after, filters and follows a link', async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1366, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await signIn(page, 'board@launchpad.test');
    await page.goto('/audit');
    const table = page.getByTestId('audit-table');
    const sentences = table.getByTestId('audit-sentence');
    // Vietnamese first (the default language): who, the verb, the amount as money, the member.
    await sentences.filter({ hasText: 'Lê Quốc Bảo ghi nhận góp vốn 12 tỷ ₫ của Vietcombank' }).waitFor();
    await sentences.filter({ hasText: 'Lê Quốc Bảo lập quỹ Quỹ Khởi nghiệp Thủ đô' }).waitFor();
    await screenshot(page, 'audit-log-vi-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'audit-log-vi-390');

    await page.getByRole('button', { name: 'English' }).click();
    await sentences.filter({ hasText: 'Lê Quốc Bảo recorded a VND 12 bn contribution from Vietcombank' }).waitFor();
    await screenshot(page, 'audit-log-en-390');
    await page.setViewportSize({ width: 1366, height: 900 });

    // Narrow to capital commitments by the subject-type filter.
    await page.locator('#audit-type').selectOption({ label: 'Capital commitment' });
    // Only commitments are left: ours, newest first, then the demo fund's.
    await expect
      .poll(
        async () => {
          const texts = (await sentences.allTextContents()).map((text) => text.trim());
          return texts.every((text) => /commitment of|contribution from/.test(text)) ? texts.slice(0, 2) : texts;
        },
        { timeout: 30_000 },
      )
      .toEqual([
        'Lê Quốc Bảo changed the commitment of Vietcombank to VND 15 bn',
        'Lê Quốc Bảo recorded a VND 12 bn contribution from Vietcombank',
      ]);

    // Before/after of the change: the amount old → new, as money, and the reason.
    const change = table.locator('tbody tr').first();
    await change.getByText(/Show before \/ after/).click();
    const fields = change.locator('.changes__table');
    await fields.getByRole('row', { name: /Amount/ }).waitFor();
    expect(await fields.getByRole('row', { name: /Amount/ }).textContent()).toMatch(
      /VND 12,000,000,000\s*VND 15,000,000,000/,
    );
    expect(await fields.getByRole('row', { name: /Reason/ }).textContent()).toContain('Bổ sung vốn');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'audit-log-en-1366');

    // The member's name links to the fund's page.
    await change.getByRole('link', { name: 'Vietcombank' }).click();
    await page.waitForURL((url) => url.pathname === `/fund/${fundId}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('renders the startup whose name is an HTML payload as text on its own page', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const { page, problems } = await watchedPage(context);
    await signIn(page, 'incubator@launchpad.test');
    await page.goto(`/program/startups/${startupId}`);
    await page.getByText(PAYLOAD).first().waitFor();
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the page from a founder: the route sends them home and the API says FORBIDDEN', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'founder@launchpad.test');
    const nav = page.getByRole('navigation').first();
    expect(await nav.getByRole('link', { name: /Nhật ký kiểm toán|Audit log/ }).count()).toBe(0);
    await page.goto('/audit');
    await page.waitForURL((url) => url.pathname !== '/audit');
    const founder = await tokenFor('founder@launchpad.test');
    await expect(api('{ auditLog { edges { cursor } } }', {}, founder)).rejects.toThrow(/FORBIDDEN/);
    await context.close();
  });
});
