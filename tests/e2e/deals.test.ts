// One investment decision walked in a real browser, every step without GraphQL: a fund manager edits the fund's
// due-diligence areas, sources a deal, screens it, records a finding and uploads the fund's memo, runs the
// investment committee (declarations before votes; a conflicted member cannot vote), the committee approves
// with the rule versions checked, the round is recorded with the fund's participation under the decision, the
// deal is closed, and the decision dossier is downloaded: its manifest's SHA-256 hashes match the files in the
// archive and the stored documents, and its PDF summary names the deal.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestServer } from '../support/server';
import { expectNoSeriousA11yViolations, launchBrowser, screenshot, expectText, signIn } from '../support/browser';
import { pdfText } from '../support/pdf';
import { unzip } from '../support/zip';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let dataDir: string;
let startupName: string;
let dealPath: string;

const FUND = 'Quỹ Đầu tư Mạo hiểm Hà Nội';
const TITLE = 'Vòng hạt giống — thẩm định trên web';
// A minimal PDF: the memo the fund uploads.
const MEMO = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function pick(combobox: Locator, option: string, filter = false): Promise<void> {
  await combobox.click();
  if (filter) await page.locator('.p-select-overlay input').fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
  // The closed list leaves the page after its animation; the next list's filter must be the only one there.
  await page.locator('.p-select-overlay').waitFor({ state: 'detached' });
}

async function moveTo(step: string, reason: string): Promise<void> {
  await page.getByLabel('Lý do (bắt buộc khi từ chối)').fill(reason);
  await page.getByRole('button', { name: `Chuyển sang: ${step}` }).click();
  await expectText(page.getByTestId('deal-step'), step);
}

const member = (name: string) => page.getByTestId(`member-${name}`);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'launchpad-e2e-documents-'));
  server = await startTestServer({ config: { DATA_DIR: dataDir } });
  // A demo startup the fund has no deal with, has not exited, and whose rounds are all dated up to today.
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ name: string }>(
    `select s.name from startups s
      where not exists (select 1 from deals d where d.startup_id = s.id)
        and not exists (select 1 from fund_exits e where e.startup_id = s.id)
        and not exists (select 1 from funding_rounds r where r.startup_id = s.id and r.date > current_date)
      order by s.name limit 1`,
  );
  await client.end();
  startupName = rows[0]!.name;
  browser = await launchBrowser();
  context = await browser.newContext({ baseURL: server.url, viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('an investment decision from sourcing to its dossier', () => {
  it('edits the fund’s due-diligence areas and sources a deal whose checklist follows them', async () => {
    await signIn(page, 'fund@launchpad.test');
    await page.goto('/deals');
    await page.getByRole('heading', { level: 1, name: 'Thương vụ đầu tư' }).waitFor({ timeout: 90_000 });
    // The demo has decided deals on the board: closed after their rounds, and one the committee rejected.
    await expectText(page.getByRole('region', { name: /Đã đóng/ }), 'đầu tư của Quỹ');
    await expectText(page.getByRole('region', { name: /Bị từ chối/ }), 'vòng mở rộng');

    const areas = page.getByLabel('Lĩnh vực thẩm định (mỗi dòng một lĩnh vực, theo thứ tự)');
    await expect.poll(() => areas.inputValue(), { timeout: 30_000 }).toContain('Pháp lý');
    await areas.fill(
      'Pháp lý\nTài chính\nCông nghệ\nSở hữu trí tuệ\nĐội ngũ\nThị trường\nTác động môi trường và xã hội',
    );
    await page.getByRole('button', { name: 'Lưu lĩnh vực thẩm định' }).click();
    await expectText(page.getByTestId('dd-areas-saved'), 'Đã lưu 7 lĩnh vực.');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'deals-board-1366');

    await page.getByRole('button', { name: 'Thương vụ mới' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thương vụ mới' });
    await pick(dialog.getByRole('combobox', { name: 'Quỹ' }), FUND);
    await pick(dialog.getByRole('combobox', { name: 'Startup' }), startupName, true);
    await dialog.getByLabel('Tên thương vụ').fill(TITLE);
    await dialog.getByLabel('Số tiền đề nghị (đồng)').fill('500000000');
    await dialog.getByLabel('Định giá trước vòng (đồng)').fill('20000000000');
    await dialog.getByLabel('Nguồn / ghi chú').fill('Giới thiệu từ vườn ươm của Thành phố.');
    await dialog.getByRole('button', { name: 'Tạo thương vụ' }).click();
    await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
    dealPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expectText(page.getByTestId('deal-step'), 'Tìm kiếm');
    await page.getByTestId('dd-Tác động môi trường và xã hội').waitFor();
    // A default area typed as its Vietnamese label is kept as its code, so English readers see it in English.
    await expectText(page.getByTestId('dd-LEGAL'), 'Pháp lý');
  });

  it('screens the deal, records a finding and uploads the fund’s memo during due diligence', async () => {
    await moveTo('Sàng lọc', 'Phù hợp chiến lược đầu tư của Quỹ.');
    await moveTo('Thẩm định', 'Đạt vòng sàng lọc.');

    const legal = page.getByTestId('dd-LEGAL');
    await pick(legal.getByRole('combobox', { name: 'Kết luận — Pháp lý' }), 'Đạt');
    await legal.getByLabel('Phát hiện — Pháp lý').fill('Giấy phép và điều lệ đầy đủ; không có tranh chấp.');
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('UpdateDueDiligenceItem'),
    );
    await legal.getByRole('button', { name: 'Lưu' }).click();
    expect((await (await saved).json()) as { errors?: unknown }).not.toHaveProperty('errors');

    // Before a file is chosen the upload is disabled and says why, the reason tied to the button.
    const upload = page.getByRole('button', { name: 'Tải lên' });
    expect(await upload.isDisabled()).toBe(true);
    const why = page.locator(`#${await upload.getAttribute('aria-describedby')}`);
    await expectText(why, 'Hãy chọn tệp cần tải lên trước.');
    await page.getByLabel('Tệp (PDF, ảnh, tài liệu văn phòng)').setInputFiles({
      name: 'Tờ trình thẩm định.pdf',
      mimeType: 'application/pdf',
      buffer: MEMO,
    });
    await why.waitFor({ state: 'detached' });
    await upload.click();
    await expectText(page.getByTestId('documents'), 'Tờ trình thẩm định.pdf');
    await expectText(page.getByTestId('documents'), sha256(MEMO));
    await moveTo('Hội đồng đầu tư', 'Hồ sơ thẩm định hoàn tất.');
    await expectText(legal, 'Đạt — Giấy phép và điều lệ đầy đủ');
  });

  it('runs the committee: declarations before votes, a conflicted member cannot vote, approval checks the rules', async () => {
    await page.getByLabel('Túc số').fill('2');
    await page
      .getByLabel('Thành viên (mỗi dòng một người; thêm "(vắng)" nếu vắng mặt)')
      .fill('Nguyễn Văn An\nTrần Thị Bình\nLê Minh Chi\nPhạm Quốc Dũng (vắng)');
    await page.getByRole('button', { name: 'Mở cuộc họp' }).click();
    await expectText(member('Phạm Quốc Dũng'), 'Vắng mặt');

    await member('Nguyễn Văn An').getByRole('button', { name: 'Khai báo: không xung đột' }).click();
    await expectText(member('Nguyễn Văn An'), 'Không có xung đột lợi ích');
    await member('Trần Thị Bình').getByRole('button', { name: 'Khai báo: không xung đột' }).click();
    await expectText(member('Trần Thị Bình'), 'Không có xung đột lợi ích');
    await member('Lê Minh Chi').getByLabel('Nội dung xung đột của Lê Minh Chi').fill('Cổ đông nhỏ của startup.');
    await member('Lê Minh Chi').getByRole('button', { name: 'Khai báo: có xung đột' }).click();
    await expectText(member('Lê Minh Chi'), 'Không được biểu quyết vì có xung đột lợi ích.');
    // The conflicted member is offered no vote; the absent one neither.
    expect(await member('Lê Minh Chi').getByRole('button', { name: 'Ghi biểu quyết' }).count()).toBe(0);
    expect(await member('Phạm Quốc Dũng').getByRole('button').count()).toBe(0);

    for (const name of ['Nguyễn Văn An', 'Trần Thị Bình']) {
      await member(name).getByLabel(`Lý do của ${name}`).fill('Đội ngũ mạnh, định giá hợp lý.');
      await member(name).getByRole('button', { name: 'Ghi biểu quyết' }).click();
      await expectText(member(name), 'Tán thành — Đội ngũ mạnh');
    }
    await page
      .getByLabel('Biên bản')
      .fill('Hai thành viên không xung đột lợi ích tán thành; một thành viên khai báo xung đột.');
    await page.getByRole('button', { name: 'Kết luận theo quy chế' }).click();
    await expectText(page.getByTestId('deal-step'), 'Được phê duyệt');
    // The approval's preview names the rule versions in force with their citations and headroom.
    const preview = page.getByTestId('check-PREVIEW');
    await expectText(preview.locator('tr[data-kind="STAKE_PER_STARTUP"]'), 'Phiên bản 1');
    await expectText(
      preview.locator('tr[data-kind="STATE_SHARE_OF_CHARTER"]'),
      'Nghị định 264/2025/NĐ-CP, Điều 6 khoản 4 điểm b',
    );
    // The history names people, not e-mail addresses, and says the committee's tally in Vietnamese.
    const history = page.getByTestId('deal-history').locator('li');
    await expectText(history.last(), 'Được phê duyệt · Hội đồng đầu tư · 2 tán thành, 0 không tán thành');
    await expectText(history.last(), 'trên 2 thành viên có quyền biểu quyết (túc số 2)');
    await expectText(history.first(), 'Lê Quốc Bảo');
    const lines = await history.allTextContents();
    expect(lines.some((line) => /@launchpad\.test|Committee|eligible/.test(line))).toBe(false);
    await expectNoSeriousA11yViolations(page);
  });

  it('records the round with the fund’s participation under the decision and closes the deal', async () => {
    await page.getByTestId('record-round').click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhận vòng gọi vốn' });
    await dialog.waitFor();
    await expectText(dialog, `${TITLE} — còn 500.000.000`);
    await dialog.getByRole('button', { name: 'Xóa bên tham gia 2' }).click();
    await dialog.getByRole('button', { name: 'Ghi nhận vòng', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(page.getByTestId('round-recorded'), startupName);
    await expectText(page.getByTestId('decision'), 'đã giải ngân 500.000.000');
    await page.getByTestId('check-RECORDING').waitFor();
    await moveTo('Đã đóng', 'Vòng gọi vốn đã được ghi nhận.');
    await screenshot(page, 'deal-1366');
  });

  it('downloads the dossier whose manifest hashes match the archive’s files and the stored documents', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-dossier').click()]);
    const files = await unzip(await readFile((await download.path())!));
    const manifest = JSON.parse(files.get('manifest.json')!.toString()) as {
      files: { path: string; sha256: string; documentId: string | null }[];
    };
    expect(manifest.files.map((f) => f.path)).toContain('dossier.pdf');
    for (const file of manifest.files) expect(sha256(files.get(file.path)!)).toBe(file.sha256);
    const documents = manifest.files.filter((f) => f.documentId !== null);
    expect(documents).toHaveLength(1);
    const stored = await readFile(join(dataDir, 'documents', documents[0]!.sha256.slice(0, 2), documents[0]!.sha256));
    expect(sha256(stored)).toBe(documents[0]!.sha256);
    expect(stored.equals(MEMO)).toBe(true);
    const text = await pdfText(files.get('dossier.pdf')!);
    expect(text).toContain(TITLE);
    expect(text).toContain('Lê Minh Chi');
    expect(text).toContain('RECORDING');
  });

  it('reads well on a phone', async () => {
    const phone = await browser.newContext({ baseURL: server.url, viewport: { width: 390, height: 844 } });
    const small = await phone.newPage();
    await signIn(small, 'fund@launchpad.test');
    await small.goto(dealPath);
    await small.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: 60_000 });
    await small.getByTestId('check-RECORDING').waitFor();
    await screenshot(small, 'deal-390');
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await small.goto('/deals');
    await small.getByTestId('deals-board').waitFor();
    await screenshot(small, 'deals-board-390');
    await phone.close();
  });
});
