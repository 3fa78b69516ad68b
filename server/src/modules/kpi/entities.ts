// KPI targets as data: one row per metric and plan year (2026–2030); a metric's total is the sum of its years.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { KPI_METRICS } from '@launchpad/shared';
import { UserSchema } from '../users';

export const KpiTargetSchema = defineEntity({
  name: 'KpiTarget',
  tableName: 'kpi_targets',
  checks: [{ name: 'kpi_targets_values_check', expression: 'year >= 2026 and year <= 2030 and amount >= 0' }],
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    metric: p.enum([...KPI_METRICS]).nativeEnumName('kpi_metric'),
    year: p.integer(),
    /** A count of startups or whole VND, depending on the metric. */
    amount: p.bigint(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    updatedBy: () => p.manyToOne(UserSchema).nullable(),
  },
  uniques: [{ name: 'kpi_targets_metric_year_unique', properties: ['metric', 'year'] }],
});
export type KpiTarget = InferEntity<typeof KpiTargetSchema>;
