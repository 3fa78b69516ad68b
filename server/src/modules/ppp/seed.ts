// Demo data of the PPP portal: the legal documents, priority tasks (published, a draft, a closed one) and proposals
// in every state of the workflow, two of them sent with a PDF brief kept in the document store. Everything goes
// through the service, so the rules and the audit log apply.
import type { EntityManager } from '@mikro-orm/postgresql';
import { checkUpload, type DocumentStore } from '../documents';
import { demoActor } from '../users';
import { demoBriefPdf } from './demo-brief';
import {
  closePriorityTask,
  createLegalDocument,
  createPriorityTask,
  movePppProposal,
  publishPriorityTask,
  submitPppProposal,
} from './service';

const BN = 1_000_000_000n;
/** The demo program stands at the end of November 2026. */
export const DEMO_TODAY = '2026-11-30';

const DOCUMENTS = [
  {
    number: '6100/QĐ-UBND',
    titleVi: 'Kế hoạch thúc đẩy hợp tác công tư trong khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    titleEn: 'Plan to promote public-private partnership in science, technology, innovation and digital transformation',
    issuer: 'UBND Thành phố Hà Nội',
    issuedOn: '2025-12-01',
  },
  {
    number: '30/2025/NQ-HĐND',
    titleVi: 'Nghị quyết về Quỹ Đầu tư mạo hiểm Thành phố Hà Nội',
    titleEn: 'Resolution on the Hanoi Venture Investment Fund',
    issuer: 'HĐND Thành phố Hà Nội',
    issuedOn: '2025-07-04',
  },
  {
    number: '320/2025/NĐ-CP',
    titleVi: 'Nghị định quy định chi tiết Luật Thuế thu nhập doanh nghiệp',
    titleEn: 'Decree detailing the Law on Corporate Income Tax',
    issuer: 'Chính phủ',
    issuedOn: '2025-12-15',
  },
];

const TASKS = [
  {
    titleVi: 'Điều khiển đèn tín hiệu thích ứng tại các nút giao trọng điểm',
    titleEn: 'Adaptive traffic-signal control at key intersections',
    field: 'smart-transport',
    expectedResultVi: 'Giảm ít nhất 20% thời gian chờ tại 20 nút giao trong giờ cao điểm.',
    expectedResultEn: 'At least 20% less waiting time at 20 intersections at rush hour.',
    budgetMin: 5n * BN,
    budgetMax: 15n * BN,
    riskTolerant: true,
    deadline: '2027-03-31',
  },
  {
    titleVi: 'Quan trắc chất lượng không khí chi phí thấp theo phường',
    titleEn: 'Low-cost air-quality monitoring per ward',
    field: 'environment',
    expectedResultVi: 'Mạng cảm biến tại 100 phường, dữ liệu mở cập nhật mỗi 5 phút.',
    expectedResultEn: 'A sensor network in 100 wards, open data every 5 minutes.',
    budgetMin: 3n * BN,
    budgetMax: 8n * BN,
    riskTolerant: true,
    deadline: '2027-02-28',
  },
  {
    titleVi: 'Hồ sơ sức khỏe điện tử liên thông giữa bệnh viện tuyến thành phố',
    titleEn: 'Interoperable electronic health records across city hospitals',
    field: 'digital-health',
    expectedResultVi: 'Liên thông hồ sơ tại 10 bệnh viện, người bệnh tự tra cứu trên điện thoại.',
    expectedResultEn: 'Records shared by 10 hospitals, patients look them up on their phones.',
    budgetMin: 10n * BN,
    budgetMax: 30n * BN,
    riskTolerant: false,
    deadline: '2027-06-30',
  },
  {
    titleVi: 'Học liệu số cho giáo dục nghề nghiệp',
    titleEn: 'Digital learning materials for vocational education',
    field: 'digital-education',
    expectedResultVi: 'Bộ học liệu mở cho 12 nghề trọng điểm.',
    expectedResultEn: 'Open materials for 12 key trades.',
    budgetMin: 1n * BN,
    budgetMax: 4n * BN,
    riskTolerant: false,
    deadline: '2027-09-30',
  },
];

/** The workflow steps each demo proposal has gone through after RECEIVED. */
const PROPOSALS: {
  task: number | null;
  organization: string;
  organizationKind: string;
  contactName: string;
  contactEmail: string;
  title: string;
  summary: string;
  budgetPublic: bigint;
  budgetPrivate: bigint;
  steps: [string, string | null][];
  /** The file name of the PDF brief it is sent with, if any. */
  brief?: string;
}[] = [
  {
    task: 0,
    organization: 'Công ty Cổ phần Giao thông Số Hà Nội',
    organizationKind: 'ENTERPRISE',
    contactName: 'Đỗ Minh Tuấn',
    contactEmail: 'tuan.do@gtso.example',
    title: 'Đèn tín hiệu thích ứng dùng camera và học tăng cường',
    summary:
      'Triển khai thí điểm hệ thống đèn tín hiệu thích ứng tại 5 nút giao quận Cầu Giấy, dữ liệu camera sẵn có, mô hình học tăng cường; doanh nghiệp góp thiết bị và vận hành.',
    budgetPublic: 4n * BN,
    budgetPrivate: 3n * BN,
    brief: 'Thuyết minh đèn tín hiệu thích ứng.pdf',
    steps: [
      ['UNDER_REVIEW', null],
      ['ACCEPTED', 'Phù hợp nhiệm vụ ưu tiên; đề nghị thí điểm có kiểm soát với Sở Xây dựng.'],
    ],
  },
  {
    task: 1,
    organization: 'Viện Môi trường và Tài nguyên',
    organizationKind: 'INSTITUTE',
    contactName: 'Nguyễn Thu Hà',
    contactEmail: 'ha.nguyen@vmt.example',
    title: 'Mạng cảm biến bụi mịn PM2.5 đặt tại trường học',
    summary:
      'Lắp cảm biến PM2.5 tại 100 trường học, dữ liệu mở, cảnh báo cho phụ huynh; viện chịu trách nhiệm hiệu chuẩn, doanh nghiệp đối tác cung cấp thiết bị.',
    budgetPublic: 5n * BN,
    budgetPrivate: 2n * BN,
    brief: 'Thuyết minh mạng cảm biến PM2.5.pdf',
    steps: [['UNDER_REVIEW', null]],
  },
  {
    task: 2,
    organization: 'Công ty TNHH Y tế Số An Khang',
    organizationKind: 'STARTUP',
    contactName: 'Lê Quang Vinh',
    contactEmail: 'vinh.le@ankhang.example',
    title: 'Nền tảng liên thông hồ sơ sức khỏe theo chuẩn HL7 FHIR',
    summary:
      'Xây dựng cổng liên thông hồ sơ sức khỏe theo chuẩn HL7 FHIR giữa các bệnh viện tuyến thành phố, người bệnh tra cứu qua ứng dụng di động.',
    budgetPublic: 12n * BN,
    budgetPrivate: 6n * BN,
    steps: [
      ['UNDER_REVIEW', null],
      ['RETURNED', 'Bổ sung phương án bảo mật dữ liệu cá nhân và cam kết vốn đối ứng của doanh nghiệp.'],
    ],
  },
  {
    task: null,
    organization: 'Công ty Cổ phần Du lịch Ảo Thăng Long',
    organizationKind: 'ENTERPRISE',
    contactName: 'Phan Bích Ngọc',
    contactEmail: 'ngoc.phan@thanglongvr.example',
    title: 'Tham quan ảo Hoàng thành Thăng Long',
    summary:
      'Đề xuất tự do: số hóa 3D khu di tích Hoàng thành Thăng Long, bán vé tham quan ảo, chia sẻ doanh thu với Trung tâm Bảo tồn di sản.',
    budgetPublic: 8n * BN,
    budgetPrivate: 1n * BN,
    steps: [
      ['UNDER_REVIEW', null],
      ['REFUSED', 'Phần vốn ngân sách đề nghị quá cao so với phần vốn tư nhân; không thuộc nhiệm vụ ưu tiên năm 2026.'],
    ],
  },
  {
    task: 3,
    organization: 'Trường Cao đẳng Công nghệ Hà Nội',
    organizationKind: 'UNIVERSITY',
    contactName: 'Vũ Thị Hạnh',
    contactEmail: 'hanh.vu@cdcn.example',
    title: 'Học liệu thực tế ảo cho nghề điện công nghiệp',
    summary:
      'Phát triển bộ học liệu thực tế ảo cho nghề điện công nghiệp, dùng chung cho các trường nghề của thành phố, doanh nghiệp đồng tài trợ thiết bị.',
    budgetPublic: 1n * BN,
    budgetPrivate: 1n * BN,
    steps: [],
  },
];

/** Where the demo's briefs are kept, and the size a kept document may have. */
export interface DemoDocuments {
  store: DocumentStore;
  maxBytes: number;
}

export async function seedDemoPpp(em: EntityManager, context: { documents: DemoDocuments }): Promise<void> {
  const files = context.documents;
  const actor = await demoActor(em);
  const documents = [];
  for (const document of DOCUMENTS) documents.push(await createLegalDocument(em, actor, document));
  const tasks = [];
  for (const task of TASKS) {
    const created = await createPriorityTask(em, actor, {
      ...task,
      legalDocumentIds: [documents[0]!.id, ...(task.riskTolerant ? [documents[1]!.id] : [])],
    });
    await publishPriorityTask(em, actor, created.id, DEMO_TODAY);
    tasks.push(created);
  }
  await createPriorityTask(em, actor, {
    titleVi: 'Nền tảng dữ liệu nông sản an toàn',
    titleEn: 'A data platform for safe farm produce',
    field: 'agritech',
    expectedResultVi: 'Truy xuất nguồn gốc cho 50 hợp tác xã.',
    expectedResultEn: 'Traceability for 50 cooperatives.',
    budgetMin: 2n * BN,
    budgetMax: 5n * BN,
    riskTolerant: true,
    deadline: '2027-12-31',
    legalDocumentIds: [documents[0]!.id],
  });
  for (const { task, steps, brief, ...proposal } of PROPOSALS) {
    // A brief passes the same checks as a submitter's upload (type read from the content, size) before it is kept.
    const attachments = brief
      ? [await checkUpload({ fileName: brief, bytes: await demoBriefPdf(proposal) }, files.maxBytes)]
      : [];
    const receipt = await submitPppProposal(
      em,
      { ...proposal, priorityTaskId: task === null ? null : tasks[task]!.id, locale: 'vi' },
      DEMO_TODAY,
      { store: files.store, attachments },
    );
    const [row] = await em.execute<{ id: string }[]>('select id from ppp_proposals where code = ?', [receipt.code]);
    for (const [to, reason] of steps) await movePppProposal(em, actor, row!.id, to, reason);
  }
  // The education task's call has ended.
  await closePriorityTask(em, actor, tasks[3]!.id);
  // The demo's contacts are invented addresses: their receipt and decision e-mails are not sent.
  await em.execute(`delete from outbox where payload->>'kind' in ('PPP_PROPOSAL_RECEIVED', 'PPP_PROPOSAL_DECIDED')`);
}
