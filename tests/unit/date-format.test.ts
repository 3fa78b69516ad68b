// One date format per language on the Hanoi clock (web/src/format/dates.ts), and no other file in web/src
// formats dates on its own (the machine's zone and ICU's styles gave "6 thg 8, 2026" beside "2026-10-15").
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatMonth,
  hanoiDay,
  hanoiDayStart,
  nextHanoiDay,
} from '../../web/src/format/dates';

const WEB_SRC = join(dirname(fileURLToPath(import.meta.url)), '../../web/src');
const MODULE = 'format/dates.ts';

describe('dates in the reader’s language, in Hanoi time', () => {
  it('writes a calendar date as dd/MM/yyyy in Vietnamese and d MMM yyyy in English, without a zone shift', () => {
    expect(formatDate('2026-08-06', 'vi')).toBe('06/08/2026');
    expect(formatDate('2026-08-06', 'en')).toBe('6 Aug 2026');
    expect(formatDate('2026-09-30', 'en')).toBe('30 Sep 2026');
    expect(formatDate('2030-12-31', 'vi')).toBe('31/12/2030');
  });

  it('shows an instant on the Hanoi clock, whatever the machine’s zone', () => {
    // 17:30 UTC on 1 Dec is 00:30 on 2 Dec in Hanoi.
    expect(formatDate('2026-12-01T17:30:00Z', 'vi')).toBe('02/12/2026');
    expect(formatDateTime('2026-12-01T17:30:00Z', 'vi')).toBe('02/12/2026 00:30');
    expect(formatDateTime('2026-12-01T17:30:00Z', 'en')).toBe('2 Dec 2026 00:30');
    expect(formatDateTime(new Date('2026-03-05T09:05:00+07:00'), 'en')).toBe('5 Mar 2026 09:05');
  });

  it('writes a month as MM/yyyy or MMM yyyy, and leaves text that is not a date as it is', () => {
    expect(formatMonth('2026-03', 'vi')).toBe('03/2026');
    expect(formatMonth('2026-03', 'en')).toBe('Mar 2026');
    expect(formatDate('soon', 'en')).toBe('soon');
  });

  it('knows where a Hanoi day starts and ends, for date filters', () => {
    expect(hanoiDayStart('2026-12-02').toISOString()).toBe('2026-12-01T17:00:00.000Z');
    expect(nextHanoiDay('2026-12-31')).toBe('2027-01-01');
    expect(hanoiDay(new Date('2026-12-01T16:59:59Z'))).toBe('2026-12-01');
    expect(hanoiDay(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02');
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return /\.(ts|vue)$/.test(entry.name) ? [path] : [];
  });
}

describe('the web formats dates in one place', () => {
  it('has no toLocaleDateString, toLocaleString or new Intl.DateTimeFormat outside web/src/format/dates.ts', () => {
    const offenders = sources(WEB_SRC)
      .filter((path) => relative(WEB_SRC, path) !== MODULE)
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, index }))
          .filter(({ line }) =>
            /toLocaleDateString|toLocaleTimeString|toLocaleString|new Intl\.DateTimeFormat/.test(line),
          )
          .map(({ index }) => `${relative(WEB_SRC, path)}:${index + 1}`),
      );
    expect(offenders).toEqual([]);
  });

  it('finds the module itself (the scan reads the right folder)', () => {
    expect(sources(WEB_SRC).some((path) => relative(WEB_SRC, path) === MODULE)).toBe(true);
  });
});
