// The number of startups, kept by statement triggers in the writing transaction: the startup list answers its
// unfiltered total from one row instead of a count(*) over every startup on every page (an index-only scan of 20,000
// entries at 100× the program, as costly as the page itself; bench/README.md). Exact for bulk loads, deletes and
// TRUNCATE; concurrent creations take turns on the one row, and startups are created one at a time.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261206100100StartupTotal extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "startup_total" (
      "id" boolean primary key default true check ("id"),
      "n" bigint not null check ("n" >= 0));`);
    this.addSql(`insert into "startup_total" ("n") select count(*) from "startups";`);
    this.addSql(`create or replace function launchpad_startup_total_added() returns trigger language plpgsql as $$
      begin
        update startup_total set n = n + (select count(*) from changed);
        return null;
      end $$;`);
    this.addSql(`create or replace function launchpad_startup_total_removed() returns trigger language plpgsql as $$
      begin
        update startup_total set n = n - (select count(*) from changed);
        return null;
      end $$;`);
    this.addSql(`create or replace function launchpad_startup_total_emptied() returns trigger language plpgsql as $$
      begin
        update startup_total set n = 0;
        return null;
      end $$;`);
    this.addSql(`create trigger startups_total_insert after insert on startups
      referencing new table as changed for each statement execute function launchpad_startup_total_added();`);
    this.addSql(`create trigger startups_total_delete after delete on startups
      referencing old table as changed for each statement execute function launchpad_startup_total_removed();`);
    this.addSql(`create trigger startups_total_truncate after truncate on startups
      for each statement execute function launchpad_startup_total_emptied();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists startups_total_truncate on startups;`);
    this.addSql(`drop trigger if exists startups_total_delete on startups;`);
    this.addSql(`drop trigger if exists startups_total_insert on startups;`);
    this.addSql(`drop function if exists launchpad_startup_total_emptied();`);
    this.addSql(`drop function if exists launchpad_startup_total_removed();`);
    this.addSql(`drop function if exists launchpad_startup_total_added();`);
    this.addSql(`drop table if exists "startup_total";`);
  }
}
