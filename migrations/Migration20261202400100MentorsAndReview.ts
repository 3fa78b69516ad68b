// Mentors and experts (profiles, needs, assignments with append-only history, office hours, calendar feeds), the
// MENTOR role and mentor invitations (no startup), and selection a team can trust: reviewer assignments with
// conflict declarations, rubric level descriptors, per-criterion feedback, appeals, rounds and round winners.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202400100MentorsAndReview extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "mentor_background" as enum ('UNIVERSITY', 'INSTITUTE', 'COMPANY', 'OVERSEAS');`);
    this.addSql(`create type "review_phase" as enum ('IDEA', 'DEMO');`);
    this.addSql(`create type "conflict_declaration" as enum ('NO_CONFLICT', 'CONFLICT');`);
    this.addSql(`create type "mentor_assignment_event" as enum ('ASSIGNED', 'ENDED');`);
    this.addSql(
      `create table "application_feedback" ("id" uuid not null, "application_id" uuid not null, "criterion_id" uuid not null, "text" text not null, "updated_at" timestamptz not null, constraint "application_feedback_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "application_feedback_application_id_index" on "application_feedback" ("application_id");`,
    );
    this.addSql(
      `alter table "application_feedback" add constraint "application_feedback_application_id_criterion_id_unique" unique ("application_id", "criterion_id");`,
    );
    this.addSql(
      `create table "mentor_profiles" ("id" uuid not null, "email" varchar(254) not null, "display_name" varchar(200) not null, "background" "mentor_background" not null, "organization" varchar(300) not null, "sectors" jsonb not null, "expertise" jsonb not null, "languages" jsonb not null, "bio" text not null, "availability" text not null, "max_active_startups" int not null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "mentor_profiles_pkey" primary key ("id"), constraint mentor_profiles_cap_check check (max_active_startups >= 1 and max_active_startups <= 20));`,
    );
    this.addSql(`alter table "mentor_profiles" add constraint "mentor_profiles_email_unique" unique ("email");`);
    this.addSql(`create index "mentor_profiles_background_index" on "mentor_profiles" ("background");`);
    this.addSql(
      `create table "office_hour_slots" ("id" uuid not null, "mentor_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "location" varchar(300) not null, "withdrawn_at" timestamptz null, "created_at" timestamptz not null, constraint "office_hour_slots_pkey" primary key ("id"), constraint office_hour_slots_order_check check (ends_at > starts_at));`,
    );
    this.addSql(`create index "office_hour_slots_mentor_id_index" on "office_hour_slots" ("mentor_id");`);
    this.addSql(`create index "office_hour_slots_starts_at_index" on "office_hour_slots" ("starts_at");`);
    this.addSql(
      `create table "phase_winners" ("id" uuid not null, "application_id" uuid not null, "phase" "review_phase" not null, "declared_at" timestamptz not null, constraint "phase_winners_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "phase_winners_application_id_index" on "phase_winners" ("application_id");`);
    this.addSql(
      `alter table "phase_winners" add constraint "phase_winners_application_id_phase_unique" unique ("application_id", "phase");`,
    );
    this.addSql(
      `create table "review_assignments" ("id" uuid not null, "application_id" uuid not null, "reviewer_id" uuid not null, "phase" "review_phase" not null, "declaration" "conflict_declaration" null, "declaration_note" text null, "declared_at" timestamptz null, "assigned_at" timestamptz not null, constraint "review_assignments_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "review_assignments_application_id_index" on "review_assignments" ("application_id");`);
    this.addSql(`create index "review_assignments_reviewer_id_index" on "review_assignments" ("reviewer_id");`);
    this.addSql(
      `alter table "review_assignments" add constraint "review_assignments_application_id_reviewer_id_phase_unique" unique ("application_id", "reviewer_id", "phase");`,
    );
    this.addSql(
      `create table "startup_needs" ("startup_id" uuid not null, "needs" jsonb not null, "note" text null, "share_metrics_with_mentors" boolean not null default false, "updated_at" timestamptz not null, constraint "startup_needs_pkey" primary key ("startup_id"));`,
    );
    this.addSql(
      `create table "office_hour_bookings" ("id" uuid not null, "slot_id" uuid not null, "startup_id" uuid not null, "booked_by_id" uuid not null, "topic" text not null, "booked_at" timestamptz not null, "cancelled_at" timestamptz null, "cancelled_by_id" uuid null, "notes" text null, "notes_shared" boolean not null default false, "notes_at" timestamptz null, "rating" int null, "rating_comment" text null, "rated_at" timestamptz null, constraint "office_hour_bookings_pkey" primary key ("id"), constraint office_hour_bookings_rating_check check (rating is null or (rating >= 1 and rating <= 5)));`,
    );
    this.addSql(`create index "office_hour_bookings_slot_id_index" on "office_hour_bookings" ("slot_id");`);
    this.addSql(`create index "office_hour_bookings_startup_id_index" on "office_hour_bookings" ("startup_id");`);
    this.addSql(
      `create table "mentor_assignments" ("id" uuid not null, "mentor_id" uuid not null, "startup_id" uuid not null, "started_at" timestamptz not null, "ended_at" timestamptz null, constraint "mentor_assignments_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "mentor_assignments_mentor_id_index" on "mentor_assignments" ("mentor_id");`);
    this.addSql(`create index "mentor_assignments_startup_id_index" on "mentor_assignments" ("startup_id");`);
    this.addSql(
      `create table "mentor_assignment_events" ("id" uuid not null, "assignment_id" uuid not null, "kind" "mentor_assignment_event" not null, "actor_id" uuid null, "reason" text null, "at" timestamptz not null, constraint "mentor_assignment_events_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "mentor_assignment_events_assignment_id_index" on "mentor_assignment_events" ("assignment_id");`,
    );
    this.addSql(
      `create table "calendar_feeds" ("user_id" uuid not null, "token" varchar(64) not null, "created_at" timestamptz not null, constraint "calendar_feeds_pkey" primary key ("user_id"));`,
    );
    this.addSql(`alter table "calendar_feeds" add constraint "calendar_feeds_token_unique" unique ("token");`);
    this.addSql(
      `create table "application_appeals" ("id" uuid not null, "application_id" uuid not null, "text" text not null, "submitted_at" timestamptz not null, "answer" text null, "answered_by_id" uuid null, "answered_at" timestamptz null, constraint "application_appeals_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "application_appeals" add constraint "application_appeals_application_id_unique" unique ("application_id");`,
    );
    this.addSql(
      `alter table "application_feedback" add constraint "application_feedback_application_id_foreign" foreign key ("application_id") references "applications" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "application_feedback" add constraint "application_feedback_criterion_id_foreign" foreign key ("criterion_id") references "challenge_criteria" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "office_hour_slots" add constraint "office_hour_slots_mentor_id_foreign" foreign key ("mentor_id") references "mentor_profiles" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "phase_winners" add constraint "phase_winners_application_id_foreign" foreign key ("application_id") references "applications" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "review_assignments" add constraint "review_assignments_application_id_foreign" foreign key ("application_id") references "applications" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "review_assignments" add constraint "review_assignments_reviewer_id_foreign" foreign key ("reviewer_id") references "users" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "startup_needs" add constraint "startup_needs_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "office_hour_bookings" add constraint "office_hour_bookings_slot_id_foreign" foreign key ("slot_id") references "office_hour_slots" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "office_hour_bookings" add constraint "office_hour_bookings_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "office_hour_bookings" add constraint "office_hour_bookings_booked_by_id_foreign" foreign key ("booked_by_id") references "users" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "office_hour_bookings" add constraint "office_hour_bookings_cancelled_by_id_foreign" foreign key ("cancelled_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "mentor_assignments" add constraint "mentor_assignments_mentor_id_foreign" foreign key ("mentor_id") references "mentor_profiles" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "mentor_assignments" add constraint "mentor_assignments_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "mentor_assignment_events" add constraint "mentor_assignment_events_assignment_id_foreign" foreign key ("assignment_id") references "mentor_assignments" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "mentor_assignment_events" add constraint "mentor_assignment_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "calendar_feeds" add constraint "calendar_feeds_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "application_appeals" add constraint "application_appeals_application_id_foreign" foreign key ("application_id") references "applications" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "application_appeals" add constraint "application_appeals_answered_by_id_foreign" foreign key ("answered_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "invitations" drop constraint "invitations_startup_id_foreign";`);
    this.addSql(
      `alter table "challenges" add column "decided_at" timestamptz null, add column "appeal_until" date null;`,
    );
    this.addSql(`alter table "applications" add column "shortlisted_at" timestamptz null;`);
    this.addSql(`alter table "challenge_criteria" add column "levels" jsonb null;`);
    this.addSql(`alter type "user_role" add value if not exists 'MENTOR' after 'BOARD';`);
    this.addSql(`alter table "invitations" alter column "startup_id" drop default;`);
    this.addSql(`alter table "invitations" alter column "startup_id" type uuid using ("startup_id"::text::uuid);`);
    this.addSql(`alter table "invitations" alter column "startup_id" drop not null;`);
    this.addSql(
      `alter table "invitations" add constraint "invitations_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "application_scores" drop constraint "application_scores_application_id_criterion_id_re_eb095_unique";`,
    );
    this.addSql(`alter table "application_scores" add column "phase" "review_phase" not null default 'IDEA';`);
    this.addSql(
      `alter table "application_scores" add constraint "application_scores_application_id_criterion_id_re_27171_unique" unique ("application_id", "criterion_id", "reviewer_id", "phase");`,
    );
    // History of assignments is append-only, as stage moves are.
    this.addSql(`create function mentor_assignment_events_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'the mentor assignment history is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this
      .addSql(`create trigger mentor_assignment_events_append_only before update or delete on "mentor_assignment_events"
      for each row execute function mentor_assignment_events_refuse_change();`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop table if exists "application_appeals", "calendar_feeds", "mentor_assignment_events", "mentor_assignments", "office_hour_bookings", "startup_needs", "review_assignments", "phase_winners", "office_hour_slots", "mentor_profiles", "application_feedback" cascade;`,
    );
    this.addSql(`drop function if exists mentor_assignment_events_refuse_change();`);
    this.addSql(
      `alter table "application_scores" drop constraint "application_scores_application_id_criterion_id_re_27171_unique";`,
    );
    this.addSql(`delete from "application_scores" where "phase" <> 'IDEA';`);
    this.addSql(`alter table "application_scores" drop column "phase";`);
    this.addSql(
      `alter table "application_scores" add constraint "application_scores_application_id_criterion_id_re_eb095_unique" unique ("application_id", "criterion_id", "reviewer_id");`,
    );
    this.addSql(`alter table "challenges" drop column "decided_at", drop column "appeal_until";`);
    this.addSql(`alter table "applications" drop column "shortlisted_at";`);
    this.addSql(`alter table "challenge_criteria" drop column "levels";`);
    this.addSql(`delete from "invitations" where "startup_id" is null;`);
    this.addSql(`alter table "invitations" drop constraint "invitations_startup_id_foreign";`);
    this.addSql(`alter table "invitations" alter column "startup_id" set not null;`);
    this.addSql(
      `alter table "invitations" add constraint "invitations_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade;`,
    );
    this.addSql(
      `drop type if exists "mentor_background", "review_phase", "conflict_declaration", "mentor_assignment_event";`,
    );
    // An enum value cannot be dropped: the type is rebuilt without MENTOR (mentor accounts are switched off as BOARD).
    this.addSql(`update "users" set "role" = 'BOARD', "active" = false where "role" = 'MENTOR';`);
    this.addSql(`alter type "user_role" rename to "user_role_old";`);
    this.addSql(`create type "user_role" as enum ('ADMIN', 'INCUBATOR_MANAGER', 'FUND_MANAGER', 'FOUNDER', 'BOARD');`);
    this.addSql(`alter table "users" alter column "role" type "user_role" using ("role"::text::"user_role");`);
    this.addSql(`drop type "user_role_old";`);
  }
}
