// What a person types into a date field, read as the ISO day ('yyyy-MM-dd') the API takes, in the
// language's one format: vi `dd/MM/yyyy` (1/8/2026 and 01.08.2026 too), en `d MMM yyyy` (6 Aug 2026, 6 August
// 2026). An ISO day is read in both. A day that does not exist (31/02/2026) is refused with a reason, never
// rolled over to another day.

export type DayLocale = 'vi' | 'en';

export type DayInputRefusal = 'EMPTY' | 'FORMAT' | 'NO_SUCH_DAY';

export type DayInputResult = { ok: true; day: string } | { ok: false; reason: DayInputRefusal };

/** English month abbreviations as `MMM` writes them (ICU's en-GB writes "Sept"). */
export const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const EN_MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const VI_DAY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const EN_DAY = /^(\d{1,2})\s*([a-z]+)\.?,?\s*(\d{4})$/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in a month of the Gregorian calendar. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A month's number from its English name or abbreviation ("Sept" too), or 0. */
function enMonth(word: string): number {
  const w = word.toLowerCase();
  if (w.length < 3) return 0;
  return EN_MONTH_NAMES.findIndex((name) => name.startsWith(w) || (w === 'sept' && name === 'september')) + 1;
}

function dayOf(year: number, month: number, day: number): DayInputResult {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return { ok: false, reason: 'NO_SUCH_DAY' };
  return { ok: true, day: `${year}-${pad(month)}-${pad(day)}` };
}

/** Reads a typed date in the reader's language; an ISO day is read in either. */
export function parseDayInput(text: string, locale: DayLocale): DayInputResult {
  const trimmed = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (!trimmed) return { ok: false, reason: 'EMPTY' };
  const iso = ISO_DAY.exec(trimmed);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (locale === 'vi') {
    const vi = VI_DAY.exec(trimmed);
    return vi ? dayOf(Number(vi[3]), Number(vi[2]), Number(vi[1])) : { ok: false, reason: 'FORMAT' };
  }
  const en = EN_DAY.exec(trimmed);
  const month = en ? enMonth(en[2] ?? '') : 0;
  return en && month ? dayOf(Number(en[3]), month, Number(en[1])) : { ok: false, reason: 'FORMAT' };
}

/** An ISO day in the language's format: vi `06/08/2026`, en `6 Aug 2026`; anything else unchanged. */
export function formatDayInput(day: string, locale: DayLocale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return locale === 'vi' ? `${pad(date)}/${pad(month)}/${year}` : `${date} ${EN_MONTHS[month - 1]} ${year}`;
}

/** Whether a field's model holds an ISO day (a date field carries refused text as typed). */
export const isIsoDay = (value: string | null | undefined): value is string =>
  !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);
