// The city's channels through the API: priority tasks published and read by anyone over a cacheable GET; PPP
// proposals submitted without an account, a receipt code, the status by that code, the reviewed workflow with
// reasons e-mailed to the contact, and what an accepted proposal becomes; the R&D deduction at 200% at its
// boundary; the state-support ledger's double-support warning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { sql } from '../support/fund';
import { pdfText } from '../support/pdf';

let t: TestApp;
let manager: string;
let board: string;
let taskId: string;

const TASK = `mutation($i: PriorityTaskInput!) { createPriorityTask(input: $i) { id status legalDocuments { number } } }`;
const SUBMIT = `mutation($i: SubmitPppProposalInput!) { submitPppProposal(input: $i) { code status submittedAt } }`;
const STATUS = `query($c: String!) { pppProposalStatus(code: $c) { code title organization status reason } }`;
const MOVE = `mutation($id: ID!, $to: PppStatus!, $r: String) {
  movePppProposal(id: $id, to: $to, reason: $r) { id status reason nextStatuses outcome challengeId pilotId history { from to reason } } }`;

const proposal = (overrides: Record<string, unknown> = {}) => ({
  priorityTaskId: taskId,
  organization: 'Viện Công nghệ Giao thông',
  organizationKind: 'INSTITUTE',
  contactName: 'Nguyễn Thị Lan',
  contactEmail: 'lan@vien-gt.example',
  title: `Điều khiển đèn tín hiệu thích ứng ${Math.random().toString(36).slice(2, 8)}`,
  summary: 'Đề xuất hợp tác công tư triển khai hệ thống điều khiển đèn tín hiệu thích ứng tại 20 nút giao.',
  budgetPublic: '3000000000',
  budgetPrivate: '2000000000',
  ...overrides,
});

async function submit(overrides: Record<string, unknown> = {}) {
  const result = await t.gql<{ submitPppProposal: { code: string; status: string } }>(SUBMIT, {
    i: proposal(overrides),
  });
  expect(result.errors).toBeUndefined();
  const code = result.data!.submitPppProposal.code;
  const [row] = await sql<{ id: string }>(t, 'select id from ppp_proposals where code = $1', [code]);
  return { code, id: row!.id };
}

async function move(id: string, to: string, reason?: string) {
  return t.gql<{ movePppProposal: { status: string; nextStatuses: string[]; challengeId: string | null } }>(
    MOVE,
    { id, to, r: reason },
    manager,
  );
}

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.loginAs('INCUBATOR_MANAGER');
  board = await t.loginAs('BOARD');
  const doc = await t.gql<{ createLegalDocument: { id: string } }>(
    `mutation($i: LegalDocumentInput!) { createLegalDocument(input: $i) { id } }`,
    {
      i: {
        number: '6100/QĐ-UBND',
        titleVi: 'Kế hoạch hợp tác công tư về khoa học, công nghệ và đổi mới sáng tạo',
        titleEn: 'Plan for public-private partnership in science, technology and innovation',
        issuer: 'UBND Thành phố Hà Nội',
        issuedOn: '2025-12-01',
      },
    },
    manager,
  );
  const task = await t.gql<{ createPriorityTask: { id: string } }>(
    TASK,
    {
      i: {
        titleVi: 'Giảm ùn tắc tại các nút giao trọng điểm',
        titleEn: 'Less congestion at key intersections',
        field: 'smart-transport',
        expectedResultVi: 'Giảm 20% thời gian chờ tại 20 nút giao.',
        expectedResultEn: '20% less waiting time at 20 intersections.',
        budgetMin: '2000000000',
        budgetMax: '8000000000',
        riskTolerant: true,
        deadline: '2099-06-30',
        legalDocumentIds: [doc.data!.createLegalDocument.id],
      },
    },
    manager,
  );
  taskId = task.data!.createPriorityTask.id;
  const published = await t.gql(
    `mutation($id: ID!) { publishPriorityTask(id: $id) { status } }`,
    { id: taskId },
    manager,
  );
  expect(published.errors).toBeUndefined();
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('priority tasks', () => {
  it('are read by anyone over GET, in Vietnamese and English, with their legal documents, cacheable for a minute', async () => {
    const query =
      '{ priorityTasks { id titleVi titleEn field budgetMin budgetMax riskTolerant deadline legalDocuments { number } } }';
    const url = `/graphql?${new URLSearchParams({ query })}`;
    const first = await t.app.inject({ method: 'GET', url });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const body = first.json() as { data: { priorityTasks: Record<string, unknown>[] } };
    expect(body.data.priorityTasks).toEqual([
      {
        id: taskId,
        titleVi: 'Giảm ùn tắc tại các nút giao trọng điểm',
        titleEn: 'Less congestion at key intersections',
        field: 'smart-transport',
        budgetMin: '2000000000',
        budgetMax: '8000000000',
        riskTolerant: true,
        deadline: '2099-06-30',
        legalDocuments: [{ number: '6100/QĐ-UBND' }],
      },
    ]);
    const again = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('refuses a budget range upside down, naming the field and writing nothing', async () => {
    const [before] = await sql(t, 'select count(*)::int as n from priority_tasks');
    const result = await t.gql(
      TASK,
      {
        i: {
          titleVi: 'Sai ngân sách',
          titleEn: 'Wrong budget',
          field: 'environment',
          expectedResultVi: 'x',
          expectedResultEn: 'x',
          budgetMin: '9',
          budgetMax: '8',
          riskTolerant: false,
          deadline: '2099-01-01',
        },
      },
      manager,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('budgetMin');
    expect(await sql(t, 'select count(*)::int as n from priority_tasks')).toEqual([before]);
  });
});

describe('PPP proposals', () => {
  it('are submitted without an account, get a receipt code e-mailed to the contact, and the code finds the status', async () => {
    const { code } = await submit({ contactEmail: 'receipt@vien-gt.example', locale: 'en' });
    expect(code).toMatch(/^PPP-[2-9A-HJKMNP-Z]{8}$/);
    const status = await t.gql<{ pppProposalStatus: Record<string, unknown> }>(STATUS, { c: code.toLowerCase() });
    expect(status.data!.pppProposalStatus).toMatchObject({ code, status: 'RECEIVED', reason: null });
    expect(JSON.stringify(status.data)).not.toContain('receipt@vien-gt.example');
    const mails = await sql<{ payload: { to: string; title: string; locale: string } }>(
      t,
      `select payload from outbox where queue = 'mail' and payload->>'to' = 'receipt@vien-gt.example'`,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.payload.title).toContain(code);
    expect(mails[0]!.payload.locale).toBe('en');
  });

  it('answers an unknown code with null and a malformed one with BAD_USER_INPUT on code', async () => {
    expect((await t.gql(STATUS, { c: 'PPP-22222222' })).data).toEqual({ pppProposalStatus: null });
    const bad = await t.gql(STATUS, { c: 'nothing' });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('code');
  });

  it.each([
    ['summary', { summary: 'Quá ngắn' }],
    ['contactEmail', { contactEmail: 'not-an-email' }],
    ['organizationKind', { organizationKind: 'CLUB' }],
    ['budgetPublic', { budgetPublic: '0', budgetPrivate: '0' }],
    ['priorityTaskId', { priorityTaskId: '00000000-0000-4000-8000-000000000000' }],
  ])('refuses a proposal with a bad %s, naming it and writing nothing', async (field, overrides) => {
    const [before] = await sql(t, 'select count(*)::int as n from ppp_proposals');
    const result = await t.gql(SUBMIT, { i: proposal(overrides) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    if (field !== 'organizationKind') expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(await sql(t, 'select count(*)::int as n from ppp_proposals')).toEqual([before]);
  });

  it('go received → under review → returned with reasons (e-mailed, shown by code) → under review → accepted', async () => {
    const { code, id } = await submit({ contactEmail: 'flow@vien-gt.example' });
    const skipped = await move(id, 'ACCEPTED');
    expect(errorCode(skipped)).toBe('BAD_USER_INPUT');
    expect(skipped.errors?.[0]?.extensions?.field).toBe('to');
    expect((await move(id, 'UNDER_REVIEW')).data!.movePppProposal.nextStatuses).toEqual([
      'ACCEPTED',
      'RETURNED',
      'REFUSED',
    ]);
    const noReason = await move(id, 'RETURNED');
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await move(id, 'RETURNED', 'Bổ sung phương án tài chính phần vốn tư nhân.')).errors).toBeUndefined();
    const status = await t.gql<{ pppProposalStatus: { status: string; reason: string } }>(STATUS, { c: code });
    expect(status.data!.pppProposalStatus).toMatchObject({
      status: 'RETURNED',
      reason: 'Bổ sung phương án tài chính phần vốn tư nhân.',
    });
    const mails = await sql<{ payload: { body: string } }>(
      t,
      `select payload from outbox where queue = 'mail' and payload->>'to' = 'flow@vien-gt.example' and payload->>'kind' = 'PPP_PROPOSAL_DECIDED'`,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.payload.body).toContain('Bổ sung phương án tài chính phần vốn tư nhân.');
    await move(id, 'UNDER_REVIEW');
    const accepted = await move(id, 'ACCEPTED');
    expect(accepted.data!.movePppProposal).toMatchObject({ status: 'ACCEPTED', nextStatuses: [] });
    const history = await sql(t, 'select "from", "to" from ppp_proposal_moves where proposal_id = $1 order by at', [
      id,
    ]);
    expect(history.map((h) => h.to)).toEqual(['RECEIVED', 'UNDER_REVIEW', 'RETURNED', 'UNDER_REVIEW', 'ACCEPTED']);
  });

  it('refused ones carry their reasons; an accepted one becomes a draft problem statement, once', async () => {
    const refused = await submit();
    await move(refused.id, 'UNDER_REVIEW');
    expect((await move(refused.id, 'REFUSED', 'Không thuộc lĩnh vực ưu tiên.')).errors).toBeUndefined();
    const accepted = await submit();
    await move(accepted.id, 'UNDER_REVIEW');
    await move(accepted.id, 'ACCEPTED');
    const CONVERT = `mutation($id: ID!, $i: ConvertPppProposalInput!) { convertPppProposal(id: $id, input: $i) { outcome challengeId } }`;
    const refusedConvert = await t.gql(CONVERT, { id: refused.id, i: { outcome: 'CHALLENGE' } }, manager);
    expect(errorCode(refusedConvert)).toBe('BAD_USER_INPUT');
    const converted = await t.gql<{ convertPppProposal: { outcome: string; challengeId: string } }>(
      CONVERT,
      { id: accepted.id, i: { outcome: 'CHALLENGE' } },
      manager,
    );
    expect(converted.data!.convertPppProposal.outcome).toBe('CHALLENGE');
    const [challenge] = await sql(t, 'select status, sector from challenges where id = $1', [
      converted.data!.convertPppProposal.challengeId,
    ]);
    expect(challenge).toEqual({ status: 'DRAFT', sector: 'smart-transport' });
    const twice = await t.gql(CONVERT, { id: accepted.id, i: { outcome: 'CHALLENGE' } }, manager);
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
  });

  it('an accepted proposal becomes a pilot agreement, and the public figures count tasks, proposals and pilots', async () => {
    const { id } = await submit();
    await move(id, 'UNDER_REVIEW');
    await move(id, 'ACCEPTED');
    const startup = await t.gql<{ createStartup: { id: string } }>(
      'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
      { i: { name: 'Đèn Xanh Thích Ứng', sector: 'smart-transport' } },
      manager,
    );
    const pilot = await t.gql<{ createPilotAgreement: { id: string; status: string; proposalId: string } }>(
      `mutation($i: CreatePilotAgreementInput!) { createPilotAgreement(input: $i) { id status proposalId } }`,
      {
        i: {
          startupId: startup.data!.createStartup.id,
          publicBody: 'Sở Xây dựng Hà Nội',
          scope: '5 nút giao quận Cầu Giấy',
          conditions: 'Không thay đổi pha đèn giờ cao điểm khi chưa có phê duyệt',
          startDate: '2026-03-01',
          endDate: '2026-08-31',
          responsibleOfficer: 'Trần Văn Minh',
          proposalId: id,
        },
      },
      manager,
    );
    expect(pilot.errors).toBeUndefined();
    const pilotId = pilot.data!.createPilotAgreement.id;
    const [row] = await sql(t, 'select outcome, pilot_id from ppp_proposals where id = $1', [id]);
    expect(row).toEqual({ outcome: 'PILOT', pilot_id: pilotId });
    const activate = await t.gql(
      `mutation($id: ID!) { updatePilotAgreement(id: $id, input: { status: ACTIVE }) { status } }`,
      { id: pilotId },
      manager,
    );
    expect(activate.errors).toBeUndefined();
    const summary = await t.gql<{ channelsSummary: Record<string, number> }>(
      '{ channelsSummary { priorityTasksOpen pppProposalsReceived pppProposalsAccepted activePilots } }',
    );
    const [counts] = await sql<{ received: number; accepted: number }>(
      t,
      `select count(*)::int as received, count(*) filter (where status = 'ACCEPTED')::int as accepted from ppp_proposals`,
    );
    expect(summary.data!.channelsSummary).toEqual({
      priorityTasksOpen: 1,
      pppProposalsReceived: counts!.received,
      pppProposalsAccepted: counts!.accepted,
      activePilots: 1,
    });
    const seen = await t.gql<{ pilotAgreements: { id: string; status: string }[] }>(
      '{ pilotAgreements(status: ACTIVE) { id status } }',
      {},
      board,
    );
    expect(seen.data!.pilotAgreements).toEqual([{ id: pilotId, status: 'ACTIVE' }]);
  });
});

describe('R&D expenses', () => {
  let startupId: string;
  const DOSSIER = `query($s: ID!) { rdDossier(startupId: $s, year: 2026) { actualCost preTaxProfit capAtRate uplift deductible limitedByProfit lines { invoiceNumber amount } } }`;
  const RECORD = `mutation($i: RdExpenseInput!) { recordRdExpense(input: $i) { id amount } }`;
  const PROFIT = `mutation($s: ID!, $p: String!) { reportRdProfit(startupId: $s, year: 2026, preTaxProfit: $p) { uplift deductible limitedByProfit } }`;

  beforeAll(async () => {
    const created = await t.gql<{ createStartup: { id: string } }>(
      'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
      { i: { name: 'Cảm Biến Xanh', sector: 'environment' } },
      manager,
    );
    startupId = created.data!.createStartup.id;
    for (const [invoice, amount, category] of [
      ['HD-0001', '300000000', 'STAFF'],
      ['HD-0002', '100000000', 'MATERIALS'],
    ] as const) {
      const result = await t.gql(
        RECORD,
        {
          i: {
            startupId,
            category,
            date: '2026-02-15',
            amount,
            invoiceNumber: invoice,
            description: 'Chi phí nghiên cứu cảm biến chất lượng không khí',
          },
        },
        manager,
      );
      expect(result.errors).toBeUndefined();
    }
  });

  it('deducts 200% when the reported profit covers the uplift exactly', async () => {
    const result = await t.gql<{ reportRdProfit: Record<string, unknown> }>(
      PROFIT,
      { s: startupId, p: '400000000' },
      manager,
    );
    expect(result.data!.reportRdProfit).toEqual({
      uplift: '400000000',
      deductible: '800000000',
      limitedByProfit: false,
    });
  });

  it('limits the uplift one dong when the profit is one dong short, so the enterprise makes no loss', async () => {
    const result = await t.gql<{ reportRdProfit: Record<string, unknown> }>(
      PROFIT,
      { s: startupId, p: '399999999' },
      manager,
    );
    expect(result.data!.reportRdProfit).toEqual({
      uplift: '399999999',
      deductible: '799999999',
      limitedByProfit: true,
    });
  });

  it('deducts only the actual cost on a loss', async () => {
    await t.gql(PROFIT, { s: startupId, p: '-50000000' }, manager);
    const dossier = await t.gql<{ rdDossier: Record<string, unknown> }>(DOSSIER, { s: startupId }, board);
    expect(dossier.data!.rdDossier).toMatchObject({
      actualCost: '400000000',
      preTaxProfit: '-50000000',
      capAtRate: '800000000',
      uplift: '0',
      deductible: '400000000',
    });
  });

  it('refuses a repeated invoice, a future date and a malformed profit, naming the field and writing nothing', async () => {
    const [before] = await sql(t, 'select count(*)::int as n from rd_expenses');
    const base = { startupId, category: 'TESTING', date: '2026-02-20', amount: '5000000', description: 'Kiểm định' };
    const repeated = await t.gql(RECORD, { i: { ...base, invoiceNumber: 'hd-0001' } }, manager);
    expect(repeated.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'invoiceNumber' });
    const future = await t.gql(RECORD, { i: { ...base, invoiceNumber: 'HD-9', date: '2099-01-01' } }, manager);
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(await sql(t, 'select count(*)::int as n from rd_expenses')).toEqual([before]);
    const profit = await t.gql(PROFIT, { s: startupId, p: '1.5e9' }, manager);
    expect(profit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'preTaxProfit' });
  });

  it('writes the dossier for the tax authority as PDF and CSV with the lines and the deductible amount', async () => {
    await t.gql(PROFIT, { s: startupId, p: '400000000' }, manager);
    const csv = await t.gql<{ rdDossierCsv: string }>(
      `query($s: ID!) { rdDossierCsv(startupId: $s, year: 2026, lang: EN) }`,
      { s: startupId },
      manager,
    );
    expect(csv.data!.rdDossierCsv).toContain('HD-0001');
    expect(csv.data!.rdDossierCsv).toContain('Deductible cost,800000000');
    const pdf = await t.gql<{ rdDossierPdf: string }>(
      `query($s: ID!) { rdDossierPdf(startupId: $s, year: 2026, lang: VI) }`,
      { s: startupId },
      manager,
    );
    const text = await pdfText(Buffer.from(pdf.data!.rdDossierPdf, 'base64'));
    expect(text).toContain('Hồ sơ chi phí nghiên cứu và phát triển');
    expect(text).toContain('HD-0002');
    expect(text).toContain('Chi phí được trừ');
  });
});

describe('the state-support ledger', () => {
  it('totals supports per source and warns when the same cost is supported twice', async () => {
    const created = await t.gql<{ createStartup: { id: string } }>(
      'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
      { i: { name: 'Nông Trại Số', sector: 'agritech' } },
      manager,
    );
    const startupId = created.data!.createStartup.id;
    const RECORD = `mutation($i: StateSupportInput!) { recordStateSupport(input: $i) {
      entry { id amount } warning { costRef amount entries { source } } } }`;
    const entry = (source: string, amount: string, costRef?: string) => ({
      startupId,
      kind: 'GRANT',
      source,
      legalBasis: 'Nghị quyết 30/2025/NQ-HĐND',
      amount,
      date: '2026-01-10',
      costRef,
    });
    const first = await t.gql<{ recordStateSupport: { warning: unknown } }>(
      RECORD,
      { i: entry('Sở KH&CN Hà Nội', '200000000', 'HD-777') },
      manager,
    );
    expect(first.data!.recordStateSupport.warning).toBeNull();
    const second = await t.gql<{ recordStateSupport: { warning: { costRef: string; amount: string } } }>(
      RECORD,
      { i: entry('Quỹ Đổi mới sáng tạo', '150000000', 'hd 777') },
      manager,
    );
    expect(second.data!.recordStateSupport.warning).toMatchObject({ costRef: 'HD-777', amount: '350000000' });
    await t.gql(RECORD, { i: entry('Sở KH&CN Hà Nội', '50000000') }, manager);
    const totals = await t.gql<{ startupStateSupport: { total: string; bySource: unknown[]; warnings: unknown[] } }>(
      `query($s: ID!) { startupStateSupport(startupId: $s) { total bySource { label amount entries } warnings { costRef } } }`,
      { s: startupId },
      board,
    );
    expect(totals.data!.startupStateSupport).toEqual({
      total: '400000000',
      bySource: [
        { label: 'Sở KH&CN Hà Nội', amount: '250000000', entries: 2 },
        { label: 'Quỹ Đổi mới sáng tạo', amount: '150000000', entries: 1 },
      ],
      warnings: [{ costRef: 'HD-777' }],
    });
    const overview = await t.gql<{ stateSupportOverview: { warnings: { startupId: string }[] } }>(
      '{ stateSupportOverview { total warnings { startupId } byBeneficiary { label amount } } }',
      {},
      board,
    );
    expect(overview.data!.stateSupportOverview.warnings).toEqual([{ startupId }]);
  });
});
