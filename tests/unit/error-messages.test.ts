// Every error code the API can answer with has a sentence in Vietnamese and in English, written for the
// reader: no code is shown raw and no server (or graphql-js) text is passed through.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ErrorCode, REFUSAL_REASONS } from '@launchpad/shared';

const I18N = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'src', 'i18n');
const messages = (locale: string) =>
  (JSON.parse(readFileSync(join(I18N, `${locale}.json`), 'utf8')) as { errors: Record<string, string> }).errors;

/** Codes the web client itself gives (no answer, an unreadable answer) besides the API's catalog. */
const CLIENT_CODES = ['NETWORK_ERROR', 'INTERNAL', 'generic'];

describe.each(['vi', 'en'])('error messages in %s', (locale) => {
  const errors = messages(locale);

  it.each([...Object.values(ErrorCode), ...CLIENT_CODES])('has a sentence for %s', (code) => {
    const sentence = errors[code];
    expect(sentence, `${locale}.json errors.${code}`).toBeTruthy();
    expect(sentence).not.toContain(code);
  });

  // A BAD_USER_INPUT's `extensions.reason` picks a sentence of its own (with the field and bounds).
  it.each([...REFUSAL_REASONS])('has a sentence for the refusal reason %s', (reason) => {
    expect(errors[reason], `${locale}.json errors.${reason}`).toBeTruthy();
    expect(errors[reason]).not.toContain(reason);
  });

  it('never interpolates the server’s own message', () => {
    for (const [code, sentence] of Object.entries(errors)) expect(sentence, code).not.toContain('{message}');
  });
});

describe('the two languages', () => {
  it('name the same error codes', () => {
    expect(Object.keys(messages('vi')).sort()).toEqual(Object.keys(messages('en')).sort());
  });
});
