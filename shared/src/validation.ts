// Input validation shared by server (enforcement) and web (form feedback); each refusal is badInput(field, …).
import { badInput } from './errors.js';
import { dateInFuture } from './refusals.js';
import { isValidIsoDate } from './kpi.js';

// C0 and C1 control characters; tab and line breaks only where multi-line text is allowed.
const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_CHARS_EXCEPT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export type TextRules = {
  /** Minimum length in characters after trimming; default 1. */
  min?: number;
  /** Maximum length in characters after trimming; default 1000. */
  max?: number;
  /** Allow line breaks and tabs (reasons, descriptions); default false. */
  multiline?: boolean;
};

/** Trims and checks a required text; refuses a non-string, empty, too short/long or control-character text. */
export function requireText(field: string, value: unknown, rules: TextRules = {}): string {
  const { min = 1, max = 1000, multiline = false } = rules;
  if (typeof value !== 'string') throw badInput(field, `${field} is required.`);
  const text = value.trim();
  if (text.length === 0) throw badInput(field, `${field} must not be empty.`);
  const length = [...text].length;
  if (length < min) throw badInput(field, `${field} must be at least ${min} characters long.`);
  if (length > max) throw badInput(field, `${field} must be at most ${max} characters long.`);
  if ((multiline ? CONTROL_CHARS_EXCEPT_LINES : CONTROL_CHARS).test(text)) {
    throw badInput(field, `${field} must not contain control characters.`);
  }
  return text;
}

/** Like requireText, but null/undefined/blank yields null. */
export function optionalText(field: string, value: unknown, rules: TextRules = {}): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return requireText(field, value, rules);
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A trimmed, lower-cased e-mail address (so logins match regardless of case), at most 254 characters. */
export function requireEmail(field: string, value: unknown): string {
  const text = requireText(field, value, { max: 254 }).toLowerCase();
  if (!EMAIL.test(text)) throw badInput(field, `${field} must be an e-mail address like name@example.com.`);
  return text;
}

/** A real calendar date as 'YYYY-MM-DD'. */
export function requireDate(field: string, value: unknown): string {
  if (typeof value !== 'string' || !isValidIsoDate(value)) {
    throw badInput(field, `${field} must be a real date written as YYYY-MM-DD.`);
  }
  return value;
}

/**
 * A real calendar date that has already come: the ledger records what has happened, so a
 * day after Hanoi's `today` is refused, naming the field and the latest allowed day.
 */
export function requirePastDate(field: string, value: unknown, today: string): string {
  const date = requireDate(field, value);
  if (date > today) throw dateInFuture(field, today);
  return date;
}

/** One of the allowed values, exactly. */
export function requireEnum<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw badInput(field, `${field} must be one of: ${allowed.join(', ')}.`);
  }
  return value as T;
}

/** A strictly positive VND amount (commitments, payments, participations). */
export function requirePositiveVnd(field: string, amount: bigint): bigint {
  if (amount <= 0n) throw badInput(field, `${field} must be more than 0 dong.`);
  return amount;
}
