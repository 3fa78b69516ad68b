// The sign-in journey in a real browser: Vietnamese by default, the board's home, English on request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer } from '../support/server';
import { expectNoSeriousA11yViolations, launchBrowser, screenshot } from '../support/browser';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('signing in', () => {
  it('sends a visitor who is not signed in to the login page, in Vietnamese, without serious accessibility issues', async () => {
    await page.goto('/board');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/board');

    await page.getByRole('heading', { level: 2, name: 'Đăng nhập' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.getByLabel('Email').isVisible()).toBe(true);
    expect(await page.locator('#login-password').isVisible()).toBe(true);

    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'login');
  });

  it('refuses a wrong password with "Email hoặc mật khẩu không đúng"', async () => {
    await page.getByLabel('Email').fill('board@launchpad.test');
    await page.locator('#login-password').fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();

    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Email hoặc mật khẩu không đúng');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('signs the board member in and lands on the board home with their name and role', async () => {
    await page.getByLabel('Email').fill('board@launchpad.test');
    await page.locator('#login-password').fill('launchpad-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();

    await page.waitForURL((url) => url.pathname === '/board');
    await page.getByRole('heading', { level: 1, name: 'Tổng quan của Hội đồng' }).waitFor();
    expect(await page.getByTestId('current-user').textContent()).toContain('Hội đồng giám sát');

    // The board reads every area: the navigation is computed from the routes' roles.
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      expect.stringContaining('Chương trình'),
      expect.stringContaining('Cố vấn và chuyên gia'),
      expect.stringContaining('Quỹ đầu tư'),
      expect.stringContaining('Thương vụ đầu tư'),
      expect.stringContaining('Hội đồng'),
      expect.stringContaining('Nhật ký kiểm toán'),
    ]);
  });

  it('switches to English, and the choice survives a reload', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Board overview' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Board overview' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('current-user').textContent()).toContain('Oversight board');
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);

    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'board-home');
  });
});
