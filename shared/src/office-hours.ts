// Office hours: slots are published in Hanoi time (UTC+7, no daylight saving),
// founders cancel up to a notice period before the session, and rate it once it has ended.
import { HANOI_OFFSET_MS } from './hanoi-time.js';

/** Founders may cancel a booking until this many hours before the session starts. */
export const CANCEL_NOTICE_HOURS = 24;
export const MIN_SLOT_MINUTES = 15;
export const MAX_SLOT_MINUTES = 240;

/** The instant of a Hanoi wall-clock time: '2026-12-05' + '14:30' → 2026-12-05T07:30:00Z; null when malformed. */
export function hanoiWallClockToInstant(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!d || !t) return null;
  const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const utc = Date.UTC(y, m - 1, day, Number(t[1]), Number(t[2])) - HANOI_OFFSET_MS;
  const check = new Date(utc + HANOI_OFFSET_MS);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== day) return null;
  return new Date(utc);
}

/** 'YYYY-MM-DD HH:MM' in Hanoi time. */
export function hanoiWallClock(instant: Date): string {
  return new Date(instant.getTime() + HANOI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** A founder may cancel while the session is at least CANCEL_NOTICE_HOURS away; a mentor until it starts. */
export function mayCancelBooking(by: 'FOUNDER' | 'MENTOR', startsAt: Date, now: Date): boolean {
  const ahead = startsAt.getTime() - now.getTime();
  return by === 'MENTOR' ? ahead > 0 : ahead >= CANCEL_NOTICE_HOURS * 60 * 60 * 1000;
}

/** Notes may be written once the session has started; founders rate once it has ended. */
export function sessionStarted(startsAt: Date, now: Date): boolean {
  return now.getTime() >= startsAt.getTime();
}

export function sessionEnded(endsAt: Date, now: Date): boolean {
  return now.getTime() >= endsAt.getTime();
}
