// The R&D deduction of one tax period: actual R&D cost may be deducted at up to 200%, but only so far as the
// enterprise is not in a loss after the uplift (Law 67/2025/QH15 on CIT; Decree 320/2025/NĐ-CP, Art. 9(1)(a)).
// The founders report the period's pre-tax profit with the actual R&D cost already deducted as an ordinary
// expense (the accounting profit); the uplift is the extra deduction on top of it, at most 100% of the cost and
// at most that profit, so the taxable income after the uplift is never below zero.
import { badInput } from './errors.js';

/** 200% of actual cost: the actual cost itself plus an uplift of at most 100% of it. */
export const RD_DEDUCTION_CAP_BP = 20_000;

export interface RdDeductionInput {
  /** The period's eligible R&D cost (sum of the expense lines), in dong; never negative. */
  actualCost: bigint;
  /** The pre-tax profit the founders report for the period, actual R&D cost already deducted; may be negative. */
  preTaxProfit: bigint;
}

export interface RdDeduction {
  actualCost: bigint;
  /** The most the rate allows: 200% of actual cost. */
  capAtRate: bigint;
  /** The extra deduction above the actual cost. */
  uplift: bigint;
  /** actual cost + uplift: what the period may deduct for R&D. */
  deductible: bigint;
  /** The profit left after the uplift (never negative when the profit was not). */
  profitAfterUplift: bigint;
  /** True when the no-loss condition cut the uplift below 100% of the cost. */
  limitedByProfit: boolean;
}

export function rdDeduction({ actualCost, preTaxProfit }: RdDeductionInput): RdDeduction {
  if (actualCost < 0n) throw badInput('actualCost', 'The actual R&D cost cannot be negative.');
  const fullUplift = (actualCost * BigInt(RD_DEDUCTION_CAP_BP - 10_000)) / 10_000n;
  const room = preTaxProfit > 0n ? preTaxProfit : 0n;
  const uplift = fullUplift < room ? fullUplift : room;
  return {
    actualCost,
    capAtRate: actualCost + fullUplift,
    uplift,
    deductible: actualCost + uplift,
    profitAfterUplift: preTaxProfit - uplift,
    limitedByProfit: uplift < fullUplift,
  };
}

/** The categories of eligible R&D cost an expense line is filed under. */
export const RD_EXPENSE_CATEGORIES = [
  'STAFF',
  'MATERIALS',
  'EQUIPMENT_DEPRECIATION',
  'OUTSOURCED_RESEARCH',
  'TESTING',
  'INTELLECTUAL_PROPERTY',
  'OTHER',
] as const;
export type RdExpenseCategory = (typeof RD_EXPENSE_CATEGORIES)[number];
