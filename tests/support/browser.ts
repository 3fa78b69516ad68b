// Real Chromium for end-to-end tests, an accessibility check (axe-core) and screenshots for review.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium from the system package; no browser download. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
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

/** Saves a full-page screenshot to tests/artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Signs a demo account in through the login page (Vietnamese, the default language). */
export async function signIn(target: Page, email: string): Promise<void> {
  await target.goto('/login');
  await target.getByLabel('Email').fill(email);
  await target.locator('#login-password').fill('launchpad-demo');
  await target.getByRole('button', { name: 'Đăng nhập' }).click();
  await target.waitForURL((url) => url.pathname !== '/login');
}

/** Waits until a locator's text contains `expected` (the page updates after the server answers). */
export async function expectText(locator: Locator, expected: string): Promise<void> {
  await locator.filter({ hasText: expected }).first().waitFor();
  expect(await locator.first().textContent()).toContain(expected);
}
