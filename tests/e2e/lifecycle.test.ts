// The four stages in a real browser: a team applies anonymously to a published problem statement, a
// manager scores and selects it, the new startup appears in Connection, a forward move is refused with
// the gate's requirement in words, and the invited founder accepts and updates a milestone.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserSession,
  chooseOption as choose,
  expectNoSeriousA11yViolations,
  screenshot,
  signIn,
} from '../support/browser';

const { newPage } = browserSession();

const stamp = Date.now().toString(36);
const TEAM = `Nhóm Sông Hồng ${stamp}`;
const CONTACT = `truong.nhom.${stamp}@example.vn`;
let challengeTitle = '';
let invitationLink = '';

describe('the four stages in the browser', () => {
  let visitor: Page;
  let manager: Page;
  let founder: Page;

  it('lists the published problem statements for a visitor who is not signed in, linked from the login page', async () => {
    visitor = await newPage();
    await visitor.goto('/login');
    await visitor.getByTestId('login-challenges-link').click();
    await visitor.waitForURL((url) => url.pathname === '/challenges');
    await visitor.getByRole('heading', { level: 1, name: 'Bài toán đô thị đang mời gọi giải pháp' }).waitFor();
    const cards = visitor.getByTestId('challenge-list').locator('li');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    // Visitors find the challenges in the main navigation.
    const nav = visitor.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.getByRole('link').allTextContents()).toContainEqual(expect.stringContaining('Bài toán đô thị'));
    await expectNoSeriousA11yViolations(visitor);
    await screenshot(visitor, 'lifecycle-01-challenges');

    challengeTitle = (await cards.first().getByRole('heading', { level: 2 }).textContent())?.trim() ?? '';
    expect(challengeTitle).not.toBe('');
    await cards.first().getByRole('heading', { level: 2 }).getByRole('link').click();
    await visitor.getByRole('heading', { level: 1, name: challengeTitle }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: 'Tiêu chí đánh giá' }).waitFor();
    await expectNoSeriousA11yViolations(visitor);
    await screenshot(visitor, 'lifecycle-02-challenge');
  });

  it('refuses an empty application field by field, then accepts a complete one without an account', async () => {
    await visitor.getByRole('link', { name: 'Đăng ký giải pháp' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Đăng ký giải pháp' }).waitFor();

    await visitor.getByRole('button', { name: 'Gửi hồ sơ' }).click();
    await visitor.getByTestId('apply-error').waitFor();
    expect(await visitor.locator('#apply-team-msg').textContent()).toContain('Vui lòng nhập trường này.');
    expect(await visitor.locator('#apply-email-msg').textContent()).toContain('Vui lòng nhập trường này.');
    await expectNoSeriousA11yViolations(visitor);

    await visitor.getByLabel('Tên đội *').fill(TEAM);
    await visitor.getByLabel('Họ và tên thành viên 1 *').fill('Nguyễn Thị Lan');
    await choose(visitor, 'member-bg-0', 'Trường đại học');
    await visitor.getByRole('button', { name: 'Thêm thành viên' }).click();
    await visitor.getByLabel('Họ và tên thành viên 2 *').fill('Trần Minh Đức');
    await choose(visitor, 'member-bg-1', 'Người Việt ở nước ngoài');
    await visitor
      .getByLabel('Đề xuất giải pháp *')
      .fill(
        'Cảm biến lưu lượng giá rẻ tại 20 nút giao, dữ liệu mở cho Sở Giao thông, thí điểm 3 tháng ở quận Cầu Giấy.',
      );
    await visitor.getByLabel('Email liên hệ *').fill('not-an-email');
    await visitor.getByRole('button', { name: 'Gửi hồ sơ' }).click();
    expect(await visitor.locator('#apply-email-msg').textContent()).toContain('ten@vidu.vn');

    await visitor.getByLabel('Email liên hệ *').fill(CONTACT);
    await screenshot(visitor, 'lifecycle-03-application-form');
    await visitor.getByRole('button', { name: 'Gửi hồ sơ' }).click();
    const success = visitor.getByTestId('apply-success');
    await success.waitFor();
    expect(await success.textContent()).toContain(TEAM);
    await expectNoSeriousA11yViolations(visitor);
    await screenshot(visitor, 'lifecycle-04-application-received');
  });

  it('lets a manager score the application per criterion and see the weighted ranking with its parts', async () => {
    manager = await newPage();
    await signIn(manager, 'incubator@launchpad.test');
    await manager.waitForURL((url) => url.pathname === '/program');
    await manager.getByRole('link', { name: 'Xét chọn hồ sơ' }).click();
    await manager.getByRole('link', { name: challengeTitle }).click();
    await manager.getByRole('heading', { level: 2, name: 'Xếp hạng theo điểm có trọng số' }).waitFor();

    const application = manager.getByTestId(`application-${TEAM}`);
    await application.waitFor();
    const scoreInputs = application.locator('input[id^="score-"]');
    const criteria = await scoreInputs.count();
    expect(criteria).toBeGreaterThan(0);
    for (let i = 0; i < criteria; i++) await scoreInputs.nth(i).fill(String(9 - (i % 3)));
    await application.getByRole('button', { name: 'Lưu điểm' }).click();
    await manager.getByText(`Đã lưu điểm cho đội ${TEAM}.`).first().waitFor();

    const row = manager.getByTestId('ranking').locator('tr', { hasText: TEAM });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/\d,\d\d \/ 10/);
    expect(await row.locator('.parts li').count()).toBe(criteria);
    await expectNoSeriousA11yViolations(manager);
    await screenshot(manager, 'lifecycle-05-review');
  });

  it('selects the application: a startup is created and the founder invitation link is shown', async () => {
    await manager
      .getByTestId(`application-${TEAM}`)
      .getByRole('button', { name: `Chọn hồ sơ của đội ${TEAM}` })
      .click();
    await manager.getByRole('button', { name: 'Chọn và tạo startup' }).click();
    const result = manager.getByTestId('selection-result');
    await result.waitFor();
    invitationLink = await manager.getByTestId('invitation-link').inputValue();
    expect(invitationLink).toMatch(/\/invitation\/[A-Za-z0-9_-]+$/);
    expect(await result.textContent()).toContain(CONTACT);
    await expectNoSeriousA11yViolations(manager);
    await screenshot(manager, 'lifecycle-06-selected');
    await manager.getByRole('button', { name: 'Đóng' }).click();
  });

  it('shows the new startup in Connection on the pipeline and refuses its forward move with the gate in words', async () => {
    await manager.getByRole('link', { name: 'Bảng giai đoạn' }).click();
    await manager.waitForURL((url) => url.pathname === '/program');
    const column = manager.getByTestId('column-CONNECTION');
    const card = column.getByTestId(`card-${TEAM}`);
    await card.waitFor();
    await expectNoSeriousA11yViolations(manager);
    await screenshot(manager, 'lifecycle-07-pipeline');

    await card.getByRole('button', { name: `Chuyển sang Ươm tạo: ${TEAM}` }).click();
    const refusal = manager.getByTestId('gate-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Startup phải được xếp vào một khóa ươm tạo.');
    await expectNoSeriousA11yViolations(manager);
    await screenshot(manager, 'lifecycle-08-gate-refused');
    await manager.getByRole('button', { name: 'Đóng' }).click();
    // Still in Connection: a refused move writes nothing.
    await column.getByTestId(`card-${TEAM}`).waitFor();
  });

  it('opens the startup page with its profile, next gate and stage timeline', async () => {
    await manager.getByTestId('column-CONNECTION').getByRole('link', { name: TEAM }).click();
    await manager.getByRole('heading', { level: 1, name: TEAM }).waitFor();
    await manager.getByRole('heading', { level: 3, name: 'Điều kiện để sang Ươm tạo' }).waitFor();
    await manager.getByTestId('stage-timeline').waitFor();
    await expectNoSeriousA11yViolations(manager);
    await screenshot(manager, 'lifecycle-09-startup');
  });

  it('lets the invited founder accept, sign in on their startup and update a milestone', async () => {
    founder = await newPage();
    await founder.goto(new URL(invitationLink).pathname);
    await founder.getByRole('heading', { level: 1, name: 'Tham gia Launchpad với vai trò nhà sáng lập' }).waitFor();
    await expectNoSeriousA11yViolations(founder);
    await screenshot(founder, 'lifecycle-10-invitation');
    await founder.getByLabel('Tên hiển thị *').fill('Nguyễn Thị Lan');
    await founder.getByLabel('Mật khẩu *', { exact: true }).fill('song-hong-2026');
    await founder.getByLabel('Nhập lại mật khẩu *').fill('song-hong-2026');
    await founder.getByRole('button', { name: 'Nhận lời mời và đăng nhập' }).click();
    await founder.waitForURL((url) => url.pathname === '/my-startup');
    await founder.getByRole('heading', { level: 1, name: TEAM }).waitFor();

    const milestones = founder.getByTestId('milestones');
    if ((await milestones.getByRole('button', { name: /^Cập nhật: cột mốc/ }).count()) === 0) {
      await founder.getByRole('button', { name: 'Thêm cột mốc' }).click();
      await choose(founder, 'ms-kind', 'Nguyên mẫu');
      await founder.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
      await founder.getByTestId('founder-note').waitFor();
    }
    await milestones
      .getByRole('button', { name: /^Cập nhật: cột mốc/ })
      .first()
      .click();
    await choose(founder, 'ms-status', 'Đã hoàn thành');
    await founder.getByLabel('Đường dẫn minh chứng').fill('https://example.vn/nguyen-mau-demo');
    await founder.getByLabel('Mô tả minh chứng').fill('Nguyên mẫu chạy thử tại 3 nút giao, video và số liệu đính kèm.');
    await founder.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await founder
      .getByTestId('founder-note')
      .getByText(/^Đã cập nhật cột mốc/)
      .waitFor();
    expect(await milestones.textContent()).toContain('Đã hoàn thành');
    await expectNoSeriousA11yViolations(founder);
  });

  it('lets the founder submit a period’s metrics, shown exactly in dong and on the trend chart, in English too', async () => {
    const now = new Date();
    const period = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    await founder.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await founder.getByLabel('Kỳ (tháng) *').fill(period);
    await founder.getByLabel('Doanh thu (đồng) *').fill('1250000000');
    await founder.getByLabel('Khách hàng *').fill('42');
    await founder.getByLabel('Lao động *').fill('7');
    await founder.getByRole('dialog').getByRole('button', { name: 'Gửi báo cáo' }).click();
    await founder
      .getByTestId('founder-note')
      .getByText(/^Đã gửi báo cáo kỳ/)
      .waitFor();
    expect(await founder.getByTestId('metric-reports').textContent()).toContain('1.250.000.000');
    await founder.locator('canvas').waitFor();
    await expectNoSeriousA11yViolations(founder);
    await screenshot(founder, 'lifecycle-11-my-startup');

    await founder.getByRole('button', { name: 'English' }).click();
    await founder.getByRole('heading', { level: 2, name: 'Milestones' }).waitFor();
    expect(await founder.getByTestId('metric-reports').textContent()).toContain('VND 1,250,000,000');
    expect(await founder.getByTestId('milestones').textContent()).toContain('Done');
    await expectNoSeriousA11yViolations(founder);
    await screenshot(founder, 'lifecycle-11b-my-startup-en');
  });

  it('lets the manager verify the founder’s milestone from the startup page', async () => {
    await manager.reload();
    const milestones = manager.getByTestId('milestones');
    await milestones
      .getByRole('button', { name: /^Xác nhận: cột mốc/ })
      .first()
      .click();
    await manager
      .getByText(/^Đã xác nhận cột mốc/)
      .first()
      .waitFor();
    expect(await milestones.textContent()).toContain('Đã xác nhận');
  });

  it('browses the startup list with filters and pagination, and the cohorts, without accessibility issues', async () => {
    await manager
      .getByRole('navigation', { name: 'Các mục của chương trình' })
      .getByRole('link', { name: 'Startup' })
      .click();
    await manager.waitForURL((url) => url.pathname === '/program/startups');
    const table = manager.getByTestId('startup-table');
    await table.locator('tbody tr a').first().waitFor();
    expect(await table.locator('tbody tr').count()).toBe(20);
    await manager.getByRole('button', { name: 'Trang sau' }).click();
    await manager.getByText(/^21–/).waitFor();
    await manager.locator('#sl-stage').selectOption({ label: 'Kết nối' });
    await manager.waitForURL((url) => url.searchParams.get('stage') === 'CONNECTION');
    await manager.getByRole('link', { name: TEAM }).waitFor();
    await expectNoSeriousA11yViolations(manager);
    await screenshot(manager, 'lifecycle-12-startups');

    await manager
      .getByRole('navigation', { name: 'Các mục của chương trình' })
      .getByRole('link', { name: 'Khóa ươm tạo' })
      .click();
    const cohorts = manager.getByTestId('cohort-table');
    await cohorts.locator('tbody tr a').first().waitFor();
    await expectNoSeriousA11yViolations(manager);
    await cohorts.locator('tbody tr a').first().click();
    await manager.getByRole('heading', { level: 2, name: 'Startup trong khóa' }).waitFor();
    await manager.getByTestId('startup-table').locator('tbody tr a').first().waitFor();
    await expectNoSeriousA11yViolations(manager);
    await screenshot(manager, 'lifecycle-13-cohort');
  });
});
