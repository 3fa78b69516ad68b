// Files sent with a PPP proposal: one anonymous multipart request (the proposal as JSON and its attachments) checked
// by content and size before anything is kept, the bytes stored by SHA-256 in the same document store as the deals'
// documents, downloads for managers and the board only, and the same public-form budget as the GraphQL mutation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../support/app';
import { sql } from '../support/fund';

let t: TestApp;
let dataDir: string;
let manager: string;

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  Buffer.alloc(64, 1),
]);
const SCRIPT = Buffer.from('#!/bin/sh\necho not a pdf\n');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const proposal = (overrides: Record<string, unknown> = {}) => ({
  organization: 'Công ty Cổ phần Đèn Xanh',
  organizationKind: 'ENTERPRISE',
  contactName: 'Hoàng Thị Mai',
  contactEmail: 'mai@denxanh.example',
  title: `Đèn tín hiệu thích ứng ${randomUUID().slice(0, 8)}`,
  summary: 'Lắp đặt đèn tín hiệu thích ứng tại 8 nút giao, doanh nghiệp góp thiết bị và vận hành trong 3 năm.',
  budgetPublic: '2000000000',
  budgetPrivate: '1500000000',
  ...overrides,
});

function multipart(fields: Record<string, string>, files: { name: string; bytes: Buffer }[]) {
  const boundary = `----launchpad${randomUUID()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

function send(app: TestApp, input: Record<string, unknown>, files: { name: string; bytes: Buffer }[], ip = '10.9.0.1') {
  const body = multipart({ proposal: JSON.stringify(input) }, files);
  return app.app.inject({
    method: 'POST',
    url: '/api/ppp/proposals',
    headers: { 'content-type': body.contentType },
    payload: body.payload,
    remoteAddress: ip,
  });
}

async function counts() {
  const [row] = await sql<{ proposals: string; attachments: string; audit: string }>(
    t,
    `select (select count(*) from ppp_proposals)::text as proposals,
            (select count(*) from ppp_proposal_attachments)::text as attachments,
            (select count(*) from audit_log)::text as audit`,
  );
  return row!;
}

const LIST = `{ pppProposals { code attachments { id fileName mediaType size sha256 } } }`;
type Listed = {
  pppProposals: {
    code: string;
    attachments: { id: string; fileName: string; mediaType: string; size: number; sha256: string }[];
  }[];
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'launchpad-ppp-files-'));
  t = await createTestApp({ config: { DATA_DIR: dataDir, DOCUMENT_MAX_BYTES: '4096' } });
  manager = await t.loginAs('INCUBATOR_MANAGER');
}, 60_000);

afterAll(async () => {
  await t?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('a PPP proposal with attachments', () => {
  it('keeps the proposal and its files by hash, in the same store as the deals’ documents, and audits the hashes', async () => {
    const response = await send(t, proposal({ title: 'Nút giao Đống Đa có tệp đính kèm' }), [
      { name: 'Thuyết minh đề xuất.pdf', bytes: PDF },
      { name: 'so-do.png', bytes: PNG },
    ]);
    expect(response.statusCode).toBe(201);
    const receipt = response.json() as { code: string; status: string };
    expect(receipt.code).toMatch(/^PPP-[2-9A-HJKMNP-Z]{8}$/);
    expect(receipt.status).toBe('RECEIVED');

    const listed = await t.gql<Listed>(LIST, {}, manager);
    const mine = listed.data!.pppProposals.find((p) => p.code === receipt.code)!;
    expect(mine.attachments).toEqual([
      {
        id: expect.any(String),
        fileName: 'Thuyết minh đề xuất.pdf',
        mediaType: 'application/pdf',
        size: PDF.length,
        sha256: sha256(PDF),
      },
      { id: expect.any(String), fileName: 'so-do.png', mediaType: 'image/png', size: PNG.length, sha256: sha256(PNG) },
    ]);
    const stored = await readFile(join(dataDir, 'documents', sha256(PDF).slice(0, 2), sha256(PDF)));
    expect(stored.equals(PDF)).toBe(true);
    const [audit] = await sql<{ after: { attachments: { sha256: string }[] } }>(
      t,
      `select after from audit_log where action = 'ppp-proposal.submitted' and after->>'code' = $1`,
      [receipt.code],
    );
    expect(audit!.after.attachments.map((a) => a.sha256)).toEqual([sha256(PDF), sha256(PNG)]);
  });

  it('refuses a file whose content is not a PDF, image or office file, whatever its name says; nothing written', async () => {
    const before = await counts();
    const response = await send(t, proposal(), [
      { name: 'ok.pdf', bytes: PDF },
      { name: 'thuyet-minh.pdf', bytes: SCRIPT },
    ]);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: { code: 'FILE_REFUSED', field: 'attachments[1]', reason: 'TYPE' } });
    expect(await counts()).toEqual(before);
  });

  it('refuses a file above the size limit with 413; nothing written', async () => {
    const before = await counts();
    const response = await send(t, proposal(), [
      { name: 'big.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(5000, 32)]) },
    ]);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: { code: 'FILE_REFUSED', reason: 'TOO_LARGE' } });
    expect(await counts()).toEqual(before);
  });

  it('refuses more than five files, and a bad proposal beside its field, keeping no file', async () => {
    const before = await counts();
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.pdf`, bytes: PDF }));
    const tooMany = await send(t, proposal(), six);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'attachments' } });
    const unique = Buffer.concat([PDF, Buffer.from(`% ${randomUUID()}\n`)]);
    const short = await send(t, proposal({ summary: 'Quá ngắn' }), [{ name: 'x.pdf', bytes: unique }]);
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'summary' } });
    const badAmount = await send(t, proposal({ budgetPublic: '1,5 tỷ' }), []);
    expect(badAmount.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'budgetPublic' } });
    expect(await counts()).toEqual(before);
    await expect(readFile(join(dataDir, 'documents', sha256(unique).slice(0, 2), sha256(unique)))).rejects.toThrow();
  });

  it('lets managers and the board download an attachment, never a founder or the public, who cannot list them', async () => {
    const receipt = (await send(t, proposal(), [{ name: 'Hồ sơ năng lực.pdf', bytes: PDF }])).json() as {
      code: string;
    };
    const listed = await t.gql<Listed>(LIST, {}, manager);
    const id = listed.data!.pppProposals.find((p) => p.code === receipt.code)!.attachments[0]!.id;
    const get = (token?: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/ppp/attachments/${id}`,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    const asManager = await get(manager);
    expect(asManager.statusCode).toBe(200);
    expect(asManager.headers['content-type']).toBe('application/pdf');
    expect(asManager.headers['x-content-sha256']).toBe(sha256(PDF));
    expect(asManager.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Hồ sơ năng lực.pdf')}`,
    );
    expect(asManager.rawPayload.equals(PDF)).toBe(true);
    expect((await get(await t.loginAs('BOARD'))).statusCode).toBe(200);
    expect((await get(await t.loginAs('FOUNDER'))).statusCode).toBe(403);
    expect((await get()).statusCode).toBe(401);
    // The public lookup by receipt code has no attachments to list.
    const lookup = await t.gql(`query($c: String!) { pppProposalStatus(code: $c) { code attachments { id } } }`, {
      c: receipt.code,
    });
    expect(lookup.data ?? null).toBeNull();
    expect(lookup.errors?.[0]?.message).toContain('attachments');
    const anonymousList = await t.gql(LIST, {});
    expect(anonymousList.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the public-form budget', () => {
  it('counts a proposal with files and one over GraphQL against the same budget per address', async () => {
    const limited = await createTestApp({ config: { RATE_LIMIT_APPLICATIONS_PER_MINUTE: '2' } });
    try {
      const viaGraphql = await limited.app.inject({
        method: 'POST',
        url: '/graphql',
        remoteAddress: '10.9.9.9',
        payload: {
          query: 'mutation($i: SubmitPppProposalInput!) { submitPppProposal(input: $i) { code } }',
          variables: { i: proposal() },
        },
      });
      expect(viaGraphql.statusCode).toBe(200);
      expect((await send(limited, proposal(), [], '10.9.9.9')).statusCode).toBe(201);
      const third = await send(limited, proposal(), [], '10.9.9.9');
      expect(third.statusCode).toBe(429);
      expect(third.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
      expect((await send(limited, proposal(), [], '10.9.9.10')).statusCode).toBe(201);
    } finally {
      await limited.close();
    }
  });
});
