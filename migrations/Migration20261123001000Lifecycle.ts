// The four stages: programs, problem statements and applications, cohorts, startups, founders,
// stage history (append-only), milestones, the platform checklist, metric reports and invitations.
// CHECK constraints (declared on the entities) back the rules the services enforce first.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261123001000Lifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "sponsor_kind" as enum ('PUBLIC_BODY', 'ENTERPRISE');`);
    this.addSql(`create type "challenge_status" as enum ('DRAFT', 'PUBLISHED', 'CLOSED');`);
    this.addSql(`create type "application_status" as enum ('SUBMITTED', 'SELECTED');`);
    this.addSql(
      `create type "startup_stage" as enum ('CONNECTION', 'INCUBATION', 'PLATFORM_BUILDING', 'SCALING_UP', 'GRADUATED', 'DISCONTINUED');`,
    );
    this.addSql(
      `create type "milestone_kind" as enum ('PROBLEM_VALIDATED', 'PROTOTYPE', 'MVP', 'PILOT', 'FIRST_CUSTOMER', 'CUSTOM');`,
    );
    this.addSql(`create type "milestone_status" as enum ('PLANNED', 'IN_PROGRESS', 'DONE', 'VERIFIED');`);
    this.addSql(
      `create type "checklist_item_kind" as enum ('BUSINESS_REGISTRATION', 'CORPORATE_STRUCTURE', 'IP_FILING', 'DIGITAL_INFRASTRUCTURE', 'PPP_CONTRACT', 'VC_ACCESS');`,
    );
    this.addSql(
      `create table "challenges" ("id" uuid not null, "title" varchar(300) not null, "sponsor_name" varchar(300) not null, "sponsor_kind" "sponsor_kind" not null, "sector" varchar(100) not null, "description" text not null, "expected_outcome" text not null, "deadline" date not null, "status" "challenge_status" not null, "published_at" timestamptz null, "closed_at" timestamptz null, "created_at" timestamptz not null, constraint "challenges_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "challenges_status_index" on "challenges" ("status");`);
    this.addSql(
      `create table "applications" ("id" uuid not null, "challenge_id" uuid not null, "team_name" varchar(200) not null, "members" jsonb not null, "proposal" text not null, "contact_email" varchar(254) not null, "status" "application_status" not null, "submitted_at" timestamptz not null, constraint "applications_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "applications_challenge_id_index" on "applications" ("challenge_id");`);
    this.addSql(
      `alter table "applications" add constraint "applications_challenge_id_team_name_unique" unique ("challenge_id", "team_name");`,
    );
    this.addSql(
      `create table "challenge_criteria" ("id" uuid not null, "challenge_id" uuid not null, "position" int not null, "name" varchar(200) not null, "weight" int not null, constraint "challenge_criteria_pkey" primary key ("id"), constraint challenge_criteria_weight_check check (weight >= 1 and weight <= 100));`,
    );
    this.addSql(`create index "challenge_criteria_challenge_id_index" on "challenge_criteria" ("challenge_id");`);
    this.addSql(
      `alter table "challenge_criteria" add constraint "challenge_criteria_challenge_id_position_unique" unique ("challenge_id", "position");`,
    );
    this.addSql(
      `create table "programs" ("id" uuid not null, "name" varchar(200) not null, "description" text null, "gates" jsonb not null, "created_at" timestamptz not null, constraint "programs_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "programs" add constraint "programs_name_unique" unique ("name");`);
    this.addSql(
      `create table "cohorts" ("id" uuid not null, "name" varchar(200) not null, "start_date" date not null, "end_date" date not null, "manager_id" uuid null, "program_id" uuid not null, "created_at" timestamptz not null, constraint "cohorts_pkey" primary key ("id"), constraint cohorts_dates_check check (end_date >= start_date));`,
    );
    this.addSql(`alter table "cohorts" add constraint "cohorts_name_unique" unique ("name");`);
    this.addSql(`create index "cohorts_manager_id_index" on "cohorts" ("manager_id");`);
    this.addSql(`create index "cohorts_program_id_index" on "cohorts" ("program_id");`);
    this.addSql(
      `create table "startups" ("id" uuid not null, "name" varchar(200) not null, "sector" varchar(100) not null, "stage" "startup_stage" not null, "description" text null, "program_id" uuid not null, "challenge_id" uuid null, "application_id" uuid null, "cohort_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "startups_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "startups" add constraint "startups_name_unique" unique ("name");`);
    this.addSql(`create index "startups_sector_index" on "startups" ("sector");`);
    this.addSql(`create index "startups_stage_index" on "startups" ("stage");`);
    this.addSql(`create index "startups_program_id_index" on "startups" ("program_id");`);
    this.addSql(`create index "startups_challenge_id_index" on "startups" ("challenge_id");`);
    this.addSql(`alter table "startups" add constraint "startups_application_id_unique" unique ("application_id");`);
    this.addSql(`create index "startups_cohort_id_index" on "startups" ("cohort_id");`);
    this.addSql(
      `create table "startup_members" ("id" uuid not null, "startup_id" uuid not null, "user_id" uuid not null, "joined_at" timestamptz not null, constraint "startup_members_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "startup_members_startup_id_index" on "startup_members" ("startup_id");`);
    this.addSql(`create index "startup_members_user_id_index" on "startup_members" ("user_id");`);
    this.addSql(
      `alter table "startup_members" add constraint "startup_members_startup_id_user_id_unique" unique ("startup_id", "user_id");`,
    );
    this.addSql(
      `create table "stage_moves" ("id" bigserial primary key, "startup_id" uuid not null, "from_stage" "startup_stage" null, "to_stage" "startup_stage" not null, "at" timestamptz not null, "by_id" uuid null, "reason" text null, constraint stage_moves_moves_check check (from_stage is distinct from to_stage));`,
    );
    this.addSql(`create index "stage_moves_to_stage_index" on "stage_moves" ("to_stage");`);
    this.addSql(`create index "stage_moves_startup_id_at_index" on "stage_moves" ("startup_id", "at");`);
    this.addSql(
      `create table "milestones" ("id" uuid not null, "startup_id" uuid not null, "kind" "milestone_kind" not null, "title" varchar(200) not null, "due_date" date null, "status" "milestone_status" not null, "evidence_url" varchar(2000) null, "evidence_text" text null, "pilot_partner" varchar(300) null, "pilot_scope" text null, "pilot_start" date null, "pilot_end" date null, "verified_at" timestamptz null, "verified_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "milestones_pkey" primary key ("id"), constraint milestones_verified_check check ((status = 'VERIFIED') = (verified_at is not null)), constraint milestones_pilot_check check (kind = 'PILOT' or (pilot_partner is null and pilot_scope is null and pilot_start is null and pilot_end is null)));`,
    );
    this.addSql(`create index "milestones_startup_id_index" on "milestones" ("startup_id");`);
    this.addSql(
      `create table "metric_reports" ("id" uuid not null, "startup_id" uuid not null, "period" varchar(7) not null, "revenue" bigint not null, "customers" int not null, "employees" int not null, "submitted_at" timestamptz not null, "submitted_by_id" uuid null, constraint "metric_reports_pkey" primary key ("id"), constraint metric_reports_values_check check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' and revenue >= 0 and revenue <= 1000000000000000000 and customers >= 0 and employees >= 0));`,
    );
    this.addSql(`create index "metric_reports_startup_id_index" on "metric_reports" ("startup_id");`);
    this.addSql(
      `alter table "metric_reports" add constraint "metric_reports_startup_id_period_unique" unique ("startup_id", "period");`,
    );
    this.addSql(
      `create table "invitations" ("id" uuid not null, "token" varchar(64) not null, "email" varchar(254) not null, "role" varchar(20) not null, "startup_id" uuid not null, "application_id" uuid null, "invited_by_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "accepted_by_id" uuid null, constraint "invitations_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "invitations" add constraint "invitations_token_unique" unique ("token");`);
    this.addSql(`create index "invitations_email_index" on "invitations" ("email");`);
    this.addSql(`create index "invitations_startup_id_index" on "invitations" ("startup_id");`);
    this.addSql(
      `create table "checklist_items" ("id" uuid not null, "startup_id" uuid not null, "kind" "checklist_item_kind" not null, "done_date" date null, "evidence" text null, "enterprise_code" varchar(20) null, "updated_at" timestamptz not null, "updated_by_id" uuid null, constraint "checklist_items_pkey" primary key ("id"), constraint checklist_items_enterprise_code_check check ((kind = 'BUSINESS_REGISTRATION' or enterprise_code is null) and (kind <> 'BUSINESS_REGISTRATION' or done_date is null or enterprise_code is not null)));`,
    );
    this.addSql(`create index "checklist_items_startup_id_index" on "checklist_items" ("startup_id");`);
    this.addSql(
      `alter table "checklist_items" add constraint "checklist_items_startup_id_kind_unique" unique ("startup_id", "kind");`,
    );
    this.addSql(
      `create table "application_scores" ("id" uuid not null, "application_id" uuid not null, "criterion_id" uuid not null, "reviewer_id" uuid not null, "score" int not null, "scored_at" timestamptz not null, constraint "application_scores_pkey" primary key ("id"), constraint application_scores_score_check check (score >= 0 and score <= 10));`,
    );
    this.addSql(`create index "application_scores_application_id_index" on "application_scores" ("application_id");`);
    this.addSql(
      `alter table "application_scores" add constraint "application_scores_application_id_criterion_id_re_eb095_unique" unique ("application_id", "criterion_id", "reviewer_id");`,
    );
    this.addSql(
      `alter table "applications" add constraint "applications_challenge_id_foreign" foreign key ("challenge_id") references "challenges" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "challenge_criteria" add constraint "challenge_criteria_challenge_id_foreign" foreign key ("challenge_id") references "challenges" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "cohorts" add constraint "cohorts_manager_id_foreign" foreign key ("manager_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "cohorts" add constraint "cohorts_program_id_foreign" foreign key ("program_id") references "programs" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "startups" add constraint "startups_program_id_foreign" foreign key ("program_id") references "programs" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "startups" add constraint "startups_challenge_id_foreign" foreign key ("challenge_id") references "challenges" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "startups" add constraint "startups_application_id_foreign" foreign key ("application_id") references "applications" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "startups" add constraint "startups_cohort_id_foreign" foreign key ("cohort_id") references "cohorts" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "startup_members" add constraint "startup_members_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "startup_members" add constraint "startup_members_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "stage_moves" add constraint "stage_moves_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "stage_moves" add constraint "stage_moves_by_id_foreign" foreign key ("by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "milestones" add constraint "milestones_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "milestones" add constraint "milestones_verified_by_id_foreign" foreign key ("verified_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "metric_reports" add constraint "metric_reports_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "metric_reports" add constraint "metric_reports_submitted_by_id_foreign" foreign key ("submitted_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "invitations" add constraint "invitations_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "invitations" add constraint "invitations_application_id_foreign" foreign key ("application_id") references "applications" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "invitations" add constraint "invitations_invited_by_id_foreign" foreign key ("invited_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "invitations" add constraint "invitations_accepted_by_id_foreign" foreign key ("accepted_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "checklist_items" add constraint "checklist_items_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "checklist_items" add constraint "checklist_items_updated_by_id_foreign" foreign key ("updated_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "application_scores" add constraint "application_scores_application_id_foreign" foreign key ("application_id") references "applications" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "application_scores" add constraint "application_scores_criterion_id_foreign" foreign key ("criterion_id") references "challenge_criteria" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "application_scores" add constraint "application_scores_reviewer_id_foreign" foreign key ("reviewer_id") references "users" ("id") on update cascade;`,
    );

    // Stage history is append-only in the database itself, like the audit log: nobody edits a move.
    this.addSql(`create function stage_moves_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'the stage history is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger stage_moves_append_only before update or delete on "stage_moves"
      for each row execute function stage_moves_refuse_change();`);
    this.addSql(`create trigger stage_moves_no_truncate before truncate on "stage_moves"
      for each statement execute function stage_moves_refuse_change();`);
  }
}
