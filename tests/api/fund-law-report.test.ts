// The annual risk report, the members' statements and the capital call notice checked against arithmetic done by
// hand over a year of ledger entries: two members, two calls, three investments, a write-off, an exit above cost, a
// mark below cost, a loss-threshold version changed mid-year and two refusals. The API's figures must be those
// sums, and the PDFs (text extracted) and the CSV must carry the API's figures, in Vietnamese and in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { formatBp, formatVnd } from '@launchpad/shared';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { approvedDecision } from '../support/deals';
import { PAY_IN, ROUND, commit, createFund, insertStartups } from '../support/fund';
import { pdfText } from '../support/pdf';

const BN = 1_000_000_000n;
// Noon in Hanoi on 15 December 2026.
const now = new Date('2026-12-15T05:00:00Z');
const L1 = 'Decree 264/2025/NĐ-CP, Art. 10(4)';
const L2 = 'Decree 264/2025/NĐ-CP, Art. 10(4), stricter from July';
const SHARE = 'Decree 264/2025/NĐ-CP, Art. 6(4)(b); Resolution 30/2025/NQ-HĐND';

let t: TestApp;
let fm: string;
let fundId: string;
let cityId: string;
let cityCommitment: string;
let secondCallId: string;

const gql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
  const r = await t.gql<T>(query, variables, fm);
  if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};

beforeAll(async () => {
  t = await createTestApp({ seed: 'accounts', clock: () => now });
  const admin = await t.loginAs('ADMIN');
  fm = await t.loginAs('FUND_MANAGER');
  fundId = await createFund(t, fm, 'Quỹ báo cáo năm');
  const rule = (kind: string, limit: string, effectiveFrom: string, citation: string) =>
    t.gql(
      `mutation($input: AddFundRuleVersionInput!) { addFundRuleVersion(input: $input) { id } }`,
      { input: { fundId, kind, limit, scope: 'scope', citation, effectiveFrom } },
      admin,
    );
  await rule('STATE_SHARE_OF_CHARTER', '4900', '2026-01-01', SHARE);
  await rule('STAKE_PER_STARTUP', '4900', '2026-01-01', 'Chính sách chương trình: Quỹ chỉ là nhà đồng đầu tư thiểu số');
  await rule('PORTFOLIO_LOSS_THRESHOLD', '5000', '2026-01-01', L1);

  // Charter 500 bn: LP One 300 bn, the city 200 bn (40.00%).
  const lp = (await commit(t, fm, fundId, 'LP One', 'PRIVATE', String(300n * BN))).data!.commitCapital.id;
  cityCommitment = (await commit(t, fm, fundId, 'Ngân sách Thành phố', 'STATE', String(200n * BN))).data!.commitCapital
    .id;
  const call = `mutation($input: CreateCapitalCallInput!) { createCapitalCall(input: $input) { id } }`;
  // 50% called in January and paid; 20% called in November, due the 30th, unpaid.
  await gql(call, { input: { fundId, callDate: '2026-01-05', dueDate: '2026-01-20', percentBp: 5000 } });
  for (const [commitmentId, amount] of [
    [lp, 150n * BN],
    [cityCommitment, 100n * BN],
  ] as const) {
    await gql(PAY_IN, { input: { commitmentId, amount: String(amount), date: '2026-01-15' } });
  }
  secondCallId = (
    await gql<{ createCapitalCall: { id: string } }>(call, {
      input: { fundId, callDate: '2026-11-01', dueDate: '2026-11-30', percentBp: 2000 },
    })
  ).createCapitalCall.id;

  // Three investments of 40 bn each into a pre-money of 200 bn.
  const [s1, s2, s3, s4] = await insertStartups(t, ['Alpha Health', 'Beta Mobility', 'Gamma Learning', 'Delta Grid']);
  for (const startupId of [s1!, s2!, s3!]) {
    const decisionId = await approvedDecision(t, fm, { fundId, startupId, amount: String(40n * BN) });
    await gql(ROUND, {
      input: {
        startupId,
        date: '2026-02-01',
        preMoney: String(200n * BN),
        participations: [{ fundId, amount: String(40n * BN), decisionId }],
      },
    });
  }
  const exit = `mutation($input: RecordExitInput!) { recordExit(input: $input) { id } }`;
  await gql(exit, { input: { fundId, startupId: s1, date: '2026-06-01', kind: 'WRITE_OFF', proceeds: '0' } });
  await gql(exit, { input: { fundId, startupId: s2, date: '2026-07-01', proceeds: String(70n * BN), buyerName: 'B' } });
  await gql(`mutation($input: RecordValuationInput!) { recordValuation(input: $input) { id } }`, {
    input: { fundId, startupId: s3, date: '2026-08-01', value: String(10n * BN) },
  });
  // Mid-year, a stricter loss threshold: 20% of the charter capital from 1 July.
  await rule('PORTFOLIO_LOSS_THRESHOLD', '2000', '2026-07-01', L2);

  // Two refusals: the city above 49% (300 of 600 bn), and 50% of Delta Grid in September.
  expect(errorCode(await commit(t, fm, fundId, 'Ngân sách Thành phố', 'STATE', String(100n * BN)))).toBe(
    'CHARTER_LIMIT_EXCEEDED',
  );
  const decisionId = await approvedDecision(t, fm, { fundId, startupId: s4!, amount: String(100n * BN) });
  const refused = await t.gql(
    ROUND,
    {
      input: {
        startupId: s4,
        date: '2026-09-01',
        preMoney: String(100n * BN),
        participations: [{ fundId, amount: String(100n * BN), decisionId }],
      },
    },
    fm,
  );
  expect(errorCode(refused)).toBe('STAKE_LIMIT_EXCEEDED');
  const members = await gql<{ fund: { members: { id: string; name: string }[] } }>(
    `query($id: ID!) { fund(id: $id) { members { id name } } }`,
    { id: fundId },
  );
  cityId = members.fund.members.find((m) => m.name === 'Ngân sách Thành phố')!.id;
}, 120_000);
afterAll(() => t.close());

const REPORT = `query($id: ID!) { fundAnnualReport(fundId: $id, year: 2026) {
  asOf charterCapital stateCommitted stateShareBp stateShareCapBp stateShareCitation stateShareHeadroom
  nav paidIn investedInYear proceedsInYear stages { stage count }
  investments { startupName amount } exits { startupName kind proceeds }
  loss { cycleStart realized unrealized losses threshold usedBp level limitBp citation version }
  ruleChanges { kind version limit citation effectiveFrom } refusals { onDate kind code action citation version } } }`;

type Report = Record<string, unknown> & {
  loss: Record<string, unknown>;
  refusals: Record<string, unknown>[];
  ruleChanges: Record<string, unknown>[];
};

describe('the annual risk report', () => {
  it('answers the sums of the year’s ledger, with the loss threshold of the version in force at the year’s end', async () => {
    const { fundAnnualReport: r } = await gql<{ fundAnnualReport: Report }>(REPORT, { id: fundId });
    expect(r).toMatchObject({
      asOf: '2026-12-15',
      charterCapital: String(500n * BN),
      stateCommitted: String(200n * BN),
      stateShareBp: 4000,
      stateShareCapBp: 4900,
      stateShareCitation: SHARE,
      // x ≤ (4900 × 500 bn − 10000 × 200 bn) / 5100, floored.
      stateShareHeadroom: String((4900n * 500n * BN - 10000n * 200n * BN) / 5100n),
      // Cash: 250 paid − 120 invested + 70 proceeds − 70 distributed; holdings: Gamma at its 10 bn mark.
      nav: String(140n * BN),
      paidIn: String(250n * BN),
      investedInYear: String(120n * BN),
      proceedsInYear: String(70n * BN),
      stages: [{ stage: 'SCALING_UP', count: 1 }],
      loss: {
        cycleStart: expect.any(String),
        realized: String(40n * BN),
        unrealized: String(30n * BN),
        losses: String(70n * BN),
        threshold: String(100n * BN),
        usedBp: 7000,
        level: 'WARNING',
        limitBp: 2000,
        citation: L2,
        version: 2,
      },
    });
    expect((r.investments as unknown[]).length).toBe(3);
    expect(r.exits).toEqual([
      { startupName: 'Alpha Health', kind: 'WRITE_OFF', proceeds: '0' },
      { startupName: 'Beta Mobility', kind: 'EXIT', proceeds: String(70n * BN) },
    ]);
    expect(r.ruleChanges.map((c) => [c.kind, c.version, c.effectiveFrom])).toEqual([
      ['STATE_SHARE_OF_CHARTER', 1, '2026-01-01'],
      ['STAKE_PER_STARTUP', 1, '2026-01-01'],
      ['PORTFOLIO_LOSS_THRESHOLD', 1, '2026-01-01'],
      ['PORTFOLIO_LOSS_THRESHOLD', 2, '2026-07-01'],
    ]);
    expect(r.refusals).toEqual([
      {
        onDate: '2026-09-01',
        kind: 'STAKE_PER_STARTUP',
        code: 'STAKE_LIMIT_EXCEEDED',
        action: 'fund.recordFundingRound',
        citation: 'Chính sách chương trình: Quỹ chỉ là nhà đồng đầu tư thiểu số',
        version: 1,
      },
      {
        onDate: '2026-12-15',
        kind: 'STATE_SHARE_OF_CHARTER',
        code: 'CHARTER_LIMIT_EXCEEDED',
        action: 'fund.commitCapital',
        citation: SHARE,
        version: 1,
      },
    ]);
    // The ILPA figures of the same day agree: DPI 70/250, RVPI 140/250, MOIC (70 + 10) / 120.
    const { fund } = await gql<{ fund: { performance: Record<string, unknown> } }>(
      `query($id: ID!) { fund(id: $id) { performance(asOf: "2026-12-15") { nav distributions dpiBp rvpiBp tvpiBp moicBp } } }`,
      { id: fundId },
    );
    expect(fund.performance).toEqual({
      nav: String(140n * BN),
      distributions: String(70n * BN),
      dpiBp: 2800,
      rvpiBp: 5600,
      tvpiBp: 8400,
      moicBp: 6666,
    });
  });

  it.each([
    ['VI', 'vi', 'BÁO CÁO RỦI RO NĂM 2026', ['Tăng tốc', 'Cảnh báo (≥ 70% ngưỡng)', 'Số lần từ chối: 2', 'xóa sổ']],
    [
      'EN',
      'en',
      'ANNUAL RISK REPORT 2026',
      ['Scaling up', 'Warning (≥ 70% of the threshold)', 'Refusals: 2', 'write-off'],
    ],
  ] as const)('prints the API’s figures in the %s PDF', async (lang, locale, title, words) => {
    const { fundAnnualReport: r } = await gql<{ fundAnnualReport: Report }>(REPORT, { id: fundId });
    const file = await gql<{ fundAnnualReportPdf: string }>(
      `query($id: ID!, $lang: Language) { fundAnnualReportPdf(fundId: $id, year: 2026, lang: $lang) }`,
      { id: fundId, lang },
    );
    // A long cell wraps onto a second line: compare with runs of white space as one space.
    const text = (await pdfText(Buffer.from(file.fundAnnualReportPdf, 'base64'))).replace(/\s+/g, ' ');
    expect(text).toContain(title);
    const vnd = (x: unknown) => formatVnd(BigInt(x as string), locale);
    for (const figure of [
      r.charterCapital,
      r.stateCommitted,
      r.stateShareHeadroom,
      r.nav,
      r.paidIn,
      r.investedInYear,
      r.proceedsInYear,
      r.loss.realized,
      r.loss.unrealized,
      r.loss.losses,
      r.loss.threshold,
    ]) {
      expect(text).toContain(vnd(figure));
    }
    expect(text).toContain(formatBp(r.stateShareBp as number, locale));
    expect(text).toContain(formatBp(r.loss.usedBp as number, locale));
    expect(text).toContain(L2);
    // The rule set's citation in the report's language; an admin's own wording (L2) as typed.
    expect(text).toContain(
      lang === 'VI' ? 'Nghị định 264/2025/NĐ-CP, Điều 6 khoản 4 điểm b; Nghị quyết 30/2025/NQ-HĐND' : SHARE,
    );
    for (const word of words) expect(text).toContain(word);
    if (lang === 'VI') {
      // No English code reaches a Vietnamese reader.
      for (const code of ['STATE_SHARE_OF_CHARTER', 'PORTFOLIO_LOSS_THRESHOLD', 'SCALING_UP', 'WRITE_OFF', 'fund.'])
        expect(text).not.toContain(code);
    }
  });
});

describe('a member’s capital account statement and call notice', () => {
  const ARGS = `$fundId: ID!, $memberId: ID!, $from: Date!, $to: Date!`;
  const PASS = `fundId: $fundId, memberId: $memberId, from: $from, to: $to`;

  it('gives the city’s committed, called, paid, outstanding, distributions and NAV share, in CSV and PDF, vi and en', async () => {
    const args = { fundId, memberId: cityId, from: '2026-01-01', to: '2026-12-15' };
    const { fundMemberStatement: s } = await gql<{ fundMemberStatement: Record<string, unknown> }>(
      `query(${ARGS}) { fundMemberStatement(${PASS}) { committed called paid paidInPeriod outstanding distributions navShare shareBp } }`,
      args,
    );
    expect(s).toEqual({
      committed: String(200n * BN),
      // 50% + 20% of 200 bn.
      called: String(140n * BN),
      paid: String(100n * BN),
      paidInPeriod: String(100n * BN),
      outstanding: String(100n * BN),
      // Pro rata to paid-in, 100 of 250 bn: 40% of 70 bn distributed and of the 140 bn NAV.
      distributions: String(28n * BN),
      navShare: String(56n * BN),
      shareBp: 4000,
    });
    for (const [lang, header] of [
      ['VI', 'Cam kết (đồng)'],
      ['EN', 'Committed (VND)'],
    ] as const) {
      const { fundMemberStatementCsv: csv } = await gql<{ fundMemberStatementCsv: string }>(
        `query(${ARGS}, $lang: Language) { fundMemberStatementCsv(${PASS}, lang: $lang) }`,
        { ...args, lang },
      );
      const [head, row] = parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
      expect(head).toContain(header);
      expect(row!.slice(4)).toEqual([
        String(200n * BN),
        String(140n * BN),
        String(100n * BN),
        String(100n * BN),
        String(100n * BN),
        String(28n * BN),
        String(56n * BN),
        '4000',
      ]);
      const { fundMemberStatementPdf: pdf } = await gql<{ fundMemberStatementPdf: string }>(
        `query(${ARGS}, $lang: Language) { fundMemberStatementPdf(${PASS}, lang: $lang) }`,
        { ...args, lang },
      );
      const text = await pdfText(Buffer.from(pdf, 'base64'));
      const locale = lang === 'VI' ? 'vi' : 'en';
      expect(text).toContain(lang === 'VI' ? 'SAO KÊ TÀI KHOẢN VỐN' : 'MEMBER CAPITAL ACCOUNT STATEMENT');
      for (const figure of [200n, 140n, 100n, 28n, 56n]) expect(text).toContain(formatVnd(figure * BN, locale));
    }
  });

  it('prints the notice of the November call for the city: 40 bn due on 30 November, nothing paid, overdue', async () => {
    const calls = await gql<{ fund: { overdueCallLines: { callId: string; commitmentId: string; amount: string }[] } }>(
      `query($id: ID!) { fund(id: $id) { overdueCallLines { callId commitmentId amount } } }`,
      { id: fundId },
    );
    expect(calls.fund.overdueCallLines).toContainEqual({
      callId: secondCallId,
      commitmentId: cityCommitment,
      amount: String(40n * BN),
    });
    for (const [lang, title] of [
      ['VI', 'THÔNG BÁO GỌI VỐN'],
      ['EN', 'CAPITAL CALL NOTICE'],
    ] as const) {
      const { capitalCallNoticePdf } = await gql<{ capitalCallNoticePdf: string }>(
        `query($f: ID!, $c: ID!, $m: ID!, $lang: Language) { capitalCallNoticePdf(fundId: $f, callId: $c, commitmentId: $m, lang: $lang) }`,
        { f: fundId, c: secondCallId, m: cityCommitment, lang },
      );
      const text = await pdfText(Buffer.from(capitalCallNoticePdf, 'base64'));
      const locale = lang === 'VI' ? 'vi' : 'en';
      expect(text).toContain(title);
      expect(text).toContain('Ngân sách Thành phố');
      expect(text).toContain('2026-11-30');
      expect(text).toContain(formatBp(2000, locale));
      expect(text).toContain(formatVnd(40n * BN, locale));
    }
  });
});
