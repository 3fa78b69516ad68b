// The city's channels: priority tasks and the legal documents that govern them, PPP proposals and their
// workflow history, strategic partners with their agreements and sponsored statements, pilot agreements in
// controlled testing, R&D expense lines and reported profits, and the state-support ledger.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202500100Channels extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "priority_task_status" as enum ('DRAFT', 'PUBLISHED', 'CLOSED');`);
    this.addSql(`create type "partner_kind" as enum ('CORPORATION', 'UNIVERSITY', 'INSTITUTE', 'INTERNATIONAL');`);
    this.addSql(
      `create type "support_kind" as enum ('GRANT', 'SUBSIDIZED_PROGRAM', 'FUND_INVESTMENT', 'SANDBOX', 'MENTORING');`,
    );
    this.addSql(
      `create type "rd_expense_category" as enum ('STAFF', 'MATERIALS', 'EQUIPMENT_DEPRECIATION', 'OUTSOURCED_RESEARCH', 'TESTING', 'INTELLECTUAL_PROPERTY', 'OTHER');`,
    );
    this.addSql(
      `create type "ppp_organization_kind" as enum ('ENTERPRISE', 'INSTITUTE', 'UNIVERSITY', 'STARTUP', 'OTHER');`,
    );
    this.addSql(
      `create type "ppp_proposal_status" as enum ('RECEIVED', 'UNDER_REVIEW', 'ACCEPTED', 'RETURNED', 'REFUSED');`,
    );
    this.addSql(`create type "ppp_outcome" as enum ('CHALLENGE', 'PILOT', 'PPP_CONTRACT');`);
    this.addSql(`create type "pilot_status" as enum ('PLANNED', 'ACTIVE', 'COMPLETED', 'STOPPED');`);
    this.addSql(
      `create table "legal_documents" ("id" uuid not null, "number" varchar(100) not null, "title_vi" varchar(500) not null, "title_en" varchar(500) not null, "issuer" varchar(300) not null, "issued_on" date not null, "url" varchar(2000) null, "created_at" timestamptz not null, constraint "legal_documents_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "legal_documents" add constraint "legal_documents_number_unique" unique ("number");`);
    this.addSql(
      `create table "priority_tasks" ("id" uuid not null, "title_vi" varchar(300) not null, "title_en" varchar(300) not null, "field" varchar(50) not null, "expected_result_vi" text not null, "expected_result_en" text not null, "budget_min" bigint not null, "budget_max" bigint not null, "risk_tolerant" boolean not null, "deadline" date not null, "status" "priority_task_status" not null, "published_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "priority_tasks_pkey" primary key ("id"), constraint priority_tasks_budget_check check (budget_min >= 0 and budget_max >= budget_min));`,
    );
    this.addSql(`create index "priority_tasks_status_index" on "priority_tasks" ("status");`);
    this.addSql(
      `create table "priority_task_documents" ("priority_task_id" uuid not null, "legal_document_id" uuid not null, constraint "priority_task_documents_pkey" primary key ("priority_task_id", "legal_document_id"));`,
    );
    this.addSql(
      `create table "strategic_partners" ("id" uuid not null, "name" varchar(300) not null, "kind" "partner_kind" not null, "country" varchar(100) not null, "website" varchar(2000) null, "fund_member_id" uuid null, "created_at" timestamptz not null, constraint "strategic_partners_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "strategic_partners" add constraint "strategic_partners_name_unique" unique ("name");`);
    this.addSql(
      `create table "partner_agreements" ("id" uuid not null, "partner_id" uuid not null, "title" varchar(300) not null, "signed_on" date not null, "valid_to" date null, "scope" text not null, "created_at" timestamptz not null, constraint "partner_agreements_pkey" primary key ("id"), constraint partner_agreements_dates_check check (valid_to is null or valid_to >= signed_on));`,
    );
    this.addSql(`create index "partner_agreements_partner_id_index" on "partner_agreements" ("partner_id");`);
    this.addSql(
      `create table "partner_challenges" ("strategic_partner_id" uuid not null, "challenge_id" uuid not null, constraint "partner_challenges_pkey" primary key ("strategic_partner_id", "challenge_id"));`,
    );
    this.addSql(
      `create table "state_support_entries" ("id" uuid not null, "startup_id" uuid not null, "kind" "support_kind" not null, "source" varchar(300) not null, "legal_basis" varchar(500) not null, "amount" bigint not null, "hours" int null, "date" date not null, "cost_ref" varchar(200) null, "note" varchar(1000) null, "actor_id" uuid null, "created_at" timestamptz not null, constraint "state_support_entries_pkey" primary key ("id"), constraint state_support_entries_hours_check check (hours is null or hours > 0));`,
    );
    this.addSql(`create index "state_support_entries_startup_id_index" on "state_support_entries" ("startup_id");`);
    this.addSql(
      `create table "rd_profit_reports" ("id" uuid not null, "startup_id" uuid not null, "year" int not null, "pre_tax_profit" bigint not null, "actor_id" uuid null, "reported_at" timestamptz not null, constraint "rd_profit_reports_pkey" primary key ("id"), constraint rd_profit_reports_year_check check (year >= 2000 and year <= 2100));`,
    );
    this.addSql(
      `alter table "rd_profit_reports" add constraint "rd_profit_reports_startup_year_unique" unique ("startup_id", "year");`,
    );
    this.addSql(
      `create table "rd_expenses" ("id" uuid not null, "startup_id" uuid not null, "category" "rd_expense_category" not null, "date" date not null, "amount" bigint not null, "invoice_number" varchar(100) not null, "description" varchar(500) not null, "document_ref" varchar(2000) null, "actor_id" uuid null, "created_at" timestamptz not null, constraint "rd_expenses_pkey" primary key ("id"), constraint rd_expenses_amount_check check (amount > 0));`,
    );
    this.addSql(`create index "rd_expenses_startup_id_index" on "rd_expenses" ("startup_id");`);
    this.addSql(
      `alter table "rd_expenses" add constraint "rd_expenses_startup_invoice_unique" unique ("startup_id", "invoice_number");`,
    );
    this.addSql(
      `create table "ppp_proposals" ("id" uuid not null, "code" varchar(12) not null, "priority_task_id" uuid null, "organization" varchar(300) not null, "organization_kind" "ppp_organization_kind" not null, "contact_name" varchar(200) not null, "contact_email" varchar(254) not null, "contact_phone" varchar(30) null, "title" varchar(300) not null, "summary" text not null, "budget_public" bigint not null, "budget_private" bigint not null, "locale" varchar(2) not null, "status" "ppp_proposal_status" not null, "reason" text null, "outcome" "ppp_outcome" null, "challenge_id" uuid null, "pilot_id" uuid null, "contract_startup_id" uuid null, "submitted_at" timestamptz not null, "updated_at" timestamptz not null, constraint "ppp_proposals_pkey" primary key ("id"), constraint ppp_proposals_budget_check check (budget_public >= 0 and budget_private >= 0), constraint ppp_proposals_outcome_check check (outcome is null or status = 'ACCEPTED'));`,
    );
    this.addSql(`alter table "ppp_proposals" add constraint "ppp_proposals_code_unique" unique ("code");`);
    this.addSql(`create index "ppp_proposals_priority_task_id_index" on "ppp_proposals" ("priority_task_id");`);
    this.addSql(`create index "ppp_proposals_status_index" on "ppp_proposals" ("status");`);
    this.addSql(
      `create table "ppp_proposal_moves" ("id" uuid not null, "proposal_id" uuid not null, "from" "ppp_proposal_status" null, "to" "ppp_proposal_status" not null, "reason" text null, "actor_id" uuid null, "at" timestamptz not null, constraint "ppp_proposal_moves_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "ppp_proposal_moves_proposal_id_index" on "ppp_proposal_moves" ("proposal_id");`);
    this.addSql(
      `create table "pilot_agreements" ("id" uuid not null, "startup_id" uuid not null, "public_body" varchar(300) not null, "partner_id" uuid null, "scope" text not null, "conditions" text not null, "start_date" date not null, "end_date" date not null, "responsible_officer" varchar(200) not null, "status" "pilot_status" not null, "outcome" text null, "evidence_url" varchar(2000) null, "milestone_id" uuid null, "proposal_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "pilot_agreements_pkey" primary key ("id"), constraint pilot_agreements_dates_check check (end_date >= start_date));`,
    );
    this.addSql(`create index "pilot_agreements_startup_id_index" on "pilot_agreements" ("startup_id");`);
    this.addSql(`create index "pilot_agreements_partner_id_index" on "pilot_agreements" ("partner_id");`);
    this.addSql(`create index "pilot_agreements_status_index" on "pilot_agreements" ("status");`);
    this.addSql(
      `alter table "pilot_agreements" add constraint "pilot_agreements_milestone_id_unique" unique ("milestone_id");`,
    );
    this.addSql(
      `alter table "priority_task_documents" add constraint "priority_task_documents_priority_task_id_foreign" foreign key ("priority_task_id") references "priority_tasks" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "priority_task_documents" add constraint "priority_task_documents_legal_document_id_foreign" foreign key ("legal_document_id") references "legal_documents" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "strategic_partners" add constraint "strategic_partners_fund_member_id_foreign" foreign key ("fund_member_id") references "fund_members" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "partner_agreements" add constraint "partner_agreements_partner_id_foreign" foreign key ("partner_id") references "strategic_partners" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partner_challenges" add constraint "partner_challenges_strategic_partner_id_foreign" foreign key ("strategic_partner_id") references "strategic_partners" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partner_challenges" add constraint "partner_challenges_challenge_id_foreign" foreign key ("challenge_id") references "challenges" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "state_support_entries" add constraint "state_support_entries_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "rd_profit_reports" add constraint "rd_profit_reports_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "rd_expenses" add constraint "rd_expenses_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "ppp_proposals" add constraint "ppp_proposals_priority_task_id_foreign" foreign key ("priority_task_id") references "priority_tasks" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "ppp_proposals" add constraint "ppp_proposals_challenge_id_foreign" foreign key ("challenge_id") references "challenges" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "ppp_proposals" add constraint "ppp_proposals_contract_startup_id_foreign" foreign key ("contract_startup_id") references "startups" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "ppp_proposal_moves" add constraint "ppp_proposal_moves_proposal_id_foreign" foreign key ("proposal_id") references "ppp_proposals" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "pilot_agreements" add constraint "pilot_agreements_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "pilot_agreements" add constraint "pilot_agreements_partner_id_foreign" foreign key ("partner_id") references "strategic_partners" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "pilot_agreements" add constraint "pilot_agreements_milestone_id_foreign" foreign key ("milestone_id") references "milestones" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "pilot_agreements" add constraint "pilot_agreements_proposal_id_foreign" foreign key ("proposal_id") references "ppp_proposals" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pilot_agreements" cascade;`);
    this.addSql(`drop table if exists "ppp_proposal_moves" cascade;`);
    this.addSql(`drop table if exists "ppp_proposals" cascade;`);
    this.addSql(`drop table if exists "rd_expenses" cascade;`);
    this.addSql(`drop table if exists "rd_profit_reports" cascade;`);
    this.addSql(`drop table if exists "state_support_entries" cascade;`);
    this.addSql(`drop table if exists "partner_challenges" cascade;`);
    this.addSql(`drop table if exists "partner_agreements" cascade;`);
    this.addSql(`drop table if exists "strategic_partners" cascade;`);
    this.addSql(`drop table if exists "priority_task_documents" cascade;`);
    this.addSql(`drop table if exists "priority_tasks" cascade;`);
    this.addSql(`drop table if exists "legal_documents" cascade;`);
    this.addSql(`drop type if exists "pilot_status";`);
    this.addSql(`drop type if exists "ppp_outcome";`);
    this.addSql(`drop type if exists "ppp_proposal_status";`);
    this.addSql(`drop type if exists "ppp_organization_kind";`);
    this.addSql(`drop type if exists "rd_expense_category";`);
    this.addSql(`drop type if exists "support_kind";`);
    this.addSql(`drop type if exists "partner_kind";`);
    this.addSql(`drop type if exists "priority_task_status";`);
  }
}
