// The date field in a real dialog: a manager types a milestone's due day in Vietnamese (dd/MM/yyyy) and in English
// (d MMM yyyy) and the server stores that very day; a day that does not exist is refused beside the field and left
// as typed; the calendar opens under the field, is keyboard-usable and axe-clean, at desktop and phone widths.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatDayInput } from '@launchpad/shared';
import { browserSession, expectNoSeriousA11yViolations, expectText, screenshot, signIn } from '../support/browser';

const session = browserSession();
let startupId: string;

beforeAll(async () => {
  const client = new pg.Client({ connectionString: session.server.databaseUrl });
  await client.connect();
  try {
    const startup = await client.query<{ id: string }>(
      `select id from startups where stage = 'INCUBATION' order by name limit 1`,
    );
    startupId = startup.rows[0]!.id;
  } finally {
    await client.end();
  }
});

/** The due day the server stored for a milestone of the startup, as 'yyyy-MM-dd'. */
async function storedDueDay(title: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: session.server.databaseUrl });
  await client.connect();
  try {
    const row = await client.query<{ due: string | null }>(
      `select to_char(due_date, 'YYYY-MM-DD') as due from milestones where startup_id = $1 and title = $2`,
      [startupId, title],
    );
    return row.rows[0]?.due ?? null;
  } finally {
    await client.end();
  }
}

const TEXTS = {
  vi: {
    add: 'Thêm cột mốc',
    title: 'Thêm cột mốc',
    name: /^Tên cột mốc( \*)?$/,
    due: 'Hạn',
    save: 'Lưu',
    calendar: 'Chọn ngày trên lịch',
  },
  en: {
    add: 'Add milestone',
    title: 'Add a milestone',
    name: /^Milestone( \*)?$/,
    due: 'Due',
    save: 'Save',
    calendar: 'Pick the day on a calendar',
  },
} as const;

async function openMilestoneDialog(locale: 'vi' | 'en', width = 1366, before?: (page: Page) => Promise<void>) {
  const page = await session.newPage({ width, height: 844, locale, timezoneId: 'America/Los_Angeles' });
  await before?.(page);
  await signIn(page, 'incubator@launchpad.test');
  await page.goto(`/program/startups/${startupId}`);
  const words = TEXTS[locale];
  await page.getByRole('button', { name: words.add }).click();
  const dialog = page.getByRole('dialog', { name: words.title });
  await dialog.waitFor();
  return { page, dialog, words, due: dialog.getByLabel(words.due, { exact: true }) };
}

/** Types as a person does, one key at a time. */
async function typeInto(page: Page, field: ReturnType<Page['getByLabel']>, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  await field.pressSequentially(text);
  await page.keyboard.press('Tab');
}

describe('a date typed in the reader’s language', () => {
  it('stores the day typed as dd/MM/yyyy in Vietnamese, and refuses 31/02 beside the field without changing it', async () => {
    const { page, dialog, words, due } = await openMilestoneDialog('vi');
    await dialog.getByLabel(words.name).fill('Thử nghiệm ngày kiểu Việt');
    await expect.poll(() => due.getAttribute('placeholder')).toBe('dd/mm/yyyy');

    await typeInto(page, due, '31/02/2027');
    await expectText(dialog.locator('#ms-due-msg'), 'Ngày này không có trên lịch');
    expect(await due.inputValue()).toBe('31/02/2027');
    expect(await due.getAttribute('aria-invalid')).toBe('true');
    // Not saved as another day (3 March) nor sent as text: the save is disabled and says why, the text kept.
    const save = dialog.getByRole('button', { name: words.save });
    expect(await save.isDisabled()).toBe(true);
    await expectText(page.locator('#milestone-form-why'), 'Có ngày ở trên chưa đúng: hãy sửa lại để gửi.');
    expect(await save.getAttribute('aria-describedby')).toBe('milestone-form-why');
    expect(await due.inputValue()).toBe('31/02/2027');
    expect(await storedDueDay('Thử nghiệm ngày kiểu Việt')).toBeNull();

    await typeInto(page, due, '15/9/2027');
    expect(await dialog.locator('#ms-due-msg').count()).toBe(0);
    expect(await page.locator('#milestone-form-why').count()).toBe(0);
    await dialog.getByRole('button', { name: words.save }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => storedDueDay('Thử nghiệm ngày kiểu Việt')).toBe('2027-09-15');
  });

  it('stores the day typed as d MMM yyyy in English', async () => {
    const { page, dialog, words, due } = await openMilestoneDialog('en');
    await dialog.getByLabel(words.name).fill('English-format due day');
    await typeInto(page, due, '3 Oct 2027');
    expect(await dialog.locator('#ms-due-msg').count()).toBe(0);
    await dialog.getByRole('button', { name: words.save }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => storedDueDay('English-format due day')).toBe('2027-10-03');
  });
});

describe('the calendar under a date field', () => {
  for (const locale of ['vi', 'en'] as const) {
    for (const width of [1366, 390]) {
      it(`opens by keyboard, is axe-clean and fills the field in the language's format (${locale}, ${width} px)`, async () => {
        const { page, dialog, words, due } = await openMilestoneDialog(locale, width);
        await typeInto(page, due, locale === 'vi' ? '10/06/2027' : '10 Jun 2027');
        await screenshot(page, `date-field-${locale}-${width}-closed`);

        const toggle = dialog.getByRole('button', { name: words.calendar });
        await toggle.focus();
        await page.keyboard.press('Enter');
        // The calendar's code comes on first open: the toggle says expanded once it is there.
        await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
        const calendar = dialog.getByRole('group', { name: locale === 'vi' ? 'Lịch chọn ngày' : 'Calendar' });
        await calendar.waitFor();
        await expectText(calendar, locale === 'vi' ? 'Tháng 6' : 'June');
        // No part of the calendar lies outside the dialog at a phone's width.
        const [box, frame] = [await calendar.boundingBox(), await dialog.boundingBox()];
        expect(box!.x + box!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
        // The whole month shows at once: nothing hides behind a sideways scroll.
        expect(await calendar.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
        await expectNoSeriousA11yViolations(page);
        await screenshot(page, `date-field-${locale}-${width}-open`);

        // The chosen day has the focus: one day on with the arrow key, then Enter picks it.
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Enter');
        await calendar.waitFor({ state: 'hidden' });
        expect(await due.inputValue()).toBe(locale === 'vi' ? '11/06/2027' : '11 Jun 2027');

        // Escape closes it again without a choice, and the keyboard is back on the toggle.
        await toggle.focus();
        await page.keyboard.press('Enter');
        await calendar.waitFor();
        await page.keyboard.press('Escape');
        await calendar.waitFor({ state: 'hidden' });
        expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await due.inputValue()).toBe(locale === 'vi' ? '11/06/2027' : '11 Jun 2027');
      });
    }
  }
});

describe('a form holding a date that is not a day', () => {
  it('never sends it: the mentor’s office-hour form stays disabled with its reason, Enter included', async () => {
    const page = await session.newPage({ width: 390, height: 844 });
    await signIn(page, 'mentor@launchpad.test');
    await page.goto('/mentor');
    const date = page.getByLabel('Ngày', { exact: true });
    const publish = page.getByRole('button', { name: 'Mở giờ', exact: true });
    await publish.waitFor({ timeout: 90_000 });
    let mutations = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && /mutation/i.test(r.postData() ?? '')) mutations++;
    });

    await typeInto(page, date, '30/02/2027');
    await expectText(page.locator('#slot-date-msg'), 'Ngày này không có trên lịch');
    expect(await publish.isDisabled()).toBe(true);
    await expectText(page.locator('#slot-why'), 'Có ngày ở trên chưa đúng: hãy sửa lại để gửi.');
    await date.press('Enter');
    await expectNoSeriousA11yViolations(page);
    expect(mutations).toBe(0);

    // A day again: the reason goes and the form can be sent.
    await typeInto(page, date, '01/03/2027');
    await page.locator('#slot-why').waitFor({ state: 'detached' });
    expect(await publish.isDisabled()).toBe(false);
  });
});

describe('today on the calendar', () => {
  it('is Hanoi’s day, not the day of a browser abroad', async () => {
    // 20:00 UTC today: still this day in Los Angeles, where the browser is, and already tomorrow in Hanoi.
    const now = new Date();
    const instant = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 20));
    const browserDay = instant.toISOString().slice(0, 10);
    const hanoiDay = new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect(hanoiDay).not.toBe(browserDay);
    const { page, dialog, words, due } = await openMilestoneDialog('en', 1366, (p) => p.clock.setFixedTime(instant));
    // The calendar opens on Hanoi's month (a day of it typed in the field, so a month's end changes nothing).
    await typeInto(page, due, formatDayInput(`${hanoiDay.slice(0, 8)}28`, 'en'));
    await dialog.getByRole('button', { name: words.calendar }).click();
    const calendar = dialog.getByRole('group', { name: 'Calendar' });
    await calendar.waitFor();
    const marked = calendar.locator('td:not([data-p-other-month="true"]) .date-field__today');
    await expect.poll(() => marked.count()).toBe(1);
    expect((await marked.textContent())?.trim()).toBe(String(Number(hanoiDay.slice(8))));
    // The marked day looks like today; the browser's own today (when in view) does not.
    const look = (l: ReturnType<Page['locator']>) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
    const transparent = 'rgba(0, 0, 0, 0)';
    expect(await look(marked.locator('xpath=..'))).not.toBe(transparent);
    const browserToday = calendar.locator('td[data-p-today="true"]:not([data-p-other-month="true"]) > span');
    if ((await browserToday.count()) > 0 && Number(browserDay.slice(8)) !== 28)
      expect(await look(browserToday)).toBe(transparent);
  });
});
