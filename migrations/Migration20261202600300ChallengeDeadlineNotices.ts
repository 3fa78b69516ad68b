// Challenge application deadlines: the "closes soon" notice of each challenge, sent once by the daily sweep.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202600300ChallengeDeadlineNotices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "challenge_deadline_notices" (
      "challenge_id" uuid not null,
      "sent_at" timestamptz not null,
      constraint "challenge_deadline_notices_pkey" primary key ("challenge_id")
    );`);
    this.addSql(
      `alter table "challenge_deadline_notices" add constraint "challenge_deadline_notices_challenge_id_foreign" foreign key ("challenge_id") references "challenges" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "challenge_deadline_notices";`);
  }
}
