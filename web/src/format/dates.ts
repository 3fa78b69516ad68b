// The one place the web turns dates into text: vi `dd/MM/yyyy`, en `d MMM yyyy`, date-times add `HH:mm`,
// always on the Hanoi clock (Asia/Ho_Chi_Minh) whatever the reader's machine is set to.
// tests/unit/date-format.test.ts keeps every other file in web/src from formatting dates itself.

import { EN_MONTHS, formatDayInput, hanoiClockParts, type WallClock } from '@launchpad/shared';

export type DateLocale = 'vi' | 'en';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_ONLY = /^(\d{4})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

function dayText({ year, month, day }: Pick<WallClock, 'year' | 'month' | 'day'>, locale: DateLocale): string {
  return formatDayInput(`${year}-${pad(month)}-${pad(day)}`, locale);
}

function toInstant(value: Date | string): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * A calendar date: 'YYYY-MM-DD' as written (no zone shift), an instant as its Hanoi day.
 * Text that is not a date comes back unchanged, so nothing is hidden from the reader.
 */
export function formatDate(value: Date | string, locale: DateLocale): string {
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) return dayText({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, locale);
  }
  const instant = toInstant(value);
  return instant ? dayText(hanoiClockParts(instant), locale) : String(value);
}

/** An instant as its Hanoi day and time: vi `06/08/2026 14:05`, en `6 Aug 2026 14:05`. */
export function formatDateTime(value: Date | string, locale: DateLocale): string {
  const instant = toInstant(value);
  if (!instant) return String(value);
  const clock = hanoiClockParts(instant);
  return `${dayText(clock, locale)} ${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** 'YYYY-MM' as a month: vi `03/2026`, en `Mar 2026`. */
export function formatMonth(value: string, locale: DateLocale): string {
  const m = MONTH_ONLY.exec(value);
  if (!m) return value;
  const month = Number(m[2]);
  return locale === 'vi' ? `${m[2]}/${m[1]}` : `${EN_MONTHS[month - 1]} ${m[1]}`;
}

/** The instant a Hanoi day ('YYYY-MM-DD') starts: Vietnam keeps UTC+7 all year. */
export function hanoiDayStart(day: string): Date {
  const m = DATE_ONLY.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - 7 * 3600_000);
}

/** The Hanoi day ('YYYY-MM-DD') after the given one. */
export function nextHanoiDay(day: string): string {
  const start = hanoiDayStart(day);
  const next = hanoiClockParts(new Date(start.getTime() + 24 * 3600_000));
  return `${next.year}-${pad(next.month)}-${pad(next.day)}`;
}

/** The Hanoi day ('YYYY-MM-DD') of an instant. */
export function hanoiDay(instant: Date): string {
  const c = hanoiClockParts(instant);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}
