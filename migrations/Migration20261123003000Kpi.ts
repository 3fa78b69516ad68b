// KPI targets for 2026–2030: one row per metric and year, seeded with the center's launch targets
// (more than 200 startups incubated, over VND 500 billion mobilized).
// The figures are real configuration, not demo data, so every database starts with them; they are
// written out here (a migration never changes after landing) and equal DEFAULT_TARGETS in @launchpad/shared,
// which tests/api/kpi.test.ts checks.
import { Migration } from '@mikro-orm/migrations';

const DEFAULTS: Record<'STARTUPS_INCUBATED' | 'CAPITAL_MOBILIZED', string[]> = {
  STARTUPS_INCUBATED: ['20', '30', '40', '50', '60'],
  CAPITAL_MOBILIZED: ['50000000000', '75000000000', '100000000000', '125000000000', '150000000000'],
};

export class Migration20261123003000Kpi extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "kpi_metric" as enum ('STARTUPS_INCUBATED', 'CAPITAL_MOBILIZED');`);
    this.addSql(
      `create table "kpi_targets" ("id" bigserial primary key, "metric" "kpi_metric" not null, "year" int not null, "amount" bigint not null, "updated_at" timestamptz not null, "updated_by_id" uuid null, constraint kpi_targets_values_check check (year >= 2026 and year <= 2030 and amount >= 0));`,
    );
    this.addSql(`alter table "kpi_targets" add constraint "kpi_targets_metric_year_unique" unique ("metric", "year");`);
    this.addSql(
      `alter table "kpi_targets" add constraint "kpi_targets_updated_by_id_foreign" foreign key ("updated_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    for (const [metric, yearly] of Object.entries(DEFAULTS)) {
      const rows = yearly.map((amount, index) => `('${metric}', ${2026 + index}, ${amount}, now())`).join(', ');
      this.addSql(`insert into "kpi_targets" ("metric", "year", "amount", "updated_at") values ${rows};`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kpi_targets" cascade;`);
    this.addSql(`drop type if exists "kpi_metric";`);
  }
}
