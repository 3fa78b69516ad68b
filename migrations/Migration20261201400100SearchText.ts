// Vietnamese search and order. Names sort with ICU's Vietnamese collation ("Đ" after "D", "Mây Đô Thị" before
// "Mây Nông Nghiệp"), set on the columns themselves so every `order by name` and the startup list's keyset
// cursors follow it. Searchable tables get a generated `search_text` column folded by `launchpad_fold`
// (lower case, Vietnamese tone and vowel marks removed, đ → d: unaccent's rules leave Đ/đ alone in some versions,
// so the fold spells its own table) with a pg_trgm index, so "phuong" finds "Phượng" and "dong" finds "Đông".
// Both PostgreSQL 15 builds we run (the embedded npm binaries and Debian's) ship ICU and pg_trgm.
import { Migration } from '@mikro-orm/migrations';

const MARKED =
  'AàÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬEèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆIìÌíÍỉỈĩĨịỊOòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢUùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰYỳỲýÝỷỶỹỸỵỴđĐ';
const PLAIN =
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiiiooooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyyydd';

/** table → the sortable name column (its type, to re-declare it with the collation) and what search covers. */
const SEARCHABLE: [table: string, nameColumn: string, type: string, searched: string][] = [
  ['startups', 'name', 'varchar(200)', `"name"`],
  ['challenges', 'title', 'varchar(300)', `"title" || ' ' || "sponsor_name"`],
  ['applications', 'team_name', 'varchar(200)', `"team_name" || ' ' || "contact_email"`],
  ['fund_members', 'name', 'varchar(200)', `"name"`],
  ['users', 'display_name', 'varchar(200)', `"display_name" || ' ' || "email"`],
];
const SORTED_ONLY: [table: string, column: string, type: string][] = [
  ['cohorts', 'name', 'varchar(200)'],
  ['funds', 'name', 'varchar(200)'],
];

export class Migration20261201400100SearchText extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create collation if not exists "vi_icu" (provider = icu, locale = 'vi-VN');`);
    this.addSql(
      `create function launchpad_fold(value text) returns text language sql immutable strict parallel safe
        return btrim(regexp_replace(translate(lower(normalize(value, NFC)), '${MARKED}', '${PLAIN}'), '\\s+', ' ', 'g'));`,
    );
    for (const [table, column, type] of [...SEARCHABLE, ...SORTED_ONLY]) {
      this.addSql(`alter table "${table}" alter column "${column}" type ${type} collate "vi_icu";`);
    }
    for (const [table, , , searched] of SEARCHABLE) {
      this.addSql(
        `alter table "${table}" add column "search_text" text generated always as (launchpad_fold(${searched})) stored;`,
      );
      this.addSql(`create index "${table}_search_text_trgm" on "${table}" using gin ("search_text" gin_trgm_ops);`);
    }
  }

  override async down(): Promise<void> {
    for (const [table, column, type] of [...SEARCHABLE, ...SORTED_ONLY]) {
      if (SEARCHABLE.some(([t]) => t === table)) this.addSql(`alter table "${table}" drop column "search_text";`);
      this.addSql(`alter table "${table}" alter column "${column}" type ${type} collate "default";`);
    }
    this.addSql(`drop function launchpad_fold(text);`);
    this.addSql(`drop collation "vi_icu";`);
  }
}
