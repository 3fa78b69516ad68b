// Sectors become a list: a table with a stable code and a Vietnamese and an English name, edited by ADMIN.
// Startups and problem statements keep the sector in their `sector` column, now as the sector's code.
// The free-text values already stored are mapped to the list ignoring case, accents and spacing (by code,
// Vietnamese or English name); a value that matches nothing becomes a new entry of its own, so none is lost.
import { Migration } from '@mikro-orm/migrations';

/** The program's sectors at launch (the five city problem areas, plus the usual startup verticals). */
const SECTORS: [code: string, vi: string, en: string][] = [
  ['smart-transport', 'Giao thông thông minh', 'Smart transport'],
  ['digital-health', 'Y tế số', 'Digital health'],
  ['digital-education', 'Giáo dục số', 'Digital education'],
  ['environment', 'Môi trường', 'Environment'],
  ['urban-security', 'An ninh đô thị', 'Urban security'],
  ['fintech', 'Công nghệ tài chính', 'Fintech'],
  ['agritech', 'Nông nghiệp công nghệ cao', 'Agritech'],
  ['tourism-culture', 'Du lịch và văn hóa', 'Tourism and culture'],
];

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
/** The code a free-text value gets: its folded words joined by hyphens (or a hash when it has no a-z/0-9). */
const slug = (value: string) =>
  `coalesce(nullif(left(btrim(regexp_replace(launchpad_fold(${value}), '[^a-z0-9]+', '-', 'g'), '-'), 50), ''), 'sector-' || left(md5(${value}), 8))`;

export class Migration20261201400200Sectors extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "sectors" ("code" varchar(50) not null, "name_vi" varchar(100) collate "vi_icu" not null, "name_en" varchar(100) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "sectors_pkey" primary key ("code"), constraint sectors_code_check check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'));`,
    );
    this.addSql(`alter table "sectors" add constraint "sectors_name_vi_unique" unique ("name_vi");`);
    this.addSql(
      `insert into "sectors" ("code", "name_vi", "name_en", "created_at", "updated_at") values ${SECTORS.map(
        ([code, vi, en]) => `(${quote(code)}, ${quote(vi)}, ${quote(en)}, now(), now())`,
      ).join(', ')};`,
    );
    const matches = (value: string) =>
      `launchpad_fold(${value}) in (launchpad_fold(x.code), launchpad_fold(x.name_vi), launchpad_fold(x.name_en))`;
    // Values matching no sector: one new entry per folded value, named as first written.
    this.addSql(
      `insert into "sectors" ("code", "name_vi", "name_en", "created_at", "updated_at")
       select distinct on (code) code, value, value, now(), now() from (
         select v.value, ${slug('v.value')} as code
           from (select sector as value from startups union all select sector from challenges) v
          where btrim(v.value) <> '' and not exists (select 1 from sectors x where ${matches('v.value')})
       ) unmatched order by code, value
       on conflict do nothing;`,
    );
    for (const table of ['startups', 'challenges']) {
      this.addSql(
        `update "${table}" t set "sector" = x.code from "sectors" x where ${matches('t.sector')} or x.code = ${slug('t.sector')};`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of ['startups', 'challenges']) {
      this.addSql(`update "${table}" t set "sector" = x.name_vi from "sectors" x where x.code = t.sector;`);
    }
    this.addSql(`drop table if exists "sectors" cascade;`);
  }
}
