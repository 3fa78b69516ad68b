// Blind review whatever the reviewer's role: a manager who is also assigned to review a statement sees its teams
// only by reference — in the applications list, the rankings, the assignments and the scores CSV — until the
// decisions are sent; a manager who does not review it sees the teams as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { sql } from '../support/fund';

let t: TestApp;
let admin: string;
let manager: string;
let challengeId: string;
let criterionId: string;
const teams = ['Đội Mắt Thần', 'Đội Sông Hồng'];

const APPLICATIONS = `query($c: ID!, $s: String) {
  applications(challengeId: $c, search: $s) { id teamName contactEmail blind members { name } }
  applicationRanking(challengeId: $c) { application { teamName } }
  reviewRanking(challengeId: $c, phase: IDEA) { rows { teamName } }
  reviewAssignments(challengeId: $c) { teamName }
  reviewScoresCsv(challengeId: $c, lang: EN)
}`;

type Seen = {
  applications: { id: string; teamName: string; contactEmail: string; blind: boolean; members: { name: string }[] }[];
  applicationRanking: { application: { teamName: string } }[];
  reviewRanking: { rows: { teamName: string }[] };
  reviewAssignments: { teamName: string }[];
  reviewScoresCsv: string;
};

async function seenBy(token: string, search: string | null = null): Promise<Seen> {
  const response = await t.gql<Seen>(APPLICATIONS, { c: challengeId, s: search }, token);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** Every team name or member name the answer carries, wherever it is. */
const namesIn = (seen: Seen) =>
  teams.filter((team) => JSON.stringify(seen).includes(team) || JSON.stringify(seen).includes(`Người của ${team}`));

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('ADMIN');
  manager = await t.loginAs('INCUBATOR_MANAGER');

  const created = await t.gql<{ createChallenge: { id: string; rubric: { id: string }[] } }>(
    'mutation($i: ChallengeInput!) { createChallenge(input: $i) { id rubric { id } } }',
    {
      i: {
        title: 'Camera giao thông phát hiện ổ gà',
        sponsorName: 'Sở Xây dựng',
        sponsorKind: 'PUBLIC_BODY',
        sector: 'fintech',
        description: 'Ổ gà cần được phát hiện sớm.',
        expectedOutcome: 'Bản đồ ổ gà hằng ngày.',
        rubric: [{ name: 'Tác động', weight: 1 }],
        deadline: '2099-12-20',
      },
    },
    admin,
  );
  expect(created.errors).toBeUndefined();
  challengeId = created.data!.createChallenge.id;
  criterionId = created.data!.createChallenge.rubric[0]!.id;
  await t.gql('mutation($id: ID!) { publishChallenge(id: $id) { id } }', { id: challengeId }, admin);
  for (const [index, team] of teams.entries()) {
    const submitted = await t.gql('mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id } }', {
      i: {
        challengeId,
        teamName: team,
        members: [{ name: `Người của ${team}`, background: 'UNIVERSITY' }],
        proposal: `Đề xuất ${index}: camera trên xe buýt.`,
        contactEmail: `blind${index}@applicants.test`,
      },
    });
    expect(submitted.errors).toBeUndefined();
  }
  const [managerId, mentorId] = await Promise.all(
    ['INCUBATOR_MANAGER', 'MENTOR'].map(
      async (role) => (await sql<{ id: string }>(t, 'select id from users where role = $1', [role]))[0]!.id,
    ),
  );
  const assigned = await t.gql(
    'mutation($i: AssignReviewersInput!) { assignReviewers(input: $i) { id } }',
    { i: { challengeId, reviewerIds: [managerId, mentorId], perApplication: 2, phase: 'IDEA' } },
    admin,
  );
  expect(assigned.errors).toBeUndefined();
  // The manager declares and scores, so the ranking and the CSV have rows carrying the teams.
  const mine = await t.gql<{ myReviews: { assignmentId: string; applicationId: string }[] }>(
    '{ myReviews { assignmentId applicationId } }',
    {},
    manager,
  );
  for (const review of mine.data!.myReviews) {
    await t.gql(
      'mutation($i: DeclareConflictInput!) { declareConflict(input: $i) { assignmentId } }',
      { i: { assignmentId: review.assignmentId, conflict: false } },
      manager,
    );
    const scored = await t.gql(
      'mutation($a: ID!, $s: [CriterionScoreInput!]!) { scoreApplication(applicationId: $a, scores: $s) { id } }',
      { a: review.applicationId, s: [{ criterionId, score: 7 }] },
      manager,
    );
    expect(scored.errors).toBeUndefined();
  }
}, 120_000);
afterAll(() => t?.close());

describe('before the decisions', () => {
  it('a manager who reviews the statement sees no team name, member or contact in any view', async () => {
    const seen = await seenBy(manager);
    expect(seen.applications).toHaveLength(2);
    expect(namesIn(seen)).toEqual([]);
    for (const application of seen.applications) {
      expect(application.blind).toBe(true);
      expect(application.members).toEqual([]);
      expect(application.contactEmail).toBe('');
      expect(application.teamName).toMatch(/^[0-9A-F]{8}$/);
    }
    expect(seen.reviewRanking.rows).toHaveLength(2);
    expect(seen.reviewScoresCsv).not.toContain('blind0@');
  });

  it('the reviewer-manager’s own review query does not return the names either', async () => {
    const response = await t.gql<{ myReviews: { teamName: string | null; members: unknown }[] }>(
      '{ myReviews { teamName members { name } } }',
      {},
      manager,
    );
    expect(response.data!.myReviews).toHaveLength(2);
    for (const review of response.data!.myReviews) expect(review).toEqual({ teamName: null, members: null });
  });

  it('a search by team name tells a blind reviewer nothing; a search by reference finds the application', async () => {
    expect((await seenBy(manager, 'Sông Hồng')).applications).toEqual([]);
    const reference = (await seenBy(manager)).applications[1]!.teamName;
    expect((await seenBy(manager, reference.toLowerCase())).applications.map((a) => a.teamName)).toEqual([reference]);
  });

  it('asks once per request whether the caller reviews blind, however many identity fields the list selects', async () => {
    t.queries.length = 0;
    const response = await t.gql(
      'query($c: ID!) { applications(challengeId: $c) { teamName contactEmail blind members { name } } }',
      { c: challengeId },
      manager,
    );
    expect(response.errors).toBeUndefined();
    expect(t.queries.filter((statement) => /from "review_assignments"/.test(statement))).toHaveLength(1);
  });

  it('an admin who does not review the statement sees the teams', async () => {
    const seen = await seenBy(admin);
    expect(namesIn(seen)).toEqual(teams);
    expect(seen.applications.every((a) => !a.blind)).toBe(true);
    expect(seen.applications.map((a) => a.contactEmail)).toEqual(['blind0@applicants.test', 'blind1@applicants.test']);
  });
});

describe('after the decisions', () => {
  it('the reviewer-manager sees the teams', async () => {
    const sent = await t.gql(
      'mutation($i: SendDecisionsInput!) { sendDecisions(input: $i) { id } }',
      { i: { challengeId, appealDays: 14 } },
      admin,
    );
    expect(sent.errors).toBeUndefined();
    const seen = await seenBy(manager);
    expect(namesIn(seen)).toEqual(teams);
    expect(seen.applications.every((a) => !a.blind)).toBe(true);
  });
});
