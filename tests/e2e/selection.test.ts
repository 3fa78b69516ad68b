// Selection a team can trust, in a real browser: a manager opens the demo statement judged blind from its
// applications, reads the raw and normalized ranks side by side with the reviewers' declarations, writes an
// applicant's feedback per criterion and sends the decisions; the applicant appeals on the public form with the
// receipt code; the manager answers the appeal in writing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../support/server';
import { expectNoSeriousA11yViolations, expectText, launchBrowser, screenshot, signIn } from '../support/browser';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let challengeId: string;
let applicant: { receiptCode: string; contactEmail: string };

async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function managerPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'incubator@launchpad.test');
  return page;
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const { login } = await gql<{ login: { token: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: 'board@launchpad.test', p: 'launchpad-demo' },
  );
  // The board reads the teams: the demo's incubator manager reviews this statement, so sees them blind.
  const { challenges } = await gql<{ challenges: { id: string; title: string }[] }>(
    '{ challenges { id title } }',
    {},
    login.token,
  );
  challengeId = challenges.find((c) => c.title.startsWith('Ví điện tử cho tiểu thương'))!.id;
  const { applications } = await gql<{ applications: { id: string; teamName: string; contactEmail: string }[] }>(
    'query($c: ID!) { applications(challengeId: $c) { id teamName contactEmail } }',
    { c: challengeId },
    login.token,
  );
  const team = applications.find((a) => a.teamName === 'Đội Tiền Lẻ')!;
  applicant = { receiptCode: team.id.replace(/-/g, '').slice(0, 8).toUpperCase(), contactEmail: team.contactEmail };
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('selection', () => {
  it('says why the ranking’s buttons wait, until an application and a reviewer are ticked', async () => {
    const page = await managerPage();
    await page.goto(`/reviews/ranking/${challengeId}`);
    const declare = page.getByRole('button', { name: 'Công bố các hồ sơ đã chọn thắng vòng này' });
    const pickFirst = page.getByText('Hãy đánh dấu các hồ sơ ở cột Chọn trước.');
    await pickFirst.waitFor();
    expect(await declare.isDisabled()).toBe(true);
    await page.getByTestId('ranking').getByRole('checkbox').first().click();
    await pickFirst.waitFor({ state: 'detached' });
    expect(await declare.isEnabled()).toBe(true);

    const assign = page.getByTestId('assign-reviewers');
    const chooseFirst = assign.getByText('Hãy chọn ít nhất một người chấm trước.');
    await chooseFirst.waitFor();
    await assign.getByRole('checkbox').first().click();
    await chooseFirst.waitFor({ state: 'detached' });
    expect(await assign.getByRole('button', { name: 'Phân công người chấm' }).isEnabled()).toBe(true);
    await page.context().close();
  }, 300_000);

  it('lets a manager read the rankings, write feedback per criterion and send the decisions', async () => {
    const page = await managerPage();
    await page.goto(`/program/applications/${challengeId}`);
    await page.getByTestId('selection-link').click();
    await page.waitForURL(`**/reviews/ranking/${challengeId}`);
    const ranking = page.getByTestId('ranking');
    // The manager also reviews this statement: until the decisions, teams appear by reference only.
    await ranking.getByText(applicant.receiptCode).waitFor();
    expect(await ranking.locator('tbody tr').count()).toBe(4);
    expect(await ranking.textContent()).not.toContain('Đội Tiền Lẻ');
    await expectText(page.getByTestId('declarations'), 'Trưởng nhóm là cựu nhân viên của tôi.');
    // The level descriptors the demo statement has, ready to edit.
    await expect
      .poll(() => page.getByTestId('criterion-levels').locator('input').first().inputValue())
      .toBe('Chưa có bằng chứng');

    const feedback = page.getByTestId('application-feedback');
    await feedback.getByRole('combobox').click();
    await page.getByRole('option', { name: applicant.receiptCode }).click();
    await feedback.getByLabel('Tác động với tiểu thương').fill('Cần số liệu về số tiểu thương đã dùng thử.');
    await feedback.getByRole('button', { name: 'Lưu nhận xét' }).click();
    await expectText(feedback, 'Đã lưu nhận xét.');

    const decisions = page.getByTestId('decisions');
    await decisions.getByRole('button', { name: 'Gửi kết quả' }).click();
    await expectText(decisions, 'Đã gửi kết quả; thời hạn khiếu nại đã mở.');
    await expectText(decisions, 'hồ sơ có thể khiếu nại đến hết ngày');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'selection-manager');
    await page.context().close();
  }, 300_000);

  it('takes an applicant’s appeal on the public form, and lets the manager answer it in writing', async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 390, height: 844 } });
    const publicPage = await context.newPage();
    await publicPage.goto(`/challenges/${challengeId}/appeal`);
    await publicPage.getByLabel('Mã hồ sơ *').fill(applicant.receiptCode);
    await publicPage.getByLabel('E-mail liên hệ của hồ sơ *').fill(applicant.contactEmail);
    await publicPage.getByLabel('Nội dung khiếu nại *').fill('Chúng tôi đã có 40 tiểu thương dùng thử.');
    await publicPage.getByRole('button', { name: 'Gửi khiếu nại' }).click();
    await publicPage.getByTestId('appeal-sent').waitFor();
    await expectNoSeriousA11yViolations(publicPage);
    await screenshot(publicPage, 'selection-appeal-phone');
    await context.close();

    const page = await managerPage();
    await page.goto(`/reviews/ranking/${challengeId}`);
    const appeal = page.getByTestId('appeal');
    await expectText(appeal, 'Chúng tôi đã có 40 tiểu thương dùng thử.');
    await appeal.getByLabel('Trả lời', { exact: true }).fill('Hội đồng đã xem số liệu; kết quả giữ nguyên.');
    await appeal.getByRole('button', { name: 'Gửi trả lời' }).click();
    await expectText(page.getByTestId('decisions'), 'Đã gửi trả lời cho người nộp hồ sơ.');
    await expectText(appeal, 'Hội đồng đã xem số liệu; kết quả giữ nguyên.');
    await page.context().close();
  }, 300_000);
});
