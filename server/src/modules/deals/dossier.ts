// The decision dossier: what an inspector (Thanh tra, Kiểm toán nhà nước) asks for, as one ZIP — a PDF summary
// (the deal, its history, due-diligence findings, the committee's declarations and votes, the rule checks with
// their headroom, the recorded rounds, the audit entries), the same record as JSON, every document, and a
// manifest with the SHA-256 of each file.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import yazl from 'yazl';
import { citationIn, formatVnd, hanoiWallClock } from '@launchpad/shared';
import { renderPdf, type Content } from '../../exports/pdf';
import { auditEntriesFor } from '../audit';
import type { DocumentStore } from '../documents';
import { notFound } from '../../kernel';
import { dealView, type DealView } from './read';

const vnd = (amount: bigint | null | undefined) =>
  amount === null || amount === undefined ? '—' : formatVnd(amount, 'vi');
/** An instant as the Hanoi wall clock (the product's one timezone), labelled so an inspector cannot misread it. */
const day = (iso: string | null) => (iso ? `${hanoiWallClock(new Date(iso))} (giờ Hà Nội)` : '—');

type AuditRow = Awaited<ReturnType<typeof auditEntriesFor>>[number];

function table(headers: string[], rows: (string | number)[][], widths?: (string | number)[]): Content {
  return {
    table: {
      headerRows: 1,
      widths: widths ?? headers.map(() => '*'),
      body: [headers.map((text) => ({ text, bold: true })), ...rows.map((r) => r.map((c) => String(c)))],
    },
    layout: 'lightHorizontalLines',
    fontSize: 8,
    margin: [0, 0, 0, 10],
  };
}

/** One line per rule: its version and citation, the figure after the participation, the limit and the headroom. */
function checksText(result: Record<string, unknown>): string {
  const cash = result.cash as { ok: boolean; headroom: string } | undefined;
  const rules =
    (result.rules as
      | {
          kind: string;
          citation?: string;
          version?: number | null;
          limit?: string;
          current?: string;
          headroom?: string;
          ok?: boolean;
          limitBp?: number;
          source?: string;
        }[]
      | undefined) ?? [];
  const verdict = (ok: boolean | undefined) => (ok === false ? 'KHÔNG ĐẠT' : 'đạt');
  return [
    result.onDate ? `Quy định áp dụng ngày ${String(result.onDate)}` : '',
    cash ? `Tiền mặt ${verdict(cash.ok)}, dư địa ${vnd(BigInt(cash.headroom))}` : '',
    ...rules.map((r) =>
      r.current === undefined
        ? // Kept before rule versions were named: the fund's policy cap only.
          `${r.kind}${r.limitBp !== undefined ? ` = ${r.limitBp}bp` : ''} (${r.source ?? ''})`
        : `${r.kind} ${verdict(r.ok)} — ${r.version ? `phiên bản ${r.version}` : 'chính sách của Quỹ'}, ${citationIn(r.citation ?? '', 'vi')}: ` +
          `hiện ${r.current} / giới hạn ${r.limit}, dư địa ${r.headroom}`,
    ),
  ]
    .filter(Boolean)
    .join('\n');
}

export async function dossierPdf(deal: DealView, audit: AuditRow[], manifest: { path: string; sha256: string }[]) {
  const meeting = deal.meeting;
  const content: Content[] = [
    { text: 'HỒ SƠ QUYẾT ĐỊNH ĐẦU TƯ / INVESTMENT DECISION DOSSIER', style: 'title' },
    { text: `${deal.title}`, fontSize: 13, bold: true, margin: [0, 0, 0, 6] },
    table(
      ['', ''],
      [
        ['Quỹ / Fund', deal.fundName],
        ['Startup', deal.startupName],
        ['Công cụ / Instrument', deal.instrument],
        ['Số tiền đề nghị / Amount asked', vnd(deal.amountAsked)],
        ['Định giá trước / Pre-money', vnd(deal.preMoney)],
        ['Bước hiện tại / Step', deal.step],
        ['Mã hồ sơ / Deal id', deal.id],
      ],
      [150, '*'],
    ),
    { text: 'Lịch sử / History', style: 'h' },
    table(
      ['Thời điểm', 'Từ', 'Đến', 'Người thực hiện', 'Lý do'],
      deal.history.map((h) => [day(h.at), h.from ?? '—', h.to, h.actorEmail ?? 'hệ thống', h.reason ?? '']),
      [80, 60, 70, 80, '*'],
    ),
    { text: 'Thẩm định / Due diligence', style: 'h' },
    table(
      ['Lĩnh vực', 'Kết luận', 'Phát hiện', 'Người ghi'],
      deal.dueDiligence.map((d) => [d.area, d.status, d.finding ?? '', d.updatedBy ?? '']),
      [70, 60, '*', 90],
    ),
    { text: 'Tài liệu / Documents', style: 'h' },
    table(
      ['Tệp', 'Loại', 'Kích thước', 'SHA-256'],
      deal.documents.map((d) => [d.fileName, d.kind, d.size, d.sha256]),
      [100, 70, 50, '*'],
    ),
    { text: 'Hội đồng đầu tư / Investment committee', style: 'h' },
    meeting
      ? ({
          stack: [
            {
              text: `Ngày họp ${meeting.heldOn}; túc số ${meeting.quorum}; kết quả ${meeting.outcome ?? 'chưa quyết định'}; số tiền phê duyệt ${vnd(meeting.approvedAmount)}`,
              margin: [0, 0, 0, 4],
            },
            table(
              ['Thành viên', 'Có mặt', 'Xung đột lợi ích', 'Biểu quyết', 'Lý do'],
              meeting.members.map((m) => [
                m.name,
                m.present ? 'có' : 'vắng',
                m.declaration
                  ? m.declaration.conflicted
                    ? `CÓ: ${m.declaration.statement ?? ''}`
                    : 'không'
                  : 'chưa khai',
                m.vote?.choice ?? '—',
                m.vote?.reason ?? '',
              ]),
              [100, 40, 100, 50, '*'],
            ),
            { text: `Biên bản / Minutes: ${meeting.minutes ?? '—'}`, margin: [0, 0, 0, 10] },
          ],
        } as Content)
      : { text: 'Chưa họp.', margin: [0, 0, 0, 10] },
    { text: 'Kiểm tra quy tắc / Rule checks', style: 'h' },
    deal.decision
      ? table(
          ['Giai đoạn', 'Thời điểm', 'Số tiền', 'Kết quả', 'Chi tiết'],
          deal.decision.checks.map((c) => [
            c.phase,
            day(c.checkedAt),
            vnd(c.amount),
            c.passed ? 'đạt' : 'KHÔNG ĐẠT',
            checksText(c.result),
          ]),
          [55, 70, 70, 45, '*'],
        )
      : { text: 'Không có quyết định đầu tư.', margin: [0, 0, 0, 10] },
    { text: 'Vòng gọi vốn đã ghi / Recorded rounds', style: 'h' },
    table(
      ['Ngày', 'Định giá trước', 'Tổng huy động', 'Phần của Quỹ'],
      (deal.decision?.rounds ?? []).map((r) => [r.date, vnd(r.preMoney), vnd(r.raised), vnd(r.amount)]),
    ),
    { text: 'Nhật ký kiểm toán / Audit entries', style: 'h' },
    table(
      ['#', 'Thời điểm', 'Người', 'Hành động', 'Hash'],
      audit.map((a) => [a.id, day(new Date(a.at).toISOString()), a.actor_email ?? 'hệ thống', a.action, a.hash]),
      [25, 70, 80, 90, '*'],
    ),
    { text: 'Danh mục tệp / Manifest (SHA-256)', style: 'h' },
    table(
      ['Tệp', 'SHA-256'],
      manifest.map((m) => [m.path, m.sha256]),
      [150, '*'],
    ),
  ];
  return renderPdf({
    info: { title: `Dossier ${deal.title}` },
    content,
    styles: {
      title: { fontSize: 15, bold: true, margin: [0, 0, 0, 8] },
      h: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
    },
  });
}

/** The ids the audit log knows this deal's records by. */
function recordIds(deal: DealView): string[] {
  return [
    deal.id,
    ...deal.dueDiligence.map((d) => d.id),
    ...deal.documents.map((d) => d.id),
    ...(deal.meeting ? [deal.meeting.id, ...deal.meeting.members.map((m) => m.id)] : []),
    ...(deal.decision ? [deal.decision.id, ...deal.decision.rounds.map((r) => r.roundId)] : []),
  ];
}

function safeName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120);
}

export interface Dossier {
  fileName: string;
  stream: Readable;
}

/** Builds the dossier ZIP; documents are streamed from the store into it. */
export async function buildDossier(em: EntityManager, store: DocumentStore, dealId: string): Promise<Dossier> {
  const deal = await dealView(em, dealId);
  if (!deal) throw notFound('Deal');
  const audit = await auditEntriesFor(em, recordIds(deal));
  const documents = deal.documents.map((d) => ({
    path: `documents/${d.sha256.slice(0, 12)}-${safeName(d.fileName)}`,
    sha256: d.sha256,
    size: d.size,
    documentId: d.id,
  }));
  const record = Buffer.from(
    JSON.stringify(
      { deal, audit },
      (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
      2,
    ),
  );
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  const recordEntry = { path: 'decision.json', sha256: sha(record), size: record.length, documentId: null };
  const pdf = await dossierPdf(deal, audit, [recordEntry, ...documents]);
  const pdfEntry = { path: 'dossier.pdf', sha256: sha(pdf), size: pdf.length, documentId: null };
  const manifest = {
    dealId: deal.id,
    title: deal.title,
    generatedAt: new Date().toISOString(),
    algorithm: 'SHA-256',
    files: [pdfEntry, recordEntry, ...documents],
  };
  const zip = new yazl.ZipFile();
  zip.addBuffer(pdf, pdfEntry.path);
  zip.addBuffer(record, recordEntry.path);
  for (const d of documents) zip.addReadStream(await store.open(d.sha256), d.path, { size: d.size });
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), 'manifest.json');
  zip.end();
  return { fileName: `dossier-${safeName(deal.title)}.zip`, stream: zip.outputStream as unknown as Readable };
}
