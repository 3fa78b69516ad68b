// Mentors and experts: invited by a manager through the invitation flow, matched to a startup with reasons,
// assigned under a cap, and scoped — a mentor reads only the startups assigned to them, never fund data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { sql } from '../support/fund';
import { setUpMentoring, type Mentoring } from '../support/mentoring';

let t: TestApp;
let m: Mentoring;

beforeAll(async () => {
  t = await createTestApp();
  m = await setUpMentoring(t);
}, 120_000);
afterAll(() => t?.close());

describe('mentor profiles and invitations', () => {
  it('invites a mentor by e-mail: accepting creates a MENTOR account that sees its own profile', async () => {
    const me = await t.gql<{ me: { role: string }; myMentorProfile: { displayName: string; hasAccount: boolean } }>(
      '{ me { role } myMentorProfile { displayName hasAccount } }',
      {},
      m.mentorToken,
    );
    expect(me.data?.me.role).toBe('MENTOR');
    expect(me.data?.myMentorProfile).toEqual({ displayName: 'Lê Hoàng Nam', hasAccount: true });
  });

  it('refuses a sector that is not on the program list, naming the field, and writes nothing', async () => {
    const before = await sql<{ n: string }>(t, 'select count(*) as n from mentor_profiles');
    const response = await t.gql(
      'mutation($i: MentorProfileInput!) { inviteMentor(input: $i) { id } }',
      { i: { ...m.profileInput, email: 'new@expert.test', sectors: ['not-a-sector'] } },
      m.manager,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('sectors[0]');
    expect(await sql<{ n: string }>(t, 'select count(*) as n from mentor_profiles')).toEqual(before);
  });
});

describe('matching and assignment', () => {
  it('ranks mentors for a startup by sector and needs, with the reasons shown', async () => {
    const response = await t.gql<{
      mentorMatches: {
        mentor: { id: string };
        score: number;
        available: boolean;
        reasons: { kind: string; need: string | null }[];
      }[];
    }>(
      'query($s: ID!) { mentorMatches(startupId: $s) { mentor { id } score available reasons { kind sector need } } }',
      { s: m.otherStartupId },
      m.manager,
    );
    const first = response.data!.mentorMatches[0]!;
    expect(first.mentor.id).toBe(m.mentorId);
    expect(first.reasons.map((r) => r.kind)).toEqual(['SECTOR', 'NEED', 'AT_CAPACITY']);
    expect(first.available).toBe(false);
    expect(first.score).toBe(5);
  });

  it('refuses an assignment over the mentor’s cap and keeps the history append-only', async () => {
    // The mentor's cap is 2 and they already mentor two startups.
    const over = await t.gql(
      'mutation($s: ID!, $m: ID!) { assignMentor(startupId: $s, mentorId: $m) { id } }',
      { s: m.otherStartupId, m: m.mentorId },
      m.manager,
    );
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0]?.message).toContain('cap is 2');
    const history = await t.gql<{ mentorAssignments: { history: { kind: string; actorName: string }[] }[] }>(
      'query($m: ID!) { mentorAssignments(mentorId: $m) { history { kind actorName } } }',
      { m: m.mentorId },
      m.manager,
    );
    expect(history.data!.mentorAssignments).toHaveLength(2);
    expect(history.data!.mentorAssignments[0]!.history[0]!.kind).toBe('ASSIGNED');
    await expect(sql(t, 'update mentor_assignment_events set reason = $1', ['rewritten'])).rejects.toThrow(
      /append-only/,
    );
  });
});

describe('what a mentor sees', () => {
  it('reads an assigned startup without fund data, and its metric reports only once shared', async () => {
    const query = 'query($id: ID!) { mentoredStartup(id: $id) { name needs founders metricReports { period } } }';
    const before = await t.gql<{ mentoredStartup: { needs: string[]; metricReports: unknown[] } }>(
      query,
      { id: m.startupId },
      m.mentorToken,
    );
    expect(before.errors).toBeUndefined();
    expect(before.data!.mentoredStartup.needs).toEqual(['FUNDRAISING', 'LEGAL']);
    expect(before.data!.mentoredStartup.metricReports).toEqual([]);
    await t.gql(
      'mutation($s: ID!, $i: StartupNeedsInput!) { setStartupNeeds(startupId: $s, input: $i) { startupId } }',
      { s: m.startupId, i: { needs: ['FUNDRAISING', 'LEGAL'], shareMetricsWithMentors: true } },
      m.founderA,
    );
    const after = await t.gql<{ mentoredStartup: { metricReports: { period: string }[] } }>(
      query,
      { id: m.startupId },
      m.mentorToken,
    );
    expect(after.data!.mentoredStartup.metricReports.map((r) => r.period)).toEqual(['2026-10']);
  });

  it('refuses a startup not assigned to them with FORBIDDEN', async () => {
    const response = await t.gql(
      'query($id: ID!) { mentoredStartup(id: $id) { name } }',
      { id: m.otherStartupId },
      m.mentorToken,
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.data?.mentoredStartup ?? null).toBeNull();
  });

  it('reads no startup, fund or ledger through the program-wide queries', async () => {
    for (const query of [
      '{ startups { totalCount } }',
      '{ funds { id } }',
      `{ startup(id: "${m.startupId}") { id } }`,
    ]) {
      expect(errorCode(await t.gql(query, {}, m.mentorToken)), query).toBe('FORBIDDEN');
    }
    const mine = await t.gql<{ myStartups: unknown[] }>('{ myStartups { id } }', {}, m.mentorToken);
    expect(mine.data!.myStartups).toEqual([]);
  });
});
