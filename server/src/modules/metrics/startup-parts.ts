// What the metrics module adds to a startup: its monthly reports (prefetched with a startup page, or batch loaded).
import type { MercuriusLoaders } from 'mercurius';
import { groupBy } from '../../kernel';
import { registerStartupPrefetch, type StartupView } from '../startups';
import { metricReportView, metricReportViewsOf, type MetricReportRow } from './read';

registerStartupPrefetch({
  key: 'metricReports',
  subquery:
    () => `select coalesce(json_agg(json_build_object('id', mr.id, 'startup_id', mr.startup_id, 'period', mr.period,
      'revenue', mr.revenue::text, 'customers', mr.customers, 'employees', mr.employees,
      'submitted_at', mr.submitted_at, 'submitted_by_id', mr.submitted_by_id) order by mr.period), '[]')
    from metric_reports mr where mr.startup_id = p.id`,
  read: (json: MetricReportRow[]) => json.map(metricReportView),
  answers: { metricReports: (value) => value },
});

type Query = { obj: StartupView; params: unknown };

export const metricStartupLoaders: MercuriusLoaders = {
  Startup: {
    async metricReports(queries: Query[], ctx) {
      const ids = [...new Set(queries.map((q) => q.obj.id))];
      const groups = groupBy(await metricReportViewsOf(ctx.em, ids), (row) => row.startup.id);
      return queries.map((q) => groups.get(q.obj.id) ?? []);
    },
  },
};
