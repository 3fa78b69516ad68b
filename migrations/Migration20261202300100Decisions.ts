// Investment decisions: the deal pipeline with its append-only moves, the due-diligence checklist
// and documents, the investment committee (members, declarations, votes), and on the fund side the approved
// decisions a fund participation must name, with the rule checks run at approval and at recording.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202300100Decisions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "decision_check_phase" as enum ('PREVIEW', 'RECORDING');`);
    this.addSql(
      `create type "deal_step" as enum ('SOURCED', 'SCREENING', 'DUE_DILIGENCE', 'INVESTMENT_COMMITTEE', 'APPROVED', 'REJECTED', 'CLOSED');`,
    );
    this.addSql(`create type "document_kind" as enum ('STARTUP_EVIDENCE', 'FUND_MEMO');`);
    this.addSql(`create type "dd_status" as enum ('OPEN', 'SATISFIED', 'CONCERN', 'RED_FLAG');`);
    this.addSql(`create type "committee_outcome" as enum ('APPROVED', 'REJECTED');`);
    this.addSql(`create type "vote_choice" as enum ('FOR', 'AGAINST', 'ABSTAIN');`);
    this.addSql(
      `create table "dd_areas" ("id" uuid not null, "fund_id" uuid not null, "name" varchar(100) not null, "position" int not null, constraint "dd_areas_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "dd_areas" add constraint "dd_areas_fund_id_name_unique" unique ("fund_id", "name");`);
    this.addSql(
      `create table "investment_decisions" ("id" uuid not null, "fund_id" uuid not null, "startup_id" uuid not null, "amount" bigint not null, "deal_id" uuid not null, "approved_at" timestamptz not null, "created_at" timestamptz not null, constraint "investment_decisions_pkey" primary key ("id"), constraint investment_decisions_amount_check check (amount > 0));`,
    );
    this.addSql(`create index "investment_decisions_fund_id_index" on "investment_decisions" ("fund_id");`);
    this.addSql(`create index "investment_decisions_startup_id_index" on "investment_decisions" ("startup_id");`);
    this.addSql(
      `alter table "investment_decisions" add constraint "investment_decisions_deal_id_unique" unique ("deal_id");`,
    );
    this.addSql(
      `create table "decision_checks" ("id" uuid not null, "decision_id" uuid not null, "phase" "decision_check_phase" not null, "round_id" uuid null, "amount" bigint not null, "passed" boolean not null, "result" jsonb not null, "checked_at" timestamptz not null, constraint "decision_checks_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "decision_checks_decision_id_index" on "decision_checks" ("decision_id");`);
    this.addSql(
      `create table "deals" ("id" uuid not null, "fund_id" uuid not null, "startup_id" uuid not null, "title" varchar(200) not null, "instrument" "round_instrument" not null, "amount_asked" bigint not null, "pre_money" bigint not null, "step" "deal_step" not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "deals_pkey" primary key ("id"), constraint deals_amounts_check check (amount_asked > 0 and pre_money >= 0));`,
    );
    this.addSql(`create index "deals_fund_id_index" on "deals" ("fund_id");`);
    this.addSql(`create index "deals_startup_id_index" on "deals" ("startup_id");`);
    this.addSql(
      `create table "deal_moves" ("id" uuid not null, "deal_id" uuid not null, "from_step" "deal_step" null, "to_step" "deal_step" not null, "reason" text null, "actor_id" uuid null, "actor_email" varchar(320) null, "at" timestamptz not null, constraint "deal_moves_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "deal_moves_deal_id_index" on "deal_moves" ("deal_id");`);
    this.addSql(
      `create table "deal_documents" ("id" uuid not null, "deal_id" uuid not null, "kind" "document_kind" not null, "area" varchar(100) null, "file_name" varchar(255) not null, "media_type" varchar(150) not null, "size" bigint not null, "sha256" varchar(64) not null, "uploaded_by" varchar(320) null, "uploaded_at" timestamptz not null, constraint "deal_documents_pkey" primary key ("id"), constraint deal_documents_sha256_check check (sha256 ~ '^[0-9a-f]{64}$'));`,
    );
    this.addSql(`create index "deal_documents_deal_id_index" on "deal_documents" ("deal_id");`);
    this.addSql(
      `create table "dd_items" ("id" uuid not null, "deal_id" uuid not null, "area" varchar(100) not null, "position" int not null, "status" "dd_status" not null, "finding" text null, "updated_by" varchar(320) null, "updated_at" timestamptz not null, constraint "dd_items_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "dd_items_deal_id_index" on "dd_items" ("deal_id");`);
    this.addSql(`alter table "dd_items" add constraint "dd_items_deal_id_area_unique" unique ("deal_id", "area");`);
    this.addSql(
      `create table "committee_meetings" ("id" uuid not null, "deal_id" uuid not null, "held_on" date not null, "quorum" int not null, "outcome" "committee_outcome" null, "approved_amount" bigint null, "minutes" text null, "decided_at" timestamptz null, "created_at" timestamptz not null, constraint "committee_meetings_pkey" primary key ("id"), constraint committee_meetings_quorum_check check (quorum >= 1));`,
    );
    this.addSql(
      `alter table "committee_meetings" add constraint "committee_meetings_deal_id_unique" unique ("deal_id");`,
    );
    this.addSql(
      `create table "committee_members" ("id" uuid not null, "meeting_id" uuid not null, "name" varchar(200) not null, "present" boolean not null, "position" int not null, constraint "committee_members_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "committee_members_meeting_id_index" on "committee_members" ("meeting_id");`);
    this.addSql(
      `create table "conflict_declarations" ("id" uuid not null, "member_id" uuid not null, "conflicted" boolean not null, "statement" text null, "recorded_by" varchar(320) null, "at" timestamptz not null, constraint "conflict_declarations_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "conflict_declarations" add constraint "conflict_declarations_member_id_unique" unique ("member_id");`,
    );
    this.addSql(
      `create table "committee_votes" ("id" uuid not null, "member_id" uuid not null, "choice" "vote_choice" not null, "reason" text not null, "recorded_by" varchar(320) null, "at" timestamptz not null, constraint "committee_votes_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "committee_votes" add constraint "committee_votes_member_id_unique" unique ("member_id");`,
    );
    this.addSql(
      `alter table "dd_areas" add constraint "dd_areas_fund_id_foreign" foreign key ("fund_id") references "funds" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "investment_decisions" add constraint "investment_decisions_fund_id_foreign" foreign key ("fund_id") references "funds" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "investment_decisions" add constraint "investment_decisions_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "decision_checks" add constraint "decision_checks_decision_id_foreign" foreign key ("decision_id") references "investment_decisions" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "decision_checks" add constraint "decision_checks_round_id_foreign" foreign key ("round_id") references "funding_rounds" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "deals" add constraint "deals_fund_id_foreign" foreign key ("fund_id") references "funds" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "deals" add constraint "deals_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "deal_moves" add constraint "deal_moves_deal_id_foreign" foreign key ("deal_id") references "deals" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "deal_documents" add constraint "deal_documents_deal_id_foreign" foreign key ("deal_id") references "deals" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "dd_items" add constraint "dd_items_deal_id_foreign" foreign key ("deal_id") references "deals" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "committee_meetings" add constraint "committee_meetings_deal_id_foreign" foreign key ("deal_id") references "deals" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "committee_members" add constraint "committee_members_meeting_id_foreign" foreign key ("meeting_id") references "committee_meetings" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "conflict_declarations" add constraint "conflict_declarations_member_id_foreign" foreign key ("member_id") references "committee_members" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "committee_votes" add constraint "committee_votes_member_id_foreign" foreign key ("member_id") references "committee_members" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`alter table "round_participations" add column "decision_id" uuid null;`);
    this.addSql(
      `alter table "round_participations" add constraint "round_participations_decision_id_foreign" foreign key ("decision_id") references "investment_decisions" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`create index "round_participations_decision_id_index" on "round_participations" ("decision_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "round_participations" drop constraint "round_participations_decision_id_foreign";`);
    this.addSql(`drop index "round_participations_decision_id_index";`);
    this.addSql(`alter table "round_participations" drop column "decision_id";`);
    for (const table of [
      'committee_votes',
      'conflict_declarations',
      'committee_members',
      'committee_meetings',
      'dd_items',
      'deal_documents',
      'deal_moves',
      'deals',
      'decision_checks',
      'investment_decisions',
      'dd_areas',
    ]) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
    for (const type of [
      'vote_choice',
      'committee_outcome',
      'dd_status',
      'document_kind',
      'deal_step',
      'decision_check_phase',
    ]) {
      this.addSql(`drop type if exists "${type}";`);
    }
  }
}
