// R&D expense lines and reported profits; the dossier applies the shared 200% rule (shared/rd-deduction.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  MAX_VND,
  RD_EXPENSE_CATEGORIES,
  rdDeduction,
  requireEnum,
  requirePastDate,
  requireText,
  optionalText,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit';
import { readableStartup, writableStartup } from '../startups';
import { RdExpenseSchema, RdProfitReportSchema } from './entities';
import { rdExpenseView, type RdDossierView } from './read';

export interface RdExpenseInput {
  startupId: string;
  category: string;
  date: string;
  amount: bigint;
  invoiceNumber: string;
  description: string;
  documentRef?: string | null;
}

export async function recordExpense(em: EntityManager, actor: Actor, input: RdExpenseInput, today: string) {
  if (input.amount <= 0n) throw badInput('amount', 'amount must be more than 0 dong.');
  const data = {
    category: requireEnum('category', input.category, RD_EXPENSE_CATEGORIES),
    date: requirePastDate('date', input.date, today),
    amount: input.amount,
    invoiceNumber: requireText('invoiceNumber', input.invoiceNumber, { max: 100 }),
    description: requireText('description', input.description, { max: 500 }),
    documentRef: optionalText('documentRef', input.documentRef, { max: 2000 }),
  };
  return em.transactional(async (tx) => {
    const startup = await writableStartup(tx, actor, input.startupId);
    const [dup] = await tx.execute<{ n: string }[]>(
      'select count(*) as n from rd_expenses where startup_id = ? and lower(invoice_number) = lower(?)',
      [startup.id, data.invoiceNumber],
    );
    if (Number(dup?.n ?? 0) > 0)
      throw badInput('invoiceNumber', 'An expense with this invoice number is already recorded for this startup.');
    const expense = tx.create(RdExpenseSchema, { ...data, startup, actorId: actor.userId });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'rd-expense.recorded',
      entityType: 'RdExpense',
      entityId: expense.id,
      after: { startupId: startup.id, ...data, amount: data.amount.toString() },
    });
    return expense;
  });
}

const SIGNED = /^-?[0-9]{1,19}$/;

export function requireYear(field: string, year: unknown): number {
  if (!Number.isInteger(year) || (year as number) < 2000 || (year as number) > 2100)
    throw badInput(field, `${field} is a year from 2000 to 2100.`);
  return year as number;
}

export async function reportProfit(em: EntityManager, actor: Actor, startupId: string, year: number, profit: string) {
  const y = requireYear('year', year);
  if (typeof profit !== 'string' || !SIGNED.test(profit.trim()))
    throw badInput('preTaxProfit', 'preTaxProfit is whole dong, digits with an optional minus sign (e.g. -150000000).');
  const value = BigInt(profit.trim());
  if (value > MAX_VND || value < -MAX_VND) throw badInput('preTaxProfit', 'preTaxProfit is beyond any enterprise.');
  return em.transactional(async (tx) => {
    const startup = await writableStartup(tx, actor, startupId);
    const existing = await tx.findOne(RdProfitReportSchema, { startup: startup.id, year: y });
    const before = existing ? { preTaxProfit: existing.preTaxProfit.toString() } : null;
    if (existing) {
      existing.preTaxProfit = value;
      existing.actorId = actor.userId;
    } else tx.create(RdProfitReportSchema, { startup, year: y, preTaxProfit: value, actorId: actor.userId });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'rd-profit.reported',
      entityType: 'Startup',
      entityId: startup.id,
      before,
      after: { year: y, preTaxProfit: value.toString() },
    });
    return startup.id;
  });
}

/** One tax year (a calendar year of Hanoi days) of a startup's R&D expenses, with the deduction. */
export async function dossier(
  em: EntityManager,
  actor: Actor,
  startupId: string,
  year: number,
): Promise<RdDossierView> {
  const y = requireYear('year', year);
  const startup = await readableStartup(em, actor, startupId, 'startupId');
  const [from, to] = [`${y}-01-01`, `${y}-12-31`];
  const lines = await em.find(
    RdExpenseSchema,
    { startup: startup.id, date: { $gte: from, $lte: to } },
    { orderBy: { date: 'asc', invoiceNumber: 'asc' } },
  );
  const report = await em.findOne(RdProfitReportSchema, { startup: startup.id, year: y });
  const actualCost = lines.reduce((sum, line) => sum + BigInt(line.amount), 0n);
  const preTaxProfit = report ? BigInt(report.preTaxProfit) : null;
  // Without a reported profit the no-loss condition cannot be checked: no uplift yet.
  const deduction = rdDeduction({ actualCost, preTaxProfit: preTaxProfit ?? 0n });
  return {
    startupId: startup.id,
    startupName: startup.name,
    year: y,
    lines: lines.map(rdExpenseView),
    actualCost,
    preTaxProfit,
    capAtRate: deduction.capAtRate,
    uplift: deduction.uplift,
    deductible: deduction.deductible,
    limitedByProfit: deduction.limitedByProfit,
  };
}
