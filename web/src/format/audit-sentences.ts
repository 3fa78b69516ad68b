// The audit log in words: one sentence per entry in the reader's language, built from the entry and the names the
// server resolved with it (server/src/modules/audit/subjects.ts). Pure, so tests/unit/audit-sentences.test.ts
// walks every action the server records and proves each has a Vietnamese and an English sentence.
import { formatVnd, formatVndCompact } from '@launchpad/shared';
import { formatDate, formatDateTime, formatMonth, type DateLocale } from './dates';
import { AUDIT_PHRASES } from './audit-phrases';

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

/** The sentence of each action: its author, then the action's phrase. */
export const AUDIT_SENTENCES: Record<string, Text> = Object.fromEntries(
  Object.entries(AUDIT_PHRASES).map(([action, [vi, en]]) => [action, { vi: `{actor} ${vi}`, en: `{actor} ${en}` }]),
);

/** The verb phrase of each action, for the action filter: the phrase without its names. */
export function actionLabel(action: string, locale: DateLocale): string {
  const phrase = AUDIT_PHRASES[action];
  if (!phrase) return action;
  const text = phrase[locale === 'vi' ? 0 : 1].replace(/\{[a-z]+\}/g, '…').replace(/“…”/g, '…');
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
