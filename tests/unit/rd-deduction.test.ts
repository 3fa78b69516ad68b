// The R&D deduction at up to 200% of actual cost, limited so the enterprise is not in a loss after the uplift.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_VND, rdDeduction } from '@launchpad/shared';

const cost = 400_000_000n;

describe('the R&D deduction', () => {
  it('deducts the full 200% when the profit covers the uplift exactly (at the cap)', () => {
    const d = rdDeduction({ actualCost: cost, preTaxProfit: cost });
    expect(d.uplift).toBe(cost);
    expect(d.deductible).toBe(800_000_000n);
    expect(d.capAtRate).toBe(800_000_000n);
    expect(d.profitAfterUplift).toBe(0n);
    expect(d.limitedByProfit).toBe(false);
  });

  it('stays at 200% when the profit is one dong over the uplift, leaving that dong taxable', () => {
    const d = rdDeduction({ actualCost: cost, preTaxProfit: cost + 1n });
    expect(d.deductible).toBe(800_000_000n);
    expect(d.profitAfterUplift).toBe(1n);
    expect(d.limitedByProfit).toBe(false);
  });

  it('cuts the uplift by one dong when the profit is one dong short of it, so no loss is made', () => {
    const d = rdDeduction({ actualCost: cost, preTaxProfit: cost - 1n });
    expect(d.uplift).toBe(cost - 1n);
    expect(d.deductible).toBe(799_999_999n);
    expect(d.profitAfterUplift).toBe(0n);
    expect(d.limitedByProfit).toBe(true);
  });

  it('gives no uplift at zero profit: only the actual cost is deducted', () => {
    const d = rdDeduction({ actualCost: cost, preTaxProfit: 0n });
    expect(d.uplift).toBe(0n);
    expect(d.deductible).toBe(cost);
    expect(d.limitedByProfit).toBe(true);
  });

  it('gives no uplift on a loss and does not deepen it', () => {
    const d = rdDeduction({ actualCost: cost, preTaxProfit: -5_000_000n });
    expect(d.uplift).toBe(0n);
    expect(d.deductible).toBe(cost);
    expect(d.profitAfterUplift).toBe(-5_000_000n);
  });

  it('never deducts more than 200% however large the profit', () => {
    const d = rdDeduction({ actualCost: 1n, preTaxProfit: 10n ** 15n });
    expect(d.deductible).toBe(2n);
  });

  it('has nothing to deduct without R&D cost', () => {
    const d = rdDeduction({ actualCost: 0n, preTaxProfit: 1_000n });
    expect(d).toMatchObject({ uplift: 0n, deductible: 0n, limitedByProfit: false });
  });

  it('refuses a negative actual cost naming the field', () => {
    expect(() => rdDeduction({ actualCost: -1n, preTaxProfit: 0n })).toThrow(/actual R&D cost/);
  });

  it('has nothing to deduct without R&D cost at zero profit or on a loss, and calls nothing limited', () => {
    for (const preTaxProfit of [0n, -1n, -(10n ** 15n)]) {
      const d = rdDeduction({ actualCost: 0n, preTaxProfit });
      expect(d).toMatchObject({ capAtRate: 0n, uplift: 0n, deductible: 0n, limitedByProfit: false });
      expect(d.profitAfterUplift).toBe(preTaxProfit);
    }
  });

  it('doubles a one-dong cost when one dong of profit covers it, and keeps it at one dong without profit', () => {
    expect(rdDeduction({ actualCost: 1n, preTaxProfit: 1n })).toMatchObject({
      capAtRate: 2n,
      uplift: 1n,
      deductible: 2n,
      profitAfterUplift: 0n,
      limitedByProfit: false,
    });
    expect(rdDeduction({ actualCost: 1n, preTaxProfit: 0n })).toMatchObject({
      capAtRate: 2n,
      uplift: 0n,
      deductible: 1n,
      limitedByProfit: true,
    });
  });

  it('never rounds: an odd cost doubles to the dong, and the uplift at 200% is the cost itself', () => {
    const odd = 123_456_789n;
    const d = rdDeduction({ actualCost: odd, preTaxProfit: 10n ** 12n });
    expect(d.uplift).toBe(odd);
    expect(d.deductible).toBe(246_913_578n);
  });

  it('stays exact past floating point: 2^53 + 1 dong and the largest amount the ledger holds', () => {
    const beyondFloat = 2n ** 53n + 1n;
    const d = rdDeduction({ actualCost: beyondFloat, preTaxProfit: beyondFloat });
    expect(d.deductible).toBe(18_014_398_509_481_986n);
    expect(Number(d.deductible) === Number(d.deductible - 1n)).toBe(true); // a float could not tell them apart
    const huge = rdDeduction({ actualCost: MAX_VND, preTaxProfit: MAX_VND - 1n });
    expect(huge.capAtRate).toBe(2n * MAX_VND);
    expect(huge.uplift).toBe(MAX_VND - 1n);
    expect(huge.deductible).toBe(2n * MAX_VND - 1n);
    expect(huge.profitAfterUplift).toBe(0n);
    expect(huge.limitedByProfit).toBe(true);
  });

  it('for any cost and profit: between 100% and 200% of cost, uplift = min(cost, profit if positive), no new loss', () => {
    const amount = fc.bigInt({ min: 0n, max: MAX_VND });
    fc.assert(
      fc.property(amount, fc.bigInt({ min: -MAX_VND, max: MAX_VND }), (actualCost, preTaxProfit) => {
        const d = rdDeduction({ actualCost, preTaxProfit });
        const room = preTaxProfit > 0n ? preTaxProfit : 0n;
        expect(d.uplift).toBe(actualCost < room ? actualCost : room);
        expect(d.deductible >= actualCost && d.deductible <= 2n * actualCost).toBe(true);
        expect(d.deductible).toBe(actualCost + d.uplift);
        expect(d.capAtRate).toBe(2n * actualCost);
        expect(d.profitAfterUplift).toBe(preTaxProfit - d.uplift);
        if (preTaxProfit >= 0n) expect(d.profitAfterUplift >= 0n).toBe(true);
        expect(d.limitedByProfit).toBe(d.uplift < actualCost);
      }),
    );
  });
});
