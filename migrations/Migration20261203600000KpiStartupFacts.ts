// Figures the KPI dashboard sums per startup, kept on the startup row by triggers in the writing transaction, so
// the board's recompute after a write reads 20,000 startup rows instead of every stage move and milestone:
// - first_incubated_on: the Hanoi day of the startup's first move into INCUBATION (stage_moves is append-only,
//   so an insert is the only change that can move it);
// - milestones_total / milestones_verified: its milestones, all and VERIFIED.
// Statement-level triggers recount only the startups a statement touched, from the base tables (exact, also for
// bulk loads such as bench/generate.ts).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261203600000KpiStartupFacts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "startups"
      add column "first_incubated_on" date null,
      add column "milestones_total" int not null default 0,
      add column "milestones_verified" int not null default 0;`);

    this.addSql(`create or replace function launchpad_startup_first_incubation() returns trigger language plpgsql as $$
      begin
        update startups s
           set first_incubated_on = (select (min(m."at") at time zone 'Asia/Ho_Chi_Minh')::date
                                       from stage_moves m where m.startup_id = s.id and m.to_stage = 'INCUBATION')
         where s.id in (select startup_id from changed where to_stage = 'INCUBATION');
        return null;
      end $$;`);
    this.addSql(`create trigger stage_moves_first_incubation after insert on stage_moves
      referencing new table as changed for each statement execute function launchpad_startup_first_incubation();`);

    this.addSql(`create or replace function launchpad_startup_milestone_counts() returns trigger language plpgsql as $$
      begin
        update startups s
           set milestones_total = (select count(*) from milestones m where m.startup_id = s.id),
               milestones_verified = (select count(*) from milestones m where m.startup_id = s.id and m.status = 'VERIFIED')
         where s.id in (select startup_id from changed);
        return null;
      end $$;`);
    this
      .addSql(`create or replace function launchpad_startup_milestone_counts_moved() returns trigger language plpgsql as $$
      begin
        update startups s
           set milestones_total = (select count(*) from milestones m where m.startup_id = s.id),
               milestones_verified = (select count(*) from milestones m where m.startup_id = s.id and m.status = 'VERIFIED')
         where s.id in (select startup_id from changed union select startup_id from changed_before);
        return null;
      end $$;`);
    this.addSql(`create trigger milestones_counts_insert after insert on milestones
      referencing new table as changed for each statement execute function launchpad_startup_milestone_counts();`);
    this.addSql(`create trigger milestones_counts_delete after delete on milestones
      referencing old table as changed for each statement execute function launchpad_startup_milestone_counts();`);
    this.addSql(`create trigger milestones_counts_update after update on milestones
      referencing old table as changed_before new table as changed
      for each statement execute function launchpad_startup_milestone_counts_moved();`);

    this.addSql(`update startups s
      set first_incubated_on = fi.day
      from (select startup_id, (min("at") at time zone 'Asia/Ho_Chi_Minh')::date as day
              from stage_moves where to_stage = 'INCUBATION' group by startup_id) fi
      where fi.startup_id = s.id;`);
    this.addSql(`update startups s
      set milestones_total = c.total, milestones_verified = c.verified
      from (select startup_id, count(*)::int as total, count(*) filter (where status = 'VERIFIED')::int as verified
              from milestones group by startup_id) c
      where c.startup_id = s.id;`);
    // The incubation figures read only these three columns of the incubated startups: an index-only scan.
    this.addSql(`create index "startups_first_incubated_on_index" on "startups" ("first_incubated_on")
      include ("sector", "cohort_id") where "first_incubated_on" is not null;`);
    // Capital mobilized in a period: the rounds dated inside it, without reading the others.
    this.addSql(`create index "funding_rounds_date_index" on "funding_rounds" ("date") include ("id", "startup_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists milestones_counts_update on milestones;`);
    this.addSql(`drop trigger if exists milestones_counts_delete on milestones;`);
    this.addSql(`drop trigger if exists milestones_counts_insert on milestones;`);
    this.addSql(`drop trigger if exists stage_moves_first_incubation on stage_moves;`);
    this.addSql(`drop function if exists launchpad_startup_milestone_counts_moved();`);
    this.addSql(`drop function if exists launchpad_startup_milestone_counts();`);
    this.addSql(`drop function if exists launchpad_startup_first_incubation();`);
    this.addSql(`drop index if exists "funding_rounds_date_index";`);
    this.addSql(`drop index if exists "startups_first_incubated_on_index";`);
    this.addSql(`alter table "startups" drop column "first_incubated_on", drop column "milestones_total",
      drop column "milestones_verified";`);
  }
}
