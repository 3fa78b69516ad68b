// The board's page in Chromium over the demo program: its figures are the API's, a stage move made
// elsewhere appears without a reload, it passes axe, exports CSV and prints; the public page shows totals only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatBp, formatVnd, formatVndCompact } from '@launchpad/shared';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer } from '../support/server';
import { expectNoSeriousA11yViolations, launchBrowser, revealDeferred, screenshot } from '../support/browser';

/** A file in tests/artifacts (next to the full-page screenshots). */
const artifact = (name: string) => join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', name);

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;

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

async function tokenOf(email: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: 'launchpad-demo' },
  );
  return data.login.token;
}

interface ApiKpi {
  startupsIncubated: { actual: number; target: number; percentBp: number };
  capitalMobilized: { actual: string; target: string; percentBp: number };
  capitalBySource: { source: string; amount: string }[];
  funnel: { stage: string; count: number }[];
  bySector: { sector: string; capital: string }[];
}

const KPI = `{ kpiDashboard {
  startupsIncubated { actual target percentBp } capitalMobilized { actual target percentBp }
  capitalBySource { source amount } funnel { stage count } bySector { sector capital } } }`;

const STAGE_VI: Record<string, string> = { INCUBATION: 'Ươm tạo' };

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
  });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe("the board's KPI page", () => {
  let board: string;
  let api: ApiKpi;

  it('shows the same figures as the API, in Vietnamese, and passes axe', async () => {
    board = await tokenOf('board@launchpad.test');
    await page.goto('/login');
    await page.getByLabel('Email').fill('board@launchpad.test');
    await page.locator('#login-password').fill('launchpad-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => url.pathname === '/board');
    await page.getByTestId('kpi-startups').waitFor();

    api = (await gql<{ kpiDashboard: ApiKpi }>(KPI, {}, board)).kpiDashboard;
    const startups = page.getByTestId('kpi-startups');
    const capital = page.getByTestId('kpi-capital');
    expect(await startups.getByTestId('actual').textContent()).toBe(String(api.startupsIncubated.actual));
    expect(await startups.textContent()).toContain(`trên ${api.startupsIncubated.target} doanh nghiệp`);
    expect(await startups.getByTestId('percent').textContent()).toContain(
      formatBp(api.startupsIncubated.percentBp, 'vi'),
    );
    expect(await capital.getByTestId('actual').textContent()).toBe(
      formatVndCompact(BigInt(api.capitalMobilized.actual), 'vi'),
    );
    expect(await capital.textContent()).toContain(formatVndCompact(BigInt(api.capitalMobilized.target), 'vi'));
    expect(await capital.getByTestId('percent').textContent()).toContain(
      formatBp(api.capitalMobilized.percentBp, 'vi'),
    );
    // The sections below the targets are built as the reader scrolls to them.
    await revealDeferred(page, page.getByTestId('sectors'));
    const sources = await page.getByTestId('sources').locator('li strong').allTextContents();
    expect(sources.slice(0, 3)).toEqual(api.capitalBySource.map((s) => formatVndCompact(BigInt(s.amount), 'vi')));
    const funnel = await page.getByTestId('funnel').locator('li strong').allTextContents();
    expect(funnel.map(Number)).toEqual(api.funnel.map((f) => f.count));
    expect(await page.getByTestId('sectors').locator('tbody tr').count()).toBe(Math.max(api.bySector.length, 1));
    // Compact on the cards, in full in the tables: one formatter of each kind, one currency style per language.
    const sectorCapital = await page.getByTestId('sectors').locator('tbody tr td:last-child').allTextContents();
    expect(sectorCapital.map((c) => c.trim()).sort()).toEqual(
      api.bySector.map((s) => formatVnd(BigInt(s.capital), 'vi')).sort(),
    );

    // Targets are ADMIN's: the board sees no way to change them.
    expect(await page.getByTestId('edit-targets').count()).toBe(0);
    // The charts (lazy-loaded chart.js) have drawn.
    await page.locator('.kpi-chart canvas').first().waitFor();
    await page.getByTestId('live').filter({ hasText: 'Trực tuyến' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'kpi-board-vi');
  });

  it('shows a stage move made through the API on the open page without a reload', async () => {
    const manager = await tokenOf('incubator@launchpad.test');
    const candidates = await gql<{
      startups: { edges: { node: { id: string; cohort: { id: string } | null; stageHistory: { to: string }[] } }[] };
      cohorts: { id: string }[];
    }>(
      `{ startups(stage: CONNECTION, first: 50) { edges { node { id cohort { id } stageHistory { to } } } } cohorts { id } }`,
      {},
      manager,
    );
    // A startup that never was in INCUBATION: its move adds one to "incubated" as well as to the funnel.
    const fresh = candidates.startups.edges
      .map((e) => e.node)
      .find((s) => !s.stageHistory.some((m) => m.to === 'INCUBATION'));
    expect(fresh, 'the demo program has a startup in CONNECTION that was never incubated').toBeDefined();
    if (!fresh!.cohort) {
      await gql(
        `mutation($s: ID!, $c: ID) { assignStartupToCohort(startupId: $s, cohortId: $c) { id } }`,
        { s: fresh!.id, c: candidates.cohorts[0]!.id },
        manager,
      );
    }
    const incubationBefore = api.funnel.find((f) => f.stage === 'INCUBATION')!.count;
    await gql(`mutation($id: ID!) { moveStartup(id: $id, to: INCUBATION) { stage } }`, { id: fresh!.id }, manager);

    const actual = page.getByTestId('kpi-startups').getByTestId('actual');
    await expect.poll(() => actual.textContent(), { timeout: 10_000 }).toBe(String(api.startupsIncubated.actual + 1));
    const incubationRow = page.getByTestId('funnel').locator('li', { hasText: STAGE_VI.INCUBATION! });
    expect(await incubationRow.locator('strong').textContent()).toBe(String(incubationBefore + 1));
    // Still the same page: no navigation happened.
    expect(new URL(page.url()).pathname).toBe('/board');
  });

  it('exports the figures as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('launchpad-kpi-2026-01-01-2030-12-31.csv');
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile(path, 'utf8');
    // Written by the server's one CSV writer: a byte-order mark, CRLF records, labels in the page's language.
    expect(csv.startsWith('\uFEFFMục,Chỉ tiêu,Thực hiện,Mục tiêu / kế hoạch,Đơn vị\r\n')).toBe(true);
    expect(csv).toContain(
      `Doanh nghiệp được ươm tạo,Tổng,${api.startupsIncubated.actual + 1},${api.startupsIncubated.target}`,
    );
    // One row per sector, by its Vietnamese name.
    expect(csv).toContain('Theo lĩnh vực,Giao thông thông minh — Doanh nghiệp,');
  });

  it('narrows the period, in English, and keeps a clean print layout', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Board overview' }).waitFor();
    await page.getByTestId('period-from').fill('1 Jan 2026');
    await page.getByTestId('period-to').fill('31 Dec 2026');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    const yearApi = (
      await gql<{ kpiDashboard: ApiKpi }>(
        `{ kpiDashboard(from: "2026-01-01", to: "2026-12-31") { startupsIncubated { actual target percentBp } capitalMobilized { actual target percentBp } capitalBySource { source amount } funnel { stage count } bySector { sector } } }`,
        {},
        board,
      )
    ).kpiDashboard;
    await page.getByTestId('period').filter({ hasText: '31 Dec 2026' }).waitFor();
    // One calendar year is the year view: the card compares with that year's plan and says so.
    expect(await page.getByTestId('kpi-startups').textContent()).toContain(
      `of the 2026 plan: ${yearApi.startupsIncubated.target} startups`,
    );
    expect(await page.getByTestId('period-year').inputValue()).toBe('2026');
    expect(await page.getByTestId('kpi-capital').getByTestId('actual').textContent()).toBe(
      formatVndCompact(BigInt(yearApi.capitalMobilized.actual), 'en'),
    );
    await page.locator('.kpi-chart canvas').first().waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'kpi-board-en-2026');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.board__toolbar').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await screenshot(page, 'kpi-board-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows a chosen year against that year’s plan, and says which target each projection is about', async () => {
    interface YearApi {
      kpiDashboard: {
        startupsIncubated: { actual: number; target: number };
        byYear: { year: number; startupsPlan: number }[];
        projections: { startupsIncubated: { target: number } };
      };
    }
    const api = (
      await gql<YearApi>(
        `{ kpiDashboard(from: "2028-01-01", to: "2028-12-31") { startupsIncubated { actual target }
           byYear { year startupsPlan } projections { startupsIncubated { target } } } }`,
        {},
        board,
      )
    ).kpiDashboard;
    // That year's plan is the period's target.
    expect(api.startupsIncubated.target).toBe(api.byYear.find((row) => row.year === 2028)!.startupsPlan);
    const target = api.projections.startupsIncubated.target;

    await page.getByTestId('period-year').selectOption('2028');
    const card = page.getByTestId('kpi-startups');
    for (const [locale, width] of [
      ['en', 1366],
      ['en', 390],
      ['vi', 390],
      ['vi', 1366],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      if (locale === 'vi') await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      const planText =
        locale === 'vi'
          ? `trên kế hoạch năm 2028: ${api.startupsIncubated.target} doanh nghiệp`
          : `of the 2028 plan: ${api.startupsIncubated.target} startups`;
      await card.getByText(planText).waitFor();
      expect(await card.getByTestId('actual').textContent()).toBe(String(api.startupsIncubated.actual));
      // The projection names the 2030 target it is about, never the year's.
      const projection = (await card.locator('.target-card__projection').textContent()) ?? '';
      expect(projection).toMatch(
        locale === 'vi'
          ? new RegExp(`^(Dự báo 2030: .* / mục tiêu 2030: ${target} — |Đã đạt mục tiêu 2030)`)
          : new RegExp(`^(Projection 2030: .* / 2030 target: ${target} — |The 2030 target has been reached)`),
      );
      await page
        .locator('.board__targets')
        .screenshot({ path: artifact(`kpi-board-year-${locale}-${width}-cards.png`) });
      await screenshot(page, `kpi-board-year-${locale}-${width}`);
    }
    await page.setViewportSize({ width: 1360, height: 900 });
  });
});

describe('targets, for ADMIN', () => {
  it('lets ADMIN change a yearly plan from the board page; the figures follow', async () => {
    const admin = await browser.newContext({ baseURL: server.url, viewport: { width: 1360, height: 900 } });
    const adminPage = await admin.newPage();
    await adminPage.goto('/login');
    await adminPage.getByLabel('Email').fill('admin@launchpad.test');
    await adminPage.locator('#login-password').fill('launchpad-demo');
    await adminPage.getByRole('button', { name: 'Đăng nhập' }).click();
    await adminPage.waitForURL((url) => url.pathname !== '/login');
    await adminPage.goto('/board');
    // The button waits for the figures (a loaded machine takes a while to send them).
    await adminPage.getByTestId('kpi-startups').waitFor({ timeout: 60_000 });
    await adminPage.getByTestId('edit-targets').click();
    const form = adminPage.getByTestId('targets-STARTUPS_INCUBATED');
    await form.getByLabel('2026').fill('22');
    expect(await form.textContent()).toContain('Tổng: 202');
    await expectNoSeriousA11yViolations(adminPage);
    await screenshot(adminPage, 'kpi-targets-dialog');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(() => adminPage.getByTestId('kpi-startups').textContent(), { timeout: 10_000 })
      .toContain('trên 202 doanh nghiệp');
    // A plan that is not whole numbers is refused by the server, in words.
    await form.getByLabel('2027').fill('-3');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.locator('.p-message').waitFor();
    await admin.close();
  });
});

describe('the public progress page', () => {
  it('shows anyone the totals against the 2030 targets, and nothing private', async () => {
    const guest = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } });
    const publicPage = await guest.newPage();
    await publicPage.goto('/progress');
    await publicPage.getByTestId('progress-startups').waitFor();
    const summary = (
      await gql<{ publicKpiSummary: { startupsIncubated: { actual: number }; capitalMobilized: { actual: string } } }>(
        `{ publicKpiSummary { startupsIncubated { actual } capitalMobilized { actual } } }`,
      )
    ).publicKpiSummary;
    expect(await publicPage.getByTestId('progress-startups').getByTestId('actual').textContent()).toBe(
      String(summary.startupsIncubated.actual),
    );
    expect(await publicPage.getByTestId('progress-capital').getByTestId('actual').textContent()).toBe(
      formatVndCompact(BigInt(summary.capitalMobilized.actual), 'vi'),
    );
    // No fund, sector, cohort or startup detail on the page.
    const text = (await publicPage.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/Quỹ Đầu tư|lĩnh vực|Khóa|tỷ lệ sở hữu/i);
    await expectNoSeriousA11yViolations(publicPage);
    await screenshot(publicPage, 'kpi-progress-public');
    await guest.close();
  });
});
