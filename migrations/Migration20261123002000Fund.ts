// The Venture Investment Fund ledger: funds with policy and running totals, members,
// commitments and their append-only changes, pay-ins, funding rounds with participations, valuation
// marks and exits. CHECK constraints back the rules (charter, cash, paid-in ≤ committed, positive amounts).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261123002000Fund extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "member_type" as enum ('STATE', 'PRIVATE');`);
    this.addSql(`create type "round_instrument" as enum ('EQUITY', 'CONVERTIBLE', 'SAFE');`);
    this.addSql(`create type "participation_kind" as enum ('FUND', 'OTHER_FUND', 'PRIVATE');`);
    this.addSql(`create type "exit_kind" as enum ('EXIT', 'WRITE_OFF');`);
    this.addSql(
      `create table "funds" ("id" uuid not null, "name" varchar(200) not null, "charter_cap_bp" int not null default 4900, "stake_cap_bp" int not null default 4900, "charter_capital" bigint not null default 0, "state_committed" bigint not null default 0, "paid_in" bigint not null default 0, "invested" bigint not null default 0, "created_at" timestamptz not null, constraint "funds_pkey" primary key ("id"), constraint funds_policy_check check (charter_cap_bp >= 0 and charter_cap_bp <= 10000 and stake_cap_bp >= 0 and stake_cap_bp <= 10000), constraint funds_totals_check check (state_committed >= 0 and state_committed <= charter_capital and paid_in >= 0 and paid_in <= charter_capital and invested >= 0), constraint funds_charter_rule check (state_committed::numeric * 10000 <= charter_cap_bp::numeric * charter_capital), constraint funds_cash_rule check (invested <= paid_in));`,
    );
    this.addSql(`alter table "funds" add constraint "funds_name_unique" unique ("name");`);
    this.addSql(
      `create table "fund_members" ("id" uuid not null, "fund_id" uuid not null, "name" varchar(200) not null, "type" "member_type" not null, "created_at" timestamptz not null, constraint "fund_members_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "fund_members" add constraint "fund_members_fund_id_name_unique" unique ("fund_id", "name");`,
    );
    this.addSql(
      `create table "commitments" ("id" uuid not null, "fund_id" uuid not null, "member_id" uuid not null, "amount" bigint not null, "paid_in" bigint not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "commitments_pkey" primary key ("id"), constraint commitments_amounts_check check (amount >= 0 and paid_in >= 0 and paid_in <= amount));`,
    );
    this.addSql(`create index "commitments_fund_id_index" on "commitments" ("fund_id");`);
    this.addSql(`create index "commitments_member_id_index" on "commitments" ("member_id");`);
    this.addSql(
      `create table "commitment_changes" ("id" uuid not null, "commitment_id" uuid not null, "amount_before" bigint not null, "amount_after" bigint not null, "reason" text null, "actor_id" uuid null, "at" timestamptz not null, constraint "commitment_changes_pkey" primary key ("id"), constraint commitment_changes_amounts_check check (amount_before >= 0 and amount_after >= 0));`,
    );
    this.addSql(`create index "commitment_changes_commitment_id_index" on "commitment_changes" ("commitment_id");`);
    this.addSql(
      `create table "capital_payments" ("id" uuid not null, "fund_id" uuid not null, "commitment_id" uuid not null, "amount" bigint not null, "date" date not null, "created_at" timestamptz not null, constraint "capital_payments_pkey" primary key ("id"), constraint capital_payments_amount_check check (amount > 0));`,
    );
    this.addSql(`create index "capital_payments_fund_id_index" on "capital_payments" ("fund_id");`);
    this.addSql(`create index "capital_payments_commitment_id_index" on "capital_payments" ("commitment_id");`);
    this.addSql(
      `create table "funding_rounds" ("id" uuid not null, "startup_id" uuid not null, "date" date not null, "instrument" "round_instrument" not null, "pre_money" bigint not null, "raised" bigint not null, "created_at" timestamptz not null, constraint "funding_rounds_pkey" primary key ("id"), constraint funding_rounds_amounts_check check (pre_money >= 0 and raised > 0));`,
    );
    this.addSql(`create index "funding_rounds_startup_id_index" on "funding_rounds" ("startup_id");`);
    this.addSql(
      `create table "round_participations" ("id" uuid not null, "round_id" uuid not null, "kind" "participation_kind" not null, "fund_id" uuid null, "investor_name" varchar(200) null, "amount" bigint not null, constraint "round_participations_pkey" primary key ("id"), constraint round_participations_amount_check check (amount > 0), constraint round_participations_holder_check check ((kind = 'FUND') = (fund_id is not null) and (fund_id is null) = (investor_name is not null)));`,
    );
    this.addSql(`create index "round_participations_round_id_index" on "round_participations" ("round_id");`);
    this.addSql(`create index "round_participations_fund_id_index" on "round_participations" ("fund_id");`);
    this.addSql(
      `create table "fund_exits" ("id" uuid not null, "fund_id" uuid not null, "startup_id" uuid not null, "kind" "exit_kind" not null, "date" date not null, "proceeds" bigint not null, "buyer_name" varchar(200) null, "created_at" timestamptz not null, constraint "fund_exits_pkey" primary key ("id"), constraint fund_exits_proceeds_check check (proceeds >= 0));`,
    );
    this.addSql(`create index "fund_exits_startup_id_index" on "fund_exits" ("startup_id");`);
    this.addSql(
      `alter table "fund_exits" add constraint "fund_exits_fund_id_startup_id_unique" unique ("fund_id", "startup_id");`,
    );
    this.addSql(
      `create table "valuation_marks" ("id" uuid not null, "fund_id" uuid not null, "startup_id" uuid not null, "date" date not null, "value" bigint not null, "created_at" timestamptz not null, constraint "valuation_marks_pkey" primary key ("id"), constraint valuation_marks_value_check check (value >= 0));`,
    );
    this.addSql(`create index "valuation_marks_startup_id_index" on "valuation_marks" ("startup_id");`);
    this.addSql(
      `create index "valuation_marks_fund_id_startup_id_index" on "valuation_marks" ("fund_id", "startup_id");`,
    );
    this.addSql(
      `alter table "fund_members" add constraint "fund_members_fund_id_foreign" foreign key ("fund_id") references "funds" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "commitments" add constraint "commitments_fund_id_foreign" foreign key ("fund_id") references "funds" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "commitments" add constraint "commitments_member_id_foreign" foreign key ("member_id") references "fund_members" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "commitment_changes" add constraint "commitment_changes_commitment_id_foreign" foreign key ("commitment_id") references "commitments" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "capital_payments" add constraint "capital_payments_fund_id_foreign" foreign key ("fund_id") references "funds" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "capital_payments" add constraint "capital_payments_commitment_id_foreign" foreign key ("commitment_id") references "commitments" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "funding_rounds" add constraint "funding_rounds_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "round_participations" add constraint "round_participations_round_id_foreign" foreign key ("round_id") references "funding_rounds" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "round_participations" add constraint "round_participations_fund_id_foreign" foreign key ("fund_id") references "funds" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "fund_exits" add constraint "fund_exits_fund_id_foreign" foreign key ("fund_id") references "funds" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "fund_exits" add constraint "fund_exits_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "valuation_marks" add constraint "valuation_marks_fund_id_foreign" foreign key ("fund_id") references "funds" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "valuation_marks" add constraint "valuation_marks_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade on delete restrict;`,
    );

    // History of commitments is append-only in the database itself.
    this.addSql(`create function commitment_changes_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'commitment history is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger commitment_changes_append_only before update on "commitment_changes"
      for each row execute function commitment_changes_refuse_change();`);
  }
}
