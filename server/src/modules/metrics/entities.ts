// Periodic metric reports of a startup: revenue (VND, bigint), customers, employees per month.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { StartupSchema } from '../startups';
import { UserSchema } from '../users';

export const MetricReportSchema = defineEntity({
  name: 'MetricReport',
  tableName: 'metric_reports',
  checks: [
    {
      name: 'metric_reports_values_check',
      expression:
        "period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' and revenue >= 0 and revenue <= 1000000000000000000 and customers >= 0 and employees >= 0",
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    startup: () => p.manyToOne(StartupSchema).index(),
    /** YYYY-MM */
    period: p.string().length(7),
    revenue: p.bigint(),
    customers: p.integer(),
    employees: p.integer(),
    submittedAt: p.datetime().onCreate(() => new Date()),
    submittedBy: () => p.manyToOne(UserSchema).nullable(),
  },
  uniques: [{ properties: ['startup', 'period'] }],
});
export type MetricReport = InferEntity<typeof MetricReportSchema>;
