// The program tells people, in a real browser with the development mailbox (an ADMIN reads it): a public application
// is acknowledged by e-mail with its receipt code; selecting it e-mails the founder invitation; a founder reporting a
// milestone done moves the manager's bell live (another browser, no reload); and once the server's clock passes a
// monthly report's due date, the daily sweep reminds the founder on the bell and by e-mail.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hanoiToday } from '@launchpad/shared';
import {
  browserSession,
  chooseOption as choose,
  expectNoSeriousA11yViolations,
  screenshot,
  signIn,
} from '../support/browser';

// The server's clock runs with the system's, shifted when the test passes a due date.
let shiftMs = 0;
const session = browserSession({ clock: () => new Date(Date.now() + shiftMs) });
const { newPage } = session;

const stamp = Date.now().toString(36);
const TEAM = `Nhóm Chuông Báo ${stamp}`;
const CONTACT = `chuong.bao.${stamp}@example.vn`;
const MVP = 'Sản phẩm khả dụng tối thiểu (MVP)';

/** The unread count the bell announces (0 when it announces none). */
async function bellCount(page: Page): Promise<number> {
  const label = (await page.getByTestId('bell').getAttribute('aria-label')) ?? '';
  return Number(/(\d+) chưa đọc/.exec(label)?.[1] ?? 0);
}

/** Waits, without reloading the page, until the bell announces `count` unread notifications. */
async function bellShows(page: Page, count: number): Promise<void> {
  await page.getByRole('button', { name: `Thông báo: ${count} chưa đọc` }).waitFor({ timeout: 60_000 });
}

/** The mail is sent after commit by the queue's worker: reload the mailbox until a mail to `to` with `subject` shows. */
async function mailArrives(admin: Page, to: string, subject: string | RegExp) {
  const row = admin.getByTestId('mailbox').locator('tbody tr', { hasText: to }).filter({ hasText: subject });
  for (let attempt = 0; attempt < 60 && (await row.count()) === 0; attempt++) {
    await admin.getByTestId('mail-refresh').click();
    await admin.waitForTimeout(1_000);
  }
  await row.first().waitFor();
  await row.first().getByRole('button').click();
  const opened = admin.getByTestId('mail-open');
  await opened.waitFor();
  return opened;
}

// Each step waits on the job queue's worker or the live link besides the page: give it twice the project's room.
const STEP_TIMEOUT = 240_000;

describe('notifications and e-mail in the browser', () => {
  let admin: Page;
  let manager: Page;
  let founder: Page;
  let challengeTitle = '';

  it(
    'acknowledges a public application by e-mail with its receipt code, read in the development mailbox',
    async () => {
      const visitor = await newPage();
      await visitor.goto('/challenges');
      const card = visitor.getByTestId('challenge-list').locator('li').first();
      await card.waitFor();
      challengeTitle = (await card.getByRole('heading', { level: 2 }).textContent())?.trim() ?? '';
      await card.getByRole('heading', { level: 2 }).getByRole('link').click();
      await visitor.getByRole('heading', { level: 1, name: challengeTitle }).waitFor();
      await visitor.getByRole('link', { name: 'Đăng ký giải pháp' }).click();
      await visitor.getByRole('heading', { level: 1, name: 'Đăng ký giải pháp' }).waitFor();
      await visitor.getByLabel('Tên đội *').fill(TEAM);
      await visitor.getByLabel('Họ và tên thành viên 1 *').fill('Lê Thị Mai');
      await choose(visitor, 'member-bg-0', 'Trường đại học');
      await visitor
        .getByLabel('Đề xuất giải pháp *')
        .fill('Hệ thống cảnh báo sớm ngập úng bằng cảm biến mực nước, thí điểm tại 10 điểm trũng của quận Hoàn Kiếm.');
      await visitor.getByLabel('Email liên hệ *').fill(CONTACT);
      await visitor.getByRole('button', { name: 'Gửi hồ sơ' }).click();
      const success = visitor.getByTestId('apply-success');
      await success.waitFor();
      const receipt = /[0-9A-F]{8}/.exec((await success.textContent()) ?? '')?.[0];
      expect(receipt).toBeDefined();

      admin = await newPage();
      await signIn(admin, 'admin@launchpad.test');
      await admin.goto('/admin/mail');
      const mail = await mailArrives(admin, CONTACT, `Đã nhận hồ sơ ${TEAM} — mã ${receipt}`);
      const text = (await mail.textContent()) ?? '';
      expect(text).toContain(`Mã tiếp nhận: ${receipt}`);
      expect(text).toContain('Chúng tôi sẽ liên hệ qua email');
      await expectNoSeriousA11yViolations(admin);
      await screenshot(admin, 'notifications-01-receipt-mail');
    },
    STEP_TIMEOUT,
  );

  it(
    'e-mails the founder invitation when a manager selects the application',
    async () => {
      manager = await newPage();
      await signIn(manager, 'incubator@launchpad.test');
      await manager.getByRole('link', { name: 'Xét chọn hồ sơ' }).click();
      await manager.getByRole('link', { name: challengeTitle }).click();
      await manager
        .getByTestId(`application-${TEAM}`)
        .getByRole('button', { name: `Chọn hồ sơ của đội ${TEAM}` })
        .click();
      await manager.getByRole('button', { name: 'Chọn và tạo startup' }).click();
      const result = manager.getByTestId('selection-result');
      await result.waitFor();
      // The dialog says the invitation went by e-mail; the link stays there to pass on another way.
      expect(await result.textContent()).toContain(`Thư mời đã được gửi qua email đến nhà sáng lập (${CONTACT})`);
      const link = await manager.getByTestId('invitation-link').inputValue();
      await screenshot(manager, 'notifications-02-selected');
      await manager.getByRole('button', { name: 'Đóng' }).click();

      const mail = await mailArrives(admin, CONTACT, `Lời mời tham gia ${TEAM} trên Launchpad`);
      expect(await mail.textContent()).toContain(new URL(link).pathname);
      await screenshot(admin, 'notifications-03-invitation-mail');
    },
    STEP_TIMEOUT,
  );

  it(
    "moves the manager's bell live when a founder reports a milestone done",
    async () => {
      await manager.goto('/program');
      await manager.getByTestId('bell').waitFor();
      // The bell loads its count, then follows the subscription: let the first load land before reading it.
      await manager.waitForLoadState('networkidle');
      const before = await bellCount(manager);

      founder = await newPage();
      await signIn(founder, 'founder@launchpad.test');
      await founder.waitForURL((url) => url.pathname === '/my-startup');
      await founder
        .getByTestId('milestones')
        .getByRole('button', { name: `Cập nhật: cột mốc ${MVP}` })
        .click();
      await choose(founder, 'ms-status', 'Đã hoàn thành');
      await founder.getByLabel('Đường dẫn minh chứng').fill('https://example.vn/mvp-demo');
      await founder.getByLabel('Mô tả minh chứng').fill('MVP chạy với 30 người dùng thử, số liệu đính kèm.');
      await founder.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
      await founder
        .getByTestId('founder-note')
        .getByText(/^Đã cập nhật cột mốc/)
        .waitFor();

      // No reload: the count arrives over the GraphQL subscription.
      await bellShows(manager, before + 1);
      await manager.getByTestId('bell').click();
      const panel = manager.getByTestId('bell-panel');
      await panel.getByText(`cột mốc "${MVP}" chờ xác nhận`).first().waitFor();
      await expectNoSeriousA11yViolations(manager);
      await screenshot(manager, 'notifications-04-manager-bell');
    },
    STEP_TIMEOUT,
  );

  it(
    'reminds the founder of an overdue monthly report once the clock passes its due date',
    async () => {
      await founder.getByTestId('bell').waitFor();
      await founder.waitForLoadState('networkidle');
      const before = await bellCount(founder);
      // This month's report is due on the 10th of next month (the default due day): stand on the 15th, Hanoi noon.
      const today = hanoiToday(() => new Date());
      const [year, month] = today.split('-').map(Number) as [number, number];
      const period = today.slice(0, 7);
      const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
      shiftMs = new Date(`${next}-15T05:00:00Z`).getTime() - Date.now();

      // The daily cron job, run now as its schedule would.
      const id = await session.server.app.jobs.boss.send('deadlines', {});
      for (let attempt = 0; attempt < 120; attempt++) {
        const [job] = await session.server.app.jobs.boss.findJobs('deadlines', { id: id! });
        if (job?.state === 'completed') break;
        await founder.waitForTimeout(500);
      }

      const title = `Báo cáo số liệu tháng ${period} đã quá hạn`;
      await bellShows(founder, before + 1);
      await founder.getByTestId('bell').click();
      await founder.getByTestId('bell-panel').getByText(title).waitFor();
      await expectNoSeriousA11yViolations(founder);
      await screenshot(founder, 'notifications-05-founder-reminder');

      const mail = await mailArrives(admin, 'founder@launchpad.test', title);
      expect(await mail.textContent()).toContain('/my-startup');
      await screenshot(admin, 'notifications-06-reminder-mail');
    },
    STEP_TIMEOUT,
  );
});
