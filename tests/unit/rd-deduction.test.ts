// The R&D deduction at up to 200% of actual cost, limited so the enterprise is not in a loss after the uplift.
import { describe, expect, it } from 'vitest';
import { rdDeduction } from '@launchpad/shared';

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
});
