// Files sent with a PPP proposal: one row per attachment, the bytes kept by SHA-256 in the documents store.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261203300100PppProposalAttachments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "ppp_proposal_attachments" ("id" uuid not null, "proposal_id" uuid not null, "position" int not null, "file_name" varchar(255) not null, "media_type" varchar(150) not null, "size" bigint not null, "sha256" varchar(64) not null, "uploaded_at" timestamptz not null, constraint "ppp_proposal_attachments_pkey" primary key ("id"), constraint ppp_proposal_attachments_sha256_check check (sha256 ~ '^[0-9a-f]{64}$'));`,
    );
    this.addSql(
      `create index "ppp_proposal_attachments_proposal_id_index" on "ppp_proposal_attachments" ("proposal_id");`,
    );
    this.addSql(
      `alter table "ppp_proposal_attachments" add constraint "ppp_proposal_attachments_proposal_id_foreign" foreign key ("proposal_id") references "ppp_proposals" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ppp_proposal_attachments" cascade;`);
  }
}
