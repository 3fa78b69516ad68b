// Notifications and e-mail: the transactional outbox (jobs written in the transaction of the change that causes
// them), the mail log that makes a retried job send at most once (and is the development mailbox), in-app
// notifications, each user's notification preferences (language, e-mail per kind, daily digest), and password resets.
// pg-boss's own schema is created by pg-boss in the migrate step (server/src/modules/notifications/install.ts).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261201700100Notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "outbox" (
      "id" uuid not null primary key,
      "queue" varchar(64) not null,
      "payload" jsonb not null,
      "created_at" timestamptz not null default now(),
      "relayed_at" timestamptz null,
      "delivered_at" timestamptz null,
      "attempts" int not null default 0,
      "last_error" text null
    );`);
    this.addSql(`create index "outbox_unrelayed_idx" on "outbox" ("created_at") where "relayed_at" is null;`);
    this.addSql(`create table "mail_messages" (
      "idempotency_key" varchar(100) not null primary key,
      "to_address" varchar(254) not null,
      "subject" varchar(500) not null,
      "text_body" text not null,
      "html_body" text not null,
      "locale" varchar(5) not null,
      "kind" varchar(64) not null,
      "transport" varchar(10) not null check ("transport" in ('smtp', 'mailbox')),
      "sent_at" timestamptz not null default now()
    );`);
    this.addSql(`create index "mail_messages_sent_at_idx" on "mail_messages" ("sent_at");`);
    this.addSql(`create table "notifications" (
      "id" uuid not null primary key,
      "user_id" uuid not null references "users" ("id") on delete cascade,
      "kind" varchar(64) not null,
      "title" varchar(500) not null,
      "body" text not null,
      "link" varchar(1000) null,
      "created_at" timestamptz not null default now(),
      "read_at" timestamptz null
    );`);
    this.addSql(`create index "notifications_user_idx" on "notifications" ("user_id", "created_at" desc, "id" desc);`);
    this.addSql(`create index "notifications_unread_idx" on "notifications" ("user_id") where "read_at" is null;`);
    this.addSql(`create table "notification_preferences" (
      "user_id" uuid not null primary key references "users" ("id") on delete cascade,
      "locale" varchar(5) not null default 'vi' check ("locale" in ('vi', 'en')),
      "email_off" jsonb not null default '[]',
      "daily_digest" boolean not null default false
    );`);
    // Forgot password: only the SHA-256 of the single-use token is kept, never the token.
    this.addSql(`create table "password_resets" (
      "id" uuid not null primary key,
      "user_id" uuid not null references "users" ("id") on delete cascade,
      "token_hash" char(64) not null unique,
      "created_at" timestamptz not null default now(),
      "expires_at" timestamptz not null,
      "used_at" timestamptz null
    );`);
    this.addSql(`create index "password_resets_user_idx" on "password_resets" ("user_id", "created_at");`);
    // Deadlines as data: the day of the month a program's monthly metric reports are due, and each deadline notice
    // sent (once per startup, period and kind, however often the daily sweep runs).
    this.addSql(`create table "report_deadlines" (
      "program_id" uuid not null primary key references "programs" ("id") on delete cascade,
      "due_day" int not null check ("due_day" between 1 and 28)
    );`);
    this.addSql(`create table "deadline_notices" (
      "startup_id" uuid not null references "startups" ("id") on delete cascade,
      "period" varchar(7) not null,
      "kind" varchar(32) not null,
      "sent_at" timestamptz not null default now(),
      primary key ("startup_id", "period", "kind")
    );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "deadline_notices";');
    this.addSql('drop table if exists "report_deadlines";');
    this.addSql('drop table if exists "password_resets";');
    this.addSql('drop table if exists "notification_preferences";');
    this.addSql('drop table if exists "notifications";');
    this.addSql('drop table if exists "mail_messages";');
    this.addSql('drop table if exists "outbox";');
  }
}
