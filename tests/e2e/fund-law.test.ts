// The fund under the law in a real browser: an inspector asks "which rule, which version, what headroom on that
// day". An admin adds a new version of the state budget rule from 1 July; the fund page then answers for any day:
// the version in force with its citation and dates, and the headroom at the end of that day. A seventh member beside
// the city is refused naming the BCC rule and its citation; a member's call notice prints; the admin puts the fund
// under the Decree 38 rule set. The board sees the loss threshold gauge in its compliance panel.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pdfText } from '../support/pdf';
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

/** A token for the API, to prepare the ledger the page then shows. */
async function apiToken(email: string): Promise<string> {
  const { login } = await api<{ login: { token: string } }>(
    '',
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    { e: email, p: 'launchpad-demo' },
  );
  return login.token;
}

async function api<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${session.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The row of one rule in the "rules on a day" table. */
const ruleRow = (kind: string) => page.getByTestId('rules-on-day').locator(`tr[data-kind="${kind}"]`);

/** Types an ISO day into the "rules on a day" field as a Vietnamese reader writes it (dd/MM/yyyy). */
async function showDay(day: string): Promise<void> {
  await page.getByTestId('rules-day').fill(day.split('-').reverse().join('/'));
}

beforeAll(async () => {
  page = await session.newPage();
});

describe('the fund under the law', () => {
  it('answers which rule, which version and what headroom applied on a chosen day', async () => {
    await signIn(page, 'admin@launchpad.test');
    await page.goto('/fund');
    await page.getByRole('link', { name: 'Quỹ Đầu tư Mạo hiểm Hà Nội', exact: true }).click();
    // The machine under test may be slow: the first render waits longer than the default.
    await page.getByRole('heading', { level: 1, name: 'Quỹ Đầu tư Mạo hiểm Hà Nội' }).waitFor({ timeout: 90_000 });
    // The legal position below the fund's figures is built as the reader scrolls to it.
    await revealDeferred(page, page.getByTestId('fund-vehicle'));

    await expectText(page.getByTestId('fund-vehicle'), 'Hợp đồng hợp tác kinh doanh (BCC)');
    await expectText(ruleRow('STAKE_PER_STARTUP'), 'Chính sách chương trình: Quỹ chỉ là nhà đồng đầu tư thiểu số');
    await expectText(ruleRow('STATE_SHARE_OF_CHARTER'), 'Nghị định 264/2025/NĐ-CP, Điều 6 khoản 4 điểm b');
    await expectText(ruleRow('OTHER_MEMBERS_COUNT'), 'Nghị quyết 30/2025/NQ-HĐND (Luật Thủ đô 2024, Điều 36)');
    await expectText(ruleRow('PORTFOLIO_LOSS_THRESHOLD'), 'Nghị định 264/2025/NĐ-CP, Điều 10 khoản 4');
    // Today the city has committed 294 bn of its 600 bn budget.
    await expectText(ruleRow('STATE_BUDGET_AMOUNT'), '306.000.000.000 ₫');
    await expectText(page.getByTestId('loss-gauge'), 'Nghị định 264/2025/NĐ-CP, Điều 10 khoản 4');

    // A new version of the budget rule from 1 July: the earlier one is kept, never edited.
    await page.getByTestId('add-rule-version').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Quy định' }).click();
    await page.getByRole('option', { name: 'Mức góp vốn ngân sách', exact: true }).click();
    await dialog.getByLabel('Giới hạn').fill('400000000000');
    await dialog.getByLabel('Phạm vi áp dụng').fill('Ngân sách Thành phố Hà Nội');
    await dialog.getByLabel('Căn cứ').fill('Resolution 30/2025/NQ-HĐND, as amended mid-year');
    await dialog.getByLabel('Hiệu lực từ').fill('01/07/2026');
    await dialog.getByRole('button', { name: 'Thêm phiên bản' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(page.getByTestId('rule-history'), '01/01/2026 – 30/06/2026');

    // On 30 June: version 1 (600 bn) applied; nothing was committed yet at the end of that day.
    await showDay('2026-06-30');
    await expectText(ruleRow('STATE_BUDGET_AMOUNT'), 'Phiên bản 1');
    await expectText(ruleRow('STATE_BUDGET_AMOUNT'), '01/01/2026 – 30/06/2026');
    await expectText(ruleRow('STATE_BUDGET_AMOUNT'), '≤ 600.000.000.000 ₫');
    // On 1 July: version 2 (400 bn) with its citation.
    await showDay('2026-07-01');
    await expectText(ruleRow('STATE_BUDGET_AMOUNT'), 'Phiên bản 2');
    await expectText(ruleRow('STATE_BUDGET_AMOUNT'), 'Resolution 30/2025/NQ-HĐND, as amended mid-year');
    await expectText(ruleRow('STATE_BUDGET_AMOUNT'), '≤ 400.000.000.000 ₫');
    // Today: version 2, and the headroom left after the city's 294 bn.
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await showDay(today);
    await expectText(ruleRow('STATE_BUDGET_AMOUNT'), '106.000.000.000 ₫');

    // Capital calls: the November call is overdue for every member, due on 30/11/2026.
    await expectText(page.getByTestId('overdue-lines'), 'Ngân sách Thành phố Hà Nội');
    await expectText(page.getByTestId('overdue-lines'), 'hạn 30/11/2026');
    // The November call's notice for the city prints as a PDF with the amount it owes.
    const november = page.locator('details').filter({ hasText: 'hạn 30/11/2026' });
    await november.locator('summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      november.getByRole('button', { name: 'In thông báo cho Ngân sách Thành phố Hà Nội' }).click(),
    ]);
    const notice = await pdfText(await readFile((await download.path())!));
    expect(notice).toContain('THÔNG BÁO GỌI VỐN');
    expect(notice).toContain('29.400.000.000 ₫');

    // A seventh member beside the city: refused, naming the BCC rule, its citation and version.
    await page.getByRole('button', { name: 'Thêm cam kết' }).click();
    const commitDialog = page.getByRole('dialog', { name: 'Thêm cam kết góp vốn' });
    await commitDialog.getByLabel('Tên thành viên').fill('Ngân hàng TMCP Quân đội');
    await commitDialog.getByRole('button', { name: 'Tư nhân' }).click();
    await commitDialog.getByLabel('Số tiền (đồng)').fill('1000000000');
    await commitDialog.getByRole('button', { name: 'Ghi nhận cam kết' }).click();
    const refusal = commitDialog.getByTestId('refusal');
    await expectText(refusal, 'quỹ sẽ có 7 thành viên ngoài ngân sách, vượt mức 6');
    await expectText(
      refusal,
      'Số thành viên khác — Nghị quyết 30/2025/NQ-HĐND (Luật Thủ đô 2024, Điều 36) (phiên bản 1, hiệu lực từ 01/01/2026)',
    );
    await commitDialog.getByRole('button', { name: 'Hủy' }).click();
    await commitDialog.waitFor({ state: 'hidden' });

    // The fund put under the Decree 38 rule set from today: new versions, the earlier ones kept.
    await page.getByTestId('apply-rule-set').click();
    const setDialog = page.getByRole('dialog');
    await setDialog.getByRole('combobox', { name: 'Bộ quy định' }).click();
    await page.getByRole('option', { name: /Nghị định 38\/2018/ }).click();
    await setDialog.getByRole('button', { name: 'Áp dụng' }).click();
    await setDialog.waitFor({ state: 'hidden' });
    const history = page.getByTestId('rule-history');
    await expectText(
      history,
      'Nghị định 38/2018/NĐ-CP, Điều 5, được sửa đổi bởi Nghị định 210/2025/NĐ-CP (từ 15/09/2025)',
    );
    await expectText(history, '2–30');
    await expectText(history, 'Chính sách chương trình: Quỹ chỉ là nhà đồng đầu tư thiểu số');
    await expectText(ruleRow('INVESTORS_COUNT'), 'Phiên bản 1');

    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'fund-law');
  }, 480_000);

  it('shows the loss threshold gauge in the board compliance panel, with its warning at 70%', async () => {
    // A monitoring threshold of 1% of the 600 bn charter capital (6 bn) from today, and a holding marked 5 bn below
    // its cost: 83.33% of the threshold used — a warning, not a block.
    const admin = await apiToken('admin@launchpad.test');
    const fm = await apiToken('fund@launchpad.test');
    const { funds } = await api<{
      funds: { id: string; name: string; holdings: { startupId: string; invested: string }[] }[];
    }>(fm, `{ funds { id name holdings { startupId invested } } }`);
    const fund = funds.find((f) => f.name === 'Quỹ Đầu tư Mạo hiểm Hà Nội')!;
    const holding = fund.holdings.find((h) => BigInt(h.invested) >= 6_000_000_000n)!;
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await api(admin, `mutation($input: AddFundRuleVersionInput!) { addFundRuleVersion(input: $input) { id } }`, {
      input: {
        fundId: fund.id,
        kind: 'PORTFOLIO_LOSS_THRESHOLD',
        limit: '100',
        scope: 'Monitoring threshold',
        citation: 'Decree 264/2025/NĐ-CP, Art. 10(4); monitoring threshold of the board',
        effectiveFrom: today,
      },
    });
    await api(fm, `mutation($input: RecordValuationInput!) { recordValuation(input: $input) { id } }`, {
      input: {
        fundId: fund.id,
        startupId: holding.startupId,
        date: today,
        value: String(BigInt(holding.invested) - 5_000_000_000n),
      },
    });

    const board = await session.newPage({ width: 390, height: 844 });
    await signIn(board, 'board@launchpad.test');
    await board.goto('/board');
    await revealDeferred(board, board.getByTestId('board-loss'));
    await expectText(board.getByTestId('board-loss'), 'Quỹ Đầu tư Mạo hiểm Hà Nội');
    await expectText(
      board.getByTestId('board-loss'),
      'Nghị định 264/2025/NĐ-CP, Điều 10 khoản 4; monitoring threshold of the board',
    );
    await expectText(board.getByTestId('board-loss'), '83,33%');
    await expectText(board.getByTestId('board-loss'), 'Cảnh báo: tổn thất đã đạt 70% ngưỡng');
    await screenshot(board, 'fund-law-board');
  }, 480_000);
});
