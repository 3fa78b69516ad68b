// Duplicate sectors: ADMIN merges one into another. Every startup, problem statement, priority task and mentor that
// used the duplicate moves to the kept sector, the duplicate leaves the list (its code resolves to the kept one),
// the audit log records it, and the board's sector breakdown shows one row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { sql } from '../support/fund';

const MERGE = 'mutation($c: String!, $i: String!) { mergeSector(code: $c, into: $i) { code nameVi } }';
const BY_SECTOR = '{ kpiDashboard { bySector { sector startups } } }';

let t: TestApp;
let admin: string;
let manager: string;
let board: string;
let startupIds: string[];
let challengeId: string;

const bySector = async () => {
  const result = await t.gql<{ kpiDashboard: { bySector: { sector: string; startups: number }[] } }>(
    BY_SECTOR,
    {},
    board,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.kpiDashboard.bySector.filter((row) => ['smart-transport', 'giao-thong'].includes(row.sector));
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('ADMIN');
  manager = await t.loginAs('INCUBATOR_MANAGER');
  board = await t.loginAs('BOARD');
  const created = await t.gql(
    'mutation($i: CreateSectorInput!) { createSector(input: $i) { code } }',
    { i: { code: 'giao-thong', nameVi: 'giao thong', nameEn: 'traffic' } },
    admin,
  );
  expect(created.errors).toBeUndefined();
  startupIds = [];
  for (const [name, sector] of [
    ['Đèn Xanh', 'smart-transport'],
    ['Bãi Đỗ Số', 'giao-thong'],
    ['Xe Buýt Mở', 'giao-thong'],
  ]) {
    const startup = await t.gql<{ createStartup: { id: string } }>(
      'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
      { i: { name, sector } },
      manager,
    );
    expect(startup.errors).toBeUndefined();
    startupIds.push(startup.data!.createStartup.id);
  }
  const challenge = await t.gql<{ createChallenge: { id: string } }>(
    'mutation($i: ChallengeInput!) { createChallenge(input: $i) { id } }',
    {
      i: {
        title: 'Bãi đỗ xe thông minh',
        sponsorName: 'Sở Xây dựng',
        sponsorKind: 'PUBLIC_BODY',
        sector: 'giao-thong',
        description: 'Tìm chỗ đỗ nhanh hơn.',
        expectedOutcome: 'Bản đồ chỗ trống.',
        rubric: [{ name: 'Tác động', weight: 1 }],
        deadline: '2099-12-20',
      },
    },
    manager,
  );
  expect(challenge.errors).toBeUndefined();
  challengeId = challenge.data!.createChallenge.id;
  const mentor = await t.gql(
    'mutation($i: MentorProfileInput!) { inviteMentor(input: $i) { id } }',
    {
      i: {
        email: 'merge@expert.test',
        displayName: 'Phạm Giao Thông',
        background: 'OVERSEAS',
        organization: 'TU Delft',
        sectors: ['giao-thong', 'smart-transport', 'fintech'],
        expertise: ['TECHNOLOGY'],
        languages: ['vi', 'en'],
        bio: 'Giao thông đô thị.',
        availability: 'Tối thứ Năm',
      },
    },
    manager,
  );
  expect(mentor.errors).toBeUndefined();
}, 120_000);
afterAll(() => t?.close());

describe('merging a duplicate sector', () => {
  it('is for ADMIN only', async () => {
    const response = await t.gql(MERGE, { c: 'giao-thong', i: 'smart-transport' }, manager);
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it('refuses merging a sector into itself or into one not on the list, naming the field', async () => {
    const self = await t.gql(MERGE, { c: 'giao-thong', i: 'giao-thong' }, admin);
    expect(errorCode(self)).toBe('BAD_USER_INPUT');
    const unknown = await t.gql(MERGE, { c: 'giao-thong', i: 'no-such-sector' }, admin);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'into' });
  });

  it('shows two rows on the board before the merge and one after, with every startup counted', async () => {
    expect(await bySector()).toEqual(
      expect.arrayContaining([
        { sector: 'smart-transport', startups: 1 },
        { sector: 'giao-thong', startups: 2 },
      ]),
    );
    const merged = await t.gql<{ mergeSector: { code: string } }>(
      MERGE,
      { c: 'giao-thong', i: 'smart-transport' },
      admin,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeSector.code).toBe('smart-transport');
    expect(await bySector()).toEqual([{ sector: 'smart-transport', startups: 3 }]);
  });

  it('moved the startups, the statement and the mentor to the kept sector, each once', async () => {
    const startups = await sql<{ sector: string }>(t, 'select sector from startups where id = any($1)', [startupIds]);
    expect(startups.map((s) => s.sector)).toEqual(['smart-transport', 'smart-transport', 'smart-transport']);
    const [challenge] = await sql<{ sector: string }>(t, 'select sector from challenges where id = $1', [challengeId]);
    expect(challenge!.sector).toBe('smart-transport');
    const [mentor] = await sql<{ sectors: string[] }>(
      t,
      "select sectors from mentor_profiles where email = 'merge@expert.test'",
    );
    expect([...mentor!.sectors].sort()).toEqual(['fintech', 'smart-transport']);
  });

  it('retires the duplicate: off the list, its code resolving to the kept sector, not mergeable again', async () => {
    const list = await t.gql<{ sectors: { code: string }[] }>('{ sectors { code } }');
    expect(list.data!.sectors.map((s) => s.code)).not.toContain('giao-thong');
    const late = await t.gql<{ createStartup: { sector: string } }>(
      'mutation($i: CreateStartupInput!) { createStartup(input: $i) { sector } }',
      { i: { name: 'Vé Tháng Số', sector: 'giao-thong' } },
      manager,
    );
    expect(late.data?.createStartup.sector).toBe('smart-transport');
    const again = await t.gql(MERGE, { c: 'giao-thong', i: 'fintech' }, admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('records the merge in the audit log with what moved', async () => {
    const [entry] = await sql<{ after: { mergedInto: string; moved: Record<string, number> } }>(
      t,
      "select after from audit_log where action = 'sector.merged' and entity_id = 'giao-thong'",
    );
    expect(entry!.after).toEqual({
      mergedInto: 'smart-transport',
      moved: { startups: 2, challenges: 1, priority_tasks: 0, mentors: 1 },
    });
  });
});
