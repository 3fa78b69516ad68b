// Long forms are not lost: the public application, the PPP proposal and the long dialogs of the staff and founders
// keep what was typed in the browser until it is sent — across a reload, a closed dialog or a wrong click — and
// leaving with unsent changes asks first. Once sent, the draft is gone.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer } from '../support/server';
import { expectNoSeriousA11yViolations, launchBrowser, screenshot, signIn } from '../support/browser';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
let ids: { startup: string; dealInDiligence: string };

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    const startup = await client.query<{ id: string }>(
      `select id from startups where stage = 'INCUBATION' order by name limit 1`,
    );
    const deal = await client.query<{ id: string }>(
      `select id from deals where step = 'DUE_DILIGENCE' order by created_at desc limit 1`,
    );
    ids = { startup: startup.rows[0]!.id, dealInDiligence: deal.rows[0]!.id };
  } finally {
    await client.end();
  }
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

/** A fresh browser (its own storage) whose prompts are recorded: reloads go ahead, in-app leaves are refused. */
async function openPage(width = 1366): Promise<{ page: Page; prompts: string[] }> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width, height: 844 } });
  contexts.push(context);
  const page = await context.newPage();
  const prompts: string[] = [];
  page.on('dialog', (dialog) => {
    prompts.push(dialog.type());
    void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss());
  });
  return { page, prompts };
}

/**
 * Opens an address inside the running app (its router), as a click on a link would: the back button stays in it.
 * It waits for the page's first navigation, as a reader's click does: a push before it ends replaces the entry.
 */
async function inApp(page: Page, address: string): Promise<void> {
  await page.waitForFunction(() => !!(document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__);
  await page.evaluate(async (to) => {
    const host = document.querySelector('#app') as unknown as {
      __vue_app__: {
        config: { globalProperties: { $router: { isReady(): Promise<void>; push(to: string): Promise<unknown> } } };
      };
    };
    const router = host.__vue_app__.config.globalProperties.$router;
    await router.isReady();
    await router.push(to);
  }, address);
}

describe('the draft of a public application', () => {
  it('is restored after a reload, and leaving with unsent changes asks first', async () => {
    const { page, prompts } = await openPage(390);
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
    await expect.poll(() => prompts.includes('confirm')).toBe(true);
    expect(page.url()).toBe(before);
  });
});

describe('the draft of a PPP proposal', () => {
  it('is restored after a reload and can be discarded', async () => {
    const { page } = await openPage(390);
    await page.goto('/ppp/submit');
    const summary = 'Nền tảng dữ liệu mở về chất lượng không khí cho các trường học của Thủ đô. '.repeat(10);
    await page.getByLabel('Tổ chức', { exact: true }).fill('Công ty Cổ phần Không Khí Sạch');
    await page.getByLabel('Tóm tắt đề xuất', { exact: true }).fill(summary);

    await page.reload();
    await page.getByTestId('draft-restored').waitFor();
    expect(await page.getByLabel('Tổ chức', { exact: true }).inputValue()).toBe('Công ty Cổ phần Không Khí Sạch');
    expect(await page.getByLabel('Tóm tắt đề xuất', { exact: true }).inputValue()).toBe(summary);
    await expectNoSeriousA11yViolations(page);

    // Discarding empties the form and forgets the draft: a reload shows a blank form.
    await page.getByTestId('draft-restored').getByRole('button', { name: 'Xóa bản nháp' }).click();
    expect(await page.getByLabel('Tóm tắt đề xuất', { exact: true }).inputValue()).toBe('');
    await page.reload();
    await page.getByLabel('Tóm tắt đề xuất', { exact: true }).waitFor();
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    expect(await page.getByLabel('Tổ chức', { exact: true }).inputValue()).toBe('');
  });
});

describe('the draft of a milestone dialog', () => {
  it('survives closing the dialog and a reload, asks before leaving while open, and is gone once saved', async () => {
    const { page, prompts } = await openPage();
    await signIn(page, 'incubator@launchpad.test');
    await page.goto('/program/startups');
    await inApp(page, `/program/startups/${ids.startup}`);
    const evidence = 'Nguyên mẫu chạy thử tại 3 nút giao trong hai tuần, kèm video và số liệu đo lưu lượng.';

    await page.getByRole('button', { name: 'Thêm cột mốc' }).click();
    let dialog = page.getByRole('dialog', { name: 'Thêm cột mốc' });
    await dialog.getByLabel('Tên cột mốc').fill('Thử nghiệm tại nút giao');
    await dialog.getByLabel('Mô tả minh chứng').fill(evidence);

    // The browser's back button while the dialog holds unsent text asks first; refusing keeps everything.
    const here = page.url();
    await page.goBack();
    await expect.poll(() => prompts.includes('confirm')).toBe(true);
    await expect.poll(() => page.url()).toBe(here);
    expect(await dialog.getByLabel('Mô tả minh chứng').inputValue()).toBe(evidence);

    // Closed without saving, then the page reloaded: the dialog opens with the text again, and says so.
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.reload();
    await page.getByRole('button', { name: 'Thêm cột mốc' }).click();
    dialog = page.getByRole('dialog', { name: 'Thêm cột mốc' });
    await dialog.getByTestId('draft-restored').waitFor();
    expect(await dialog.getByLabel('Tên cột mốc').inputValue()).toBe('Thử nghiệm tại nút giao');
    expect(await dialog.getByLabel('Mô tả minh chứng').inputValue()).toBe(evidence);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'drafts-02-milestone-restored');

    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Thêm cột mốc' }).click();
    dialog = page.getByRole('dialog', { name: 'Thêm cột mốc' });
    await dialog.getByLabel('Mô tả minh chứng').waitFor();
    expect(await dialog.getByLabel('Mô tả minh chứng').inputValue()).toBe('');
    expect(await dialog.getByTestId('draft-restored').count()).toBe(0);
  });
});

describe('the draft of a problem statement', () => {
  it('keeps the description and the rubric across a reload with the dialog open', async () => {
    const { page } = await openPage();
    await signIn(page, 'incubator@launchpad.test');
    await page.goto('/program/challenges');
    await page.getByTestId('new-challenge').click();
    let dialog = page.getByRole('dialog', { name: 'Thêm bài toán' });
    const description = 'Giảm ùn tắc tại 20 nút giao trọng điểm bằng đèn tín hiệu thích ứng theo lưu lượng thực.';
    await dialog.getByLabel('Mô tả bài toán').fill(description);
    await dialog.getByLabel('Tiêu chí 1', { exact: true }).fill('Tính khả thi');
    await dialog.getByTestId('add-criterion').click();
    await dialog.getByLabel('Tiêu chí 2', { exact: true }).fill('Chi phí triển khai');

    await page.reload();
    await page.getByTestId('new-challenge').click();
    dialog = page.getByRole('dialog', { name: 'Thêm bài toán' });
    await dialog.getByTestId('draft-restored').waitFor();
    expect(await dialog.getByLabel('Mô tả bài toán').inputValue()).toBe(description);
    expect(await dialog.getByLabel('Tiêu chí 2', { exact: true }).inputValue()).toBe('Chi phí triển khai');
  });
});

describe('the draft of a metric report', () => {
  it('comes back after the dialog is closed, with the revenue as typed', async () => {
    const { page } = await openPage(390);
    await signIn(page, 'founder@launchpad.test');
    await page.goto('/my-startup');
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Doanh thu (đồng) *').fill('1,2 tỷ');
    await dialog.getByText('= 1.200.000.000').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.reload();
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByTestId('draft-restored').waitFor();
    expect(await dialog.getByLabel('Doanh thu (đồng) *').inputValue()).toBe('1,2 tỷ');
    await screenshot(page, 'drafts-03-metric-restored-390');
  });
});

describe('the drafts of due-diligence findings', () => {
  it('keeps each area’s finding until that area is saved', async () => {
    const { page } = await openPage();
    await signIn(page, 'fund@launchpad.test');
    await page.goto(`/deals/${ids.dealInDiligence}`);
    const areas = page.locator('[data-testid^="dd-"]').filter({ has: page.locator('textarea') });
    const first = areas.nth(0);
    const second = areas.nth(1);
    await first.locator('textarea').fill('Giấy phép và điều lệ đầy đủ; không có tranh chấp.');
    await second.locator('textarea').fill('Báo cáo tài chính 2025 đã kiểm toán, chưa có thư quản lý.');

    await page.reload();
    await page.getByTestId('draft-restored').waitFor();
    expect(await first.locator('textarea').inputValue()).toBe('Giấy phép và điều lệ đầy đủ; không có tranh chấp.');
    expect(await second.locator('textarea').inputValue()).toContain('Báo cáo tài chính 2025');

    // Saving the first area sends it; the second stays a draft, still there after the page reloads.
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('UpdateDueDiligenceItem'),
    );
    await first.getByRole('button', { name: 'Lưu' }).click();
    await saved;
    await page.reload();
    await page.getByTestId('draft-restored').waitFor();
    expect(await first.locator('textarea').inputValue()).toBe('Giấy phép và điều lệ đầy đủ; không có tranh chấp.');
    expect(await second.locator('textarea').inputValue()).toContain('Báo cáo tài chính 2025');
    await second.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('.findings'))))
      .toEqual([]);
  });
});
