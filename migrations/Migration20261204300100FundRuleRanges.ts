// The fund under the law, second part: a rule kind for the number of investors with a lower bound (a fund under
// Decree 38/2018/NĐ-CP as amended has 2–30 investors), and the rule versions and the refusals they caused made
// append-only in the database itself (a change to a rule is a new version, never an edit).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204300100FundRuleRanges extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "fund_rule_kind" add value if not exists 'INVESTORS_COUNT';`);
    this.addSql(`alter table "fund_rules" add column "minimum_value" bigint null;`);
    this.addSql(
      `alter table "fund_rules" add constraint fund_rules_minimum_check check (minimum_value is null or (minimum_value >= 0 and minimum_value <= limit_value));`,
    );
    this.addSql(`create function fund_rules_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    for (const table of ['fund_rules', 'fund_rule_refusals']) {
      this.addSql(`create trigger ${table}_append_only before update or delete on "${table}"
        for each row execute function fund_rules_refuse_change();`);
      this.addSql(`create trigger ${table}_no_truncate before truncate on "${table}"
        for each statement execute function fund_rules_refuse_change();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['fund_rules', 'fund_rule_refusals']) {
      this.addSql(`drop trigger if exists ${table}_no_truncate on "${table}";`);
      this.addSql(`drop trigger if exists ${table}_append_only on "${table}";`);
    }
    this.addSql(`drop function if exists fund_rules_refuse_change();`);
    this.addSql(`alter table "fund_rules" drop constraint if exists fund_rules_minimum_check;`);
    this.addSql(`alter table "fund_rules" drop column if exists "minimum_value";`);
    // An enum value cannot be dropped in PostgreSQL; INVESTORS_COUNT stays in the type.
  }
}
