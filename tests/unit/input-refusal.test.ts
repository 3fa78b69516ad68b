// A number out of range or a date after today is shown to the reader in vi or en, with the field and bounds the
// server sent in `extensions` — not the server's English sentence.
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
    const vi = inputRefusalText(outOfRange, 'customers', translator(load('vi')));
    const en = inputRefusalText(outOfRange, 'customers', translator(load('en')));
    expect(vi).toBe('“customers” phải là số nguyên từ -2147483648 đến 2147483647.');
    expect(en).toBe('“customers” must be a whole number from -2147483648 to 2147483647.');
  });

  it('names the latest allowed day of a date after today', () => {
    expect(inputRefusalText(future, 'date', translator(load('vi')))).toContain('2026-03-10');
    expect(inputRefusalText(future, 'date', translator(load('en')))).toContain('cannot be after today (2026-03-10)');
  });

  it('leaves other refusals to the generic message', () => {
    expect(inputRefusalText({ code: 'BAD_USER_INPUT', field: 'name' }, 'name', translator(load('en')))).toBeNull();
  });
});
