// Hanoi's wall clock without Intl. Building an `Intl.DateTimeFormat` with a time zone costs a browser 30–60 ms
// the first time (it loads the zone data), on every page load; Asia/Ho_Chi_Minh has been a fixed UTC+7, with no
// daylight saving, since 13 June 1975, so plain arithmetic reads it exactly. Earlier instants (UTC+8 periods)
// still go through Intl.

export const HANOI_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Hanoi's offset from UTC since 1975. */
export const HANOI_OFFSET_MS = 7 * 3600_000;
/** 1975-06-13 00:00 in Saigon (UTC+8): from then on the zone is UTC+7 throughout. */
const FIXED_OFFSET_SINCE_MS = Date.UTC(1975, 5, 12, 16);

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

let historical: Intl.DateTimeFormat | undefined;

function throughIntl(instant: Date): WallClock {
  historical ??= new Intl.DateTimeFormat('en-US', {
    timeZone: HANOI_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(historical.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
  };
}

/** The Hanoi wall-clock reading of an instant. */
export function hanoiClockParts(instant: Date): WallClock {
  const ms = instant.getTime();
  if (ms < FIXED_OFFSET_SINCE_MS) return throughIntl(instant);
  const shifted = new Date(ms + HANOI_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Hanoi calendar day of an instant as 'YYYY-MM-DD'. */
export function hanoiIsoDate(instant: Date): string {
  const { year, month, day } = hanoiClockParts(instant);
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}
