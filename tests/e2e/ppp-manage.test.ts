// The city's channels from the managers' side in a real browser: an incubator manager records a pilot in controlled
// testing and starts it, records an MoU with a strategic partner, edits a partner (its links kept), accepts a PPP
// proposal sent with a PDF brief and makes a PPP contract of it, and records a state support on a startup's page —
// each through its form — and the PPP pages read well at desktop and phone width, in Vietnamese and English.
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, expectNoSeriousA11yViolations, screenshot, signIn } from '../support/browser';

const { newPage } = browserSession();
const stamp = Date.now().toString(36);

async function signedIn(width = 1366, height = 900, locale: 'vi' | 'en' = 'vi'): Promise<Page> {
  const page = await newPage({ width, height, locale });
  await signIn(page, 'incubator@launchpad.test');
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
    await dialog.getByLabel('Ngày bắt đầu').fill('01/12/2026');
    await dialog.getByLabel('Ngày kết thúc').fill('01/11/2026');
    await dialog.getByLabel('Cán bộ phụ trách').fill('Nguyễn Văn Bình');
    await dialog.getByTestId('form-dialog-submit').click();
    await dialog.getByText('Ngày kết thúc phải sau ngày bắt đầu.').waitFor();
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'pilot-form');
    await dialog.getByLabel('Ngày kết thúc').fill('31/05/2027');
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
    await dialog.getByLabel('Ngày ký').fill('15/10/2026');
    await dialog.getByLabel('Hiệu lực đến').fill('14/10/2029');
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

  it('edits a partner’s name and website, keeping its fund membership and sponsored statements', async () => {
    const card = page
      .getByTestId('partners')
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Công ty Cổ phần FPT', exact: true }) });
    const sponsors = (await card.getByText('Đặt hàng đề bài').locator('..').textContent())!.trim();
    await card.getByRole('button', { name: 'Sửa đối tác: Công ty Cổ phần FPT' }).click();
    const dialog = page.getByTestId('partner-edit');
    await dialog.waitFor();
    expect(await dialog.getByLabel('Tên đối tác').inputValue()).toBe('Công ty Cổ phần FPT');
    await dialog.getByLabel('Tên đối tác').fill('');
    await dialog.getByTestId('form-dialog-submit').click();
    await dialog.getByText('Vui lòng nhập trường này.').waitFor();
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'partner-edit');
    const renamed = `Công ty Cổ phần FPT (FPT Corporation) ${stamp}`;
    await dialog.getByLabel('Tên đối tác').fill(renamed);
    await dialog.getByLabel('Trang web').fill('https://fpt.com.vn');
    await dialog.getByTestId('form-dialog-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    const edited = page
      .getByTestId('partners')
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: renamed }) });
    await edited.getByRole('link', { name: 'https://fpt.com.vn' }).waitFor();
    await edited.getByText('Thành viên Quỹ').waitFor();
    expect((await edited.getByText('Đặt hàng đề bài').locator('..').textContent())!.trim()).toBe(sponsors);
  });

  it('accepts a proposal sent with a PDF brief and makes a PPP contract of it with a startup', async () => {
    const title = 'Mạng cảm biến bụi mịn PM2.5 đặt tại trường học';
    await page.goto('/program/ppp');
    const card = page
      .getByTestId('ppp-proposals')
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: title }) });
    await card.getByRole('button', { name: 'Tải xuống Thuyết minh mạng cảm biến PM2.5.pdf' }).waitFor();
    await card.getByRole('button', { name: `Chấp thuận: ${title}`, exact: true }).click();
    const decision = page.getByTestId('ppp-decision');
    await decision.waitFor();
    await decision.getByTestId('form-dialog-submit').click();
    await decision.waitFor({ state: 'hidden' });
    await card.getByText('Được chấp thuận').waitFor();

    await card.getByRole('button', { name: `Chuyển thành hợp đồng PPP: ${title}` }).click();
    const dialog = page.getByTestId('ppp-contract');
    await dialog.waitFor();
    await dialog.getByTestId('form-dialog-submit').click();
    await dialog.getByText('Vui lòng nhập trường này.').waitFor();
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'ppp-contract-form');
    await page.locator('#form-ppp-contract-startupId').click();
    const option = page.getByRole('option').first();
    const startup = (await option.textContent())!.trim();
    await option.click();
    await dialog.getByTestId('form-dialog-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('Đã thành hợp đồng PPP').waitFor();
    await card.getByRole('link', { name: startup }).waitFor();
    expect(await card.getByRole('button', { name: `Chuyển thành hợp đồng PPP: ${title}` }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'ppp-contract-done');
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
    await dialog.getByLabel(/^Ngày/).fill('15/06/2026');
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
    for (const locale of ['vi', 'en'] as const) {
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
