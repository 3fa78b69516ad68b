// Vietnamese search and order: a search ignores accents and case ("phuong" finds "Phượng", "dong" finds "Đông",
// đ included) on startups, problem statements, applications, fund members and users; names sort as Vietnamese
// does (Đ after D, "Mây Đô Thị AI" before "Mây Nông Nghiệp Care").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { sql } from '../support/fund';

let t: TestApp;
let manager: string;

const NAMES = ['Mây Nông Nghiệp Care', 'Mây Đô Thị AI', 'Mây Dữ Liệu', 'Phượng Hoàng Tech', 'Đông Á Số', 'Dong Xanh'];

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.loginAs('INCUBATOR_MANAGER');
  for (const name of NAMES) {
    const result = await t.gql(
      'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id } }',
      { i: { name, sector: 'digital-health' } },
      manager,
    );
    expect(result.errors, name).toBeUndefined();
  }
}, 60_000);

afterAll(async () => {
  await t?.close();
});

const PAGE = `query($search: String, $sort: StartupSort) {
  startups(first: 50, search: $search, sort: $sort) { edges { node { name } } } }`;

async function startupNames(search: string | null, sort = 'NAME_ASC'): Promise<string[]> {
  const result = await t.gql<{ startups: { edges: { node: { name: string } }[] } }>(PAGE, { search, sort }, manager);
  expect(result.errors).toBeUndefined();
  return result.data!.startups.edges.map((edge) => edge.node.name);
}

describe('searching startups', () => {
  it('finds "Phượng" from "phuong" and "PHƯỢNG", ignoring accents and case', async () => {
    expect(await startupNames('phuong')).toEqual(['Phượng Hoàng Tech']);
    expect(await startupNames('PHƯỢNG')).toEqual(['Phượng Hoàng Tech']);
    expect(await startupNames('hoang  tech')).toEqual(['Phượng Hoàng Tech']);
  });

  it('finds "Đông" from "dong" (đ is d) and "Dong" from "đông"', async () => {
    expect(await startupNames('dong')).toEqual(['Dong Xanh', 'Đông Á Số']);
    expect(await startupNames('đông')).toEqual(['Dong Xanh', 'Đông Á Số']);
  });

  it('takes % and _ literally', async () => {
    expect(await startupNames('%')).toEqual([]);
    expect(await startupNames('M_y')).toEqual([]);
  });
});

describe('ordering names the Vietnamese way', () => {
  it('sorts Đ after D and "Mây Đô Thị AI" before "Mây Nông Nghiệp Care", both ways and across pages', async () => {
    const ascending = await startupNames(null);
    expect(ascending).toEqual([
      'Dong Xanh',
      'Đông Á Số',
      'Mây Dữ Liệu',
      'Mây Đô Thị AI',
      'Mây Nông Nghiệp Care',
      'Phượng Hoàng Tech',
    ]);
    expect(await startupNames(null, 'NAME_DESC')).toEqual([...ascending].reverse());

    const pages: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: {
        data: {
          startups: {
            edges: { node: { name: string } }[];
            pageInfo: { endCursor: string | null; hasNextPage: boolean };
          };
        } | null;
      } = await t.gql(
        `query($after: String) { startups(first: 2, after: $after) { edges { node { name } } pageInfo { endCursor hasNextPage } } }`,
        { after },
        manager,
      );
      pages.push(...result.data!.startups.edges.map((edge) => edge.node.name));
      if (!result.data!.startups.pageInfo.hasNextPage) break;
      after = result.data!.startups.pageInfo.endCursor;
    }
    expect(pages).toEqual(ascending);
  });
});

describe('searching the other lists', () => {
  it('finds users by a name or e-mail without accents', async () => {
    const admin = await t.loginAs('ADMIN');
    await sql(t, `update users set display_name = 'Nguyễn Thị Phượng' where email = 'board@launchpad.test'`);
    const result = await t.gql<{ users: { email: string }[] }>(
      'query($s: String) { users(search: $s) { email } }',
      { s: 'nguyen thi phuong' },
      admin,
    );
    expect(result.data?.users).toEqual([{ email: 'board@launchpad.test' }]);
  });

  it('finds problem statements and their applications without accents', async () => {
    const challenge = await t.gql<{ createChallenge: { id: string } }>(
      `mutation($i: ChallengeInput!) { createChallenge(input: $i) { id } }`,
      {
        i: {
          title: 'Đèn giao thông thông minh ở Đống Đa',
          sponsorName: 'Sở Giao thông Vận tải',
          sponsorKind: 'PUBLIC_BODY',
          sector: 'smart-transport',
          description: 'Mô tả',
          expectedOutcome: 'Kết quả',
          deadline: '2030-12-31',
          rubric: [{ name: 'Tác động', weight: 1 }],
        },
      },
      manager,
    );
    expect(challenge.errors).toBeUndefined();
    const id = challenge.data!.createChallenge.id;
    const found = await t.gql<{ challenges: { id: string }[] }>(
      'query($s: String) { challenges(search: $s) { id } }',
      { s: 'dong da' },
      manager,
    );
    expect(found.data?.challenges).toEqual([{ id }]);
    const none = await t.gql<{ challenges: { id: string }[] }>(
      'query($s: String) { challenges(search: $s) { id } }',
      { s: 'hai ba trung' },
      manager,
    );
    expect(none.data?.challenges).toEqual([]);

    await sql(
      t,
      `insert into applications (id, challenge_id, team_name, members, proposal, contact_email, status, submitted_at)
       values (gen_random_uuid(), $1, 'Nhóm Phượng Vĩ', '[]'::jsonb, 'Đề xuất', 'a@b.vn', 'SUBMITTED', now()),
              (gen_random_uuid(), $1, 'Nhóm Khác', '[]'::jsonb, 'Đề xuất', 'c@d.vn', 'SUBMITTED', now())`,
      [id],
    );
    const applications = await t.gql<{ applications: { teamName: string }[] }>(
      'query($c: ID!, $s: String) { applications(challengeId: $c, search: $s) { teamName } }',
      { c: id, s: 'phuong vi' },
      manager,
    );
    expect(applications.data?.applications).toEqual([{ teamName: 'Nhóm Phượng Vĩ' }]);
  });

  it('finds fund members without accents', async () => {
    const fundManager = await t.loginAs('FUND_MANAGER');
    const fund = await t.gql<{ createFund: { id: string } }>(
      'mutation($i: CreateFundInput!) { createFund(input: $i) { id } }',
      { i: { name: 'Quỹ Thử Tìm Kiếm' } },
      fundManager,
    );
    const fundId = fund.data!.createFund.id;
    for (const [memberName, memberType, amount] of [
      ['Công ty Đông Đô', 'PRIVATE', '1000'],
      ['Ngân sách Thành phố Hà Nội', 'STATE', '100'],
    ]) {
      const commit = await t.gql(
        'mutation($i: CommitCapitalInput!) { commitCapital(input: $i) { id } }',
        { i: { fundId, memberName, memberType, amount } },
        fundManager,
      );
      expect(commit.errors, memberName).toBeUndefined();
    }
    const members = await t.gql<{ fundMembers: { name: string }[] }>(
      'query($f: ID!, $s: String) { fundMembers(fundId: $f, search: $s) { name } }',
      { f: fundId, s: 'dong do' },
      fundManager,
    );
    expect(members.data?.fundMembers).toEqual([{ name: 'Công ty Đông Đô' }]);
  });
});
