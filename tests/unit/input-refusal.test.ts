// A number out of range, a date after today or a fund rule that cannot end so is shown to the reader in vi or en,
// with the field and bounds the server sent in `extensions` (days in the reader's date format) — not the server's
// English sentence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inputRefusalText } from '../../web/src/composables/input-refusal';

type Messages = { errors: Record<string, string> };
const load = (lang: 'vi' | 'en') =>
  JSON.parse(readFileSync(new URL(`../../web/src/i18n/${lang}.json`, import.meta.url), 'utf8')) as Messages;

/** vue-i18n's named interpolation, enough for these messages. */
const translator =
  (messages: Messages) =>
  (key: string, values: Record<string, unknown> = {}) => {
    const template = messages.errors[key.replace(/^errors\./, '')];
    if (!template) throw new Error(`missing message ${key}`);
    return template.replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name]));
  };

describe('refusals of a number or a date, in the reader’s language', () => {
  const outOfRange = {
    code: 'BAD_USER_INPUT',
    field: 'customers',
    min: -2147483648,
    max: 2147483647,
    reason: 'OUT_OF_RANGE',
  };
  const future = { code: 'BAD_USER_INPUT', field: 'date', max: '2026-03-10', reason: 'DATE_IN_FUTURE' };

  it('names the field and the range in Vietnamese and in English', () => {
    const vi = inputRefusalText(outOfRange, 'customers', translator(load('vi')), 'vi');
    const en = inputRefusalText(outOfRange, 'customers', translator(load('en')), 'en');
    expect(vi).toBe('“customers” phải là số nguyên từ -2147483648 đến 2147483647.');
    expect(en).toBe('“customers” must be a whole number from -2147483648 to 2147483647.');
  });

  it('names the latest allowed day of a date after today in the reader’s date format', () => {
    expect(inputRefusalText(future, 'Ngày', translator(load('vi')), 'vi')).toBe(
      '“Ngày” không được sau ngày hôm nay (10/03/2026): sổ chỉ ghi những gì đã xảy ra.',
    );
    expect(inputRefusalText(future, 'Date', translator(load('en')), 'en')).toContain(
      'cannot be after today (10 Mar 2026)',
    );
  });

  it('says why a fund rule cannot end, in either language', () => {
    const early = { code: 'BAD_USER_INPUT', field: 'lastDay', min: '2026-12-15', reason: 'BEFORE_VERSION_START' };
    expect(inputRefusalText(early, 'Ngày cuối', translator(load('vi')), 'vi')).toBe(
      '“Ngày cuối” không được trước ngày phiên bản đang có hiệu lực bắt đầu (15/12/2026).',
    );
    expect(inputRefusalText(early, 'Last day', translator(load('en')), 'en')).toBe(
      '“Last day” cannot be before the version in force starts (15 Dec 2026).',
    );
    const none = { code: 'BAD_USER_INPUT', field: 'kind', reason: 'RULE_NOT_IN_FORCE' };
    expect(inputRefusalText(none, 'Loại', translator(load('vi')), 'vi')).toBe(
      'Quy định này không có phiên bản nào đang có hiệu lực để kết thúc.',
    );
    expect(inputRefusalText(none, 'Kind', translator(load('en')), 'en')).toBe(
      'This rule has no version in force to end.',
    );
  });

  it('leaves other refusals to the generic message', () => {
    expect(
      inputRefusalText({ code: 'BAD_USER_INPUT', field: 'name' }, 'name', translator(load('en')), 'en'),
    ).toBeNull();
  });
});
