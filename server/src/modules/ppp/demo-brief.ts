// The one-page brief a demo proposal is sent with: a real PDF, written from the proposal itself, so the managers'
// review shows an attachment to download and read.
import { formatVnd } from '@launchpad/shared';
import { renderPdf } from '../../exports/pdf';

export interface BriefSource {
  organization: string;
  contactName: string;
  title: string;
  summary: string;
  budgetPublic: bigint;
  budgetPrivate: bigint;
}

export function demoBriefPdf(proposal: BriefSource): Promise<Buffer> {
  return renderPdf({
    info: { title: `Thuyết minh đề xuất: ${proposal.title}`, author: proposal.organization },
    content: [
      { text: 'THUYẾT MINH ĐỀ XUẤT HỢP TÁC CÔNG – TƯ', bold: true, fontSize: 13, margin: [0, 0, 0, 12] },
      { text: proposal.title, bold: true, fontSize: 12, margin: [0, 0, 0, 8] },
      { text: `Tổ chức đề xuất: ${proposal.organization}` },
      { text: `Người liên hệ: ${proposal.contactName}`, margin: [0, 0, 0, 8] },
      { text: 'Nội dung', bold: true, margin: [0, 0, 0, 4] },
      { text: proposal.summary, margin: [0, 0, 0, 8] },
      { text: 'Kinh phí', bold: true, margin: [0, 0, 0, 4] },
      {
        ul: [
          `Ngân sách thành phố: ${formatVnd(proposal.budgetPublic, 'vi')}`,
          `Vốn đối ứng của tổ chức: ${formatVnd(proposal.budgetPrivate, 'vi')}`,
        ],
      },
    ],
  });
}
