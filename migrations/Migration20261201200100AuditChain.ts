// Tamper evidence for the audit log, and commitment history closed to DELETE and TRUNCATE as well as UPDATE.
//
// Each audit row carries `hash` = SHA-256 of its content and of the previous row's hash (`prev_hash`), in the order
// `chain_seq` the rows joined the chain. A BEFORE INSERT trigger computes it, not the application: every insert
// (services, seeds, a hand-written INSERT) is chained the same way in its own transaction, and a value the inserter
// supplies is overwritten. Concurrent writers are serialised on the one row of `audit_chain_head` (SELECT … FOR
// UPDATE waits for the previous writer to commit and then reads its hash), so the chain has no forks. The trigger
// runs as its owner (SECURITY DEFINER): the server's role cannot write the head itself.
// Existing rows are chained in id order here.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200100AuditChain extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "audit_log" add column "chain_seq" bigint null, add column "prev_hash" char(64) null, add column "hash" char(64) null;`,
    );
    this.addSql(
      `create table "audit_chain_head" ("id" int primary key default 1 check (id = 1), "last_seq" bigint not null, "last_hash" char(64) not null);`,
    );
    // The one definition of a row's hash: the trigger writes it, `pnpm audit:verify` and the API recompute it.
    // A JSON array is unambiguous (nulls stay null, no separator can be forged); the instant is written in UTC.
    this.addSql(`create function audit_log_row_hash(prev_hash text, entry audit_log) returns char(64)
      language sql stable as $$
        select encode(sha256(convert_to(jsonb_build_array(
          prev_hash, entry.id, entry.chain_seq,
          to_char(entry.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          entry.actor_id, entry.actor_email, entry.action, entry.entity_type, entry.entity_id,
          entry.before, entry.after)::text, 'UTF8')), 'hex')
      $$;`);
    this.addSql(`create function audit_log_chain() returns trigger language plpgsql security definer
      set search_path = public, pg_temp as $$
      declare
        head audit_chain_head%rowtype;
      begin
        select * into head from audit_chain_head where id = 1 for update;
        new.chain_seq := head.last_seq + 1;
        new.prev_hash := head.last_hash;
        new.hash := audit_log_row_hash(head.last_hash, new);
        update audit_chain_head set last_seq = new.chain_seq, last_hash = new.hash where id = 1;
        return new;
      end $$;`);

    // Chain the rows already there, oldest first (the append-only trigger is lifted for this one statement block).
    this.addSql(`alter table "audit_log" disable trigger "audit_log_append_only";`);
    this.addSql(`do $$
      declare
        entry audit_log;
        previous char(64) := repeat('0', 64);
        seq bigint := 0;
      begin
        for entry in select * from audit_log order by id loop
          seq := seq + 1;
          entry.chain_seq := seq;
          update audit_log set chain_seq = seq, prev_hash = previous, hash = audit_log_row_hash(previous, entry)
            where id = entry.id returning hash into previous;
        end loop;
        insert into audit_chain_head (id, last_seq, last_hash) values (1, seq, previous);
      end $$;`);
    this.addSql(`alter table "audit_log" enable trigger "audit_log_append_only";`);
    this.addSql(
      `alter table "audit_log" alter column "chain_seq" set not null, alter column "prev_hash" set not null, alter column "hash" set not null;`,
    );
    this.addSql(`alter table "audit_log" add constraint "audit_log_chain_seq_unique" unique ("chain_seq");`);
    this.addSql(`create trigger audit_log_chain before insert on "audit_log"
      for each row execute function audit_log_chain();`);

    // Commitment history refused DELETE and TRUNCATE too (it refused only UPDATE).
    this.addSql(`create trigger commitment_changes_no_delete before delete on "commitment_changes"
      for each row execute function commitment_changes_refuse_change();`);
    this.addSql(`create trigger commitment_changes_no_truncate before truncate on "commitment_changes"
      for each statement execute function commitment_changes_refuse_change();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists commitment_changes_no_truncate on "commitment_changes";`);
    this.addSql(`drop trigger if exists commitment_changes_no_delete on "commitment_changes";`);
    this.addSql(`drop trigger if exists audit_log_chain on "audit_log";`);
    this.addSql(`drop function if exists audit_log_chain();`);
    this.addSql(`drop function if exists audit_log_row_hash(text, audit_log);`);
    this.addSql(`drop table if exists "audit_chain_head";`);
    this.addSql(`alter table "audit_log" drop column "chain_seq", drop column "prev_hash", drop column "hash";`);
  }
}
