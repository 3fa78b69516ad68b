// A long public application is not lost: its draft stays in the browser across a reload until it is sent,
// and leaving the page with unsent changes asks first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startTestServer } from '../support/server';
import { launchBrowser, screenshot } from '../support/browser';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  context = await browser.newContext({ baseURL: server.url, viewport: { width: 390, height: 844 } });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('the draft of a public application', () => {
  it('is restored after a reload, and leaving with unsent changes asks first', async () => {
    const page = await context.newPage();
    const dialogs: string[] = [];
    // Accept the reload's prompt; refuse the in-app navigation's, to stay on the form.
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss());
    });
    await page.goto('/challenges');
    const apply = page.locator('a[href$="/apply"]').first();
    await page.goto((await apply.getAttribute('href')) ?? '');
    const proposal =
      'Mạng cảm biến giá rẻ đo lưu lượng xe tại nút giao, điều chỉnh chu kỳ đèn theo thời gian thực. '.repeat(40);
    await page.getByLabel('Tên đội', { exact: false }).fill('Đội Nút Giao Xanh');
    await page.getByLabel('Đề xuất giải pháp', { exact: false }).fill(proposal);

    await page.reload();
    await page.getByTestId('draft-restored').waitFor();
    expect(await page.getByLabel('Tên đội', { exact: false }).inputValue()).toBe('Đội Nút Giao Xanh');
    expect(await page.getByLabel('Đề xuất giải pháp', { exact: false }).inputValue()).toBe(proposal);
    await screenshot(page, 'drafts-01-restored-390');

    const before = page.url();
    await page.getByRole('link', { name: 'Quay lại' }).click();
    await expect.poll(() => dialogs.includes('confirm')).toBe(true);
    expect(page.url()).toBe(before);
  });
});
