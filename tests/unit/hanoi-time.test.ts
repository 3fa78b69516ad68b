// Hanoi's wall clock by arithmetic must read exactly what the time-zone database reads, across the years the
// platform dates things in and across 1975's change from UTC+8 to UTC+7.
import { describe, expect, it } from 'vitest';
import { hanoiClockParts, hanoiIsoDate, hanoiToday, isoDateInTimezone } from '@launchpad/shared';

const zoneReading = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

function readByZone(instant: Date) {
  const parts = Object.fromEntries(zoneReading.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: (parts.hour ?? 0) % 24, minute: parts.minute };
}

describe("Hanoi's wall clock", () => {
  it('reads what the time-zone database reads, every 7 h 13 min from 1960 to 2100', () => {
    const step = (7 * 60 + 13) * 60_000;
    const mismatches: string[] = [];
    for (let ms = Date.UTC(1960, 0, 1); ms < Date.UTC(2100, 0, 1); ms += step) {
      const instant = new Date(ms);
      if (JSON.stringify(hanoiClockParts(instant)) !== JSON.stringify(readByZone(instant)))
        mismatches.push(instant.toISOString());
    }
    expect(mismatches).toEqual([]);
  });

  it('turns the day at 17:00 UTC', () => {
    expect(hanoiIsoDate(new Date('2026-12-31T16:59:59.999Z'))).toBe('2026-12-31');
    expect(hanoiIsoDate(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(hanoiToday(() => new Date('2028-02-28T17:30:00Z'))).toBe('2028-02-29');
  });

  it('was UTC+8 before 13 June 1975', () => {
    expect(hanoiClockParts(new Date('1975-06-12T15:59:00Z'))).toMatchObject({ day: 12, hour: 23, minute: 59 });
    // At midnight (UTC+8) the clocks went back to 23:00 on the 12th.
    expect(hanoiClockParts(new Date('1975-06-12T16:00:00Z'))).toMatchObject({ day: 12, hour: 23, minute: 0 });
  });

  it("is what isoDateInTimezone answers for the center's zone, and other zones still go through Intl", () => {
    const instant = new Date('2026-07-01T20:00:00Z');
    expect(isoDateInTimezone(instant)).toBe('2026-07-02');
    expect(isoDateInTimezone(instant, 'America/New_York')).toBe('2026-07-01');
  });
});
