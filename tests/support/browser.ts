// Real Chromium for end-to-end tests over a real server, an accessibility check (axe-core) and screenshots for review.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestServer, type TestServer, type TestServerOptions } from './server';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium from the system package; no browser download. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A test file's browser and the server with the demo program it drives. */
export interface BrowserSession {
  /** The running server (its address, its job queue to run a scheduled job now). */
  readonly server: TestServer;
  /**
   * A page in a context of its own (its own sign-in), 1280×900 unless told, in `locale` when given, on a machine
   * set to `timezoneId` when given. Motion is reduced: messages appear at once, so the contrast check never sees a
   * half-faded one.
   */
  newPage: (options?: { width?: number; height?: number; locale?: 'vi' | 'en'; timezoneId?: string }) => Promise<Page>;
}

/** Starts the server and the browser before the file's tests and closes both, with every page, after them. */
export function browserSession(options: TestServerOptions = {}): BrowserSession {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer(options);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  const started = () => {
    if (!server || !browser) throw new Error('The browser session starts in beforeAll.');
    return { server, browser };
  };

  return {
    get server() {
      return started().server;
    },
    newPage: async ({ width = 1280, height = 900, locale, timezoneId } = {}) => {
      const { server, browser } = started();
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: { width, height },
        reducedMotion: 'reduce',
        ...(timezoneId ? { timezoneId } : {}),
      });
      contexts.push(context);
      if (locale) await context.addInitScript((lang) => localStorage.setItem('launchpad.locale', lang), locale);
      return context.newPage();
    },
  };
}

/** Fails listing every axe violation whose impact is serious or critical (WCAG 2.x A/AA rules and 2.5.3). */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const report = await seriousA11yViolations(page);
  if (report) throw new Error(`Accessibility violations on ${page.url()}:\n${report}`);
}

/** The serious and critical axe violations (WCAG 2.x A/AA rules) of the settled page, one per line; null if none. */
export async function seriousA11yViolations(page: Page): Promise<string | null> {
  // Judge the settled page: an overlay fading out is half-transparent and would read as low contrast.
  await page.waitForFunction(
    () => !document.querySelector('.p-connected-overlay-leave-active, .p-select-overlay'),
    null,
    {
      timeout: 5_000,
    },
  );
  // A message or dialog still fading in blends its text with the background: wait for finite animations to end.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page })
    // Accessible names contain the visible text (WCAG 2.5.3): axe marks the rule experimental, so it is asked for.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length === 0) return null;
  return serious
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`.replace(/\n/g, ' ')).join('\n'),
    )
    .join('\n');
}

/**
 * Scrolls the page as a reader would until no section waits to be scrolled near (`[data-deferred]`, see
 * web/src/components/DeferredSection.vue) and `until` (when given) is there, then back to the top.
 */
export async function revealDeferred(page: Page, until?: Locator): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const waiting = await page.evaluate(() => {
      const box = document.querySelector('[data-deferred]');
      box?.scrollIntoView({ block: 'center' });
      return box !== null;
    });
    if (!waiting && (!until || (await until.count()) > 0)) break;
    if (Date.now() > deadline) throw new Error(`Sections still waiting to be scrolled near on ${page.url()}`);
    await page.waitForTimeout(100);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Saves a full-page screenshot to tests/artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Signs a demo account in through the login page, in the page's language (Vietnamese by default, or English). */
export async function signIn(target: Page, email: string): Promise<void> {
  await target.goto('/login');
  await target.getByLabel('Email').fill(email);
  await target.locator('#login-password').fill('launchpad-demo');
  await target.getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click();
  await target.waitForURL((url) => url.pathname !== '/login');
}

/** Picks the option named exactly `option` of a PrimeVue Select whose combobox has this id. */
export async function chooseOption(page: Page, comboboxId: string, option: string): Promise<void> {
  await page.locator(`#${comboboxId}`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Waits until a locator's text contains `expected` (the page updates after the server answers). */
export async function expectText(locator: Locator, expected: string): Promise<void> {
  await locator.filter({ hasText: expected }).first().waitFor();
  expect(await locator.first().textContent()).toContain(expected);
}
