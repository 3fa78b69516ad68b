// Mentoring in a real browser: a founder books an office hour with their mentor and declares the startup's needs,
// a manager reads the sessions with the mentors' notes (private ones too) and invites a mentor by e-mail; the board
// sees the mentoring panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../support/server';
import {
  expectNoSeriousA11yViolations,
  expectText,
  launchBrowser,
  revealDeferred,
  screenshot,
} from '../support/browser';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

async function signedIn(email: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.locator('#login-password').fill('launchpad-demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  return page;
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('mentoring', () => {
  it('lets a founder book an open office hour with their mentor', async () => {
    const page = await signedIn('founder@launchpad.test');
    await page.goto('/my-mentors');
    await page.getByRole('heading', { level: 1, name: 'Cố vấn và giờ tư vấn' }).waitFor();
    const slots = page.getByTestId('open-slots');
    await slots.getByRole('button', { name: 'Đặt lịch' }).first().waitFor();
    const before = await slots.getByRole('button', { name: 'Đặt lịch' }).count();
    await slots.getByRole('button', { name: 'Đặt lịch' }).first().click();
    await page.getByLabel('Nội dung *').fill('Chuẩn bị hồ sơ gọi vốn vòng hạt giống');
    await page.getByRole('button', { name: 'Đặt giờ này' }).click();
    await page.getByTestId('mentors-notice').waitFor();
    expect(await page.getByTestId('mentors-notice').textContent()).toContain('Đã đặt');
    await page.getByTestId('my-sessions').getByText('Chuẩn bị hồ sơ gọi vốn vòng hạt giống').waitFor();
    expect(await slots.getByRole('button', { name: 'Đặt lịch' }).count()).toBe(before - 1);
    // The startup's needs: the managers rank mentors by them.
    const needs = page.getByTestId('startup-needs').first();
    await needs.getByLabel('Pháp lý').check();
    await needs.getByRole('button', { name: 'Lưu nhu cầu' }).click();
    await expectText(needs, 'Đã lưu nhu cầu.');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'mentors-founder-booking');
    await page.context().close();
  }, 300_000);

  it("shows a manager every session with the mentors' notes, the new booking among them", async () => {
    const page = await signedIn('incubator@launchpad.test');
    await page.goto('/mentors/sessions');
    const sessions = page.getByTestId('all-sessions');
    await sessions.getByText('Chuẩn bị hồ sơ gọi vốn vòng hạt giống').waitFor();
    await sessions.getByTestId('session-notes').first().waitFor();
    expect(await sessions.getByTestId('session-notes').count()).toBeGreaterThan(1);
    await screenshot(page, 'mentors-manager-sessions');
    await page.goto('/mentors');
    await page.getByTestId('mentor-directory').getByText('Chuyên gia kiều bào').first().waitFor();
    // The directory's filters: overseas experts only, then everyone again.
    const rows = page.getByTestId('mentor-directory').locator('tbody tr');
    const everyone = await rows.count();
    await page.getByRole('combobox', { name: 'Xuất thân' }).click();
    await page.getByRole('option', { name: 'Chuyên gia kiều bào', exact: true }).click();
    await page.locator('.p-select-overlay').waitFor({ state: 'detached' });
    await expect.poll(() => rows.count()).toBeLessThan(everyone);
    for (const row of await rows.all()) await expectText(row, 'Chuyên gia kiều bào');
    await expectText(page.getByTestId('mentor-count'), `/ ${everyone} chuyên gia`);
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => rows.count()).toBe(everyone);
    // A manager invites a mentor by e-mail: the profile is listed, the invitation pending.
    await page.getByRole('button', { name: 'Mời cố vấn' }).click();
    await page.locator('#form-mentor-profile-email').fill('new.expert@launchpad.test');
    await page.locator('#form-mentor-profile-displayName').fill('Phạm Minh Châu');
    await page.locator('#form-mentor-profile-organization').fill('Viện Công nghệ');
    await page.getByTestId('form-dialog-submit').click();
    await expectText(page.getByTestId('mentor-notice'), 'new.expert@launchpad.test');
    const row = page.getByTestId('mentor-directory').locator('tr', { hasText: 'Phạm Minh Châu' });
    await expectText(row, 'Chờ chấp nhận lời mời');
    await expectNoSeriousA11yViolations(page);
    await page.context().close();
  }, 300_000);

  it('shows the board its mentoring panel, without sideways scrolling on a phone', async () => {
    const page = await signedIn('board@launchpad.test', 390);
    // The board builds its lower sections when scrolled near.
    await revealDeferred(page, page.getByTestId('mentoring-panel'));
    await page.getByTestId('mentoring-panel').waitFor();
    await page.getByTestId('mentoring-panel').getByText('Chuyên gia kiều bào').waitFor();
    await screenshot(page, 'mentors-board-panel-phone');
    const panel = page.getByTestId('mentoring-panel');
    const overflow = await panel.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  }, 300_000);

  it('writes office-hour times in the reader’s date format, as every other page does', async () => {
    const page = await signedIn('founder@launchpad.test', 390);
    await page.goto('/my-mentors');
    const times = [page.getByTestId('open-slots'), page.getByTestId('my-sessions')].map((table) =>
      table.locator('tbody tr td:first-child'),
    );
    await times[1]!.first().waitFor();
    for (const cells of times)
      for (const cell of await cells.all())
        expect((await cell.textContent())?.trim()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    // A topic keeps a readable width: the table slides in its frame rather than putting one word on a line.
    const topic = page.getByTestId('my-sessions').locator('tbody tr td:nth-child(4)').first();
    const lines = await topic.evaluate((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
    });
    expect(lines).toBeLessThanOrEqual(3);
    await screenshot(page, 'mentors-founder-times-phone');
    await page.context().close();
  }, 300_000);
});
