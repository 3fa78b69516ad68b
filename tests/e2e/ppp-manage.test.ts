// The city's channels from the managers' side in a real browser: an incubator manager records a pilot in controlled
// testing and starts it, records an MoU with a strategic partner and a state support on a startup's page — each
// through its form — and the PPP pages read well at desktop and phone width, in Vietnamese and English.
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer } from '../support/server';
import { expectNoSeriousA11yViolations, launchBrowser, screenshot } from '../support/browser';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
const stamp = Date.now().toString(36);

async function signedIn(width = 1366, height = 900, locale = 'vi'): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width, height } });
  contexts.push(context);
  await context.addInitScript((lang) => localStorage.setItem('launchpad.locale', lang), locale);
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill('incubator@launchpad.test');
  await page.locator('#login-password').fill('launchpad-demo');
  await page.getByRole('button', { name: locale === 'en' ? 'Sign in' : 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, `ppp-manage-${name}`);
  await mkdir('/tmp/shots', { recursive: true });
  await page.screenshot({ path: `/tmp/shots/ppp-manage-${name}.png`, fullPage: true });
}

async function choose(page: Page, inputId: string, option: string | null): Promise<void> {
  await page.locator(`#${inputId}`).click();
  const options = page.getByRole('option');
  await (option ? options.filter({ hasText: option }).first() : options.first()).click();
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

describe('the channels, managed through their forms', () => {
  let page: Page;

  it('records a pilot with a public body and starts it', async () => {
    page = await signedIn();
    await page.goto('/program/partners');
    await page.getByRole('heading', { level: 1, name: 'Thí điểm có kiểm soát' }).waitFor();
    await page.getByTestId('pilot-add').click();
    const dialog = page.getByTestId('pilot-create');
    await dialog.waitFor();
    await choose(page, 'form-pilot-create-startupId', null);
    const body = `UBND phường Láng ${stamp}`;
    await dialog.getByLabel('Cơ quan nhà nước').fill(body);
    await dialog.getByLabel('Phạm vi').fill('Thử nghiệm cảm biến chất lượng không khí tại 5 trường học.');
    await dialog.getByLabel('Điều kiện').fill('Dữ liệu ẩn danh; dừng khi có sự cố an toàn.');
    await dialog.getByLabel('Ngày bắt đầu').fill('2026-12-01');
    await dialog.getByLabel('Ngày kết thúc').fill('2026-11-01');
    await dialog.getByLabel('Cán bộ phụ trách').fill('Nguyễn Văn Bình');
    await dialog.getByTestId('form-dialog-submit').click();
    await dialog.getByText('Ngày kết thúc phải sau ngày bắt đầu.').waitFor();
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'pilot-form');
    await dialog.getByLabel('Ngày kết thúc').fill('2027-05-31');
    await dialog.getByTestId('form-dialog-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    const card = page.getByTestId('pilots').getByRole('listitem').filter({ hasText: body });
    await card.getByText('Đã lên kế hoạch').waitFor();
    await card.getByRole('button', { name: new RegExp(`^Bắt đầu thí điểm: .*${body}`) }).click();
    await card.getByText('Đang thí điểm').waitFor();
  });

  it('records an MoU with a strategic partner', async () => {
    const button = page.getByRole('button', { name: /^Ghi nhận MoU: / }).first();
    const partner = (await button.getAttribute('aria-label'))!.replace('Ghi nhận MoU: ', '');
    await button.click();
    const dialog = page.getByTestId('partner-mou');
    await dialog.waitFor();
    const title = `Biên bản ghi nhớ đổi mới sáng tạo ${stamp}`;
    await dialog.getByLabel('Tên thỏa thuận').fill(title);
    await dialog.getByLabel('Ngày ký').fill('2026-10-15');
    await dialog.getByLabel('Hiệu lực đến').fill('2029-10-14');
    await dialog
      .getByLabel('Phạm vi hợp tác')
      .fill('Đồng tổ chức chương trình tăng tốc cho startup giao thông thông minh.');
    await expectNoSeriousA11yViolations(page);
    await dialog.getByTestId('form-dialog-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    const card = page
      .getByTestId('partners')
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: partner }) });
    await card.getByText(title).waitFor();
    expect(await card.textContent()).toContain('Đồng tổ chức chương trình tăng tốc');
  });

  it('records a state support on a startup’s page and shows it in the ledger with the total', async () => {
    await page.goto('/program/startups');
    await page.locator('a.startup-link').first().click();
    const panel = page.getByTestId('support-panel');
    await panel.waitFor();
    const before = (await page.getByTestId('support-panel-total').textContent())!.trim();
    await panel.getByRole('button', { name: 'Ghi nhận hỗ trợ' }).click();
    const dialog = page.getByTestId('support-record');
    await dialog.waitFor();
    await choose(page, 'form-support-record-kind', 'Tài trợ');
    const source = `Sở Khoa học và Công nghệ ${stamp}`;
    await dialog.getByLabel('Nguồn').fill(source);
    await dialog.getByLabel('Căn cứ pháp lý').fill('Nghị định 80/2021/NĐ-CP');
    await dialog.getByLabel('Số tiền').fill('150000000');
    await dialog.getByLabel(/^Ngày/).fill('2026-06-15');
    await dialog.getByLabel('Chi phí được hỗ trợ').fill(`HD-${stamp}`);
    await expectNoSeriousA11yViolations(page);
    await dialog.getByTestId('form-dialog-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await panel.getByTestId('support-panel-lines').getByText(source).first().waitFor();
    expect((await page.getByTestId('support-panel-total').textContent())!.trim()).not.toBe(before);
    await shot(page, 'startup-ledgers');
  });
});

describe('the PPP pages at desktop and phone width, in both languages', () => {
  const PAGES = [
    ['tasks', '/ppp'],
    ['submit', '/ppp/submit'],
    ['review', '/program/ppp'],
    ['partners', '/program/partners'],
    ['priority-tasks', '/program/priority-tasks'],
  ] as const;
  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const) {
    for (const locale of ['vi', 'en']) {
      it(`reads without sideways scrolling at ${width} px in ${locale}`, async () => {
        const page = await signedIn(width, height, locale);
        for (const [name, path] of PAGES) {
          await page.goto(path);
          await page.locator('h1').first().waitFor();
          await page.waitForLoadState('networkidle');
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
          await shot(page, `${name}-${width}-${locale}`);
        }
      });
    }
  }
});
