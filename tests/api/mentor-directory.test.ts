// The mentor directory's filters: background (overseas experts among them), sector, expertise, language and room
// under the cap — each given filter must hold; none given lists everyone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { setUpMentoring, type Mentoring } from '../support/mentoring';

const DIRECTORY = `query($b: MentorBackground, $s: String, $n: MentorNeed, $l: String, $c: Boolean) {
  mentors(background: $b, sector: $s, need: $n, language: $l, hasCapacity: $c) { displayName activeStartups } }`;

let t: TestApp;
let m: Mentoring;

const names = async (filter: Record<string, unknown>, token = m.manager) => {
  const response = await t.gql<{ mentors: { displayName: string }[] }>(DIRECTORY, filter, token);
  expect(response.errors).toBeUndefined();
  return response.data!.mentors.map((mentor) => mentor.displayName);
};

beforeAll(async () => {
  t = await createTestApp();
  // Lê Hoàng Nam: overseas, fintech, fundraising and hiring, vi and en, at his cap (2 of 2).
  m = await setUpMentoring(t);
  const invited = await t.gql(
    'mutation($i: MentorProfileInput!) { inviteMentor(input: $i) { id } }',
    {
      i: {
        email: 'an@university.test',
        displayName: 'Trần Thị An',
        background: 'UNIVERSITY',
        organization: 'Đại học Bách khoa Hà Nội',
        sectors: ['digital-health'],
        expertise: ['LEGAL', 'IP'],
        languages: ['vi'],
        bio: 'Sở hữu trí tuệ cho thiết bị y tế.',
        availability: 'Sáng thứ Ba',
        maxActiveStartups: 3,
      },
    },
    m.manager,
  );
  expect(invited.errors).toBeUndefined();
}, 120_000);
afterAll(() => t?.close());

describe('the mentor directory filters', () => {
  it('lists everyone without a filter, by name', async () => {
    expect(await names({})).toEqual(['Lê Hoàng Nam', 'Trần Thị An']);
  });

  it('filters by background, overseas experts included', async () => {
    expect(await names({ b: 'OVERSEAS' })).toEqual(['Lê Hoàng Nam']);
    expect(await names({ b: 'UNIVERSITY' })).toEqual(['Trần Thị An']);
  });

  it('filters by sector, expertise and language, each given filter holding', async () => {
    expect(await names({ s: 'digital-health' })).toEqual(['Trần Thị An']);
    expect(await names({ n: 'FUNDRAISING' })).toEqual(['Lê Hoàng Nam']);
    expect(await names({ l: 'en' })).toEqual(['Lê Hoàng Nam']);
    expect(await names({ l: 'vi', n: 'IP' })).toEqual(['Trần Thị An']);
    expect(await names({ b: 'OVERSEAS', s: 'digital-health' })).toEqual([]);
  });

  it('filters by room under the cap', async () => {
    expect(await names({ c: true })).toEqual(['Trần Thị An']);
    expect(await names({ c: false })).toEqual(['Lê Hoàng Nam']);
  });

  it('stays closed to founders and mentors', async () => {
    expect(errorCode(await t.gql(DIRECTORY, { c: true }, m.founderA))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(DIRECTORY, {}, m.mentorToken))).toBe('FORBIDDEN');
  });
});
