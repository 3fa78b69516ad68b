// The plan of a period: whole years count fully, a partial year its share of days, nothing outside 2026–2030.
import { describe, expect, it } from 'vitest';
import { planForPeriod } from '@launchpad/shared';
import { SEEDED_TARGETS } from '../support/kpi';

const STARTUPS = SEEDED_TARGETS.STARTUPS_INCUBATED;
const CAPITAL = SEEDED_TARGETS.CAPITAL_MOBILIZED;

describe('planForPeriod', () => {
  it('plans the whole target over 2026–2030 and each year its own figure', () => {
    expect(planForPeriod(STARTUPS, '2026-01-01', '2030-12-31')).toBe(200n);
    expect(planForPeriod(CAPITAL, '2026-01-01', '2030-12-31')).toBe(500_000_000_000n);
    expect(planForPeriod(STARTUPS, '2028-01-01', '2028-12-31')).toBe(40n);
  });

  it('prorates a partial year by its days, flooring (leap year 2028 has 366)', () => {
    expect(planForPeriod(STARTUPS, '2026-01-01', '2026-07-01')).toBe((20n * 182n) / 365n);
    expect(planForPeriod(STARTUPS, '2028-01-01', '2028-01-01')).toBe(0n);
    expect(planForPeriod(CAPITAL, '2028-02-29', '2028-02-29')).toBe(100_000_000_000n / 366n);
  });

  it('adds the parts of two years a period straddles', () => {
    // Dec 2026 (31/365 of 20) + Jan 2027 (31/365 of 30), each floored.
    expect(planForPeriod(STARTUPS, '2026-12-01', '2027-01-31')).toBe((20n * 31n) / 365n + (30n * 31n) / 365n);
  });

  it('plans nothing outside the plan years and nothing for an inverted period', () => {
    expect(planForPeriod(STARTUPS, '2025-01-01', '2025-12-31')).toBe(0n);
    expect(planForPeriod(STARTUPS, '2031-01-01', '2031-12-31')).toBe(0n);
    expect(planForPeriod(STARTUPS, '2027-01-01', '2026-01-01')).toBe(0n);
    expect(planForPeriod(STARTUPS, '2025-01-01', '2026-12-31')).toBe(20n);
  });

  it('refuses a date that is not a real calendar day', () => {
    expect(() => planForPeriod(STARTUPS, '2026-02-30', '2026-12-31')).toThrow(/from/);
  });
});
