// Capital calls overdue: the reminder of each call, sent once by the daily sweep.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261203200100CapitalCallReminders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "capital_call_reminders" (
      "call_id" uuid not null,
      "sent_at" timestamptz not null,
      constraint "capital_call_reminders_pkey" primary key ("call_id")
    );`);
    this.addSql(
      `alter table "capital_call_reminders" add constraint "capital_call_reminders_call_id_foreign" foreign key ("call_id") references "capital_calls" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "capital_call_reminders";`);
  }
}
