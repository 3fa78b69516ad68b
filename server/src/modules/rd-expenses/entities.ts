// R&D expenses of a startup (lines with category, date, amount, invoice and document) and the pre-tax profit the
// founders report per tax year, from which the period's deduction at up to 200% is computed (shared/rd-deduction).
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { RD_EXPENSE_CATEGORIES } from '@launchpad/shared';
import { StartupSchema } from '../startups';

export const RdExpenseSchema = defineEntity({
  name: 'RdExpense',
  tableName: 'rd_expenses',
  checks: [{ name: 'rd_expenses_amount_check', expression: 'amount > 0' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    startup: () => p.manyToOne(StartupSchema).index(),
    category: p.enum([...RD_EXPENSE_CATEGORIES]).nativeEnumName('rd_expense_category'),
    date: p.date(),
    amount: p.bigint(),
    invoiceNumber: p.string().length(100),
    description: p.string().length(500),
    /** Where the invoice or supporting document is kept (a link or a file reference). */
    documentRef: p.string().length(2000).nullable(),
    actorId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'rd_expenses_startup_invoice_unique', properties: ['startup', 'invoiceNumber'] }],
});
export type RdExpense = InferEntity<typeof RdExpenseSchema>;

export const RdProfitReportSchema = defineEntity({
  name: 'RdProfitReport',
  tableName: 'rd_profit_reports',
  checks: [{ name: 'rd_profit_reports_year_check', expression: 'year >= 2000 and year <= 2100' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    startup: () => p.manyToOne(StartupSchema),
    year: p.integer(),
    /** May be negative (a loss). */
    preTaxProfit: p.bigint(),
    actorId: p.uuid().nullable(),
    reportedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ name: 'rd_profit_reports_startup_year_unique', properties: ['startup', 'year'] }],
});
export type RdProfitReport = InferEntity<typeof RdProfitReportSchema>;

export const rdEntities = [RdExpenseSchema, RdProfitReportSchema];
