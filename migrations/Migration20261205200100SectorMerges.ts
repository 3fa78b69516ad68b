// A duplicate sector can be merged into another: its startups, statements, priority tasks and mentors move to the
// kept sector and it is retired, kept as a row (its code still resolves, to the kept one) so nothing that quoted
// it breaks.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261205200100SectorMerges extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "sectors"
      add column "merged_into" varchar(50) null,
      add column "retired_at" timestamptz null,
      add constraint sectors_merged_into_check check (merged_into is distinct from code),
      add constraint sectors_retired_check check ((merged_into is null) = (retired_at is null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sectors" drop constraint sectors_retired_check, drop constraint sectors_merged_into_check,
      drop column "retired_at", drop column "merged_into";`);
  }
}
