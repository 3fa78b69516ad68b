import { describe, expect, it } from 'vitest';
import {
  DomainError,
  KPI_WINDOW,
  KPI_YEARS,
  TIMEZONE,
  isValidIsoDate,
  isoDateInTimezone,
  projectRunRate,
  validatePlan,
  capitalMobilized,
} from '@launchpad/shared';
import { SEEDED_TARGETS } from '../support/kpi';

const BN = 1_000_000_000n;
const window = { windowStart: KPI_WINDOW.from, windowEnd: KPI_WINDOW.to };

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('targets for 2026–2030', () => {
  it('plans more than 200 startups incubated and VND 500 billion mobilized, year by year', () => {
    expect(KPI_WINDOW).toEqual({ from: '2026-01-01', to: '2030-12-31' });
    expect(TIMEZONE).toBe('Asia/Ho_Chi_Minh');
    expect([...KPI_YEARS]).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(SEEDED_TARGETS.STARTUPS_INCUBATED).toEqual({ total: 200n, yearly: [20n, 30n, 40n, 50n, 60n] });
    expect(SEEDED_TARGETS.CAPITAL_MOBILIZED).toEqual({
      total: 500n * BN,
      yearly: [50n * BN, 75n * BN, 100n * BN, 125n * BN, 150n * BN],
    });
    expect(() => validatePlan(SEEDED_TARGETS.STARTUPS_INCUBATED)).not.toThrow();
    expect(() => validatePlan(SEEDED_TARGETS.CAPITAL_MOBILIZED)).not.toThrow();
  });

  it('refuses a plan that does not sum to its total', () => {
    const e = refusal(() => validatePlan({ total: 200n, yearly: [20n, 30n, 40n, 50n, 59n] }, 'targets'));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.details).toEqual({ field: 'targets' });
    expect(e.message).toMatch(/199/);
  });

  it('refuses a plan without exactly five years or with a negative year', () => {
    expect(refusal(() => validatePlan({ total: 140n, yearly: [20n, 30n, 40n, 50n] })).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => validatePlan({ total: 200n, yearly: [20n, 30n, 40n, 50n, 60n, 0n] })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(refusal(() => validatePlan({ total: 200n, yearly: [-10n, 60n, 40n, 50n, 60n] })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(refusal(() => validatePlan({ total: -1n, yearly: [0n, 0n, 0n, 0n, -1n] })).code).toBe('BAD_USER_INPUT');
  });
});

describe('run-rate projection to 2030', () => {
  // The window has 1826 days (2028 is a leap year).
  it('projects the pace of the first year over the whole window', () => {
    expect(projectRunRate({ ...window, actualToDate: 20n, targetTotal: 200n, today: '2026-12-31' })).toEqual({
      projectedTotal: 100n, // 20 × 1826 / 365 = 100.05
      metInYear: null,
      shortfall: 100n,
    });
  });

  it('names the year the target is met at the current pace', () => {
    // 50 in 365 days: 200 is reached on day ceil(200 × 365 / 50) = 1460, in 2029.
    expect(projectRunRate({ ...window, actualToDate: 50n, targetTotal: 200n, today: '2026-12-31' })).toEqual({
      projectedTotal: 250n,
      metInYear: 2029,
      shortfall: 0n,
    });
  });

  it('projects money beyond 2^53 exactly', () => {
    expect(projectRunRate({ ...window, actualToDate: 100n * BN, targetTotal: 500n * BN, today: '2027-12-31' })).toEqual(
      {
        projectedTotal: 250_136_986_301n, // 100 bn × 1826 / 730
        metInYear: null,
        shortfall: 249_863_013_699n,
      },
    );
    const big = projectRunRate({ ...window, actualToDate: 10n ** 17n, targetTotal: 10n ** 18n, today: '2026-01-01' });
    expect(big.projectedTotal).toBe(182_600_000_000_000_000_000n);
    expect(big.metInYear).toBe(2026);
  });

  it('reports a target already met as met in the current year', () => {
    expect(projectRunRate({ ...window, actualToDate: 210n, targetTotal: 200n, today: '2029-06-30' })).toMatchObject({
      metInYear: 2029,
      shortfall: 0n,
    });
  });

  it('projects nothing more than the actual figure before the window opens, and the actual figure after it closes', () => {
    expect(projectRunRate({ ...window, actualToDate: 0n, targetTotal: 200n, today: '2025-12-31' })).toEqual({
      projectedTotal: 0n,
      metInYear: null,
      shortfall: 200n,
    });
    expect(projectRunRate({ ...window, actualToDate: 180n, targetTotal: 200n, today: '2031-03-01' })).toEqual({
      projectedTotal: 180n,
      metInYear: null,
      shortfall: 20n,
    });
  });

  it('refuses impossible dates', () => {
    expect(
      refusal(() => projectRunRate({ ...window, actualToDate: 1n, targetTotal: 2n, today: '2026-02-30' })).details,
    ).toEqual({ field: 'today' });
  });
});

describe('dates', () => {
  it.each(['2026-01-01', '2028-02-29', '2000-02-29', '2030-12-31', '2026-04-30'])('accepts the real date %s', (d) => {
    expect(isValidIsoDate(d)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2100-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-01',
    '26-01-01',
    '2026-01-01T00:00',
    '',
  ])('refuses the impossible or malformed date "%s"', (d) => {
    expect(isValidIsoDate(d)).toBe(false);
  });

  it("takes today's date in Hanoi, not UTC", () => {
    expect(isoDateInTimezone(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
    expect(isoDateInTimezone(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
  });
});

describe('capital mobilized', () => {
  const participations = [
    { amount: 8n * BN, roundDate: '2026-03-01' },
    { amount: 3n * BN, roundDate: '2025-12-31' },
    { amount: 18n * BN, roundDate: '2030-12-31' },
    { amount: 5n * BN, roundDate: '2031-01-01' },
  ];

  it('counts every participation on its round date inside the period, the edges included', () => {
    expect(capitalMobilized(participations, KPI_WINDOW)).toBe(26n * BN);
    expect(capitalMobilized(participations, { from: '2030-12-31', to: '2030-12-31' })).toBe(18n * BN);
    expect(capitalMobilized(participations, { from: '2027-01-01', to: '2029-12-31' })).toBe(0n);
  });
});
