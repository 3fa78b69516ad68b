// A disabled action says why beside it, and a public page has a way back: the cohort assignment of a startup
// (disabled until another cohort is chosen) and the public appeal form.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSession, expectNoSeriousA11yViolations, expectText, screenshot, signIn } from '../support/browser';

const session = browserSession();
let ids: { unplaced: string; placed: string; challenge: string };

beforeAll(async () => {
  const client = new pg.Client({ connectionString: session.server.databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string) => (await client.query<{ id: string }>(sql)).rows[0]!.id;
    ids = {
      unplaced: await one('select id from startups where cohort_id is null order by name limit 1'),
      placed: await one('select id from startups where cohort_id is not null order by name limit 1'),
      challenge: await one(`select id from challenges where status = 'PUBLISHED' order by title limit 1`),
    };
  } finally {
    await client.end();
  }
});

describe('the cohort assignment on a startup page', () => {
  it('says why "Xếp khóa" cannot be pressed, and lets it be pressed once another cohort is chosen', async () => {
    const page = await session.newPage({ width: 1366, height: 900 });
    await signIn(page, 'incubator@launchpad.test');
    await page.goto(`/program/startups/${ids.unplaced}`);
    const assign = page.getByRole('button', { name: 'Xếp khóa', exact: true });
    await assign.waitFor();
    expect(await assign.isDisabled()).toBe(true);
    const why = page.locator('#st-cohort-why');
    await expectText(why, 'Chọn một khóa ươm tạo để xếp startup vào.');
    expect(await assign.getAttribute('aria-describedby')).toBe('st-cohort-why');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'startup-assign-why');

    await page.locator('#st-cohort').click();
    await page.getByRole('option').nth(1).click();
    await expect.poll(() => assign.isDisabled()).toBe(false);
    expect(await why.count()).toBe(0);

    await page.goto(`/program/startups/${ids.placed}`);
    await page.getByRole('button', { name: 'Xếp khóa', exact: true }).waitFor();
    await expectText(page.locator('#st-cohort-why'), 'Startup đã ở khóa này; chọn khóa khác để chuyển.');
  });
});

describe('the public appeal form', () => {
  it('leads back to its problem statement, as the other public pages do', async () => {
    const page = await session.newPage({ width: 390, height: 844 });
    await page.goto(`/challenges/${ids.challenge}/appeal`);
    const back = page.getByRole('link', { name: 'Quay lại' });
    await back.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/challenges/${ids.challenge}`);
  });
});
