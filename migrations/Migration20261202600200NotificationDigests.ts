// The daily digest: one row per user and Hanoi day it was sent, so a second run of the cron (or a second instance)
// sends nothing more that day.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202600200NotificationDigests extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "notification_digests" (
      "user_id" uuid not null,
      "day" date not null,
      "sent_at" timestamptz not null,
      constraint "notification_digests_pkey" primary key ("user_id", "day")
    );`);
    this.addSql(
      `alter table "notification_digests" add constraint "notification_digests_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_digests";`);
  }
}
