// The one notion of "today": the Hanoi calendar day (Asia/Ho_Chi_Minh) of an instant read from a clock that
// callers can inject, so tests can stand at 23:30 or 00:30 Hanoi time.
import { isoDateInTimezone } from './kpi.js';

/** Where "now" comes from: the system's time by default, a fixed or stepping instant in tests. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Today in Hanoi as 'YYYY-MM-DD' (the `Date` scalar), read from `clock`. */
export function hanoiToday(clock: Clock = systemClock): string {
  return isoDateInTimezone(clock());
}

/** This month in Hanoi as 'YYYY-MM'. */
export function hanoiMonth(clock: Clock = systemClock): string {
  return hanoiToday(clock).slice(0, 7);
}

/** This year in Hanoi. */
export function hanoiYear(clock: Clock = systemClock): number {
  return Number(hanoiToday(clock).slice(0, 4));
}

/** Whole days from Hanoi's today to a 'YYYY-MM-DD' day: negative once it has passed, 0 on the day itself. */
export function daysFromToday(day: string, clock: Clock = systemClock): number {
  const toUtc = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(day) - toUtc(hanoiToday(clock))) / 86_400_000);
}

/**
 * `hanoiToday` of `clock` for callers on every request: the day is formatted in the timezone at most once a second
 * of that clock (a clock that steps back, as tests' clocks may, is read afresh).
 */
export function cachedHanoiToday(clock: Clock = systemClock): () => string {
  let day = { value: '', until: 0 };
  return () => {
    const now = clock().getTime();
    if (now >= day.until || now < day.until - 1000) day = { value: hanoiToday(() => new Date(now)), until: now + 1000 };
    return day.value;
  };
}
