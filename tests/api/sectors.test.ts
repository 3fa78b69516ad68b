// Sectors are a list: a stable code with a Vietnamese and an English name, edited by ADMIN, chosen everywhere a
// sector is written and validated by the server; free text stored before the list is mapped, never lost; the
// board's breakdown has one row per sector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { openOrm } from '@launchpad/server/db/orm-config';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { createTestDatabase } from '../support/database';
import { sql } from '../support/fund';

const CREATE = 'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id sector } }';

let t: TestApp;
let manager: string;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.loginAs('INCUBATOR_MANAGER');
  admin = await t.loginAs('ADMIN');
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('the sector list', () => {
  it('is readable by anyone, each sector with its code, Vietnamese and English names, in Vietnamese order', async () => {
    const result = await t.gql<{ sectors: { code: string; nameVi: string; nameEn: string }[] }>(
      '{ sectors { code nameVi nameEn } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.sectors).toContainEqual({
      code: 'smart-transport',
      nameVi: 'Giao thông thông minh',
      nameEn: 'Smart transport',
    });
    const names = result.data!.sectors.map((s) => s.nameVi);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
  });

  it('takes a startup’s sector by code or, as before, by its exact Vietnamese name, and answers the code', async () => {
    const byCode = await t.gql<{ createStartup: { sector: string } }>(
      CREATE,
      { i: { name: 'Đèn Xanh Thích Ứng', sector: 'smart-transport' } },
      manager,
    );
    expect(byCode.data?.createStartup.sector).toBe('smart-transport');
    const byName = await t.gql<{ createStartup: { sector: string } }>(
      CREATE,
      { i: { name: 'Vé Liên Thông', sector: 'Giao thông thông minh' } },
      manager,
    );
    expect(byName.data?.createStartup.sector).toBe('smart-transport');
  });

  it('refuses a sector not on the list with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const [before] = await sql(t, 'select count(*)::int as n from startups');
    for (const sector of ['giao thong', 'Giao thông', 'SMART-TRANSPORT ', 'Smart transport']) {
      const result = await t.gql(CREATE, { i: { name: `Sai Lĩnh Vực ${randomUUID().slice(0, 6)}`, sector } }, manager);
      expect(errorCode(result), sector).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field, sector).toBe('sector');
    }
    const [after] = await sql(t, 'select count(*)::int as n from startups');
    expect(after).toEqual(before);

    const created = await t.gql<{ createStartup: { id: string } }>(
      CREATE,
      { i: { name: 'Đổi Lĩnh Vực', sector: 'environment' } },
      manager,
    );
    const update = await t.gql(
      'mutation($id: ID!, $i: UpdateStartupInput!) { updateStartup(id: $id, input: $i) { sector } }',
      { id: created.data!.createStartup.id, i: { sector: 'moi truong' } },
      manager,
    );
    expect(errorCode(update)).toBe('BAD_USER_INPUT');
    expect(update.errors?.[0]?.extensions?.field).toBe('sector');
  });

  it('refuses a free-text sector when an application is selected, writing nothing, and takes one from the list', async () => {
    const challenge = await t.gql<{ createChallenge: { id: string } }>(
      'mutation($i: ChallengeInput!) { createChallenge(input: $i) { id } }',
      {
        i: {
          title: 'Bãi đỗ xe thông minh',
          sponsorName: 'Sở Xây dựng',
          sponsorKind: 'PUBLIC_BODY',
          sector: 'smart-transport',
          description: 'Chỗ đỗ trống theo thời gian thực.',
          expectedOutcome: 'Thí điểm ở một quận.',
          rubric: [{ name: 'Tác động', weight: 1 }],
          deadline: '2030-12-31',
        },
      },
      manager,
    );
    expect(challenge.errors).toBeUndefined();
    const challengeId = challenge.data!.createChallenge.id;
    await t.gql('mutation($id: ID!) { publishChallenge(id: $id) { id } }', { id: challengeId }, manager);
    const submitted = await t.gql<{ submitApplication: { id: string } }>(
      'mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id } }',
      {
        i: {
          challengeId,
          teamName: 'Nhóm Đỗ Xe',
          members: [{ name: 'Trần Văn Đỗ', background: 'UNIVERSITY' }],
          proposal: 'Cảm biến ở từng chỗ đỗ.',
          contactEmail: 'do-xe@applicants.test',
        },
      },
    );
    expect(submitted.errors).toBeUndefined();
    const applicationId = submitted.data!.submitApplication.id;
    const SELECT = `mutation($a: ID!, $n: String, $s: String) {
      selectApplication(applicationId: $a, startupName: $n, sector: $s) { startup { name sector } } }`;
    const counts = () =>
      sql(
        t,
        `select (select count(*) from startups)::int as startups, (select count(*) from invitations)::int as invitations,
                (select status from applications where id = $1) as status`,
        [applicationId],
      );
    const before = await counts();
    for (const sector of ['giao thong', 'Giao Thông', 'smart transport']) {
      const refused = await t.gql(SELECT, { a: applicationId, n: 'Đỗ Xe Thông Minh', s: sector }, manager);
      expect(errorCode(refused), sector).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.field, sector).toBe('sector');
    }
    expect(await counts()).toEqual(before);
    expect(before[0]).toMatchObject({ status: 'SUBMITTED' });

    const selected = await t.gql<{ selectApplication: { startup: { name: string; sector: string } } }>(
      SELECT,
      { a: applicationId, n: 'Đỗ Xe Thông Minh', s: 'urban-security' },
      manager,
    );
    expect(selected.errors).toBeUndefined();
    expect(selected.data!.selectApplication.startup).toEqual({ name: 'Đỗ Xe Thông Minh', sector: 'urban-security' });
  });

  it('lets ADMIN add and rename sectors, refuses a duplicate name ignoring accents and case, and no one else', async () => {
    const input = { code: 'space-tech', nameVi: 'Công nghệ vũ trụ', nameEn: 'Space tech' };
    const created = await t.gql<{ createSector: { code: string } }>(
      'mutation($i: CreateSectorInput!) { createSector(input: $i) { code } }',
      { i: input },
      admin,
    );
    expect(created.data?.createSector.code).toBe('space-tech');
    const twin = await t.gql(
      'mutation($i: CreateSectorInput!) { createSector(input: $i) { code } }',
      { i: { code: 'space', nameVi: 'CONG NGHE VU TRU', nameEn: 'Space' } },
      admin,
    );
    expect(errorCode(twin)).toBe('BAD_USER_INPUT');
    expect(twin.errors?.[0]?.extensions?.field).toBe('nameVi');
    const badCode = await t.gql(
      'mutation($i: CreateSectorInput!) { createSector(input: $i) { code } }',
      { i: { code: 'Space Tech!', nameVi: 'Vũ trụ', nameEn: 'Space' } },
      admin,
    );
    expect(badCode.errors?.[0]?.extensions?.field).toBe('code');
    const refused = await t.gql(
      'mutation($i: CreateSectorInput!) { createSector(input: $i) { code } }',
      { i: { code: 'ocean', nameVi: 'Biển', nameEn: 'Ocean' } },
      manager,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');

    const renamed = await t.gql<{ renameSector: { code: string; nameVi: string; nameEn: string } }>(
      'mutation($c: String!, $i: RenameSectorInput!) { renameSector(code: $c, input: $i) { code nameVi nameEn } }',
      { c: 'space-tech', i: { nameVi: 'Công nghệ không gian', nameEn: 'Space technology' } },
      admin,
    );
    expect(renamed.data?.renameSector).toEqual({
      code: 'space-tech',
      nameVi: 'Công nghệ không gian',
      nameEn: 'Space technology',
    });
    const used = await t.gql<{ createStartup: { sector: string } }>(
      CREATE,
      { i: { name: 'Vệ Tinh Nhỏ', sector: 'Công nghệ không gian' } },
      manager,
    );
    expect(used.data?.createStartup.sector).toBe('space-tech');
  });

  it('keeps the board’s breakdown one row per sector, labelled in both languages', async () => {
    const board = await t.loginAs('BOARD');
    const result = await t.gql<{
      kpiDashboard: { bySector: { sector: string; nameVi: string; nameEn: string; startups: number }[] };
    }>('{ kpiDashboard { bySector { sector nameVi nameEn startups } } }', {}, board);
    const rows = result.data!.kpiDashboard.bySector;
    expect(rows.filter((row) => row.nameVi === 'Giao thông thông minh')).toEqual([
      { sector: 'smart-transport', nameVi: 'Giao thông thông minh', nameEn: 'Smart transport', startups: 2 },
    ]);
    expect(new Set(rows.map((row) => row.sector)).size).toBe(rows.length);
  });
});

describe('the migration to the sector list', () => {
  it('maps free-text sectors ignoring case and accents and keeps unmatched values as new entries', async () => {
    const database = await createTestDatabase();
    const orm = await openOrm({ clientUrl: database.url, poolMax: 2 });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await orm.migrator.down({ to: 'Migration20261201400100SearchText' });
      const programId = randomUUID();
      await client.query(`insert into programs (id, name, gates, created_at) values ($1, 'P', '{}'::jsonb, now())`, [
        programId,
      ]);
      const written: [name: string, sector: string][] = [
        ['A', 'Giao thông thông minh'],
        ['B', 'giao thông  THÔNG minh'],
        ['C', 'GIAO THONG THONG MINH'],
        ['D', 'Smart transport'],
        ['E', 'giao thong'],
        ['F', 'Giao Thông'],
        ['G', 'Nông nghiệp đô thị'],
      ];
      for (const [name, sector] of written) {
        await client.query(
          `insert into startups (id, name, sector, stage, program_id, created_at, updated_at)
           values ($1, $2, $3, 'CONNECTION', $4, now(), now())`,
          [randomUUID(), name, sector, programId],
        );
      }
      await orm.migrator.up();

      const rows = await client.query<{ name: string; sector: string; name_vi: string | null }>(
        `select s.name, s.sector, x.name_vi from startups s left join sectors x on x.code = s.sector order by s.name`,
      );
      const byName = Object.fromEntries(rows.rows.map((row) => [row.name, row]));
      for (const name of ['A', 'B', 'C', 'D']) expect(byName[name]!.sector, name).toBe('smart-transport');
      // "giao thong" is not "Giao thông thông minh": a new entry of its own, the same for its accented twin.
      expect(byName.E!.sector).toBe('giao-thong');
      expect(byName.F!.sector).toBe('giao-thong');
      expect(byName.G).toMatchObject({ sector: 'nong-nghiep-do-thi', name_vi: 'Nông nghiệp đô thị' });
      expect(rows.rows.every((row) => row.name_vi !== null)).toBe(true);
    } finally {
      await client.end();
      await orm.close(true);
      await database.drop();
    }
  });
});
