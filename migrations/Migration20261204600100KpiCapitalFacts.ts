// Capital mobilized per startup, round day and source (FUND, OTHER_FUND, PRIVATE), kept by triggers in the writing
// transaction, so the board's recompute after a round reads the summed rows of the period instead of joining every
// participation, round and startup. The rule is the KPI definition (CAPITAL_MOBILIZED_SQL in @launchpad/shared),
// written out here because a migration never changes after landing: every participation counts on its round's
// calendar date, for its round's startup. tests/api/kpi-invalidation.test.ts recounts the table from that
// definition; changing the definition needs a migration that replaces launchpad_kpi_capital_recount and refills.
//
// Each (startup, day) a statement touched is recounted from the base rows (exact, for bulk loads too), under a lock
// on the startup row: the fund ledger takes the same lock before it records a round, and it serializes two
// recounts of one startup, and a recount with a change of the startup's sector or cohort, which the facts carry so
// that the figures per sector and cohort need no join.
//
// The server's role only reads the table (READ_ONLY_TABLES); the trigger functions write it as the owner.
import { Migration } from '@mikro-orm/migrations';

const DEFINER = 'language plpgsql security definer set search_path = public, pg_temp';

/** A statement trigger's function recounting the (startup_id, day) pairs `keys` selects from its transition tables. */
function recountTrigger(name: string, keys: string): string {
  return `create function ${name}() returns trigger ${DEFINER} as $$
    declare touched record;
    begin
      select array_agg(k.startup_id) as startup_ids, array_agg(k.day) as days into touched from (${keys}) k;
      if touched.startup_ids is not null then
        perform launchpad_kpi_capital_recount(touched.startup_ids, touched.days);
      end if;
      return null;
    end $$;`;
}

const ROUNDS_OF = (rows: string) =>
  `select r.startup_id, r.date as day from ${rows} c join funding_rounds r on r.id = c.round_id`;

export class Migration20261204600100KpiCapitalFacts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "kpi_capital_facts" (
      "startup_id" uuid not null,
      "day" date not null,
      "source" "participation_kind" not null,
      "sector" varchar(100) not null,
      "cohort_id" uuid null,
      "amount" numeric not null,
      constraint "kpi_capital_facts_pkey" primary key ("startup_id", "day", "source"));`);
    // A period's capital: an index-only scan over its days.
    this.addSql(`create index "kpi_capital_facts_day_index" on "kpi_capital_facts" ("day")
      include ("source", "sector", "cohort_id", "amount");`);

    this.addSql(`create function launchpad_kpi_capital_recount(startup_ids uuid[], days date[]) returns void
      ${DEFINER} as $$
      begin
        perform 1 from startups where id in (select unnest(startup_ids)) order by id for no key update;
        delete from kpi_capital_facts f
         using (select distinct k.startup_id, k.day from unnest(startup_ids, days) as k(startup_id, day)) k
         where f.startup_id = k.startup_id and f.day = k.day;
        insert into kpi_capital_facts (startup_id, day, source, sector, cohort_id, amount)
        select r.startup_id, r.date, p.kind, s.sector, s.cohort_id, sum(p.amount)
          from round_participations p
          join funding_rounds r on r.id = p.round_id
          join startups s on s.id = r.startup_id
         where (r.startup_id, r.date) in (select k.startup_id, k.day from unnest(startup_ids, days) as k(startup_id, day))
         group by r.startup_id, r.date, p.kind, s.sector, s.cohort_id;
      end $$;`);
    // Only the triggers below (running as the owner) call it.
    this.addSql(`revoke execute on function launchpad_kpi_capital_recount(uuid[], date[]) from public;`);

    // Participations: the (startup, day) of their rounds. A round deleted with its participations (on delete
    // cascade) is already gone when they are; the rounds' trigger recounts it.
    this.addSql(recountTrigger('launchpad_kpi_capital_participations', ROUNDS_OF('changed')));
    this.addSql(
      recountTrigger(
        'launchpad_kpi_capital_participations_moved',
        ROUNDS_OF('(select round_id from changed union select round_id from changed_before)'),
      ),
    );
    // Rounds: a new round has no participations yet (they reference it), so only a changed or deleted one moves.
    this.addSql(recountTrigger('launchpad_kpi_capital_rounds', `select startup_id, date as day from changed`));
    this.addSql(
      recountTrigger(
        'launchpad_kpi_capital_rounds_moved',
        `select startup_id, date as day from changed union select startup_id, date from changed_before`,
      ),
    );
    this.addSql(`create function launchpad_kpi_capital_truncated() returns trigger ${DEFINER} as $$
      begin
        delete from kpi_capital_facts;
        return null;
      end $$;`);
    this.addSql(`create function launchpad_kpi_capital_startup_moved() returns trigger ${DEFINER} as $$
      begin
        update kpi_capital_facts set sector = new.sector, cohort_id = new.cohort_id where startup_id = new.id;
        return null;
      end $$;`);

    this.addSql(`create trigger round_participations_capital_insert after insert on round_participations
      referencing new table as changed for each statement execute function launchpad_kpi_capital_participations();`);
    this.addSql(`create trigger round_participations_capital_delete after delete on round_participations
      referencing old table as changed for each statement execute function launchpad_kpi_capital_participations();`);
    this.addSql(`create trigger round_participations_capital_update after update on round_participations
      referencing old table as changed_before new table as changed
      for each statement execute function launchpad_kpi_capital_participations_moved();`);
    this.addSql(`create trigger funding_rounds_capital_delete after delete on funding_rounds
      referencing old table as changed for each statement execute function launchpad_kpi_capital_rounds();`);
    this.addSql(`create trigger funding_rounds_capital_update after update on funding_rounds
      referencing old table as changed_before new table as changed
      for each statement execute function launchpad_kpi_capital_rounds_moved();`);
    for (const table of ['round_participations', 'funding_rounds']) {
      this.addSql(`create trigger ${table}_capital_truncate after truncate on ${table}
        for each statement execute function launchpad_kpi_capital_truncated();`);
    }
    // Only when the sector or cohort really changes (the condition is checked without calling the function).
    this.addSql(`create trigger startups_capital_facts after update of sector, cohort_id on startups for each row
      when (old.sector is distinct from new.sector or old.cohort_id is distinct from new.cohort_id)
      execute function launchpad_kpi_capital_startup_moved();`);

    this.addSql(`insert into kpi_capital_facts (startup_id, day, source, sector, cohort_id, amount)
      select r.startup_id, r.date, p.kind, s.sector, s.cohort_id, sum(p.amount)
        from round_participations p
        join funding_rounds r on r.id = p.round_id
        join startups s on s.id = r.startup_id
       group by r.startup_id, r.date, p.kind, s.sector, s.cohort_id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists startups_capital_facts on startups;`);
    for (const table of ['round_participations', 'funding_rounds']) {
      this.addSql(`drop trigger if exists ${table}_capital_truncate on ${table};`);
    }
    this.addSql(`drop trigger if exists funding_rounds_capital_update on funding_rounds;`);
    this.addSql(`drop trigger if exists funding_rounds_capital_delete on funding_rounds;`);
    this.addSql(`drop trigger if exists round_participations_capital_update on round_participations;`);
    this.addSql(`drop trigger if exists round_participations_capital_delete on round_participations;`);
    this.addSql(`drop trigger if exists round_participations_capital_insert on round_participations;`);
    for (const fn of [
      'launchpad_kpi_capital_startup_moved',
      'launchpad_kpi_capital_truncated',
      'launchpad_kpi_capital_rounds_moved',
      'launchpad_kpi_capital_rounds',
      'launchpad_kpi_capital_participations_moved',
      'launchpad_kpi_capital_participations',
    ]) {
      this.addSql(`drop function if exists ${fn}();`);
    }
    this.addSql(`drop function if exists launchpad_kpi_capital_recount(uuid[], date[]);`);
    this.addSql(`drop table if exists "kpi_capital_facts";`);
  }
}
