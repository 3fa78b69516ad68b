// Metric reports: a founder (or a manager) submits one per month; revenue is whole dong (bigint).
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, isValidPeriod, MAX_VND, requireText } from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit';
import { writableStartup } from '../startups';
import { MetricReportSchema, type MetricReport } from './entities';

const MAX_COUNT = 10_000_000;

function count(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_COUNT) {
    throw badInput(field, `${field} must be a whole number between 0 and ${MAX_COUNT}.`);
  }
  return value;
}

export interface SubmitMetricReportInput {
  startupId: string;
  period: string;
  revenue: bigint;
  customers: number;
  employees: number;
}

export async function submitMetricReport(
  em: EntityManager,
  actor: Actor,
  input: SubmitMetricReportInput,
  today: string,
): Promise<MetricReport> {
  const period = requireText('period', input.period, { max: 7 });
  if (!isValidPeriod(period)) throw badInput('period', 'period must be a month written YYYY-MM.');
  if (period > today.slice(0, 7)) throw badInput('period', 'period must not be in the future.');
  if (input.revenue < 0n || input.revenue > MAX_VND)
    throw badInput('revenue', 'revenue must be between 0 and 10^18 dong.');
  const customers = count('customers', input.customers);
  const employees = count('employees', input.employees);
  return em.transactional(async (tx) => {
    const startup = await writableStartup(tx, actor, input.startupId);
    if (await tx.count(MetricReportSchema, { startup: startup.id, period })) {
      throw badInput('period', `A report for ${period} was already submitted.`);
    }
    const report = tx.create(MetricReportSchema, {
      startup,
      period,
      revenue: input.revenue,
      customers,
      employees,
      submittedBy: actor.userId,
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'metric_report.submitted',
      entityType: 'Startup',
      entityId: startup.id,
      after: { period, revenue: input.revenue, customers, employees },
    });
    return report;
  });
}
