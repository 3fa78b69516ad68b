// RdExpense and RdDossier as GraphQL reads them: the dossier (computed by service.ts) lists its expenses through
// rdExpenseView, and recording an expense answers the same view.
import type { RdExpenseCategory } from '../../graphql/generated';
import type { RdExpense } from './entities';

export interface RdExpenseView {
  id: string;
  category: RdExpenseCategory;
  date: string;
  amount: bigint;
  invoiceNumber: string;
  description: string;
  documentRef: string | null;
}

export function rdExpenseView(expense: RdExpense): RdExpenseView {
  return {
    id: expense.id,
    category: expense.category,
    date: expense.date,
    amount: BigInt(expense.amount),
    invoiceNumber: expense.invoiceNumber,
    description: expense.description,
    documentRef: expense.documentRef ?? null,
  };
}

/** One tax year's R&D deduction of a startup. */
export interface RdDossierView {
  startupId: string;
  startupName: string;
  year: number;
  lines: RdExpenseView[];
  actualCost: bigint;
  preTaxProfit: bigint | null;
  capAtRate: bigint;
  uplift: bigint;
  deductible: bigint;
  limitedByProfit: boolean;
}
