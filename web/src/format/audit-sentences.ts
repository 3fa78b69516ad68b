// The audit log in words: one sentence per entry in the reader's language, built from the entry and the names the
// server resolved with it (server/src/modules/audit/subjects.ts). Pure, so tests/unit/audit-sentences.test.ts
// walks every action the server records and proves each has a Vietnamese and an English sentence.
import { formatVnd, formatVndCompact } from '@launchpad/shared';
import { formatDate, formatDateTime, formatMonth, type DateLocale } from './dates';

export interface AuditSubjectNames {
  name?: string | null;
  startupId?: string | null;
  startupName?: string | null;
  fundId?: string | null;
  fundName?: string | null;
  challengeId?: string | null;
  challengeTitle?: string | null;
  dealId?: string | null;
  dealTitle?: string | null;
  cohortId?: string | null;
  mentorId?: string | null;
  mentorName?: string | null;
}

export interface AuditEntryLike {
  action: string;
  entityType: string;
  entityId?: string | null;
  actorName?: string | null;
  actorEmail?: string | null;
  before?: string | null;
  after?: string | null;
  subject: AuditSubjectNames;
}

/** A piece of a sentence: plain text, or a name with the page that shows it. */
export interface Segment {
  text: string;
  link?: string;
  /** Marks a name (shown in bold) rather than the sentence's own words. */
  name?: boolean;
}

/** Words for codes the sentences quote (stages, deal steps, statuses, KPI metrics): supplied by the page's i18n. */
export type CodeLabel = (group: 'stage' | 'dealStep' | 'status' | 'kpiMetric', code: string) => string;

type Text = { vi: string; en: string };

/**
 * The sentence of each action. Placeholders: {actor} {subject} {startup} {fund} {member} {deal} {challenge}
 * {mentor} {amount} {from} {to} {email} {name} {when} {due} {period} {year} {day} {count} {rating} {metric}
 * {version}.
 */
export const AUDIT_SENTENCES: Record<string, Text> = {
  // Fund ledger
  'fund.create': { vi: '{actor} lập quỹ {fund}', en: '{actor} created the fund {fund}' },
  'fund.commitCapital': {
    vi: '{actor} ghi nhận góp vốn {amount} của {member}',
    en: '{actor} recorded a {amount} contribution from {member}',
  },
  'fund.changeCommitment': {
    vi: '{actor} đổi cam kết góp vốn của {member} thành {amount}',
    en: '{actor} changed the commitment of {member} to {amount}',
  },
  'fund.withdrawCommitment': {
    vi: '{actor} huỷ cam kết góp vốn của {member}',
    en: '{actor} withdrew the commitment of {member}',
  },
  'fund.payInCapital': {
    vi: '{actor} ghi nhận {member} nộp {amount} vốn góp',
    en: '{actor} recorded a {amount} pay-in from {member}',
  },
  'fund.createCapitalCall': {
    vi: '{actor} phát lệnh gọi vốn của {fund}, hạn nộp {due}',
    en: '{actor} issued a capital call of {fund}, due {due}',
  },
  'fund.recordFundingRound': {
    vi: '{actor} ghi nhận vòng gọi vốn {amount} của {startup}',
    en: '{actor} recorded a {amount} funding round of {startup}',
  },
  'fund.issueInvestmentDecision': {
    vi: '{actor} ban hành quyết định đầu tư {amount} vào {startup}',
    en: '{actor} issued a decision to invest {amount} in {startup}',
  },
  'fund.recordValuation': {
    vi: '{actor} định giá {startup} ở mức {amount}',
    en: '{actor} marked {startup} at {amount}',
  },
  'fund.recordExit': {
    vi: '{actor} ghi nhận thoái vốn khỏi {startup}, thu về {amount}',
    en: '{actor} recorded an exit from {startup} returning {amount}',
  },
  'fund.writeOff': {
    vi: '{actor} ghi nhận xoá sổ khoản đầu tư vào {startup}',
    en: '{actor} wrote off the investment in {startup}',
  },
  'fund.addRuleVersion': {
    vi: '{actor} ban hành phiên bản {version} của một quy tắc của {fund}',
    en: '{actor} issued version {version} of a rule of {fund}',
  },
  'fund.setVehicle': {
    vi: '{actor} đặt hình thức pháp lý của {fund}',
    en: '{actor} set the legal vehicle of {fund}',
  },
  // Deals
  'deal.setDueDiligenceAreas': {
    vi: '{actor} đặt các hạng mục thẩm định của {fund}',
    en: '{actor} set the due-diligence areas of {fund}',
  },
  'deal.create': {
    vi: '{actor} mở thương vụ {deal} với {startup}, đề nghị {amount}',
    en: '{actor} opened the deal {deal} with {startup}, asking {amount}',
  },
  'deal.move': {
    vi: '{actor} chuyển thương vụ {deal} từ {from} sang {to}',
    en: '{actor} moved the deal {deal} from {from} to {to}',
  },
  'deal.dueDiligenceFinding': {
    vi: '{actor} ghi kết quả thẩm định cho thương vụ {deal}',
    en: '{actor} recorded a due-diligence finding on {deal}',
  },
  'deal.openCommitteeMeeting': {
    vi: '{actor} mở phiên họp hội đồng đầu tư về {deal}',
    en: '{actor} opened an investment committee meeting on {deal}',
  },
  'deal.declareConflict': {
    vi: '{actor} ghi nhận khai báo xung đột lợi ích của {member} về {deal}',
    en: '{actor} recorded the conflict-of-interest declaration of {member} on {deal}',
  },
  'deal.castVote': {
    vi: '{actor} ghi nhận phiếu biểu quyết của {member} về {deal}',
    en: '{actor} recorded the vote of {member} on {deal}',
  },
  'deal.decide': {
    vi: '{actor} ghi quyết định của hội đồng về {deal}: {to}',
    en: '{actor} recorded the committee’s decision on {deal}: {to}',
  },
  'deal.uploadDocument': {
    vi: '{actor} tải lên tài liệu {subject} cho thương vụ {deal}',
    en: '{actor} uploaded {subject} to the deal {deal}',
  },
  // Startups and their progress
  'startup.created': { vi: '{actor} tạo startup {subject}', en: '{actor} created the startup {subject}' },
  'startup.updated': { vi: '{actor} sửa hồ sơ của {subject}', en: '{actor} edited the profile of {subject}' },
  'startup.moved': {
    vi: '{actor} chuyển {subject} từ {from} sang {to}',
    en: '{actor} moved {subject} from {from} to {to}',
  },
  'startup.cohort_assigned': { vi: '{actor} đổi khoá của {subject}', en: '{actor} changed the cohort of {subject}' },
  'startup.needs_set': {
    vi: '{actor} cập nhật nhu cầu hỗ trợ của {startup}',
    en: '{actor} set the support needs of {startup}',
  },
  'checklist.updated': {
    vi: '{actor} cập nhật danh mục hồ sơ pháp lý của {startup}',
    en: '{actor} updated the legal checklist of {startup}',
  },
  'metric_report.submitted': {
    vi: '{actor} nộp báo cáo {period} của {startup}, doanh thu {amount}',
    en: '{actor} submitted the {period} report of {startup}, revenue {amount}',
  },
  'milestone.created': {
    vi: '{actor} thêm mốc “{subject}” cho {startup}',
    en: '{actor} added the milestone “{subject}” for {startup}',
  },
  'milestone.updated': {
    vi: '{actor} cập nhật mốc “{subject}” của {startup}: {to}',
    en: '{actor} updated the milestone “{subject}” of {startup}: {to}',
  },
  'milestone.verified': {
    vi: '{actor} xác nhận mốc “{subject}” của {startup}',
    en: '{actor} verified the milestone “{subject}” of {startup}',
  },
  'pilot.created': {
    vi: '{actor} ghi nhận thí điểm của {startup} với {subject}',
    en: '{actor} recorded a pilot of {startup} with {subject}',
  },
  'pilot.updated': {
    vi: '{actor} cập nhật thí điểm của {startup} với {subject}',
    en: '{actor} updated the pilot of {startup} with {subject}',
  },
  'state-support.recorded': {
    vi: '{actor} ghi nhận hỗ trợ nhà nước {amount} cho {startup}',
    en: '{actor} recorded {amount} of state support to {startup}',
  },
  'rd-expense.recorded': {
    vi: '{actor} ghi nhận chi phí nghiên cứu – phát triển {amount} của {startup}',
    en: '{actor} recorded {amount} of R&D spending by {startup}',
  },
  'rd-profit.reported': {
    vi: '{actor} báo cáo lợi nhuận trước thuế năm {year} của {startup}: {amount}',
    en: '{actor} reported the {year} pre-tax profit of {startup}: {amount}',
  },
  // Programme, cohorts, sectors, targets
  'program.created': { vi: '{actor} tạo chương trình {subject}', en: '{actor} created the programme {subject}' },
  'program.gates_changed': {
    vi: '{actor} sửa điều kiện chuyển giai đoạn của {subject}',
    en: '{actor} changed the stage gates of {subject}',
  },
  'program.report_due_day_set': {
    vi: '{actor} đặt hạn nộp báo cáo của {subject} là ngày {day} hằng tháng',
    en: '{actor} set the report due day of {subject} to day {day} of each month',
  },
  'cohort.created': { vi: '{actor} mở khoá {subject}', en: '{actor} opened the cohort {subject}' },
  'cohort.updated': { vi: '{actor} sửa khoá {subject}', en: '{actor} edited the cohort {subject}' },
  'sector.created': { vi: '{actor} thêm lĩnh vực {name}', en: '{actor} added the sector {name}' },
  'sector.renamed': { vi: '{actor} đổi tên lĩnh vực thành {name}', en: '{actor} renamed a sector to {name}' },
  'kpi.target_updated': { vi: '{actor} sửa kế hoạch chỉ tiêu {metric}', en: '{actor} changed the plan for {metric}' },
  // Problem statements, applications and reviews
  'challenge.created': { vi: '{actor} tạo bài toán {subject}', en: '{actor} created the problem statement {subject}' },
  'challenge.updated': { vi: '{actor} sửa bài toán {subject}', en: '{actor} edited the problem statement {subject}' },
  'challenge.published': {
    vi: '{actor} công bố bài toán {subject}',
    en: '{actor} published the problem statement {subject}',
  },
  'challenge.closed': { vi: '{actor} đóng bài toán {subject}', en: '{actor} closed the problem statement {subject}' },
  'challenge.rubric_levels_set': {
    vi: '{actor} đặt thang điểm cho một tiêu chí của {challenge}',
    en: '{actor} set the rubric levels of a criterion of {challenge}',
  },
  'application.submitted': {
    vi: '{actor} nộp hồ sơ {subject} cho bài toán {challenge}',
    en: '{actor} submitted the application {subject} to {challenge}',
  },
  'application.scored': { vi: '{actor} chấm điểm hồ sơ {subject}', en: '{actor} scored the application {subject}' },
  'application.feedback_set': {
    vi: '{actor} viết nhận xét cho hồ sơ {subject}',
    en: '{actor} wrote feedback for the application {subject}',
  },
  'application.selected': {
    vi: '{actor} chọn đội {subject} của bài toán {challenge} vào chương trình',
    en: '{actor} selected the team {subject} from {challenge} into the programme',
  },
  'application.appealed': {
    vi: '{actor} khiếu nại kết quả của hồ sơ {subject}',
    en: '{actor} appealed the result of the application {subject}',
  },
  'application.appeal_answered': {
    vi: '{actor} trả lời khiếu nại của hồ sơ {subject}',
    en: '{actor} answered the appeal of the application {subject}',
  },
  'review.assigned': {
    vi: '{actor} phân công người chấm cho {challenge}',
    en: '{actor} assigned reviewers to {challenge}',
  },
  'review.declared': {
    vi: '{actor} khai báo xung đột lợi ích trước khi chấm hồ sơ {subject}',
    en: '{actor} declared conflicts of interest before reviewing the application {subject}',
  },
  'review.shortlisted': {
    vi: '{actor} chọn {count} hồ sơ vào vòng trong của {challenge}',
    en: '{actor} shortlisted {count} applications of {challenge}',
  },
  'review.winners': {
    vi: '{actor} công bố {count} đội thắng của {challenge}',
    en: '{actor} named {count} winners of {challenge}',
  },
  'review.decisions_sent': {
    vi: '{actor} gửi kết quả tới {count} hồ sơ của {challenge}',
    en: '{actor} sent the results to {count} applications of {challenge}',
  },
  // Public–private partnership
  'legal-document.created': {
    vi: '{actor} thêm văn bản pháp lý {subject}',
    en: '{actor} added the legal document {subject}',
  },
  'priority-task.created': {
    vi: '{actor} tạo nhiệm vụ ưu tiên {subject}',
    en: '{actor} created the priority task {subject}',
  },
  'priority-task.updated': {
    vi: '{actor} sửa nhiệm vụ ưu tiên {subject}',
    en: '{actor} edited the priority task {subject}',
  },
  'priority-task.published': {
    vi: '{actor} công bố nhiệm vụ ưu tiên {subject}',
    en: '{actor} published the priority task {subject}',
  },
  'priority-task.closed': {
    vi: '{actor} đóng nhiệm vụ ưu tiên {subject}',
    en: '{actor} closed the priority task {subject}',
  },
  'ppp-proposal.submitted': {
    vi: '{actor} gửi đề xuất hợp tác công – tư {subject}',
    en: '{actor} submitted the public–private proposal {subject}',
  },
  'ppp-proposal.moved': {
    vi: '{actor} chuyển đề xuất hợp tác công – tư {subject} sang {to}',
    en: '{actor} moved the public–private proposal {subject} to {to}',
  },
  'ppp-proposal.converted': {
    vi: '{actor} kết luận đề xuất hợp tác công – tư {subject}: {to}',
    en: '{actor} concluded the public–private proposal {subject}: {to}',
  },
  'partner.created': {
    vi: '{actor} thêm đối tác chiến lược {subject}',
    en: '{actor} added the strategic partner {subject}',
  },
  'partner.updated': {
    vi: '{actor} sửa thông tin đối tác chiến lược {subject}',
    en: '{actor} edited the strategic partner {subject}',
  },
  'partner.agreement-added': {
    vi: '{actor} thêm thoả thuận với đối tác {subject}',
    en: '{actor} added an agreement with {subject}',
  },
  // Mentors
  'mentor.invited': { vi: '{actor} mời cố vấn {subject}', en: '{actor} invited the mentor {subject}' },
  'mentor.updated': { vi: '{actor} sửa hồ sơ cố vấn {subject}', en: '{actor} edited the mentor profile of {subject}' },
  'mentor.assigned': {
    vi: '{actor} giao cố vấn {mentor} cho {startup}',
    en: '{actor} assigned the mentor {mentor} to {startup}',
  },
  'mentor.assignment_ended': {
    vi: '{actor} kết thúc việc cố vấn {mentor} hỗ trợ {startup}',
    en: '{actor} ended the mentoring of {startup} by {mentor}',
  },
  'office_hours.published': {
    vi: '{actor} mở giờ tư vấn của {mentor} lúc {when}',
    en: '{actor} published office hours of {mentor} at {when}',
  },
  'office_hours.withdrawn': {
    vi: '{actor} rút một giờ tư vấn của {mentor}',
    en: '{actor} withdrew office hours of {mentor}',
  },
  'office_hours.booked': {
    vi: '{actor} đặt giờ tư vấn với {mentor} cho {startup}',
    en: '{actor} booked office hours with {mentor} for {startup}',
  },
  'office_hours.cancelled': {
    vi: '{actor} huỷ một buổi tư vấn với {mentor}',
    en: '{actor} cancelled a session with {mentor}',
  },
  'office_hours.notes_written': {
    vi: '{actor} ghi biên bản buổi tư vấn với {mentor}',
    en: '{actor} wrote the notes of a session with {mentor}',
  },
  'office_hours.rated': {
    vi: '{actor} chấm {rating}/5 cho buổi tư vấn với {mentor}',
    en: '{actor} rated a session with {mentor} {rating}/5',
  },
  // Accounts and invitations
  'user.created': { vi: '{actor} tạo tài khoản cho {subject}', en: '{actor} created an account for {subject}' },
  'user.active_changed': {
    vi: '{actor} đổi trạng thái tài khoản của {subject}: {to}',
    en: '{actor} changed the account of {subject}: {to}',
  },
  'user.password_changed': { vi: '{actor} đổi mật khẩu của mình', en: '{actor} changed their password' },
  'user.password_reset': {
    vi: '{actor} đặt lại mật khẩu của {subject}',
    en: '{actor} reset the password of {subject}',
  },
  'invitation.created': { vi: '{actor} gửi lời mời tới {email}', en: '{actor} sent an invitation to {email}' },
  'invitation.accepted': { vi: '{actor} nhận lời mời ({email})', en: '{actor} accepted an invitation ({email})' },
};

/** The verb phrase of each action, for the action filter: the sentence without its names. */
export function actionLabel(action: string, locale: DateLocale): string {
  const template = AUDIT_SENTENCES[action];
  if (!template) return action;
  const text = template[locale]
    .replace(/^\{actor\}\s*/, '')
    .replace(/\{[a-z]+\}/g, '…')
    .replace(/“…”/g, '…');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The kinds of record, as the subject-type filter names them. */
export const ENTITY_NOUNS: Record<string, Text> = {
  Startup: { vi: 'Startup', en: 'Startup' },
  Fund: { vi: 'Quỹ', en: 'Fund' },
  FundVehicle: { vi: 'Hình thức pháp lý của quỹ', en: 'Fund vehicle' },
  FundRule: { vi: 'Quy tắc của quỹ', en: 'Fund rule' },
  Commitment: { vi: 'Cam kết góp vốn', en: 'Capital commitment' },
  CapitalPayment: { vi: 'Khoản nộp vốn', en: 'Capital pay-in' },
  CapitalCall: { vi: 'Lệnh gọi vốn', en: 'Capital call' },
  FundingRound: { vi: 'Vòng gọi vốn', en: 'Funding round' },
  ValuationMark: { vi: 'Định giá', en: 'Valuation' },
  Exit: { vi: 'Thoái vốn', en: 'Exit' },
  InvestmentDecision: { vi: 'Quyết định đầu tư', en: 'Investment decision' },
  Deal: { vi: 'Thương vụ', en: 'Deal' },
  DdItem: { vi: 'Hạng mục thẩm định', en: 'Due-diligence item' },
  CommitteeMeeting: { vi: 'Phiên họp hội đồng', en: 'Committee meeting' },
  CommitteeMember: { vi: 'Thành viên hội đồng', en: 'Committee member' },
  DealDocument: { vi: 'Tài liệu thương vụ', en: 'Deal document' },
  Challenge: { vi: 'Bài toán', en: 'Problem statement' },
  Application: { vi: 'Hồ sơ dự thi', en: 'Application' },
  Cohort: { vi: 'Khoá', en: 'Cohort' },
  Program: { vi: 'Chương trình', en: 'Programme' },
  User: { vi: 'Tài khoản', en: 'Account' },
  MentorProfile: { vi: 'Cố vấn', en: 'Mentor' },
  OfficeHourSlot: { vi: 'Giờ tư vấn', en: 'Office hours' },
  Milestone: { vi: 'Mốc', en: 'Milestone' },
  PilotAgreement: { vi: 'Thí điểm', en: 'Pilot' },
  RdExpense: { vi: 'Chi phí R&D', en: 'R&D expense' },
  StrategicPartner: { vi: 'Đối tác chiến lược', en: 'Strategic partner' },
  LegalDocument: { vi: 'Văn bản pháp lý', en: 'Legal document' },
  PriorityTask: { vi: 'Nhiệm vụ ưu tiên', en: 'Priority task' },
  PppProposal: { vi: 'Đề xuất hợp tác công – tư', en: 'Public–private proposal' },
  Sector: { vi: 'Lĩnh vực', en: 'Sector' },
  KpiTarget: { vi: 'Chỉ tiêu', en: 'Target' },
  Invitation: { vi: 'Lời mời', en: 'Invitation' },
};

export const entityNoun = (type: string, locale: DateLocale) => ENTITY_NOUNS[type]?.[locale] ?? type;

/** Writes by nobody signed in that come from the public forms: their author is a public applicant. */
export const PUBLIC_ACTIONS = new Set(['application.submitted', 'application.appealed', 'ppp-proposal.submitted']);

const PEOPLE: Record<'public' | 'system', Text> = {
  public: { vi: 'Người nộp hồ sơ công khai', en: 'A public applicant' },
  system: { vi: 'Hệ thống', en: 'The system' },
};

const MONEY_KEYS = [
  'amount',
  'raised',
  'value',
  'proceeds',
  'approvedAmount',
  'amountAsked',
  'revenue',
  'preTaxProfit',
];
const STEP_KEYS = ['stage', 'step', 'status', 'outcome', 'active'] as const;

export function parseJson(text: string | null | undefined): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: text };
  }
}

const asText = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null;

/** Links to the pages that show a record (BOARD and ADMIN may open each). */
export const AUDIT_LINKS = {
  startup: (id: string) => `/program/startups/${id}`,
  fund: (id: string) => `/fund/${id}`,
  deal: (id: string) => `/deals/${id}`,
  challenge: (id: string) => `/program/applications/${id}`,
  cohort: (id: string) => `/program/cohorts/${id}`,
  mentor: (id: string) => `/mentors/${id}`,
};

/** The page of the entry's own record, where there is one. */
function subjectLink(entry: AuditEntryLike): string | undefined {
  const s = entry.subject;
  switch (entry.entityType) {
    case 'Cohort':
      return s.cohortId ? AUDIT_LINKS.cohort(s.cohortId) : undefined;
    case 'MentorProfile':
    case 'OfficeHourSlot':
      return s.mentorId ? AUDIT_LINKS.mentor(s.mentorId) : undefined;
    case 'Challenge':
    case 'Application':
    case 'PppProposal':
      return s.challengeId ? AUDIT_LINKS.challenge(s.challengeId) : undefined;
  }
  if (s.dealId) return AUDIT_LINKS.deal(s.dealId);
  if (s.startupId) return AUDIT_LINKS.startup(s.startupId);
  if (s.fundId) return AUDIT_LINKS.fund(s.fundId);
  return undefined;
}

function stepLabel(
  key: (typeof STEP_KEYS)[number],
  value: unknown,
  action: string,
  label: CodeLabel,
  locale: DateLocale,
) {
  if (key === 'active')
    return value ? (locale === 'vi' ? 'đang hoạt động' : 'active') : locale === 'vi' ? 'bị khoá' : 'deactivated';
  const code = asText(value);
  if (!code) return null;
  if (key === 'stage') return label('stage', code);
  if (key === 'step' || action.startsWith('deal.')) return label('dealStep', code);
  return label('status', code);
}

/** The state named by {from} (before) or {to} (after): a stage, deal step, status, outcome or account state. */
function state(record: Record<string, unknown> | null, action: string, label: CodeLabel, locale: DateLocale) {
  if (!record) return null;
  for (const key of STEP_KEYS) if (key in record) return stepLabel(key, record[key], action, label, locale);
  return null;
}

/** The entry as a sentence, in pieces so the page can link the names. */
export function auditSentence(entry: AuditEntryLike, locale: DateLocale, label: CodeLabel): Segment[] {
  const after = parseJson(entry.after);
  const before = parseJson(entry.before);
  const s = entry.subject;
  const money = MONEY_KEYS.map((key) => after?.[key]).find((v) => typeof v === 'string' && /^-?\d+$/.test(v));
  const ids = after?.ids;
  const count = Array.isArray(ids) ? ids.length : (after?.applications ?? after?.assignments);
  const subjectName = s.name ?? entityNoun(entry.entityType, locale).toLocaleLowerCase(locale);
  const actor =
    entry.actorName ??
    entry.actorEmail ??
    (PUBLIC_ACTIONS.has(entry.action) ? PEOPLE.public[locale] : PEOPLE.system[locale]);
  const name = (text: string | null | undefined, link?: string): Segment | null =>
    text ? { text, name: true, ...(link ? { link } : {}) } : null;
  const plain = (text: string | null | undefined): Segment | null => (text ? { text } : null);

  const values: Record<string, Segment | null> = {
    actor: name(actor),
    subject: name(subjectName, subjectLink(entry)),
    startup: name(s.startupName, s.startupId ? AUDIT_LINKS.startup(s.startupId) : undefined),
    fund: name(
      s.fundName ?? (entry.entityType === 'Fund' ? s.name : null),
      s.fundId ? AUDIT_LINKS.fund(s.fundId) : undefined,
    ),
    member: name(
      asText(after?.memberName) ?? asText(after?.member) ?? s.name,
      s.dealId ? AUDIT_LINKS.deal(s.dealId) : s.fundId ? AUDIT_LINKS.fund(s.fundId) : undefined,
    ),
    deal: name(s.dealTitle, s.dealId ? AUDIT_LINKS.deal(s.dealId) : undefined),
    challenge: name(s.challengeTitle, s.challengeId ? AUDIT_LINKS.challenge(s.challengeId) : undefined),
    mentor: name(s.mentorName, s.mentorId ? AUDIT_LINKS.mentor(s.mentorId) : undefined),
    amount: plain(typeof money === 'string' ? formatVndCompact(BigInt(money), locale) : null),
    from: plain(state(before, entry.action, label, locale)),
    to: plain(state(after, entry.action, label, locale)),
    email: plain(asText(after?.email)),
    name: name(asText(after?.[locale === 'vi' ? 'nameVi' : 'nameEn']) ?? asText(after?.name) ?? s.name),
    when: plain(asText(after?.startsAt) ? formatDateTime(asText(after?.startsAt)!, locale) : null),
    due: plain(asText(after?.dueDate) ? formatDate(asText(after?.dueDate)!, locale) : null),
    period: plain(asText(after?.period) ? formatMonth(asText(after?.period)!, locale) : null),
    year: plain(asText(after?.year)),
    day: plain(asText(after?.dueDay)),
    count: plain(asText(count)),
    rating: plain(asText(after?.rating)),
    metric: name(entry.entityId ? label('kpiMetric', entry.entityId) : null),
    version: plain(asText(after?.version)),
  };

  const template = AUDIT_SENTENCES[entry.action]?.[locale] ?? `{actor} · ${entry.action} · {subject}`;
  const segments: Segment[] = [];
  for (const part of template.split(/(\{[a-z]+\})/)) {
    if (!part) continue;
    const key = /^\{([a-z]+)\}$/.exec(part)?.[1];
    if (!key) segments.push({ text: part });
    else segments.push(values[key] ?? { text: '—' });
  }
  return segments;
}

/** The sentence as plain text (for screen readers' summaries and tests). */
export const sentenceText = (segments: Segment[]) => segments.map((segment) => segment.text).join('');

/** One changed field, formatted for the reader. */
export interface FieldChange {
  key: string;
  before: string | null;
  after: string | null;
}

const MONEY_FIELD =
  /^(amount|raised|value|proceeds|approvedAmount|amountAsked|revenue|preTaxProfit|preMoney|paidIn|commitmentPaidIn|committed|invested|charterCapital|stateCommitted|distributed|limit)$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function formatValue(key: string, value: unknown, locale: DateLocale): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? (locale === 'vi' ? 'có' : 'yes') : locale === 'vi' ? 'không' : 'no';
  if (typeof value === 'string') {
    if (MONEY_FIELD.test(key.split('.').at(-1)!) && /^-?\d+$/.test(value)) return formatVnd(BigInt(value), locale);
    if (DAY.test(value)) return formatDate(value, locale);
    if (INSTANT.test(value)) return formatDateTime(value, locale);
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.join(', ');
  return JSON.stringify(value);
}

/** Flattens one level of nested objects (`fund.committed`) so each figure shows as its own line. */
function flatten(record: Record<string, unknown> | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record ?? {})) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, v] of Object.entries(value as Record<string, unknown>)) out[`${key}.${inner}`] = v;
    } else out[key] = value;
  }
  return out;
}

/**
 * Ids are shown as names in the sentence, and `rules` (the limit checks a ledger write passed) is the fund page's
 * business; the before/after view lists what a reader can compare.
 */
const HIDDEN = /(^|\.)(id|ids|[a-zA-Z]+Id|[a-zA-Z]+Ids|sha256)$|^rules$/;

/** The fields that differ between before and after, old → new, formatted (money, dates, yes/no). */
export function auditChanges(before: string | null | undefined, after: string | null | undefined, locale: DateLocale) {
  const was = flatten(parseJson(before));
  const now = flatten(parseJson(after));
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((key) => !HIDDEN.test(key));
  return keys
    .filter((key) => JSON.stringify(was[key]) !== JSON.stringify(now[key]))
    .map((key): FieldChange => ({
      key,
      before: key in was ? formatValue(key, was[key], locale) : null,
      after: key in now ? formatValue(key, now[key], locale) : null,
    }));
}
