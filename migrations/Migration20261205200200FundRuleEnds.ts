// A rule kind can be ended: the ending is one more version (append-only, like every change to a rule) whose first
// day is the day after the rule's last one, marked `ends_rule`; from that day no version of the kind applies.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261205200200FundRuleEnds extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "fund_rules" add column "ends_rule" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "fund_rules" drop column if exists "ends_rule";`);
  }
}
