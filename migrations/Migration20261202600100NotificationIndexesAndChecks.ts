// Restores what Migration20261201700200NotificationsAsEntities dropped while matching the entities: the partial
// indexes the relay and the bell read through, the list and rate-limit indexes, and the CHECK constraints — now
// declared on the entities too, so the schema-drift check keeps them.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202600100NotificationIndexesAndChecks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "outbox_unrelayed_idx" on "outbox" ("created_at") where "relayed_at" is null;`);
    this.addSql(`create index "mail_messages_sent_at_idx" on "mail_messages" ("sent_at");`);
    this.addSql(`create index "notifications_user_idx" on "notifications" ("user_id", "created_at" desc, "id" desc);`);
    this.addSql(`create index "notifications_unread_idx" on "notifications" ("user_id") where "read_at" is null;`);
    this.addSql(`create index "password_resets_user_idx" on "password_resets" ("user_id", "created_at");`);
    this.addSql(
      `alter table "mail_messages" add constraint "mail_messages_transport_check" check (transport = 'smtp' or transport = 'mailbox');`,
    );
    this.addSql(
      `alter table "notification_preferences" add constraint "notification_preferences_locale_check" check (locale = 'vi' or locale = 'en');`,
    );
    this.addSql(
      `alter table "report_deadlines" add constraint "report_deadlines_due_day_check" check (due_day >= 1 and due_day <= 28);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "report_deadlines" drop constraint "report_deadlines_due_day_check";`);
    this.addSql(`alter table "notification_preferences" drop constraint "notification_preferences_locale_check";`);
    this.addSql(`alter table "mail_messages" drop constraint "mail_messages_transport_check";`);
    this.addSql(`drop index "password_resets_user_idx";`);
    this.addSql(`drop index "notifications_unread_idx";`);
    this.addSql(`drop index "notifications_user_idx";`);
    this.addSql(`drop index "mail_messages_sent_at_idx";`);
    this.addSql(`drop index "outbox_unrelayed_idx";`);
  }
}
