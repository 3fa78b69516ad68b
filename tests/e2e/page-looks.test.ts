// What a reader sees, checked in a real browser at the widths of the review (1366 and 390 px): nothing clipped or
// broken across lines, one heading size for the panels of a page, dates in the reader's format, and a refusal in
// the reader's language naming the field by its label.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  browserSession,
  chooseOption,
  expectNoSeriousA11yViolations,
  revealDeferred,
  signIn,
} from '../support/browser';

const session = browserSession();
const FUND = 'Quỹ Đầu tư Mạo hiểm Hà Nội';
let startupId: string;
/** The first deal of the demo: decided, with its rule checks and due-diligence areas left open. */
let dealId: string;
/** A statement whose idea round has no reviewer yet. */
let unassignedChallengeId: string;
/** A startup's cap table as seen from a fund that took part in one of its rounds. */
let capTablePath: string;

beforeAll(async () => {
  const client = new pg.Client({ connectionString: session.server.databaseUrl });
  await client.connect();
  try {
    startupId = (await client.query<{ id: string }>('select id from startups order by name limit 1')).rows[0]!.id;
    dealId = (await client.query<{ id: string }>('select id from deals order by created_at limit 1')).rows[0]!.id;
    unassignedChallengeId = (
      await client.query<{ id: string }>(
        `select c.id from challenges c where not exists (select 1 from review_assignments r
           join applications a on a.id = r.application_id where a.challenge_id = c.id and r.phase = 'IDEA') limit 1`,
      )
    ).rows[0]!.id;
    const held = (
      await client.query<{ fund_id: string; startup_id: string }>(
        `select p.fund_id, r.startup_id from round_participations p join funding_rounds r on r.id = p.round_id
         where p.fund_id is not null order by r.date limit 1`,
      )
    ).rows[0]!;
    capTablePath = `/fund/${held.fund_id}/cap-table/${held.startup_id}`;
  } finally {
    await client.end();
  }
});

async function openFund(page: Page): Promise<void> {
  await page.goto('/fund');
  await page.getByRole('link', { name: FUND, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: FUND }).waitFor({ timeout: 90_000 });
  // The legal position and the ledger below the figures are built as the reader scrolls to them.
  await revealDeferred(page, page.getByTestId('commitments-table'));
}

/** How many lines a text takes on screen. */
function linesOf(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
  });
}

/** Signs the founder in on a desktop, in `locale`, and checks each of `texts` (on their page) takes one line. */
async function expectFounderTextsOnOneLine(locale: 'vi' | 'en', texts: (page: Page) => Locator): Promise<void> {
  const page = await session.newPage({ width: 1366, height: 768, locale });
  await signIn(page, 'founder@launchpad.test');
  const found = texts(page);
  await found.first().waitFor({ timeout: 90_000 });
  for (const text of await found.all()) expect(await linesOf(text)).toBe(1);
}

describe('the fund page at 1366 px', () => {
  it('shows every column of the commitments without scrolling their frame', async () => {
    const page = await session.newPage({ width: 1366, height: 768 });
    await signIn(page, 'fund@launchpad.test');
    await openFund(page);
    const frame = page.getByTestId('commitments-table').locator('.p-datatable-table-container');
    await frame.locator('tbody tr').first().waitFor();
    expect(await frame.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  });

  it('lists each rule version with its name above its scope and an open version "from" its first day', async () => {
    const page = await session.newPage({ width: 1366, height: 768, locale: 'en' });
    await signIn(page, 'admin@launchpad.test');
    await openFund(page);
    const row = page.getByTestId('rule-history').locator('tbody tr').first();
    await row.waitFor();
    const name = await row.locator('.rules__name').boundingBox();
    const scope = await row.locator('.rules__cite').first().boundingBox();
    expect(scope!.y).toBeGreaterThanOrEqual(name!.y + name!.height - 1);
    const inForce = await row.locator('td').nth(2).textContent();
    expect(inForce?.trim()).toBe('From 1 Jan 2026');
  });

  it('refuses ending a rule before its version starts in English, naming the field as labelled', async () => {
    const page = await session.newPage({ width: 1366, height: 768, locale: 'en' });
    await signIn(page, 'admin@launchpad.test');
    await openFund(page);
    await page.getByTestId('end-rule').click();
    const dialog = page.getByTestId('end-rule-dialog');
    await chooseOption(page, 'form-end-rule-dialog-kind', 'Number of other members');
    await dialog.getByLabel('Last day in force').fill('31 Dec 2025');
    await dialog.getByLabel('Why it ends').fill('Repealed');
    await dialog.getByRole('button', { name: 'End a rule' }).click();
    await expect
      .poll(() => dialog.locator('#form-end-rule-dialog-lastDay-msg').textContent())
      .toBe('“Last day in force” cannot be before the version in force starts (1 Jan 2026).');
  });
});

describe('native fields', () => {
  it('are drawn as the app’s fields, as tall as its own inputs', async () => {
    const page = await session.newPage({ width: 1366, height: 768 });
    await signIn(page, 'admin@launchpad.test');
    await openFund(page);
    const day = page.getByTestId('rules-day');
    const member = page.getByTestId('statement-member');
    for (const field of [day, member]) {
      await field.waitFor();
      expect((await field.boundingBox())!.height).toBeGreaterThanOrEqual(34);
      expect(await field.evaluate((el) => getComputedStyle(el).borderRadius)).toBe('6px');
    }
  });
});

describe('the startup page at 1366 px', () => {
  it('gives every panel heading one size', async () => {
    const page = await session.newPage({ width: 1366, height: 768 });
    await signIn(page, 'incubator@launchpad.test');
    await page.goto(`/program/startups/${startupId}`);
    await page.getByTestId('support-panel').waitFor({ timeout: 90_000 });
    const size = (id: string) => page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).fontSize);
    const panel = await size('sec-invitations');
    expect(await size('sec-rd')).toBe(panel);
    expect(await size('sec-support')).toBe(panel);
  });

  it('keeps a founder’s “Cập nhật” buttons on one line', async () => {
    await expectFounderTextsOnOneLine('vi', (page) => page.getByTestId('milestones').locator('.p-button-label'));
  });
});

describe('the board targets on a phone', () => {
  it('shows each yearly amount in full in its field', async () => {
    const page = await session.newPage({ width: 390, height: 844 });
    await signIn(page, 'admin@launchpad.test');
    await page.goto('/board');
    await page.getByTestId('edit-targets').click();
    const inputs = page.getByRole('dialog').locator('input');
    await inputs.first().waitFor();
    for (const input of await inputs.all()) {
      expect(await input.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    }
  });
});

describe('a visitor on a public page', () => {
  it('finds the way to sign in from the header', async () => {
    const page = await session.newPage({ width: 390, height: 844, locale: 'en' });
    await page.goto('/progress');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/progress');
  });
});

describe('English pages show no Vietnamese labels and no ISO dates', () => {
  it('gives a deal’s checked day in the reader’s format and an open area without a dangling dash', async () => {
    const page = await session.newPage({ width: 1366, height: 768, locale: 'en' });
    await signIn(page, 'fund@launchpad.test');
    await page.goto(`/deals/${dealId}`);
    const day = page.getByTestId('decision').locator('.deal-decision__day').first();
    await day.waitFor({ timeout: 90_000 });
    expect(await day.textContent()).toMatch(/Rules in force on \d{1,2} [A-Z][a-z]{2} \d{4}/);
    const open = page.locator('[data-testid^="dd-"]').filter({ hasText: 'Open' }).first();
    expect((await open.textContent())?.trim()).not.toMatch(/—$/);
  });

  it('names the board’s mentoring sectors in English', async () => {
    const page = await session.newPage({ width: 1366, height: 768, locale: 'en' });
    await signIn(page, 'board@launchpad.test');
    const panel = page.getByTestId('mentoring-panel');
    await revealDeferred(page, panel);
    await panel.locator('tbody tr').first().waitFor({ timeout: 90_000 });
    const text = await panel.textContent();
    expect(text).toContain('Smart transport');
    expect(text).not.toContain('Giao thông thông minh');
  });

  it('keeps a state-support date on one line on the founder’s page', async () => {
    await expectFounderTextsOnOneLine('en', (page) =>
      page.getByTestId('support-panel-lines').locator('tbody tr td:first-child'),
    );
  });
});

describe('a file picker', () => {
  it('speaks the page’s language, not the browser’s, and names the chosen file', async () => {
    const page = await session.newPage({ width: 390, height: 844 });
    await signIn(page, 'fund@launchpad.test');
    await page.goto(`/deals/${dealId}`);
    const picker = page.locator('.doc-upload');
    await picker.waitFor({ timeout: 90_000 });
    await expect.poll(() => picker.textContent()).toContain('Chọn tệp');
    expect(await picker.textContent()).toContain('Chưa chọn tệp nào');
    await page.getByLabel('Tệp (PDF, ảnh, tài liệu văn phòng)').setInputFiles({
      name: 'to-trinh.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await expect.poll(() => picker.textContent()).toContain('to-trinh.pdf');
  });
});

describe('page titles', () => {
  it('have one size on every page, whichever page the browser opened first', async () => {
    const page = await session.newPage({ width: 390, height: 844 });
    await signIn(page, 'admin@launchpad.test');
    const sizes = new Map<string, string>();
    // Each a fresh load, so only that page's own styles (and the app's) have been fetched.
    for (const path of [
      '/admin/users',
      '/admin/mail',
      '/admin/sectors',
      '/mentors',
      '/reviews',
      '/deals',
      '/progress',
      capTablePath,
    ]) {
      await page.goto(path);
      const title = page.locator('main h1');
      await title.waitFor({ timeout: 90_000 });
      // Its size, the space above it and the space down to the intro under it.
      const look = await title.evaluate((h) => {
        const intro = h.nextElementSibling!.getBoundingClientRect().top - h.getBoundingClientRect().bottom;
        return `${getComputedStyle(h).fontSize} ${getComputedStyle(h).marginTop} ${Math.round(intro)}px`;
      });
      sizes.set(path, look);
    }
    expect(new Set(sizes.values()), JSON.stringify(Object.fromEntries(sizes))).toEqual(new Set(['28px 0px 6px']));
  });

  it('lead a cap table back to the fund it is seen from', async () => {
    const page = await session.newPage({ width: 390, height: 844 });
    await signIn(page, 'fund@launchpad.test');
    await page.goto(capTablePath);
    // Its rounds table writes amounts in full, as every table does; compact amounts are for cards.
    const rounds = page.getByRole('region', { name: 'Vòng gọi vốn', exact: true });
    await rounds.locator('tbody tr').first().waitFor({ timeout: 90_000 });
    const cells = await rounds.locator('tbody').textContent();
    expect(cells).toMatch(/\d{1,3}(\.\d{3}){2,} ₫/);
    expect(cells).not.toMatch(/tỷ|triệu/);
    await page.getByRole('link', { name: `Về ${FUND}` }).click();
    await page.getByRole('heading', { level: 1, name: FUND }).waitFor({ timeout: 90_000 });
  });

  it('lead an appeal back to the challenge it is about, its intro apart from the form', async () => {
    const page = await session.newPage({ width: 390, height: 844, locale: 'en' });
    const challenge = page.getByRole('link', { name: 'View details' }).first();
    await page.goto('/challenges');
    await challenge.click();
    await page.waitForURL(/\/challenges\/[0-9a-f-]{36}$/);
    const detail = page.url();
    await page.goto(`${detail}/appeal`);
    const intro = await page.locator('.page-intro').boundingBox();
    const form = await page.locator('form').boundingBox();
    expect(form!.y - (intro!.y + intro!.height)).toBeGreaterThanOrEqual(16);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: 'Back' }).click();
    await page.waitForURL(detail);
  });
});

describe('the blind-review ranking', () => {
  it('says in words that it has no declaration yet, instead of an empty panel', async () => {
    const page = await session.newPage({ width: 390, height: 844, locale: 'en' });
    await signIn(page, 'incubator@launchpad.test');
    await page.goto(`/reviews/ranking/${unassignedChallengeId}`);
    await page.getByText('No reviewer is assigned to this round yet, so there is no declaration.').waitFor();
  });
});
