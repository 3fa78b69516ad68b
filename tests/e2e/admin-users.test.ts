// Account administration in a real browser: the admin creates an account for a new board member, who signs in
// and changes their password from "My account"; the admin then deactivates the account, which ends its session
// at once and refuses its next sign-in.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, expectNoSeriousA11yViolations, screenshot } from '../support/browser';

const session = browserSession();

const stamp = Date.now().toString(36);
const NAME = `Trần Thị Giám Sát ${stamp}`;
const EMAIL = `giam.sat.${stamp}@launchpad.test`;
const FIRST_PASSWORD = 'hoi-dong-2026-dau';
const NEW_PASSWORD = 'hoi-dong-2026-moi';

async function fillLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** The table row of one account, found by its email. */
function rowOf(page: Page, email: string) {
  return page.getByTestId('users-table').getByRole('row').filter({ hasText: email });
}

describe('account administration in the browser', () => {
  let admin: Page;
  let member: Page;

  it('lands the admin on the accounts table, own row marked and without a deactivate button', async () => {
    admin = await session.newPage();
    await admin.goto('/login');
    await fillLogin(admin, 'admin@launchpad.test', 'launchpad-demo');
    await admin.waitForURL((url) => url.pathname === '/admin/users');
    await admin.getByRole('heading', { level: 1, name: 'Tài khoản người dùng' }).waitFor();

    const own = rowOf(admin, 'admin@launchpad.test');
    await own.waitFor();
    expect(await own.textContent()).toContain('Quản trị hệ thống');
    expect(await own.textContent()).toContain('Đang hoạt động');
    expect(await own.getByRole('button').count()).toBe(0);
    expect(
      await rowOf(admin, 'board@launchpad.test')
        .getByRole('button', { name: /^Khóa tài khoản/ })
        .count(),
    ).toBe(1);

    await expectNoSeriousA11yViolations(admin);
    await screenshot(admin, 'admin-users-01-list');
  });

  it("refuses an incomplete new account field by field, and a taken email with the server's field error", async () => {
    await admin.getByTestId('new-account').click();
    const dialog = admin.getByRole('dialog', { name: 'Tạo tài khoản mới' });
    await dialog.waitFor();
    await dialog.getByLabel('Họ tên hiển thị').fill(NAME);
    await dialog.getByLabel('Email đăng nhập').fill('board@launchpad.test');
    await dialog.locator('#new-user-password').fill('ngan');
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();

    // Client checks mirror the server's: a role is required, a password has at least 10 characters.
    await dialog.getByText('Vui lòng chọn một giá trị.').waitFor();
    await dialog.getByText('Mật khẩu cần ít nhất 10 ký tự.').waitFor();
    expect(await dialog.locator('#new-user-password').getAttribute('aria-invalid')).toBe('true');

    await dialog.locator('#new-user-role').click();
    await admin.getByRole('option', { name: 'Hội đồng giám sát', exact: true }).click();
    await dialog.locator('#new-user-password').fill(FIRST_PASSWORD);
    // Keyboard: Enter in the form submits it.
    await dialog.locator('#new-user-password').press('Enter');

    // Only the server knows the email is taken: its refusal names the field, shown beside it.
    const emailError = dialog.locator('#new-user-email-msg');
    await emailError.waitFor();
    expect(await emailError.textContent()).toContain('Đã có tài khoản dùng email này.');
    expect(await dialog.getByText('Vui lòng chọn một giá trị.').count()).toBe(0);

    await expectNoSeriousA11yViolations(admin);
    await screenshot(admin, 'admin-users-02-create-refused');
  });

  it("creates the new board member's account and lists it as active", async () => {
    const dialog = admin.getByRole('dialog', { name: 'Tạo tài khoản mới' });
    await dialog.getByLabel('Email đăng nhập').fill(EMAIL);
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await dialog.waitFor({ state: 'hidden' });

    expect(await admin.getByTestId('users-notice').textContent()).toContain(`Đã tạo tài khoản ${EMAIL}`);
    const row = rowOf(admin, EMAIL);
    await row.waitFor();
    expect(await row.textContent()).toContain(NAME);
    expect(await row.textContent()).toContain('Hội đồng giám sát');
    expect(await row.textContent()).toContain('Đang hoạt động');

    // Filters: by role and by text.
    await admin.locator('#users-role-filter').click();
    await admin.getByRole('option', { name: 'Hội đồng giám sát', exact: true }).click();
    await admin.getByLabel('Tìm theo tên hoặc email').fill(stamp);
    await admin
      .getByTestId('users-table')
      .getByRole('row')
      .filter({ hasText: 'board@launchpad.test' })
      .waitFor({ state: 'detached' });
    const bodyRows = admin.getByTestId('users-table').locator('tbody tr');
    expect(await bodyRows.count()).toBe(1);
    expect(await bodyRows.first().textContent()).toContain(EMAIL);
    await admin.getByLabel('Tìm theo tên hoặc email').fill('không-ai-cả');
    await admin.getByText('Không có tài khoản nào khớp bộ lọc.').waitFor();
    await admin.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await rowOf(admin, 'admin@launchpad.test').waitFor();

    await expectNoSeriousA11yViolations(admin);
    await screenshot(admin, 'admin-users-03-created');
  });

  it('lets the new member open "My account" from their name, refuse a wrong current password, and change it', async () => {
    member = await session.newPage();
    await member.goto('/login');
    await fillLogin(member, EMAIL, FIRST_PASSWORD);
    await member.waitForURL((url) => url.pathname === '/board');

    await member.getByTestId('account-link').click();
    await member.waitForURL((url) => url.pathname === '/account');
    await member.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
    const profile = member.getByTestId('account-profile');
    expect(await profile.textContent()).toContain(NAME);
    expect(await profile.textContent()).toContain(EMAIL);
    expect(await profile.textContent()).toContain('Hội đồng giám sát');
    await expectNoSeriousA11yViolations(member);
    await screenshot(member, 'admin-users-04-account');

    // The show/hide toggle is a pressed-state button tied to its field.
    const toggle = member.getByRole('button', { name: 'Hiện mật khẩu mới' });
    await member.getByLabel('Mật khẩu mới *', { exact: true }).fill(NEW_PASSWORD);
    expect(await member.locator('#account-new-password').getAttribute('type')).toBe('password');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await member.locator('#account-new-password').getAttribute('type')).toBe('text');

    await member.getByLabel('Mật khẩu hiện tại *', { exact: true }).fill('not-my-password');
    await member.getByLabel('Nhập lại mật khẩu mới *', { exact: true }).fill(`${NEW_PASSWORD}x`);
    await member.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await member.getByText('Hai mật khẩu không khớp.').waitFor();

    await member.getByLabel('Nhập lại mật khẩu mới *', { exact: true }).fill(NEW_PASSWORD);
    await member.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await member.getByText('Mật khẩu hiện tại không đúng.').waitFor();
    expect(new URL(member.url()).pathname).toBe('/account');
    await expectNoSeriousA11yViolations(member);
    await screenshot(member, 'admin-users-05-account-refused');

    await member.getByLabel('Mật khẩu hiện tại *', { exact: true }).fill(FIRST_PASSWORD);
    await member.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    const done = member.getByRole('dialog', { name: 'Đã đổi mật khẩu' });
    await done.waitFor();
    expect(await done.getByTestId('password-changed').textContent()).toContain('Mọi phiên đăng nhập đã kết thúc');
    await expectNoSeriousA11yViolations(member);
    await screenshot(member, 'admin-users-06-password-changed');

    await done.getByRole('button', { name: 'Đăng nhập lại' }).click();
    await member.waitForURL((url) => url.pathname === '/login');
    await fillLogin(member, EMAIL, FIRST_PASSWORD);
    expect(await member.getByTestId('login-error').textContent()).toContain('Email hoặc mật khẩu không đúng');
    await fillLogin(member, EMAIL, NEW_PASSWORD);
    await member.waitForURL((url) => url.pathname === '/board');
  });

  it('deactivates the account after a confirmation, ending its open session at once', async () => {
    await rowOf(admin, EMAIL)
      .getByRole('button', { name: `Khóa tài khoản ${NAME}` })
      .click();
    const confirm = admin.getByRole('dialog', { name: 'Khóa tài khoản?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(EMAIL);
    await expectNoSeriousA11yViolations(admin);
    await screenshot(admin, 'admin-users-07-confirm');

    await confirm.getByTestId('confirm-toggle').click();
    await confirm.waitFor({ state: 'hidden' });
    await rowOf(admin, EMAIL).getByText('Đã khóa', { exact: true }).waitFor();
    expect(await admin.getByTestId('users-notice').textContent()).toContain(`Đã khóa tài khoản ${EMAIL}`);
    expect(
      await rowOf(admin, EMAIL)
        .getByRole('button', { name: `Mở lại tài khoản ${NAME}` })
        .count(),
    ).toBe(1);
    await screenshot(admin, 'admin-users-08-deactivated');

    // The member's token stopped working: reopening their page sends them to sign in.
    expect(new URL(member.url()).pathname).toBe('/board');
    await member.reload();
    await member.waitForURL((url) => url.pathname === '/login');
    await member.getByRole('heading', { level: 2, name: 'Đăng nhập' }).waitFor();
  });

  it("refuses the deactivated account's sign-in on the login page", async () => {
    await fillLogin(member, EMAIL, NEW_PASSWORD);
    const error = member.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Email hoặc mật khẩu không đúng');
    expect(new URL(member.url()).pathname).toBe('/login');
    // Let the message's entry transition finish, so the screenshot shows it as the reader does.
    // A cancelled animation (the message re-rendered) rejects `finished` with AbortError: it is over too.
    await error.evaluate((el) =>
      Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined))),
    );
    await member.waitForFunction(() => !document.querySelector('.p-message-enter-active'));
    await screenshot(member, 'admin-users-09-login-refused');
  });

  it('merges a duplicate sector into the one kept after a confirmation', async () => {
    await admin.goto('/admin/sectors');
    await admin.locator('#new-sector-code').fill(`giao-thong-${stamp}`);
    await admin.locator('#new-sector-nameVi').fill(`giao thong ${stamp}`);
    await admin.locator('#new-sector-nameEn').fill(`traffic ${stamp}`);
    await admin.getByRole('button', { name: 'Thêm lĩnh vực' }).click();
    const table = admin.getByTestId('sectors-table');
    await table.getByText(`giao-thong-${stamp}`).waitFor();
    await admin.getByRole('button', { name: `Gộp lĩnh vực giao thong ${stamp} vào lĩnh vực khác` }).click();
    const dialog = admin.getByTestId('merge-sector');
    await dialog.getByRole('combobox').click();
    await admin.getByRole('option', { name: 'Giao thông thông minh', exact: true }).click();
    await dialog.getByTestId('merge-sector-consequence').waitFor();
    await screenshot(admin, 'admin-users-10-merge-sector');
    await dialog.getByTestId('confirm-merge').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await admin.getByTestId('sectors-notice').textContent()).toContain('Giao thông thông minh');
    await table.getByText(`giao-thong-${stamp}`).waitFor({ state: 'detached' });
  });

  it('shows the account page in English on request', async () => {
    await admin.getByTestId('account-link').click();
    await admin.waitForURL((url) => url.pathname === '/account');
    await admin.getByRole('button', { name: 'English' }).click();
    await admin.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await admin.getByRole('heading', { level: 2, name: 'Change password' }).waitFor();
    expect(await admin.getByTestId('account-profile').textContent()).toContain('Administrator');
    await expectNoSeriousA11yViolations(admin);
    await screenshot(admin, 'admin-users-11-account-en');
  });
});
