// The MetricReport as GraphQL reads it: entities and plain rows both fit (see db/rows.ts for why rows).
import type { EntityManager } from '@mikro-orm/postgresql';
import { instant, placeholders, ref, type Ref } from '../../kernel';
import type { MetricReport } from './entities';

export interface MetricReportView {
  id: string;
  startup: Ref;
  period: string;
  revenue: bigint;
  customers: number;
  employees: number;
  submittedAt: Date;
  submittedBy?: Ref | null;
}

export interface MetricReportRow {
  id: string;
  startup_id: string;
  period: string;
  revenue: string;
  customers: number;
  employees: number;
  submitted_at: string;
  submitted_by_id: string | null;
}

/** A metric report entity (what a founder submitted) as a MetricReportView. */
export function metricReportViewOf(report: MetricReport): MetricReportView {
  return {
    id: report.id,
    startup: { id: report.startup.id },
    period: report.period,
    revenue: report.revenue,
    customers: report.customers,
    employees: report.employees,
    submittedAt: report.submittedAt,
    submittedBy: ref(report.submittedBy?.id),
  };
}

/** Every metric report of these startups, oldest period first, in one statement. */
export async function metricReportViewsOf(
  em: EntityManager,
  startupIds: readonly string[],
): Promise<MetricReportView[]> {
  if (startupIds.length === 0) return [];
  const rows = await em.execute<MetricReportRow[]>(
    `select * from metric_reports where startup_id in (${placeholders(startupIds)}) order by period`,
    [...startupIds],
  );
  return rows.map(metricReportView);
}

/** A `metric_reports` row (revenue as text, never a JSON number) as a MetricReportView. */
export function metricReportView(row: MetricReportRow): MetricReportView {
  return {
    id: row.id,
    startup: { id: row.startup_id },
    period: row.period,
    revenue: BigInt(row.revenue),
    customers: row.customers,
    employees: row.employees,
    submittedAt: instant(row.submitted_at),
    submittedBy: ref(row.submitted_by_id),
  };
}
