// Investment decisions an inspector can reconstruct: the pipeline, the committee's rules, no fund money without
// an approved decision, documents checked by content and kept by hash, and the dossier's manifest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { PAY_IN, ROUND, commit, createFund, insertStartups, sql } from '../support/fund';
import {
  DEAL,
  DECIDE,
  DECLARE,
  MOVE_DEAL,
  OPEN_MEETING,
  VOTE,
  approveInCommittee,
  dealInCommittee,
  type DealData,
} from '../support/deals';
import { pdfText } from '../support/pdf';
import { unzip } from '../support/zip';

let t: TestApp;
let fm: string;
let dataDir: string;
let fundId: string;
let startupId: string;
let otherStartupId: string;

// A minimal PDF, a PNG signature and a shell script pretending to be a PDF.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  Buffer.alloc(64, 1),
]);
const FAKE_PDF = Buffer.from('#!/bin/sh\necho not a pdf\n');

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'launchpad-documents-'));
  t = await createTestApp({ config: { DATA_DIR: dataDir, DOCUMENT_MAX_BYTES: '4096' } });
  fm = await t.loginAs('FUND_MANAGER');
  fundId = await createFund(t, fm, 'Decision fund');
  const c = await commit(t, fm, fundId, 'Vietcombank', 'PRIVATE', '1000000000');
  await t.gql(
    PAY_IN,
    { input: { commitmentId: c.data!.commitCapital.id, amount: '1000000000', date: '2026-02-01' } },
    fm,
  );
  [startupId, otherStartupId] = (await insertStartups(t, ['Decision startup', 'Other decision startup'])) as [
    string,
    string,
  ];
});

afterAll(async () => {
  await t?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const round = (participation: Record<string, string>, date = '2026-03-01') =>
  t.gql(ROUND, { input: { startupId, date, preMoney: '4000000000', participations: [participation] } }, fm);

async function rowCounts() {
  const [row] = await sql<{ rounds: string; votes: string; documents: string; decisions: string }>(
    t,
    `select (select count(*) from funding_rounds)::text as rounds, (select count(*) from committee_votes)::text as votes,
            (select count(*) from deal_documents)::text as documents,
            (select count(*) from investment_decisions)::text as decisions`,
  );
  return row!;
}

async function upload(dealId: string, name: string, bytes: Buffer, kind = 'FUND_MEMO', token = fm) {
  const boundary = `----launchpad${randomUUID()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/deals/${dealId}/documents?kind=${kind}&area=LEGAL`,
    headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('a fund participation needs an approved investment decision', () => {
  it('refuses a fund participation without a decision, nothing written', async () => {
    const before = await rowCounts();
    const refused = await round({ fundId, amount: '100000000' });
    expect(errorCode(refused)).toBe('DECISION_REQUIRED');
    expect(refused.errors![0]!.extensions).toMatchObject({ field: 'participations', fundId });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses recording around the committee: a deal still in committee has no decision to name', async () => {
    const deal = await dealInCommittee(t, fm, { fundId, startupId, amount: '100000000', preMoney: '4000000000' });
    expect(deal.decision).toBeNull();
    const invented = await round({ fundId, amount: '100000000', decisionId: deal.id });
    expect(errorCode(invented)).toBe('DECISION_REQUIRED');
    const other = await dealInCommittee(t, fm, { fundId, startupId: otherStartupId, amount: '100000000' });
    const approvedElsewhere = (await approveInCommittee(t, fm, other.id)).decision!.id;
    expect(errorCode(await round({ fundId, amount: '100000000', decisionId: approvedElsewhere }))).toBe(
      'DECISION_REQUIRED',
    );
  });

  it('records within the approved amount, refuses one dong beyond it, and keeps the preview and recording checks', async () => {
    const deal = await dealInCommittee(t, fm, { fundId, startupId, amount: '150000000', preMoney: '4000000000' });
    const approved = await approveInCommittee(t, fm, deal.id);
    expect(approved.step).toBe('APPROVED');
    const decisionId = approved.decision!.id;
    expect(approved.decision!.checks).toEqual([expect.objectContaining({ phase: 'PREVIEW', passed: true })]);
    expect((await round({ fundId, amount: '100000000', decisionId })).errors).toBeUndefined();
    const before = await rowCounts();
    const beyond = await round({ fundId, amount: '50000001', decisionId }, '2026-03-02');
    expect(errorCode(beyond)).toBe('DECISION_REQUIRED');
    expect(beyond.errors![0]!.extensions).toMatchObject({ approved: '150000000', used: '100000000' });
    expect(await rowCounts()).toEqual(before);
    expect((await round({ fundId, amount: '50000000', decisionId }, '2026-03-02')).errors).toBeUndefined();
    const after = (await t.gql<{ deal: DealData }>(DEAL, { id: deal.id }, fm)).data!.deal;
    expect(after.decision).toMatchObject({ amount: '150000000', used: '150000000' });
    expect(after.decision!.checks.map((c) => c.phase)).toEqual(['PREVIEW', 'RECORDING', 'RECORDING']);
    const closed = await t.gql<{ moveDeal: DealData }>(MOVE_DEAL, { id: deal.id, to: 'CLOSED' }, fm);
    expect(closed.data!.moveDeal.step).toBe('CLOSED');
  });
});

describe('the rule checks at approval and at recording', () => {
  const ADD_RULE = `mutation($input: AddFundRuleVersionInput!) { addFundRuleVersion(input: $input) { id version } }`;

  it('names the rule version in force on the meeting day and its headroom, as the recording names its own', async () => {
    const admin = await t.loginAs('ADMIN');
    const ruledFund = await createFund(t, fm, 'Versioned rules fund');
    const c = await commit(t, fm, ruledFund, 'BIDV', 'PRIVATE', '2000000000');
    await t.gql(
      PAY_IN,
      { input: { commitmentId: c.data!.commitCapital.id, amount: '2000000000', date: '2026-01-01' } },
      fm,
    );
    const addRule = async (limit: string, effectiveFrom: string, citation: string) => {
      const input = {
        fundId: ruledFund,
        kind: 'STAKE_PER_STARTUP',
        limit,
        scope: 'Mỗi startup',
        citation,
        effectiveFrom,
      };
      const r = await t.gql<{ addFundRuleVersion: { id: string } }>(ADD_RULE, { input }, admin);
      return r.data!.addFundRuleVersion.id;
    };
    const v1 = await addRule('2000', '2026-01-01', 'Điều lệ Quỹ 2026, Điều 7');
    const v2 = await addRule('1500', '2026-06-01', 'Điều lệ Quỹ sửa đổi, Điều 7');
    const [ruledStartup] = await insertStartups(t, ['Versioned rules startup']);
    const deal = await dealInCommittee(t, fm, {
      fundId: ruledFund,
      startupId: ruledStartup!,
      amount: '300000000',
      preMoney: '4000000000',
    });
    const approved = await approveInCommittee(t, fm, deal.id, '2026-05-20');
    const [preview] = approved.decision!.checks;
    expect(preview).toMatchObject({ phase: 'PREVIEW', passed: true, onDate: '2026-05-20' });
    // Version 1 (20%) was in force on 20 May: the fund may put in up to 1 bn at 4 bn pre-money (1/5 of 5 bn).
    expect(preview!.rules.find((r) => r.kind === 'STAKE_PER_STARTUP')).toEqual({
      kind: 'STAKE_PER_STARTUP',
      citation: 'Điều lệ Quỹ 2026, Điều 7',
      ruleId: v1,
      version: 1,
      limit: '2000',
      current: '697',
      headroom: '1000000000',
      ok: true,
    });
    expect(preview!.cashHeadroom).toBe('2000000000');

    const recorded = await t.gql(
      ROUND,
      {
        input: {
          startupId: ruledStartup,
          date: '2026-06-02',
          preMoney: '4000000000',
          participations: [{ fundId: ruledFund, amount: '300000000', decisionId: approved.decision!.id }],
        },
      },
      fm,
    );
    expect(recorded.errors).toBeUndefined();
    const after = (await t.gql<{ deal: DealData }>(DEAL, { id: deal.id }, fm)).data!.deal;
    const [, recording] = after.decision!.checks;
    expect(recording).toMatchObject({ phase: 'RECORDING', passed: true, onDate: '2026-06-02' });
    // The round's date had version 2 (15%) in force: 4 bn × 15/85 = 705,882,352 dong of room.
    expect(recording!.rules.find((r) => r.kind === 'STAKE_PER_STARTUP')).toMatchObject({
      ruleId: v2,
      version: 2,
      citation: 'Điều lệ Quỹ sửa đổi, Điều 7',
      limit: '1500',
      headroom: '705882352',
    });
    expect(recording!.rules.map((r) => r.kind)).toEqual(preview!.rules.map((r) => r.kind));
  });
});

describe('the due-diligence areas of a fund', () => {
  const SET_AREAS = `mutation($f: ID!, $a: [String!]!) { setDueDiligenceAreas(fundId: $f, areas: $a) }`;
  const AREAS = `query($f: ID!) { dueDiligenceAreas(fundId: $f) }`;

  it('starts a new deal’s checklist from the fund’s edited areas; earlier deals keep theirs; a bad list writes nothing', async () => {
    const areasFund = await createFund(t, fm, 'Areas fund');
    const areas = async () => (await t.gql<{ dueDiligenceAreas: string[] }>(AREAS, { f: areasFund }, fm)).data!;
    expect((await areas()).dueDiligenceAreas).toEqual(['LEGAL', 'FINANCIAL', 'TECHNICAL', 'IP', 'TEAM', 'MARKET']);
    const earlier = await dealInCommittee(t, fm, { fundId: areasFund, startupId, amount: '1000' });

    const edited = ['Pháp lý', 'Tài chính', 'Môi trường và xã hội'];
    expect((await t.gql(SET_AREAS, { f: areasFund, a: edited }, fm)).data).toEqual({ setDueDiligenceAreas: edited });
    expect((await areas()).dueDiligenceAreas).toEqual(edited);
    const later = await dealInCommittee(t, fm, { fundId: areasFund, startupId, amount: '1000' });
    const checklist = async (id: string) =>
      ((await t.gql<{ deal: DealData }>(DEAL, { id }, fm)).data!.deal.dueDiligence as { area: string }[]).map(
        (d) => d.area,
      );
    expect(await checklist(later.id)).toEqual(edited);
    expect(await checklist(earlier.id)).toEqual(['LEGAL', 'FINANCIAL', 'TECHNICAL', 'IP', 'TEAM', 'MARKET']);

    for (const bad of [[], ['Pháp lý', 'pháp lý'], ['  ']]) {
      expect(errorCode(await t.gql(SET_AREAS, { f: areasFund, a: bad }, fm))).toBe('BAD_USER_INPUT');
    }
    expect((await areas()).dueDiligenceAreas).toEqual(edited);
    const founder = await t.loginAs('FOUNDER');
    expect(errorCode(await t.gql(SET_AREAS, { f: areasFund, a: ['X'] }, founder))).toBe('FORBIDDEN');
  });
});

describe('the investment committee', () => {
  it('refuses a conflicted, absent or undeclared member’s vote and a second vote; decides by majority', async () => {
    const deal = await dealInCommittee(t, fm, { fundId, startupId: otherStartupId, amount: '10000000' });
    const opened = await t.gql<{ openCommitteeMeeting: DealData }>(
      OPEN_MEETING,
      {
        input: {
          dealId: deal.id,
          heldOn: '2026-04-01',
          quorum: 2,
          members: [
            { name: 'An', present: true },
            { name: 'Bình', present: true },
            { name: 'Chi', present: true },
            { name: 'Dũng', present: false },
          ],
        },
      },
      fm,
    );
    const [an, binh, chi, dung] = opened.data!.openCommitteeMeeting.meeting!.members.map((m) => m.id);
    const before = await rowCounts();
    expect(errorCode(await t.gql(VOTE, { m: an, c: 'FOR', r: 'Tốt' }, fm))).toBe('VOTE_NOT_ALLOWED');
    expect(errorCode(await t.gql(VOTE, { m: dung, c: 'FOR', r: 'Tốt' }, fm))).toBe('VOTE_NOT_ALLOWED');
    expect(errorCode(await t.gql(DECLARE, { m: chi, c: true }, fm))).toBe('BAD_USER_INPUT');
    await t.gql(DECLARE, { m: chi, c: true, s: 'Cổ đông của startup' }, fm);
    expect(errorCode(await t.gql(VOTE, { m: chi, c: 'FOR', r: 'Tốt' }, fm))).toBe('VOTE_NOT_ALLOWED');
    expect(await rowCounts()).toEqual(before);
    await t.gql(DECLARE, { m: an, c: false }, fm);
    await t.gql(DECLARE, { m: binh, c: false }, fm);
    expect((await t.gql(VOTE, { m: an, c: 'FOR', r: 'Đội ngũ mạnh' }, fm)).errors).toBeUndefined();
    const second = await t.gql(VOTE, { m: an, c: 'AGAINST', r: 'Đổi ý' }, fm);
    expect(errorCode(second)).toBe('VOTE_NOT_ALLOWED');
    expect(errorCode(await t.gql(DECIDE, { d: deal.id, m: 'Chưa đủ phiếu' }, fm))).toBe('DEAL_STEP_INVALID');
    await t.gql(VOTE, { m: binh, c: 'AGAINST', r: 'Định giá cao' }, fm);
    const decided = await t.gql<{ decideDeal: DealData }>(DECIDE, { d: deal.id, m: 'Hòa phiếu: không tán thành' }, fm);
    // One for, one against among the two eligible members: no majority.
    expect(decided.data!.decideDeal.step).toBe('REJECTED');
    expect(decided.data!.decideDeal.decision).toBeNull();
  });

  it('names who moved the deal and keeps no sentence of the server’s in its history', async () => {
    const deal = await dealInCommittee(t, fm, { fundId, startupId: otherStartupId, amount: '10000000' });
    const decided = await approveInCommittee(t, fm, deal.id);
    const history = decided.history as {
      from: string | null;
      to: string;
      reason: string | null;
      actorEmail: string | null;
      actorName: string | null;
    }[];
    const [manager] = await sql<{ display_name: string; email: string }>(
      t,
      `select u.display_name, u.email from users u where u.email = $1`,
      [history[0]!.actorEmail],
    );
    expect(manager!.display_name).not.toBe(manager!.email);
    expect(history.map((h) => h.to)).toEqual([
      'SOURCED',
      'SCREENING',
      'DUE_DILIGENCE',
      'INVESTMENT_COMMITTEE',
      'APPROVED',
    ]);
    // Each move names its actor as the app knows them, the e-mail kept beside it.
    expect(history.every((h) => h.actorName === manager!.display_name && h.actorEmail === manager!.email)).toBe(true);
    // The committee's own move carries no English summary: the reader's page words the tally from the votes.
    expect(history.at(-1)).toMatchObject({ from: 'INVESTMENT_COMMITTEE', to: 'APPROVED', reason: null });
  });

  it('refuses a decision or a meeting on a deal not in the committee step, nothing written', async () => {
    const deal = await t.gql<{ createDeal: DealData }>(
      `mutation($input: CreateDealInput!) { createDeal(input: $input) { id step } }`,
      { input: { fundId, startupId, title: 'Early deal', amountAsked: '1000', preMoney: '1000' } },
      fm,
    );
    const id = deal.data!.createDeal.id;
    const before = await rowCounts();
    expect(errorCode(await t.gql(DECIDE, { d: id, m: 'x' }, fm))).toBe('DEAL_STEP_INVALID');
    expect(
      errorCode(
        await t.gql(
          OPEN_MEETING,
          { input: { dealId: id, heldOn: '2026-04-01', quorum: 1, members: [{ name: 'An', present: true }] } },
          fm,
        ),
      ),
    ).toBe('DEAL_STEP_INVALID');
    expect(errorCode(await t.gql(MOVE_DEAL, { id, to: 'APPROVED' }, fm))).toBe('DEAL_STEP_INVALID');
    expect(errorCode(await t.gql(MOVE_DEAL, { id, to: 'DUE_DILIGENCE' }, fm))).toBe('DEAL_STEP_INVALID');
    expect(await rowCounts()).toEqual(before);
  });
});

describe('documents and the decision dossier', () => {
  it('refuses a file of the wrong type or too large, by its content, nothing written', async () => {
    const deal = await dealInCommittee(t, fm, { fundId, startupId, amount: '1000' });
    const before = await rowCounts();
    const fake = await upload(deal.id, 'memo.pdf', FAKE_PDF);
    expect(fake.statusCode).toBe(422);
    expect(fake.json()).toMatchObject({ error: { code: 'FILE_REFUSED', field: 'file' } });
    const large = await upload(deal.id, 'big.pdf', Buffer.concat([PDF, Buffer.alloc(5000, 32)]));
    expect(large.statusCode).toBe(413);
    expect(large.json()).toMatchObject({ error: { code: 'FILE_REFUSED', reason: 'TOO_LARGE' } });
    expect(await rowCounts()).toEqual(before);
  });

  it('lets a founder read their startup’s evidence but never the fund’s memo', async () => {
    const deal = await dealInCommittee(t, fm, { fundId, startupId, amount: '1000' });
    const memo = (await upload(deal.id, 'Tờ trình.pdf', PDF, 'FUND_MEMO')).json() as { id: string };
    const evidence = (await upload(deal.id, 'logo.png', PNG, 'STARTUP_EVIDENCE')).json() as { id: string };
    const founder = await t.loginAs('FOUNDER');
    const [user] = await sql<{ id: string }>(t, `select id from users where email = 'founder@launchpad.test'`);
    await sql(t, 'insert into startup_members (id, startup_id, user_id, joined_at) values ($1, $2, $3, now())', [
      randomUUID(),
      startupId,
      user!.id,
    ]);
    const get = (id: string, token: string) =>
      t.app.inject({ method: 'GET', url: `/api/documents/${id}`, headers: { authorization: `Bearer ${token}` } });
    const own = await get(evidence.id, founder);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    expect(own.rawPayload.equals(PNG)).toBe(true);
    expect((await get(memo.id, founder)).statusCode).toBe(404);
    expect((await get(memo.id, fm)).rawPayload.equals(PDF)).toBe(true);
    const listed = await t.gql<{ startupDocuments: { kind: string }[] }>(
      `query($s: ID!) { startupDocuments(startupId: $s) { kind } }`,
      { s: startupId },
      founder,
    );
    expect(listed.data!.startupDocuments.map((d) => d.kind)).toEqual(['STARTUP_EVIDENCE']);
  });

  it('builds a dossier whose manifest hashes match the stored files and whose PDF names the votes', async () => {
    const deal = await dealInCommittee(t, fm, { fundId, startupId, amount: '20000000', title: 'Dossier deal' });
    const uploaded = (await upload(deal.id, 'Báo cáo thẩm định.pdf', PDF)).json() as { sha256: string; id: string };
    expect(uploaded.sha256).toBe(sha256(PDF));
    const stored = await readFile(join(dataDir, 'documents', uploaded.sha256.slice(0, 2), uploaded.sha256));
    expect(sha256(stored)).toBe(uploaded.sha256);
    const [audit] = await sql<{ after: { sha256: string } }>(
      t,
      `select after from audit_log where action = 'deal.uploadDocument' and entity_id = $1`,
      [uploaded.id],
    );
    expect(audit!.after.sha256).toBe(uploaded.sha256);
    const approved = await approveInCommittee(t, fm, deal.id);
    const decisionId = approved.decision!.id;
    expect((await round({ fundId, amount: '20000000', decisionId }, '2026-05-01')).errors).toBeUndefined();

    const response = await t.app.inject({
      method: 'GET',
      url: `/api/deals/${deal.id}/dossier`,
      headers: { authorization: `Bearer ${fm}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const files = await unzip(response.rawPayload);
    const manifest = JSON.parse(files.get('manifest.json')!.toString()) as {
      files: { path: string; sha256: string; documentId: string | null }[];
    };
    for (const file of manifest.files) expect(sha256(files.get(file.path)!)).toBe(file.sha256);
    const document = manifest.files.find((f) => f.documentId === uploaded.id)!;
    expect(document.sha256).toBe(sha256(stored));
    const text = await pdfText(files.get('dossier.pdf')!);
    expect(text).toContain('Dossier deal');
    expect(text).toContain('Chủ tịch Hội đồng');
    expect(text).toContain('RECORDING');
    expect(text).toContain('deal.decide');
    const record = JSON.parse(files.get('decision.json')!.toString()) as { audit: { action: string }[] };
    expect(record.audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['deal.create', 'fund.recordFundingRound']),
    );

    const founder = await t.loginAs('FOUNDER');
    const refused = await t.app.inject({
      method: 'GET',
      url: `/api/deals/${deal.id}/dossier`,
      headers: { authorization: `Bearer ${founder}` },
    });
    expect(refused.statusCode).toBe(403);
  });
});
