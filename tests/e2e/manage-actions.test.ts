// The program's and the fund's managing actions in a real browser, each from the page where it belongs:
// an incubator manager creates a startup and invites (and re-invites) its founder, creates a cohort and
// edits it; a fund manager creates a fund. Every dialog is checked with axe and refuses bad input in Vietnamese.
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, expectNoSeriousA11yViolations, revealDeferred, screenshot, signIn } from '../support/browser';

const session = browserSession();

const stamp = Date.now().toString(36);
const STARTUP = `Nông Nghiệp Số ${stamp}`;
const FOUNDER_EMAIL = `sang.lap.${stamp}@launchpad.test`;
const COHORT = `Khóa Thu ${stamp}`;
const FUND = `Quỹ Đổi mới ${stamp}`;

async function signedIn(email: string): Promise<Page> {
  const page = await session.newPage();
  await signIn(page, email);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, `manage-${name}`);
  await mkdir('/tmp/shots', { recursive: true });
  await page.screenshot({ path: `/tmp/shots/manage-${name}.png`, fullPage: true });
}

describe('managing actions in the browser', () => {
  let manager: Page;

  it('creates a startup from the startup list, refusing a missing sector first', async () => {
    manager = await signedIn('incubator@launchpad.test');
    await manager.goto('/program/startups');
    await manager.getByTestId('new-startup').click();
    const dialog = manager.getByRole('dialog', { name: 'Thêm startup' });
    await dialog.waitFor();
    await expectNoSeriousA11yViolations(manager);
    await dialog.getByLabel('Tên startup').fill(STARTUP);
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    await dialog.getByText('Vui lòng nhập trường này.').waitFor();
    await shot(manager, '01-new-startup-refused');

    // The sector is chosen from the list (its code is stored), not typed.
    await dialog.getByRole('combobox', { name: 'Lĩnh vực' }).click();
    await manager.getByRole('option', { name: 'Nông nghiệp công nghệ cao', exact: true }).click();
    await dialog.getByLabel('Mô tả ngắn').fill('Cảm biến độ ẩm cho nông hộ nhỏ.');
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    await manager.waitForURL(/\/program\/startups\/[^/]+$/);
    await manager.getByRole('heading', { level: 1, name: STARTUP }).waitFor();
  });

  it('invites a founder from the startup page and invites again for a fresh link', async () => {
    const panel = manager.getByTestId('invitations');
    await panel.getByText('Chưa gửi lời mời nào.').waitFor();
    await manager.getByTestId('invite-founder').click();
    const dialog = manager.getByRole('dialog', { name: 'Mời nhà sáng lập' });
    await dialog.waitFor();
    await dialog.getByLabel('Email nhà sáng lập').fill('khong-phai-email');
    await dialog.getByRole('button', { name: 'Gửi lời mời' }).click();
    await dialog.locator('.field__error').waitFor();
    await expectNoSeriousA11yViolations(manager);

    await dialog.getByLabel('Email nhà sáng lập').fill(FOUNDER_EMAIL);
    await dialog.getByRole('button', { name: 'Gửi lời mời' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const rows = panel.getByRole('row').filter({ hasText: FOUNDER_EMAIL });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Đang chờ');
    const href = await rows.first().getByRole('link').getAttribute('href');
    expect(href).toMatch(/\/invitation\/[^/]+$/);

    await rows
      .first()
      .getByRole('button', { name: `Mời lại ${FOUNDER_EMAIL}` })
      .click();
    await expect.poll(() => rows.count()).toBe(2);
    await shot(manager, '02-invitations');

    // The link works: the invitation page greets the founder for this startup.
    const founder = await session.newPage();
    await founder.goto(new URL(href ?? '').pathname);
    await founder.getByText(STARTUP).first().waitFor();
  });

  it('creates a cohort (refusing an end before the start) and edits it', async () => {
    await manager.goto('/program/cohorts');
    await manager.getByTestId('new-cohort').click();
    const dialog = manager.getByRole('dialog', { name: 'Thêm khóa ươm tạo' });
    await dialog.waitFor();
    await dialog.getByLabel('Tên khóa').fill(COHORT);
    await dialog.getByLabel('Ngày bắt đầu').fill('01/09/2027');
    await dialog.getByLabel('Ngày kết thúc').fill('01/03/2027');
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    await dialog.getByText('Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.').waitFor();
    await expectNoSeriousA11yViolations(manager);
    await shot(manager, '03-new-cohort-refused');

    await dialog.getByLabel('Ngày kết thúc').fill('01/03/2028');
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    await manager.waitForURL(/\/program\/cohorts\/[^/]+$/);
    await manager.getByRole('heading', { level: 1, name: COHORT }).waitFor();

    await manager.getByTestId('edit-cohort').click();
    const edit = manager.getByRole('dialog', { name: 'Sửa khóa ươm tạo' });
    await edit.waitFor();
    expect(await edit.getByLabel('Tên khóa').inputValue()).toBe(COHORT);
    await edit.getByLabel('Tên khóa').fill(`${COHORT} (mở rộng)`);
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await manager.getByRole('heading', { level: 1, name: `${COHORT} (mở rộng)` }).waitFor();
  });

  it("records a valuation, then an exit, on a holding's cap table", async () => {
    const fund = await signedIn('fund@launchpad.test');
    await fund.locator('.fund-card__link').first().click();
    await fund.waitForURL(/\/fund\/[^/]+$/);
    await revealDeferred(fund, fund.getByRole('tab', { name: 'Danh mục đầu tư' }));
    // The holdings tab's table links each holding's cap table (the first holding of the demo fund is active).
    await fund.getByRole('tab', { name: 'Danh mục đầu tư' }).click();
    const capTable = fund.locator('a[href*="/cap-table/"]').first();
    await capTable.waitFor({ state: 'attached' });
    await fund.goto((await capTable.getAttribute('href')) ?? '');

    await fund.getByTestId('record-valuation').click();
    const valuation = fund.getByRole('dialog', { name: 'Ghi nhận định giá' });
    await valuation.waitFor();
    await expectNoSeriousA11yViolations(fund);
    await valuation.getByLabel('Ngày định giá').fill('20/11/2026');
    await valuation.getByLabel('Giá trị khoản đầu tư của quỹ (VNĐ)').fill('12500000000');
    await valuation.getByRole('button', { name: 'Lưu' }).click();
    await fund.getByTestId('fund-notice').getByText('Đã ghi nhận định giá.').waitFor();

    await fund.getByTestId('record-exit').click();
    const exit = fund.getByRole('dialog', { name: 'Ghi nhận thoái vốn' });
    await exit.waitFor();
    await exit.getByLabel('Ngày thoái vốn').fill('25/11/2026');
    // A sign is refused in words, never dropped; a shorthand is read back in full and kept as typed.
    await exit.getByLabel('Số tiền quỹ thu về (VNĐ)').fill('-15000000000');
    await exit.getByRole('button', { name: 'Lưu' }).click();
    await exit.getByText('Số tiền không có dấu âm hay dương', { exact: false }).waitFor();
    expect(await exit.getByLabel('Số tiền quỹ thu về (VNĐ)').inputValue()).toBe('-15000000000');
    await expectNoSeriousA11yViolations(fund);
    await shot(fund, '05-exit-refused');
    await exit.getByLabel('Số tiền quỹ thu về (VNĐ)').fill('12,5 tỷ');
    await exit.getByText('12.500.000.000 ₫').waitFor();
    expect(await exit.getByLabel('Số tiền quỹ thu về (VNĐ)').inputValue()).toBe('12,5 tỷ');
    await exit.getByLabel('Bên mua (không bắt buộc)').fill('Công ty Cổ phần Nông sản Việt');
    await exit.getByRole('button', { name: 'Lưu' }).click();
    await fund.getByTestId('fund-notice').getByText('Đã ghi nhận thoái vốn.').waitFor();
    // An exited holding takes no further valuation or exit.
    await expect.poll(() => fund.getByTestId('record-exit').count()).toBe(0);
    await shot(fund, '06-exited');
  }, 120_000);

  it('lets a fund manager create a fund from the fund home, and shows no such button to the board', async () => {
    const fund = await signedIn('fund@launchpad.test');
    await fund.getByTestId('new-fund').click();
    const dialog = fund.getByRole('dialog', { name: 'Thêm quỹ' });
    await dialog.waitFor();
    await expectNoSeriousA11yViolations(fund);
    await shot(fund, '04-new-fund');
    await dialog.getByLabel('Tên quỹ').fill(FUND);
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    await fund.waitForURL(/\/fund\/[^/]+$/);
    await revealDeferred(fund, fund.getByRole('tab', { name: 'Danh mục đầu tư' }));
    await fund.getByText(FUND).first().waitFor();

    const board = await signedIn('board@launchpad.test');
    await board.goto('/fund');
    await board.getByRole('link', { name: FUND, exact: true }).waitFor();
    expect(await board.getByTestId('new-fund').count()).toBe(0);
  });
});
