// The words of the fund documents in Vietnamese and English: rule kinds, stages, vehicles, exits, the writes a rule
// refused and the loss levels, so a Vietnamese report carries no English code. Figures are formatted by the caller.
import { FUND_RULE_KINDS, formatRuleLimit, type FundRuleKind, type Locale } from '@launchpad/shared';

type Words = Record<string, [vi: string, en: string]>;

const RULE_KIND: Words = {
  STATE_SHARE_OF_CHARTER: ['Tỷ lệ vốn nhà nước trong vốn điều lệ', 'State share of the charter capital'],
  STATE_BUDGET_AMOUNT: ['Mức góp vốn ngân sách', 'State budget contribution'],
  OTHER_MEMBERS_COUNT: ['Số thành viên khác', 'Number of other members'],
  STAKE_PER_STARTUP: ['Tỷ lệ sở hữu tại một startup', 'Stake in one startup'],
  PORTFOLIO_LOSS_THRESHOLD: ['Tổn thất danh mục trong một chu kỳ đầu tư', 'Portfolio losses per investment cycle'],
  INVESTORS_COUNT: ['Số nhà đầu tư', 'Number of investors'],
  PAID_IN_CAPITAL: ['Vốn đã góp', 'Paid-in capital'],
  MEMBER_COMMITMENT: ['Cam kết của thành viên', "The member's commitment"],
};

const STAGE: Words = {
  CONNECTION: ['Kết nối', 'Connection'],
  INCUBATION: ['Ươm tạo', 'Incubation'],
  PLATFORM_BUILDING: ['Xây dựng nền tảng', 'Platform building'],
  SCALING_UP: ['Tăng tốc', 'Scaling up'],
  GRADUATED: ['Đã tốt nghiệp', 'Graduated'],
  DISCONTINUED: ['Đã dừng', 'Discontinued'],
};

const VEHICLE: Words = {
  BCC: ['Hợp đồng hợp tác kinh doanh (BCC)', 'Business cooperation contract (BCC)'],
  COMPANY: ['Công ty quỹ có tư cách pháp nhân', 'Fund company with legal personality'],
};

const EXIT_KIND: Words = {
  EXIT: ['thoái vốn', 'exit'],
  WRITE_OFF: ['xóa sổ', 'write-off'],
};

const ACTION: Words = {
  'fund.commitCapital': ['Cam kết góp vốn', 'Capital commitment'],
  'fund.changeCommitment': ['Thay đổi cam kết', 'Commitment change'],
  'fund.payInCapital': ['Góp vốn', 'Pay-in'],
  'fund.recordFundingRound': ['Đầu tư vào vòng gọi vốn', 'Investment in a funding round'],
};

const LEVEL: Words = {
  OK: ['Trong ngưỡng', 'Within the threshold'],
  WARNING: ['Cảnh báo (≥ 70% ngưỡng)', 'Warning (≥ 70% of the threshold)'],
  CRITICAL: ['Cảnh báo nghiêm trọng (≥ 90% ngưỡng)', 'Critical (≥ 90% of the threshold)'],
  EXCEEDED: ['Vượt ngưỡng', 'Threshold exceeded'],
};

function word(words: Words, key: string, locale: Locale): string {
  const pair = words[key];
  return pair ? pair[locale === 'en' ? 1 : 0] : key;
}

export const ruleKindText = (kind: string, l: Locale) => word(RULE_KIND, kind, l);
export const stageText = (stage: string, l: Locale) => word(STAGE, stage, l);
export const vehicleText = (kind: string, l: Locale) => word(VEHICLE, kind, l);
export const exitKindText = (kind: string, l: Locale) => word(EXIT_KIND, kind, l);
export const actionText = (action: string, l: Locale) => word(ACTION, action, l);
export const levelText = (level: string, l: Locale) => word(LEVEL, level, l);

/** A rule's limit as a person reads it in the document's language (a range for a member count with a minimum). */
export function ruleLimitText(kind: string, limit: string, minimum: string | null, l: Locale): string {
  if (!(FUND_RULE_KINDS as readonly string[]).includes(kind) || !/^\d+$/.test(limit)) return limit;
  return formatRuleLimit(kind as FundRuleKind, BigInt(limit), l, minimum === null ? null : BigInt(minimum));
}
