// The demo program's city channels: published priority tasks, proposals in every state of the workflow (two sent
// with a PDF brief kept in the document store), partners, two pilots (one active, one completed with its outcome),
// a startup with R&D expenses and a double-support warning.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { sql } from '../support/fund';
import { pdfText } from '../support/pdf';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ seed: 'demo' });
}, 240_000);

afterAll(async () => {
  await t?.close();
});

describe('the demo program’s channels', () => {
  it('publishes priority tasks and has proposals in each state of the workflow', async () => {
    const tasks = await t.gql<{ priorityTasks: { titleEn: string; legalDocuments: unknown[] }[] }>(
      '{ priorityTasks { titleEn legalDocuments { number } } }',
    );
    expect(tasks.data!.priorityTasks.length).toBeGreaterThanOrEqual(3);
    expect(tasks.data!.priorityTasks.every((task) => task.legalDocuments.length > 0)).toBe(true);
    const states = await sql<{ status: string }>(t, 'select distinct status::text as status from ppp_proposals');
    expect(states.map((s) => s.status).sort()).toEqual(['ACCEPTED', 'RECEIVED', 'REFUSED', 'RETURNED', 'UNDER_REVIEW']);
  });

  it('sends two proposals with a PDF brief that a manager downloads from the document store and reads', async () => {
    const manager = await t.loginAs('INCUBATOR_MANAGER');
    type File = { id: string; fileName: string; mediaType: string; size: number; sha256: string };
    const listed = await t.gql<{ pppProposals: { title: string; organization: string; attachments: File[] }[] }>(
      '{ pppProposals { title organization attachments { id fileName mediaType size sha256 } } }',
      {},
      manager,
    );
    const withFiles = listed.data!.pppProposals.filter((p) => p.attachments.length > 0);
    expect(withFiles.map((p) => p.title).sort()).toEqual([
      'Mạng cảm biến bụi mịn PM2.5 đặt tại trường học',
      'Đèn tín hiệu thích ứng dùng camera và học tăng cường',
    ]);
    for (const proposal of withFiles) {
      expect(proposal.attachments).toHaveLength(1);
      const file = proposal.attachments[0]!;
      expect(file).toMatchObject({
        mediaType: 'application/pdf',
        fileName: expect.stringMatching(/^Thuyết minh .+\.pdf$/),
      });
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/ppp/attachments/${file.id}`,
        headers: { authorization: `Bearer ${manager}` },
      });
      expect(response.statusCode).toBe(200);
      const bytes = response.rawPayload;
      expect(bytes.length).toBe(file.size);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
      const text = await pdfText(bytes);
      expect(text).toContain(proposal.title);
      expect(text).toContain(proposal.organization);
    }
  });

  it('has partners with agreements, two pilots and a founder startup whose R&D dossier is limited by its profit', async () => {
    const board = await t.loginAs('BOARD');
    const partners = await t.gql<{ strategicPartners: { kind: string; agreements: unknown[] }[] }>(
      '{ strategicPartners { kind agreements { title } } }',
      {},
      board,
    );
    expect(new Set(partners.data!.strategicPartners.map((p) => p.kind))).toEqual(
      new Set(['CORPORATION', 'UNIVERSITY', 'INSTITUTE', 'INTERNATIONAL']),
    );
    const pilots = await t.gql<{ pilotAgreements: { status: string; outcome: string | null }[] }>(
      '{ pilotAgreements { status outcome } }',
      {},
      board,
    );
    expect(pilots.data!.pilotAgreements.map((p) => p.status).sort()).toEqual(['ACTIVE', 'COMPLETED']);
    const founder = await t.loginAs('FOUNDER');
    const mine = await t.gql<{ myStartups: { id: string }[] }>('{ myStartups { id } }', {}, founder);
    const dossier = await t.gql<{ rdDossier: Record<string, unknown> }>(
      'query($s: ID!) { rdDossier(startupId: $s, year: 2026) { actualCost preTaxProfit uplift deductible limitedByProfit } }',
      { s: mine.data!.myStartups[0]!.id },
      founder,
    );
    expect(dossier.data!.rdDossier).toEqual({
      actualCost: '560000000',
      preTaxProfit: '410000000',
      uplift: '410000000',
      deductible: '970000000',
      limitedByProfit: true,
    });
    const overview = await t.gql<{ stateSupportOverview: { warnings: unknown[] } }>(
      '{ stateSupportOverview { warnings { costRef } } }',
      {},
      board,
    );
    expect(overview.data!.stateSupportOverview.warnings).toHaveLength(1);
  });
});
