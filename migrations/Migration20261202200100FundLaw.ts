// The fund under the law: rule versions with their citations (append-only), the refusals they caused
// (append-only), each fund's vehicle, and capital calls with one line per commitment (append-only).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202200100FundLaw extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "fund_rule_kind" as enum ('STATE_SHARE_OF_CHARTER', 'STATE_BUDGET_AMOUNT', 'OTHER_MEMBERS_COUNT', 'STAKE_PER_STARTUP', 'PORTFOLIO_LOSS_THRESHOLD');`,
    );
    this.addSql(`create type "fund_vehicle_kind" as enum ('BCC', 'COMPANY');`);
    this.addSql(
      `create table "capital_calls" ("id" uuid not null, "fund_id" uuid not null, "call_date" date not null, "due_date" date not null, "percent_bp" int not null, "actor_id" uuid null, "created_at" timestamptz not null, constraint "capital_calls_pkey" primary key ("id"), constraint capital_calls_dates_check check (due_date >= call_date and percent_bp > 0 and percent_bp <= 10000));`,
    );
    this.addSql(`create index "capital_calls_fund_id_index" on "capital_calls" ("fund_id");`);
    this.addSql(
      `create table "capital_call_lines" ("id" uuid not null, "call_id" uuid not null, "commitment_id" uuid not null, "member_name" varchar(200) not null, "commitment_amount" bigint not null, "amount" bigint not null, constraint "capital_call_lines_pkey" primary key ("id"), constraint capital_call_lines_amount_check check (amount >= 0 and commitment_amount >= amount));`,
    );
    this.addSql(`create index "capital_call_lines_call_id_index" on "capital_call_lines" ("call_id");`);
    this.addSql(`create index "capital_call_lines_commitment_id_index" on "capital_call_lines" ("commitment_id");`);
    this.addSql(
      `alter table "capital_call_lines" add constraint "capital_call_lines_call_id_commitment_id_unique" unique ("call_id", "commitment_id");`,
    );
    this.addSql(
      `alter table "capital_call_lines" add constraint "capital_call_lines_call_id_foreign" foreign key ("call_id") references "capital_calls" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create table "fund_rules" ("id" uuid not null, "fund_id" uuid not null, "kind" "fund_rule_kind" not null, "limit_value" bigint not null, "scope" varchar(300) not null, "citation" text not null, "effective_from" date not null, "version" int not null, "reason" text null, "actor_id" uuid null, "created_at" timestamptz not null, constraint "fund_rules_pkey" primary key ("id"), constraint fund_rules_limit_check check (limit_value >= 0 and version >= 1));`,
    );
    this.addSql(`create index "fund_rules_fund_id_index" on "fund_rules" ("fund_id");`);
    this.addSql(
      `alter table "fund_rules" add constraint "fund_rules_fund_id_kind_version_unique" unique ("fund_id", "kind", "version");`,
    );
    this.addSql(
      `alter table "fund_rules" add constraint "fund_rules_fund_id_kind_effective_from_unique" unique ("fund_id", "kind", "effective_from");`,
    );
    this.addSql(
      `create table "fund_rule_refusals" ("id" uuid not null, "fund_id" uuid not null, "rule_id" uuid null, "kind" varchar(50) not null, "code" varchar(50) not null, "citation" text not null, "action" varchar(100) not null, "on_date" date not null, "message" text not null, "actor_id" uuid null, "at" timestamptz not null, constraint "fund_rule_refusals_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "fund_rule_refusals_fund_id_index" on "fund_rule_refusals" ("fund_id");`);
    this.addSql(
      `create table "fund_vehicles" ("fund_id" uuid not null, "kind" "fund_vehicle_kind" not null, "legal_basis" text not null, "cycle_start" date not null, "term_years" int null, "review_after_years" int null, "updated_at" timestamptz not null, constraint "fund_vehicles_pkey" primary key ("fund_id"), constraint fund_vehicles_term_check check ((term_years is null or (term_years >= 1 and term_years <= 99)) and (review_after_years is null or (review_after_years >= 1 and review_after_years <= 99))));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "fund_vehicles" cascade;`);
    this.addSql(`drop table if exists "fund_rule_refusals" cascade;`);
    this.addSql(`drop table if exists "fund_rules" cascade;`);
    this.addSql(`drop table if exists "capital_call_lines" cascade;`);
    this.addSql(`drop table if exists "capital_calls" cascade;`);
    this.addSql(`drop type if exists "fund_vehicle_kind";`);
    this.addSql(`drop type if exists "fund_rule_kind";`);
  }
}
