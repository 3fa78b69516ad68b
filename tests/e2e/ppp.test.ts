// The PPP portal in a real browser, without an account: a visitor reads the priority tasks, submits a proposal on
// one with an attachment, gets a receipt code and finds the proposal's status with that code — at phone width,
// without sideways scrolling or serious accessibility issues; a manager then downloads the attachment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer } from '../support/server';
import { expectNoSeriousA11yViolations, launchBrowser, screenshot } from '../support/browser';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let code: string;

// A minimal PDF: the server reads the type from the content.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const ATTACHMENT = 'Thuyết minh đề xuất.pdf';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  context = await browser.newContext({ baseURL: server.url, viewport: { width: 390, height: 844 } });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function noSidewaysScroll(): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('a PPP proposal without an account', () => {
  it('shows the open priority tasks with their budget, deadline and legal documents, and the channels’ figures', async () => {
    await page.goto('/ppp');
    await page.getByRole('heading', { level: 1, name: 'Hợp tác công tư: nhiệm vụ ưu tiên của Thành phố' }).waitFor();
    const tasks = page.getByTestId('priority-tasks');
    await tasks
      .getByRole('heading', { name: 'Điều khiển đèn tín hiệu thích ứng tại các nút giao trọng điểm' })
      .waitFor();
    expect(await tasks.textContent()).toContain('6100/QĐ-UBND');
    expect(await page.getByText('thí điểm đang chạy').isVisible()).toBe(true);
    await noSidewaysScroll();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'ppp-tasks');
  });

  it('refuses a summary that is too short beside its field, then takes the proposal and shows the receipt code', async () => {
    const card = page
      .getByTestId('priority-tasks')
      .getByRole('listitem')
      .filter({
        has: page.getByRole('heading', { name: 'Điều khiển đèn tín hiệu thích ứng tại các nút giao trọng điểm' }),
      });
    await card.getByRole('link', { name: /Gửi đề xuất cho nhiệm vụ này/ }).click();
    await page.waitForURL((url) => url.pathname === '/ppp/submit');
    await page.getByRole('heading', { level: 1, name: 'Gửi đề xuất hợp tác công tư' }).waitFor();
    await page.getByLabel('Tổ chức', { exact: true }).fill('Công ty Cổ phần Đèn Xanh');
    await page.locator('#ppp-kind').click();
    await page.getByRole('option', { name: 'Doanh nghiệp', exact: true }).click();
    await page.getByLabel('Người liên hệ').fill('Hoàng Thị Mai');
    await page.getByLabel('Email liên hệ').fill('mai.hoang@denxanh.example');
    await page.getByLabel('Tên đề xuất').fill('Đèn tín hiệu thích ứng cho quận Đống Đa');
    await page.getByLabel('Tóm tắt đề xuất').fill('Quá ngắn');
    await page.getByLabel('Phần vốn ngân sách (đồng)').fill('2000000000');
    await page.getByLabel('Phần vốn tư nhân (đồng)').fill('1500000000');
    await page.getByTestId('ppp-send').click();
    await page.getByText('Ít nhất 50 ký tự.').waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'ppp-submit-refused');

    await page
      .getByLabel('Tóm tắt đề xuất')
      .fill('Lắp đặt đèn tín hiệu thích ứng tại 8 nút giao quận Đống Đa, doanh nghiệp góp thiết bị và vận hành 3 năm.');
    await page
      .getByLabel('Tệp đính kèm (không bắt buộc)')
      .setInputFiles({ name: ATTACHMENT, mimeType: 'application/pdf', buffer: PDF });
    await page.getByTestId('attachments-list').getByText(ATTACHMENT).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.getByTestId('ppp-send').click();
    const receipt = page.getByTestId('ppp-receipt-code');
    await receipt.waitFor();
    code = (await receipt.textContent())!.trim();
    expect(code).toMatch(/^PPP-[2-9A-HJKMNP-Z]{8}$/);
    await noSidewaysScroll();
    await screenshot(page, 'ppp-receipt');
  });

  it('finds the proposal’s status with the receipt code, typed in by hand on the lookup page', async () => {
    await page.goto('/ppp/status');
    await page.getByLabel('Mã tiếp nhận').fill(code.toLowerCase());
    await page.getByTestId('ppp-lookup').click();
    const status = page.getByTestId('ppp-status');
    await status.waitFor();
    expect(await page.getByTestId('ppp-status-value').textContent()).toContain('Đã tiếp nhận');
    expect(await status.textContent()).toContain('Đèn tín hiệu thích ứng cho quận Đống Đa');
    expect(await status.textContent()).not.toContain('mai.hoang@denxanh.example');
    expect(new URL(page.url()).pathname).toBe(`/ppp/status/${code}`);
    await noSidewaysScroll();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'ppp-status');
  });

  it('lets a manager download the attachment from the review page', async () => {
    const manager = await browser.newContext({ baseURL: server.url, viewport: { width: 1366, height: 900 } });
    try {
      const review = await manager.newPage();
      await review.goto('/login');
      await review.getByLabel('Email').fill('incubator@launchpad.test');
      await review.locator('#login-password').fill('launchpad-demo');
      await review.getByRole('button', { name: 'Đăng nhập' }).click();
      await review.waitForURL((url) => url.pathname !== '/login');
      await review.goto('/program/ppp');
      const card = review.getByTestId('ppp-proposals').getByRole('listitem').filter({ hasText: code });
      const button = card.getByRole('button', { name: `Tải xuống ${ATTACHMENT}` });
      await button.waitFor();
      const [download] = await Promise.all([review.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toBe(ATTACHMENT);
      await screenshot(review, 'ppp-review-attachment');
    } finally {
      await manager.close();
    }
  });
});
