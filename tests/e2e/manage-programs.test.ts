// The incubator's managers run problem statements from the browser (write a draft with its rubric, edit it,
// publish it, close it) and the admin edits a program's stage gates; the board and managers only read gates.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, expectNoSeriousA11yViolations, screenshot, signIn } from '../support/browser';

const session = browserSession();

const stamp = Date.now().toString(36);
const TITLE = `Đèn giao thông thích ứng ${stamp}`;

async function signedIn(email: string, width = 1366): Promise<Page> {
  const page = await session.newPage({ width });
  await signIn(page, email);
  return page;
}

describe('problem statements in the browser', () => {
  let manager: Page;
  const card = () => manager.getByRole('listitem').filter({ has: manager.getByRole('heading', { name: TITLE }) });

  it('writes a draft with its rubric, refusing missing fields and a zero weight first', async () => {
    manager = await signedIn('incubator@launchpad.test');
    await manager.goto('/program/challenges');
    await manager.getByTestId('new-challenge').click();
    const dialog = manager.getByRole('dialog', { name: 'Thêm bài toán' });
    await dialog.waitFor();
    await expectNoSeriousA11yViolations(manager);
    await dialog.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await dialog.getByText('Vui lòng nhập trường này.').first().waitFor();

    await dialog.getByLabel('Tên bài toán').fill(TITLE);
    await dialog.getByLabel('Đơn vị đặt bài toán').fill('Sở Giao thông Vận tải Hà Nội');
    await dialog.getByRole('combobox', { name: 'Lĩnh vực' }).click();
    await manager.getByRole('option').first().click();
    await dialog.getByLabel('Hạn nộp hồ sơ').fill('31/12/2030');
    await dialog
      .getByLabel('Mô tả bài toán')
      .fill('Giảm ùn tắc tại 20 nút giao trọng điểm bằng đèn tín hiệu thích ứng.');
    await dialog.getByLabel('Kết quả mong đợi').fill('Thời gian chờ trung bình giảm 15%.');
    await dialog.getByLabel('Tiêu chí 1', { exact: true }).fill('Tính khả thi');
    await dialog.getByLabel('Trọng số 1', { exact: true }).fill('3');
    await dialog.getByTestId('add-criterion').click();
    await dialog.getByLabel('Tiêu chí 2', { exact: true }).fill('Chi phí');
    await dialog.getByLabel('Trọng số 2', { exact: true }).fill('0');
    await dialog.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await dialog.getByText('Trọng số là số nguyên từ 1 đến 100.').waitFor();
    await expectNoSeriousA11yViolations(manager);
    await screenshot(manager, 'manage-programs-01-challenge-refused');

    await dialog.getByLabel('Trọng số 2', { exact: true }).fill('2');
    await dialog.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await manager.getByTestId('challenge-notice').getByText(`Đã lưu bản nháp “${TITLE}”.`).waitFor();
    expect(await card().textContent()).toContain('Bản nháp');
    expect(await card().textContent()).toContain('Chi phí (2)');
  });

  it('edits the rubric of the draft', async () => {
    await card()
      .getByRole('button', { name: `Sửa bài toán ${TITLE}` })
      .click();
    const dialog = manager.getByRole('dialog', { name: 'Sửa bài toán (bản nháp)' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Tiêu chí 1', { exact: true }).inputValue()).toBe('Tính khả thi');
    await dialog.getByLabel('Trọng số 2', { exact: true }).fill('5');
    await dialog.getByRole('button', { name: 'Xóa tiêu chí 1' }).click();
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => card().textContent()).toContain('Chi phí (5)');
    expect(await card().textContent()).not.toContain('Tính khả thi');
  });

  it('publishes the statement for the public, then closes it', async () => {
    await card()
      .getByRole('button', { name: `Công bố bài toán ${TITLE}` })
      .click();
    const confirm = manager.getByRole('dialog', { name: 'Công bố bài toán?' });
    await confirm.waitFor();
    await expectNoSeriousA11yViolations(manager);
    await confirm.getByRole('button', { name: 'Công bố' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await expect.poll(async () => card().textContent()).toContain('Đang nhận hồ sơ');
    expect(
      await card()
        .getByRole('button', { name: /Sửa bài toán/ })
        .count(),
    ).toBe(0);

    const publicPage = await session.newPage();
    await publicPage.goto('/challenges');
    await publicPage.getByText(TITLE).first().waitFor();

    await card()
      .getByRole('button', { name: `Đóng nhận hồ sơ bài toán ${TITLE}` })
      .click();
    const close = manager.getByRole('dialog', { name: 'Đóng nhận hồ sơ?' });
    await close.getByRole('button', { name: 'Đóng nhận hồ sơ' }).click();
    await close.waitFor({ state: 'hidden' });
    await expect.poll(async () => card().textContent()).toContain('Đã đóng');
    await screenshot(manager, 'manage-programs-02-challenges');
  });

  it('reads on a phone without scrolling sideways', async () => {
    const phone = await signedIn('incubator@launchpad.test', 390);
    await phone.goto('/program/challenges');
    await phone.getByRole('heading', { name: TITLE }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(phone, 'manage-programs-03-challenges-390');
  });
});

describe('stage gates in the browser', () => {
  it('lets the admin change what a stage requires, saying why saving waits', async () => {
    const admin = await signedIn('admin@launchpad.test');
    await admin.goto('/program/gates');
    const program = admin.locator('section.panel').first();
    await program.getByTestId('edit-gates').click();
    const editor = program.getByTestId('gate-editor');
    await editor.waitFor();
    await expectNoSeriousA11yViolations(admin);

    const platform = editor.getByRole('group', { name: 'Vào giai đoạn Xây dựng nền tảng' });
    for (const kind of ['Nguyên mẫu', 'Sản phẩm khả dụng tối thiểu (MVP)']) {
      const box = platform.getByLabel(kind, { exact: true });
      if (await box.isChecked()) await box.uncheck();
    }
    await editor.getByText('Chọn ít nhất một loại cột mốc cho giai đoạn Xây dựng nền tảng.').waitFor();
    expect(await editor.getByTestId('save-gates').isDisabled()).toBe(true);

    await platform.getByLabel('Thí điểm (sandbox)', { exact: true }).check();
    const scaling = editor.getByRole('group', { name: 'Vào giai đoạn Tăng tốc' });
    await scaling.getByLabel('Đã vào một khóa ươm tạo', { exact: true }).check();
    await editor.getByTestId('save-gates').click();
    await admin.getByTestId('gates-notice').waitFor();
    await program.getByText('Cần một cột mốc Thí điểm (sandbox) đã được quản lý xác nhận.').waitFor();
    await screenshot(admin, 'manage-programs-04-gates');

    const manager = await signedIn('incubator@launchpad.test');
    await manager.goto('/program/gates');
    await manager.getByText('Cần một cột mốc Thí điểm (sandbox) đã được quản lý xác nhận.').first().waitFor();
    expect(await manager.getByTestId('edit-gates').count()).toBe(0);
  });
});
