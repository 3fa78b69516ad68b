// ILPA fund performance and XIRR: known reference cases and properties over amounts up to the VND maximum.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INT32_MAX, MAX_VND, ilpaPerformance, rateToBp, xirr, type CashFlow } from '@launchpad/shared';

const BN = 1_000_000_000n;

describe('xirr', () => {
  it("matches Excel's documented XIRR example (0.373362535)", () => {
    const flows: CashFlow[] = [
      { date: '2008-01-01', amount: -10000n },
      { date: '2008-03-01', amount: 2750n },
      { date: '2008-10-30', amount: 4250n },
      { date: '2009-02-15', amount: 3250n },
      { date: '2009-04-01', amount: 2750n },
    ];
    expect(xirr(flows)).toBeCloseTo(0.373362535, 8);
    expect(rateToBp(xirr(flows))).toBe(3734);
  });

  it('is 10% for 100 out and 110 back a (365-day) year later, and -50% for half back', () => {
    expect(
      xirr([
        { date: '2025-01-01', amount: -100n },
        { date: '2026-01-01', amount: 110n },
      ]),
    ).toBeCloseTo(0.1, 10);
    expect(
      xirr([
        { date: '2025-01-01', amount: -100n },
        { date: '2026-01-01', amount: 50n },
      ]),
    ).toBeCloseTo(-0.5, 10);
  });

  it('counts the days between any two dates, years before 100 included (a hostile ledger date)', () => {
    expect(
      xirr([
        { date: '0099-01-01', amount: -100n },
        { date: '0100-01-01', amount: 110n },
      ]),
    ).toBeCloseTo(0.1, 10);
  });

  it('is null without a sign change or with fewer than two flows', () => {
    expect(xirr([])).toBeNull();
    expect(xirr([{ date: '2026-01-01', amount: -100n }])).toBeNull();
    expect(
      xirr([
        { date: '2026-01-01', amount: -100n },
        { date: '2026-06-01', amount: -5n },
      ]),
    ).toBeNull();
    expect(
      xirr([
        { date: '2026-01-01', amount: 100n },
        { date: '2026-06-01', amount: 0n },
      ]),
    ).toBeNull();
  });

  it('picks the root closest to 0% when the flows have two (deterministically, whatever their order)', () => {
    // -100, +230, -132 a year apart: NPV = 0 at 10% and at 20%.
    const flows: CashFlow[] = [
      { date: '2024-01-01', amount: -100n },
      { date: '2024-12-31', amount: 230n },
      { date: '2025-12-31', amount: -132n },
    ];
    expect(xirr(flows)).toBeCloseTo(0.1, 8);
    expect(xirr([...flows].reverse())).toBe(xirr(flows));
  });

  it('finds a rate with zero NPV for any single investment returned later, at any size up to 10^18', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: MAX_VND }),
        fc.bigInt({ min: 1n, max: MAX_VND }),
        fc.integer({ min: 30, max: 3650 }),
        (out, back, days) => {
          const end = new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
          const rate = xirr([
            { date: '2026-01-01', amount: -out },
            { date: end, amount: back },
          ]);
          const expected = Math.pow(Number(back) / Number(out), 365 / days) - 1;
          if (!Number.isFinite(expected) || expected > 1e6 || expected < -0.9999) return; // outside the scanned range
          expect(rate).not.toBeNull();
          expect(Math.abs(rate! - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
          // More back means a higher rate.
          // (Rates are floating point: amounts a few dong apart near 10^18 are the same number there.)
          if (Math.abs(Number(back) / Number(out) - 1) < 1e-12) expect(Math.abs(rate!)).toBeLessThan(1e-6);
          else expect(Math.sign(rate!)).toBe(back > out ? 1 : -1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('ILPA performance', () => {
  it('counts uninvested cash in NAV: 360 bn paid in and not invested is not a loss', () => {
    const perf = ilpaPerformance({
      asOf: '2026-12-01',
      payIns: [{ date: '2026-01-15', amount: 480n * BN }],
      holdings: [{ investments: [{ date: '2026-03-10', amount: 120n * BN }], latestMark: 147n * BN, exit: null }],
      liabilities: 0n,
    });
    expect(perf.nav).toBe(147n * BN + 360n * BN);
    expect(perf.uninvestedCash).toBe(360n * BN);
    expect(perf.rvpiBp).toBe(10562); // 507 / 480
    expect(perf.dpiBp).toBe(0);
    expect(perf.tvpiBp).toBe(10562);
    expect(perf.moicBp).toBe(12250); // 147 / 120
    expect(perf.grossIrrBp).toBeGreaterThan(0);
    expect(perf.netIrrBp).toBeGreaterThan(0);
  });

  it('treats exit proceeds as distributed: DPI from proceeds, TVPI = DPI + RVPI, MOIC over invested', () => {
    const perf = ilpaPerformance({
      asOf: '2027-01-01',
      payIns: [{ date: '2026-01-01', amount: 400n * BN }],
      holdings: [
        { investments: [{ date: '2026-01-01', amount: 100n * BN }], latestMark: 250n * BN, exit: null },
        {
          investments: [{ date: '2026-01-01', amount: 100n * BN }],
          latestMark: 50n * BN,
          exit: { date: '2026-07-01', amount: 100n * BN },
        },
      ],
      liabilities: 0n,
    });
    expect(perf.distributions).toBe(100n * BN);
    expect(perf.nav).toBe(250n * BN + 200n * BN);
    expect(perf.dpiBp).toBe(2500);
    expect(perf.rvpiBp).toBe(11250);
    expect(perf.tvpiBp).toBe(13750);
    expect(perf.moicBp).toBe(17500);
  });

  it('answers 0 multiples and null rates before anything is paid in', () => {
    const perf = ilpaPerformance({ asOf: '2026-01-01', payIns: [], holdings: [], liabilities: 0n });
    expect(perf).toMatchObject({
      nav: 0n,
      dpiBp: 0,
      rvpiBp: 0,
      tvpiBp: 0,
      moicBp: 0,
      grossIrrBp: null,
      netIrrBp: null,
    });
  });

  it('keeps every figure inside the GraphQL Int range with the exact value beside it, for amounts up to 10^18', () => {
    const amount = fc.bigInt({ min: 1n, max: MAX_VND });
    fc.assert(
      fc.property(amount, amount, amount, fc.option(amount), (paid, cost, mark, proceeds) => {
        const perf = ilpaPerformance({
          asOf: '2027-06-30',
          payIns: [{ date: '2026-01-01', amount: paid }],
          holdings: [
            {
              investments: [{ date: '2026-02-01', amount: cost }],
              latestMark: mark,
              exit: proceeds === null ? null : { date: '2026-12-01', amount: proceeds },
            },
          ],
          liabilities: 0n,
        });
        for (const bp of [perf.dpiBp, perf.rvpiBp, perf.tvpiBp, perf.moicBp, perf.grossIrrBp, perf.netIrrBp]) {
          if (bp !== null) expect(Number.isInteger(bp) && Math.abs(bp) <= INT32_MAX + 1).toBe(true);
        }
        expect(BigInt(perf.tvpiBpExact)).toBe(BigInt(perf.dpiBpExact) + BigInt(perf.rvpiBpExact));
        expect(perf.nav).toBe((proceeds === null ? mark : 0n) + paid - cost);
      }),
      { numRuns: 300 },
    );
  });
});
