// The notification tables as their entities describe them (names of keys and constraints, column types and
// defaults), so the schema the migrations build equals the one the entities describe (tests/api/health.test.ts).
// Values are validated by the services before they are written.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261201700200NotificationsAsEntities extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "mail_messages" drop constraint if exists "mail_messages_transport_check";`);
    this.addSql(`alter table "report_deadlines" drop constraint "report_deadlines_program_id_fkey";`);
    this.addSql(`alter table "password_resets" drop constraint "password_resets_user_id_fkey";`);
    this.addSql(
      `alter table "notification_preferences" drop constraint if exists "notification_preferences_locale_check";`,
    );
    this.addSql(`alter table "notification_preferences" drop constraint "notification_preferences_user_id_fkey";`);
    this.addSql(`alter table "notifications" drop constraint "notifications_user_id_fkey";`);
    this.addSql(`alter table "deadline_notices" drop constraint "deadline_notices_startup_id_fkey";`);
    this.addSql(`drop index "mail_messages_sent_at_idx";`);
    this.addSql(
      `alter table "mail_messages" alter column "transport" type varchar(10) using ("transport"::varchar(10));`,
    );
    this.addSql(`alter table "mail_messages" alter column "sent_at" drop default;`);
    this.addSql(`alter table "mail_messages" alter column "sent_at" type timestamptz using ("sent_at"::timestamptz);`);
    this.addSql(`drop index "outbox_unrelayed_idx";`);
    this.addSql(`alter table "outbox" alter column "created_at" drop default;`);
    this.addSql(`alter table "outbox" alter column "created_at" type timestamptz using ("created_at"::timestamptz);`);
    this.addSql(`alter table "report_deadlines" drop constraint report_deadlines_due_day_check;`);
    this.addSql(
      `alter table "report_deadlines" add constraint "report_deadlines_program_id_foreign" foreign key ("program_id") references "programs" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`drop index "password_resets_user_idx";`);
    this.addSql(
      `alter table "password_resets" alter column "token_hash" type varchar(64) using ("token_hash"::varchar(64));`,
    );
    this.addSql(`alter table "password_resets" alter column "created_at" drop default;`);
    this.addSql(
      `alter table "password_resets" alter column "created_at" type timestamptz using ("created_at"::timestamptz);`,
    );
    this.addSql(
      `alter table "password_resets" add constraint "password_resets_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "password_resets" drop constraint "password_resets_token_hash_key";`);
    this.addSql(
      `alter table "password_resets" add constraint "password_resets_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `alter table "notification_preferences" alter column "locale" type varchar(5) using ("locale"::varchar(5));`,
    );
    this.addSql(`alter table "notification_preferences" alter column "email_off" drop default;`);
    this.addSql(
      `alter table "notification_preferences" alter column "email_off" type jsonb using ("email_off"::jsonb);`,
    );
    this.addSql(
      `alter table "notification_preferences" add constraint "notification_preferences_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`drop index "notifications_unread_idx";`);
    this.addSql(`drop index "notifications_user_idx";`);
    this.addSql(`alter table "notifications" alter column "created_at" drop default;`);
    this.addSql(
      `alter table "notifications" alter column "created_at" type timestamptz using ("created_at"::timestamptz);`,
    );
    this.addSql(
      `alter table "notifications" add constraint "notifications_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "deadline_notices" alter column "sent_at" drop default;`);
    this.addSql(
      `alter table "deadline_notices" alter column "sent_at" type timestamptz using ("sent_at"::timestamptz);`,
    );
    this.addSql(
      `alter table "deadline_notices" add constraint "deadline_notices_startup_id_foreign" foreign key ("startup_id") references "startups" ("id") on update cascade on delete cascade;`,
    );
  }

  // Nothing to undo on its own: the Notifications migration's down drops these tables.
  override async down(): Promise<void> {}
}
