// A fund is "near a cap" from 95% of a limit, compared exactly; only a write that crosses the line is news.
import { describe, expect, it } from 'vitest';
import { cashUse, charterUse, crossesNearCap, isNearCap, percentOfLimit } from '@launchpad/shared';

describe('near a fund cap', () => {
  it('starts at exactly 95% of the limit', () => {
    expect(isNearCap(94n, 100n)).toBe(false);
    expect(isNearCap(95n, 100n)).toBe(true);
    expect(isNearCap(949_999_999n, 1_000_000_000n)).toBe(false);
    expect(isNearCap(0n, 0n)).toBe(false);
  });

  it('is news only when a write crosses the line', () => {
    expect(crossesNearCap({ used: 90n, limit: 100n }, { used: 96n, limit: 100n })).toBe(true);
    expect(crossesNearCap({ used: 96n, limit: 100n }, { used: 98n, limit: 100n })).toBe(false);
    expect(crossesNearCap({ used: 96n, limit: 100n }, { used: 50n, limit: 100n })).toBe(false);
  });

  it('measures the charter cap as the state share against its cap, and cash as invested against paid in', () => {
    // 47 of 100 billion is state money under a 49% cap: 95.9% of the cap.
    const charter = charterUse({
      stateCommitted: 47_000_000_000n,
      charterCapital: 100_000_000_000n,
      charterCapBp: 4900,
    });
    expect(percentOfLimit(charter.used, charter.limit)).toBe(95);
    expect(isNearCap(charter.used, charter.limit)).toBe(true);
    const cash = cashUse({ invested: 9_400_000_000n, paidIn: 10_000_000_000n });
    expect(isNearCap(cash.used, cash.limit)).toBe(false);
  });
});
