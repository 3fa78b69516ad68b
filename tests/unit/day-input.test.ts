// A date field reads and writes the reader's language's one format and hands the API an ISO day; an impossible
// day is refused, never rolled over into the next month.
import { describe, expect, it } from 'vitest';
import { formatDayInput, parseDayInput } from '@launchpad/shared';

const day = (text: string, locale: 'vi' | 'en') => {
  const result = parseDayInput(text, locale);
  return result.ok ? result.day : result.reason;
};

describe('typed dates in Vietnamese (dd/MM/yyyy)', () => {
  it('reads day before month, with or without leading zeros', () => {
    expect(day('06/08/2026', 'vi')).toBe('2026-08-06');
    expect(day('6/8/2026', 'vi')).toBe('2026-08-06');
    expect(day(' 31.12.2030 ', 'vi')).toBe('2030-12-31');
    expect(day('01-07-2026', 'vi')).toBe('2026-07-01');
  });

  it('refuses a day that does not exist instead of moving it', () => {
    expect(day('31/02/2026', 'vi')).toBe('NO_SUCH_DAY');
    expect(day('29/02/2026', 'vi')).toBe('NO_SUCH_DAY');
    expect(day('29/02/2028', 'vi')).toBe('2028-02-29');
    expect(day('12/13/2026', 'vi')).toBe('NO_SUCH_DAY');
    expect(day('00/01/2026', 'vi')).toBe('NO_SUCH_DAY');
  });

  it('refuses text that is not a date in the language’s format', () => {
    expect(day('6 Aug 2026', 'vi')).toBe('FORMAT');
    expect(day('06/08/26', 'vi')).toBe('FORMAT');
    expect(day('hôm nay', 'vi')).toBe('FORMAT');
    expect(day('   ', 'vi')).toBe('EMPTY');
  });
});

describe('typed dates in English (d MMM yyyy)', () => {
  it('reads a month by its abbreviation or its name, in any case', () => {
    expect(day('6 Aug 2026', 'en')).toBe('2026-08-06');
    expect(day('06 august 2026', 'en')).toBe('2026-08-06');
    expect(day('30 Sept 2026', 'en')).toBe('2026-09-30');
    expect(day('1 DEC 2026', 'en')).toBe('2026-12-01');
  });

  it('refuses numbers whose order an English reader could take either way, and impossible days', () => {
    expect(day('06/08/2026', 'en')).toBe('FORMAT');
    expect(day('6 Ju 2026', 'en')).toBe('FORMAT');
    expect(day('31 Apr 2026', 'en')).toBe('NO_SUCH_DAY');
  });

  it('reads an ISO day in either language', () => {
    expect(day('2026-08-06', 'en')).toBe('2026-08-06');
    expect(day('2026-08-06', 'vi')).toBe('2026-08-06');
    expect(day('2026-02-30', 'en')).toBe('NO_SUCH_DAY');
  });
});

describe('an ISO day written back into the field', () => {
  it('is the language’s one format, and what it writes reads back to the same day', () => {
    expect(formatDayInput('2026-08-06', 'vi')).toBe('06/08/2026');
    expect(formatDayInput('2026-08-06', 'en')).toBe('6 Aug 2026');
    for (const iso of ['2026-01-01', '2028-02-29', '2030-12-31']) {
      for (const locale of ['vi', 'en'] as const) expect(day(formatDayInput(iso, locale), locale)).toBe(iso);
    }
    expect(formatDayInput('soon', 'en')).toBe('soon');
  });
});
