// Refusals of a number outside what a field can hold and of a date after today: structured details (field, bounds,
// reason) that a client can word itself, and the sentence the server answers with in the caller's language.
import { DomainError, ErrorCode } from './errors.js';

/** A number outside the range its field can carry (a GraphQL Int, the VND scalar, a plan's total). */
export const OUT_OF_RANGE = 'OUT_OF_RANGE';
/** A ledger date after Hanoi's today. */
export const DATE_IN_FUTURE = 'DATE_IN_FUTURE';
/** Ending a fund rule kind that has no version in force (never set, or ended already). */
export const RULE_NOT_IN_FORCE = 'RULE_NOT_IN_FORCE';
/** A rule's last day set before the version in force starts (`min` is that version's first day). */
export const BEFORE_VERSION_START = 'BEFORE_VERSION_START';

export type RefusalLanguage = 'vi' | 'en';

/**
 * BAD_USER_INPUT for a number outside [min, max]. Bounds beyond 2^53 travel as decimal strings so JSON keeps them
 * exact.
 */
export function outOfRange(field: string, min: number | bigint, max: number | bigint): DomainError {
  const wire = (bound: number | bigint) =>
    typeof bound === 'bigint' && (bound > BigInt(Number.MAX_SAFE_INTEGER) || bound < -BigInt(Number.MAX_SAFE_INTEGER))
      ? bound.toString()
      : Number(bound);
  const details = { field, min: wire(min), max: wire(max), reason: OUT_OF_RANGE };
  return new DomainError(ErrorCode.BAD_USER_INPUT, refusalSentence(details, 'en')!, details);
}

/** BAD_USER_INPUT for a ledger date after `today`, naming the latest allowed day. */
export function dateInFuture(field: string, today: string): DomainError {
  const details = { field, max: today, reason: DATE_IN_FUTURE };
  return new DomainError(ErrorCode.BAD_USER_INPUT, refusalSentence(details, 'en')!, details);
}

/** BAD_USER_INPUT for ending a rule kind with no version in force. */
export function ruleNotInForce(field: string): DomainError {
  const details = { field, reason: RULE_NOT_IN_FORCE };
  return new DomainError(ErrorCode.BAD_USER_INPUT, refusalSentence(details, 'en')!, details);
}

/** BAD_USER_INPUT for a rule's last day before `firstDay`, the first day of the version in force. */
export function beforeVersionStart(field: string, firstDay: string): DomainError {
  const details = { field, min: firstDay, reason: BEFORE_VERSION_START };
  return new DomainError(ErrorCode.BAD_USER_INPUT, refusalSentence(details, 'en')!, details);
}

const SENTENCES: Record<string, Record<RefusalLanguage, (field: string, d: Record<string, unknown>) => string>> = {
  [OUT_OF_RANGE]: {
    vi: (field, d) => `“${field}” phải là số nguyên từ ${String(d.min)} đến ${String(d.max)}.`,
    en: (field, d) => `“${field}” must be a whole number from ${String(d.min)} to ${String(d.max)}.`,
  },
  [DATE_IN_FUTURE]: {
    vi: (field, d) => `“${field}” không được sau ngày hôm nay (${String(d.max)}): sổ chỉ ghi những gì đã xảy ra.`,
    en: (field, d) => `“${field}” cannot be after today (${String(d.max)}): the ledger records what has happened.`,
  },
  [RULE_NOT_IN_FORCE]: {
    vi: () => 'Quy định này không có phiên bản nào đang có hiệu lực để kết thúc.',
    en: () => 'This rule has no version in force to end.',
  },
  [BEFORE_VERSION_START]: {
    vi: (field, d) => `“${field}” không được trước ngày phiên bản đang có hiệu lực bắt đầu (${String(d.min)}).`,
    en: (field, d) => `“${field}” cannot be before the version in force starts (${String(d.min)}).`,
  },
};

/** Every reason a BAD_USER_INPUT may carry in `extensions.reason`: each has a sentence in both languages here and in the web's catalog. */
export const REFUSAL_REASONS: readonly string[] = Object.keys(SENTENCES);

/** The sentence for a range or future-date refusal in `language`, or null for any other refusal. */
export function refusalSentence(details: Record<string, unknown>, language: RefusalLanguage): string | null {
  const sentence = typeof details.reason === 'string' ? SENTENCES[details.reason]?.[language] : undefined;
  if (!sentence) return null;
  const field =
    typeof details.field === 'string' && details.field ? details.field : language === 'vi' ? 'giá trị' : 'value';
  return sentence(field, details);
}
