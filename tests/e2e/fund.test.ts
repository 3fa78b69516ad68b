// The fund ledger in a real browser: a fund manager sees the 49% charter rule's headroom before submitting,
// the refusal in words when a commitment would break it, then records a valid one and the overview follows.
// The board reads the same page without any write action.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserSession,
  expectNoSeriousA11yViolations,
  screenshot,
  expectText,
  revealDeferred,
  signIn,
} from '../support/browser';

const session = browserSession();
let page: Page;
let overviewPath = '';

beforeAll(async () => {
  page = await session.newPage();
});

describe('the fund ledger for a fund manager', () => {
  it('lists the Hanoi fund with the state share at its 49% cap and opens its overview', async () => {
    await signIn(page, 'fund@launchpad.test');
    await page.waitForURL((url) => url.pathname === '/fund');
    await page.getByRole('heading', { level: 1, name: 'Quỹ Đầu tư mạo hiểm' }).waitFor();
    await page.getByRole('link', { name: 'Quỹ Đầu tư Mạo hiểm Hà Nội', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'Quỹ Đầu tư Mạo hiểm Hà Nội' }).waitFor();
    overviewPath = new URL(page.url()).pathname;
    expect(overviewPath).toMatch(/^\/fund\/[^/]+$/);
    await expectText(page.getByTestId('charter-capital'), '600 tỷ ₫');
    const gauge = page.getByTestId('state-share-gauge');
    await expectText(gauge, '49,00%');
    await expectText(gauge, 'còn được cam kết thêm tối đa 0 ₫');
    // The legal position and the ledger below the figures are built as the reader scrolls to them.
    await revealDeferred(page, page.getByTestId('commitments-table'));

    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'fund-overview');
  });

  it('shows the headroom and a warning before submit, then the CHARTER_LIMIT_EXCEEDED refusal in words', async () => {
    await page.getByRole('button', { name: 'Thêm cam kết' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm cam kết góp vốn' });
    await dialog.waitFor();
    await dialog.getByLabel('Tên thành viên').fill('Sở Khoa học và Công nghệ Hà Nội');
    await dialog.getByRole('button', { name: 'Nhà nước' }).click();
    await dialog.getByLabel('Số tiền (đồng)').fill('1000000000');

    // The live check, computed in the browser with the server's own charter rule.
    await expectText(dialog.getByTestId('preview-headroom'), '0 ₫');
    await expectText(dialog.getByTestId('preview-share'), '49,08%');
    await expectText(
      dialog.getByTestId('rule-warning'),
      'vốn nhà nước sẽ chiếm 49,08% vốn điều lệ, trên giới hạn 49,00%',
    );
    await expectNoSeriousA11yViolations(page);

    await dialog.getByRole('button', { name: 'Ghi nhận cam kết' }).click();
    const refusal = dialog.getByTestId('refusal');
    await refusal.waitFor();
    const words = await refusal.textContent();
    expect(words).toContain('Bị từ chối: vốn nhà nước sẽ chiếm 49,08% vốn điều lệ, vượt giới hạn 49,00%');
    expect(words).toContain('Tỷ lệ hiện tại 49,00%');
    expect(words).toContain('nhà nước chỉ còn được cam kết thêm tối đa 0 ₫');
    expect(words).toContain('Không có gì được ghi');
    // The refusal names the rule it applied, with its citation and version.
    expect(words).toContain(
      'Quy định áp dụng: Tỷ lệ vốn nhà nước trong vốn điều lệ — Nghị định 264/2025/NĐ-CP, Điều 6 khoản 4 điểm b; Nghị quyết 30/2025/NQ-HĐND (phiên bản 1, hiệu lực từ 01/01/2026)',
    );
    await screenshot(page, 'fund-commit-refused');

    // Nothing was written: the overview behind the dialog still shows 600 bn at 49.00%.
    expect(await page.getByTestId('charter-capital').textContent()).toContain('600 tỷ ₫');
  });

  it('records a valid private commitment and the overview shows the new charter capital, share and headroom', async () => {
    const dialog = page.getByRole('dialog', { name: 'Thêm cam kết góp vốn' });
    // An existing member: the demo fund already has the six other members its BCC rule allows.
    await dialog.getByLabel('Tên thành viên').fill('Công ty Cổ phần FPT');
    // An existing member keeps its type: the dialog shows it chosen and fixed.
    expect(await dialog.getByRole('button', { name: 'Tư nhân' }).getAttribute('aria-pressed')).toBe('true');
    await dialog.getByLabel('Số tiền (đồng)').fill('10000000000');
    // 294 bn of 610 bn = 48.19%; the state may then commit (4900 × 610 bn − 10000 × 294 bn) / 5100 more.
    await expectText(dialog.getByTestId('preview-share'), '48,19%');
    expect(await dialog.getByTestId('rule-warning').count()).toBe(0);
    expect(await dialog.getByTestId('refusal').count()).toBe(0);

    await dialog.getByRole('button', { name: 'Ghi nhận cam kết' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(page.getByTestId('fund-notice'), 'Đã ghi nhận cam kết 10.000.000.000 ₫');
    await expectText(page.getByTestId('charter-capital'), '610 tỷ ₫');
    const gauge = page.getByTestId('state-share-gauge');
    await expectText(gauge, '48,19%');
    await expectText(gauge, 'còn được cam kết thêm tối đa 9.607.843.137 ₫');
    await expectText(page.getByTestId('members-table'), 'Công ty Cổ phần FPT');

    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'fund-overview-after-commit');
  });

  it('warns about a pay-in above the commitment, shows the refusal, then records a valid pay-in', async () => {
    const member = 'Công ty Cổ phần FPT';
    // The member's newest commitment (the one just recorded) is the last row.
    await page
      .getByRole('button', { name: `Ghi nhận góp vốn của ${member}` })
      .last()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhận góp vốn' });
    await dialog.waitFor();
    await dialog.getByLabel('Số tiền (đồng)').fill('10000000001');
    await expectText(dialog.getByTestId('preview-outstanding'), '10.000.000.000 ₫');
    await expectText(dialog.getByTestId('rule-warning'), 'chỉ còn được góp tối đa 10.000.000.000 ₫');
    await screenshot(page, 'fund-pay-in-warning');

    await dialog.getByRole('button', { name: 'Ghi nhận góp vốn' }).click();
    await expectText(dialog.getByTestId('refusal'), 'Bị từ chối: số góp vượt cam kết');

    await dialog.getByLabel('Số tiền (đồng)').fill('2000000000');
    expect(await dialog.getByTestId('rule-warning').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Ghi nhận góp vốn' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(page.getByTestId('fund-notice'), `Đã ghi nhận ${member} góp 2.000.000.000 ₫`);
    // The member's newest commitment row: 10 bn committed, 2 bn paid, 8 bn outstanding.
    const row = page.getByTestId('commitments-table').getByRole('row').filter({ hasText: member }).last();
    await expectText(row, '8.000.000.000 ₫');
  });

  it('opens a holding’s cap table with the fund’s stake against its 49% cap', async () => {
    await page.getByRole('tab', { name: 'Danh mục đầu tư' }).click();
    const firstHolding = page.getByTestId('holdings-table').getByRole('link').first();
    const startupName = (await firstHolding.textContent())?.trim() ?? '';
    expect(startupName).not.toBe('');
    await firstHolding.click();

    await page.getByRole('heading', { level: 1, name: `Bảng cổ đông — ${startupName}` }).waitFor();
    await expectText(page.getByTestId('stake-gauge'), 'Giới hạn 49,00%');
    await expectText(page.getByTestId('cap-table'), 'Quỹ Đầu tư Mạo hiểm Hà Nội');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'fund-cap-table');
  });

  it('warns before a round would take the fund past its stake cap and shows the STAKE_LIMIT_EXCEEDED refusal', async () => {
    await page.getByRole('button', { name: 'Ghi nhận vòng gọi vốn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhận vòng gọi vốn' });
    await dialog.waitFor();
    await dialog.getByLabel('Định giá trước vòng (đồng)').fill('10000000000');
    const amounts = dialog.getByLabel('Số tiền (đồng)');
    await amounts.nth(0).fill('50000000000');
    await dialog.getByLabel('Tên nhà đầu tư').nth(1).fill('Nguyễn Văn An');
    await amounts.nth(1).fill('1000000000');

    await expectText(dialog.getByTestId('rule-warning'), 'quỹ sẽ sở hữu');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'fund-round-warning');

    await dialog.getByRole('button', { name: 'Ghi nhận vòng', exact: true }).click();
    const refusal = dialog.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Bị từ chối: quỹ sẽ sở hữu');
    expect(await refusal.textContent()).toContain('vượt giới hạn 49,00%');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});

describe('the fund ledger for the board', () => {
  it('shows the same overview read-only, in English on request', async () => {
    const board = await session.newPage();
    await signIn(board, 'board@launchpad.test');
    await board.goto(overviewPath);
    await board.getByRole('heading', { level: 1, name: 'Quỹ Đầu tư Mạo hiểm Hà Nội' }).waitFor();
    await board.getByText('Chế độ chỉ xem').waitFor();
    await revealDeferred(board, board.getByTestId('commitments-table'));
    expect(await board.getByRole('button', { name: 'Thêm cam kết' }).count()).toBe(0);
    expect(await board.getByRole('button', { name: 'Điều chỉnh' }).count()).toBe(0);

    await board.getByRole('button', { name: 'English' }).click();
    await expectText(
      board.getByTestId('state-share-gauge'),
      'State members may commit at most VND 9,607,843,137 more.',
    );
    await board.getByRole('tab', { name: 'Holdings' }).click();
    await board.getByRole('heading', { level: 2, name: 'Holdings' }).waitFor();

    // The board may export what it reads: the holdings table as a CSV file.
    const [download] = await Promise.all([
      board.waitForEvent('download'),
      board.getByRole('button', { name: 'Export CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-holdings\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split(/\r?\n/).filter(Boolean).length).toBeGreaterThan(1);
    expect(csv).toContain('Hà Thành Kết Nối Tech');

    await expectNoSeriousA11yViolations(board);
    await screenshot(board, 'fund-overview-board-en');
  });
});
