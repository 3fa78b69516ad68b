// The R&D dossier for the tax authority: the year's expense lines and the deduction, as a PDF (the one PDF writer)
// and as CSV (the one CSV writer), in the caller's language.
import { formatVnd } from '@launchpad/shared';
import { toCsv } from '../../exports/csv';
import { inLanguage, type Language } from '../../exports/language';
import { renderPdf, type Content } from '../../exports/pdf';
import type { RdDossierView } from './read';

const CATEGORY: Record<string, { vi: string; en: string }> = {
  STAFF: { vi: 'Nhân lực nghiên cứu', en: 'Research staff' },
  MATERIALS: { vi: 'Nguyên vật liệu', en: 'Materials' },
  EQUIPMENT_DEPRECIATION: { vi: 'Khấu hao thiết bị', en: 'Equipment depreciation' },
  OUTSOURCED_RESEARCH: { vi: 'Thuê nghiên cứu bên ngoài', en: 'Outsourced research' },
  TESTING: { vi: 'Thử nghiệm, kiểm định', en: 'Testing and certification' },
  INTELLECTUAL_PROPERTY: { vi: 'Sở hữu trí tuệ', en: 'Intellectual property' },
  OTHER: { vi: 'Khác', en: 'Other' },
};

type Labels = Record<
  'title' | 'basis' | 'actual' | 'profit' | 'notReported' | 'cap' | 'uplift' | 'deductible' | 'limited' | 'year',
  string
> & { header: string[] };

const LABELS: { vi: Labels; en: Labels } = {
  vi: {
    title: 'Hồ sơ chi phí nghiên cứu và phát triển',
    basis: 'Căn cứ: Luật Thuế TNDN số 67/2025/QH15; Nghị định 320/2025/NĐ-CP, Điều 9(1)(a); Nghị định 265/2025/NĐ-CP.',
    header: ['Ngày', 'Loại chi phí', 'Số hóa đơn', 'Nội dung', 'Số tiền (đồng)', 'Chứng từ'],
    actual: 'Chi phí thực tế',
    profit: 'Lợi nhuận trước thuế đã kê khai',
    notReported: 'chưa kê khai',
    cap: 'Mức tối đa theo tỷ lệ 200%',
    uplift: 'Phần trừ thêm',
    deductible: 'Chi phí được trừ',
    limited: 'Phần trừ thêm bị giới hạn để doanh nghiệp không bị lỗ sau khi trừ thêm.',
    year: 'Năm tính thuế',
  },
  en: {
    title: 'Research and development expense dossier',
    basis: 'Basis: Law 67/2025/QH15 on CIT; Decree 320/2025/NĐ-CP, Art. 9(1)(a); Decree 265/2025/NĐ-CP.',
    header: ['Date', 'Category', 'Invoice number', 'Description', 'Amount (VND)', 'Document'],
    actual: 'Actual cost',
    profit: 'Reported pre-tax profit',
    notReported: 'not reported',
    cap: 'Maximum at the 200% rate',
    uplift: 'Uplift',
    deductible: 'Deductible cost',
    limited: 'The uplift is limited so that the enterprise is not in a loss after it.',
    year: 'Tax year',
  },
};

function totals(d: RdDossierView, language: Language): [string, string][] {
  const t = inLanguage(language, LABELS);
  const locale = language === 'EN' ? 'en' : 'vi';
  return [
    [t.actual, formatVnd(d.actualCost, locale)],
    [t.profit, d.preTaxProfit === null ? t.notReported : formatVnd(d.preTaxProfit, locale)],
    [t.cap, formatVnd(d.capAtRate, locale)],
    [t.uplift, formatVnd(d.uplift, locale)],
    [t.deductible, formatVnd(d.deductible, locale)],
  ];
}

export function rdDossierCsv(d: RdDossierView, language: Language): string {
  const t = inLanguage(language, LABELS);
  const rows = d.lines.map((line) => [
    line.date,
    inLanguage(language, CATEGORY[line.category]!),
    line.invoiceNumber,
    line.description,
    line.amount,
    line.documentRef ?? '',
  ]);
  const summary = [
    [t.actual, d.actualCost],
    [t.profit, d.preTaxProfit ?? ''],
    [t.cap, d.capAtRate],
    [t.uplift, d.uplift],
    [t.deductible, d.deductible],
  ].map(([label, value]) => ['', '', '', label, value, '']);
  return toCsv(t.header, [...rows, ...summary]);
}

export async function rdDossierPdf(d: RdDossierView, language: Language): Promise<Buffer> {
  const t = inLanguage(language, LABELS);
  const locale = language === 'EN' ? 'en' : 'vi';
  const content: Content[] = [
    { text: t.title, fontSize: 16, bold: true, margin: [0, 0, 0, 6] },
    { text: `${d.startupName} — ${t.year} ${d.year}`, fontSize: 12, margin: [0, 0, 0, 4] },
    { text: t.basis, italics: true, margin: [0, 0, 0, 10] },
    {
      table: {
        headerRows: 1,
        widths: [55, 80, 65, '*', 75, 60],
        body: [
          t.header.map((h) => ({ text: h, bold: true })),
          ...d.lines.map((line) => [
            line.date,
            inLanguage(language, CATEGORY[line.category]!),
            line.invoiceNumber,
            line.description,
            { text: formatVnd(line.amount, locale), alignment: 'right' as const },
            line.documentRef ?? '',
          ]),
        ],
      },
      fontSize: 8,
      margin: [0, 0, 0, 12],
    },
    {
      table: {
        widths: ['*', 140],
        body: totals(d, language).map(([label, value]) => [label, { text: value, alignment: 'right' as const }]),
      },
      layout: 'lightHorizontalLines',
    },
  ];
  if (d.limitedByProfit) content.push({ text: t.limited, margin: [0, 8, 0, 0] });
  return renderPdf({ content, info: { title: `${t.title} — ${d.startupName} ${d.year}` } });
}
