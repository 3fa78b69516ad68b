// One day everywhere: Hanoi's calendar day of the clock's instant, at 23:30 and 00:30 Hanoi time (UTC+7).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { daysFromToday, hanoiMonth, hanoiToday, hanoiYear } from '@launchpad/shared';

afterEach(() => {
  vi.useRealTimers();
});

describe("Hanoi's today", () => {
  it('is the Hanoi day of an injected clock, not the UTC day', () => {
    expect(hanoiToday(() => new Date('2026-03-10T16:30:00Z'))).toBe('2026-03-10'); // 23:30 in Hanoi
    expect(hanoiToday(() => new Date('2026-03-10T17:30:00Z'))).toBe('2026-03-11'); // 00:30 in Hanoi
  });

  it('turns the year at Hanoi midnight on 31 December (still 17:30 UTC)', () => {
    const clock = () => new Date('2026-12-31T17:30:00Z');
    expect(hanoiToday(clock)).toBe('2027-01-01');
    expect(hanoiMonth(clock)).toBe('2027-01');
    expect(hanoiYear(clock)).toBe(2027);
  });

  it('reads the system clock by default (the web forms’ defaults), under fake timers', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-10T16:30:00Z'));
    expect(hanoiToday()).toBe('2026-03-10');
    expect(daysFromToday('2026-03-11')).toBe(1);
    vi.setSystemTime(new Date('2026-03-10T17:30:00Z'));
    expect(hanoiToday()).toBe('2026-03-11');
    expect(daysFromToday('2026-03-11')).toBe(0);
    expect(daysFromToday('2026-03-10')).toBe(-1);
  });
});
