// Selection a team can trust: reviewers assigned with balanced load, a conflict-of-interest declaration before
// reading (a conflicted reviewer cannot score), blind review until the decisions, per-reviewer normalization with
// raw and normalized rankings side by side, feedback per criterion with the decision, appeals, rounds and a CSV.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { sql } from '../support/fund';

let now = new Date('2026-12-01T02:00:00Z');
let t: TestApp;
let admin: string;
let manager: string;
let mentor: string;
let challengeId: string;
let criteria: { id: string; name: string }[];
const applications: { id: string; receiptCode: string; teamName: string; email: string }[] = [];
const ids = { admin: '', manager: '', mentor: '' };

const SCORE =
  'mutation($a: ID!, $s: [CriterionScoreInput!]!) { scoreApplication(applicationId: $a, scores: $s) { id } }';
const MY_REVIEWS =
  '{ myReviews { assignmentId applicationId reference declaration proposal teamName members { name } rubric { id levels { score description } } } }';

type Blind = {
  assignmentId: string;
  applicationId: string;
  declaration: string | null;
  proposal: string | null;
  teamName: string | null;
  members: unknown;
  rubric: { id: string; levels: { score: number }[] }[];
};

async function myReviews(token: string): Promise<Blind[]> {
  const response = await t.gql<{ myReviews: Blind[] }>(MY_REVIEWS, {}, token);
  expect(response.errors).toBeUndefined();
  return response.data!.myReviews;
}

async function declareAll(token: string, except: string | null = null) {
  for (const review of await myReviews(token)) {
    if (review.declaration) continue;
    const conflict = review.applicationId === except;
    const response = await t.gql(
      'mutation($i: DeclareConflictInput!) { declareConflict(input: $i) { declaration } }',
      { i: { assignmentId: review.assignmentId, conflict, note: conflict ? 'My former student leads it.' : null } },
      token,
    );
    expect(response.errors).toBeUndefined();
  }
}

const score = (token: string, applicationId: string, impact: number, feasibility: number) =>
  t.gql(
    SCORE,
    {
      a: applicationId,
      s: [
        { criterionId: criteria[0]!.id, score: impact },
        { criterionId: criteria[1]!.id, score: feasibility },
      ],
    },
    token,
  );

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  admin = await t.loginAs('ADMIN');
  manager = await t.loginAs('INCUBATOR_MANAGER');
  mentor = await t.loginAs('MENTOR');
  for (const [role, key] of [
    ['ADMIN', 'admin'],
    ['INCUBATOR_MANAGER', 'manager'],
    ['MENTOR', 'mentor'],
  ] as const) {
    ids[key] = (await sql<{ id: string }>(t, 'select id from users where role = $1', [role]))[0]!.id;
  }
  const created = await t.gql<{ createChallenge: { id: string; rubric: { id: string; name: string }[] } }>(
    'mutation($i: ChallengeInput!) { createChallenge(input: $i) { id rubric { id name } } }',
    {
      i: {
        title: 'Thanh toán không tiền mặt ở chợ truyền thống',
        sponsorName: 'Sở Công Thương',
        sponsorKind: 'PUBLIC_BODY',
        sector: 'fintech',
        description: 'Người bán nhỏ cần nhận thanh toán QR.',
        expectedOutcome: 'Thí điểm ở 3 chợ.',
        rubric: [
          { name: 'Tác động', weight: 3 },
          { name: 'Khả thi', weight: 1 },
        ],
        deadline: '2026-12-20',
      },
    },
    manager,
  );
  challengeId = created.data!.createChallenge.id;
  criteria = created.data!.createChallenge.rubric;
  await t.gql('mutation($id: ID!) { publishChallenge(id: $id) { id } }', { id: challengeId }, manager);
  for (const [index, team] of ['Chợ Số', 'QR Xanh', 'Tiền Lẻ', 'Phiên Chợ'].entries()) {
    const email = `team${index}@applicants.test`;
    const submitted = await t.gql<{ submitApplication: { id: string; receiptCode: string } }>(
      'mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id receiptCode } }',
      {
        i: {
          challengeId,
          teamName: team,
          members: [{ name: `Thành viên ${index}`, background: 'UNIVERSITY' }],
          proposal: `Đề xuất của nhóm ${index}: ví QR cho tiểu thương.`,
          contactEmail: email,
        },
      },
    );
    expect(submitted.errors).toBeUndefined();
    applications.push({ ...submitted.data!.submitApplication, teamName: team, email });
  }
}, 120_000);
afterAll(() => t?.close());

describe('reviewer assignment and declarations', () => {
  it('assigns N reviewers per application with balanced load', async () => {
    const response = await t.gql<{ assignReviewers: { reviewerId: string }[] }>(
      'mutation($i: AssignReviewersInput!) { assignReviewers(input: $i) { reviewerId } }',
      { i: { challengeId, reviewerIds: [ids.admin, ids.manager, ids.mentor], perApplication: 2, phase: 'IDEA' } },
      manager,
    );
    expect(response.errors).toBeUndefined();
    const load = new Map<string, number>();
    for (const row of response.data!.assignReviewers) load.set(row.reviewerId, (load.get(row.reviewerId) ?? 0) + 1);
    expect(response.data!.assignReviewers).toHaveLength(8);
    expect(Math.max(...load.values()) - Math.min(...load.values())).toBeLessThanOrEqual(1);
    // The rest of the file wants every reviewer on every application: a second pass of three adds none
    // (each application has reviewers), so the scenario re-assigns from scratch.
    await sql(t, 'delete from review_assignments');
    const all = await t.gql(
      'mutation($i: AssignReviewersInput!) { assignReviewers(input: $i) { id } }',
      { i: { challengeId, reviewerIds: [ids.admin, ids.manager, ids.mentor], perApplication: 3, phase: 'IDEA' } },
      manager,
    );
    expect(all.errors).toBeUndefined();
  });

  it('shows a reviewer neither the team nor, before the declaration, the proposal', async () => {
    const reviews = await myReviews(mentor);
    expect(reviews).toHaveLength(4);
    for (const review of reviews) {
      expect(review.teamName).toBeNull();
      expect(review.members).toBeNull();
      expect(review.proposal).toBeNull();
    }
  });

  it('refuses scoring before the declaration, naming the field, and writes nothing', async () => {
    const response = await score(mentor, applications[0]!.id, 5, 5);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('applicationId');
    expect(await sql(t, 'select 1 from application_scores')).toEqual([]);
  });

  it('refuses a conflicted reviewer, and opens the proposal (still blind) to a clean declaration', async () => {
    await declareAll(mentor, applications[0]!.id);
    const conflicted = await score(mentor, applications[0]!.id, 5, 5);
    expect(errorCode(conflicted)).toBe('FORBIDDEN');
    const reviews = await myReviews(mentor);
    const clean = reviews.find((r) => r.applicationId === applications[1]!.id)!;
    expect(clean.proposal).toBe('Đề xuất của nhóm 1: ví QR cho tiểu thương.');
    expect(clean.teamName).toBeNull();
    expect(reviews.find((r) => r.applicationId === applications[0]!.id)!.proposal).toBeNull();
  });

  it('refuses a score out of the criterion range with the field named', async () => {
    const response = await score(mentor, applications[1]!.id, 11, 5);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('scores[0].score');
  });

  it('offers the active managers and mentors as reviewers, nobody else', async () => {
    const response = await t.gql<{ reviewerCandidates: { id: string; role: string }[] }>(
      '{ reviewerCandidates { id role } }',
      {},
      manager,
    );
    expect(response.errors).toBeUndefined();
    const candidates = response.data!.reviewerCandidates;
    expect(candidates.map((c) => c.id)).toEqual(expect.arrayContaining([ids.admin, ids.manager, ids.mentor]));
    expect(new Set(candidates.map((c) => c.role))).toEqual(new Set(['ADMIN', 'INCUBATOR_MANAGER', 'MENTOR']));
  });
});

describe('replacing a conflicted reviewer', () => {
  it('assigns another reviewer where one declared a conflict, and only there', async () => {
    const created = await t.gql<{ createChallenge: { id: string } }>(
      'mutation($i: ChallengeInput!) { createChallenge(input: $i) { id } }',
      {
        i: {
          title: 'Bãi đỗ xe thông minh',
          sponsorName: 'Sở Giao thông Vận tải',
          sponsorKind: 'PUBLIC_BODY',
          sector: 'fintech',
          description: 'Tìm chỗ đỗ xe trống theo thời gian thực.',
          expectedOutcome: 'Thí điểm ở 2 quận.',
          rubric: [{ name: 'Tác động', weight: 1 }],
          deadline: '2026-12-20',
        },
      },
      manager,
    );
    const id = created.data!.createChallenge.id;
    await t.gql('mutation($id: ID!) { publishChallenge(id: $id) { id } }', { id }, manager);
    const submitted = await t.gql<{ submitApplication: { id: string } }>(
      'mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id } }',
      {
        i: {
          challengeId: id,
          teamName: 'Đỗ Nhanh',
          members: [{ name: 'Trần An', background: 'COMPANY' }],
          proposal: 'Cảm biến ở mỗi ô đỗ.',
          contactEmail: 'parking@applicants.test',
        },
      },
    );
    const applicationId = submitted.data!.submitApplication.id;
    const ASSIGN = 'mutation($i: AssignReviewersInput!) { assignReviewers(input: $i) { reviewerId applicationId } }';
    const assign = (reviewerIds: string[]) =>
      t.gql<{ assignReviewers: { reviewerId: string; applicationId: string }[] }>(
        ASSIGN,
        { i: { challengeId: id, reviewerIds, perApplication: 1, phase: 'IDEA' } },
        manager,
      );
    expect((await assign([ids.mentor])).data!.assignReviewers).toEqual([{ reviewerId: ids.mentor, applicationId }]);
    // Nothing to top up while the one reviewer may still score it.
    expect((await assign([ids.mentor, ids.manager])).data!.assignReviewers).toEqual([]);
    const mine = (await myReviews(mentor)).find((r) => r.applicationId === applicationId)!;
    await t.gql(
      'mutation($i: DeclareConflictInput!) { declareConflict(input: $i) { declaration } }',
      { i: { assignmentId: mine.assignmentId, conflict: true, note: 'Tôi góp vốn vào đội này.' } },
      mentor,
    );
    // The conflicted mentor is replaced by the manager; the mentor is never assigned to it again.
    expect((await assign([ids.mentor, ids.manager])).data!.assignReviewers).toEqual([
      { reviewerId: ids.manager, applicationId },
    ]);
    expect((await assign([ids.mentor, ids.manager])).data!.assignReviewers).toEqual([]);
  });
});

describe('normalized ranking', () => {
  it('ranks raw and normalized side by side and flags the reviewer whose spread is far from the others', async () => {
    await declareAll(admin);
    await declareAll(manager);
    // The admin rates everything high, the manager low; the mentor (conflicted on the first) spreads widely.
    const plan: [string, number[]][] = [
      [admin, [9, 10, 8, 9]],
      [manager, [3, 5, 2, 4]],
    ];
    for (const [token, values] of plan) {
      for (const [index, value] of values.entries()) {
        expect((await score(token, applications[index]!.id, value, value)).errors).toBeUndefined();
      }
    }
    for (const [index, value] of [
      [1, 10],
      [2, 0],
      [3, 5],
    ] as const) {
      expect((await score(mentor, applications[index]!.id, value, value)).errors).toBeUndefined();
    }
    const ranking = await t.gql<{
      reviewRanking: {
        rows: { teamName: string; rawRank: number; normalizedRank: number; reviewerCount: number }[];
        reviewers: { reviewerId: string; flagged: boolean; spread: number }[];
      };
    }>(
      'query($c: ID!) { reviewRanking(challengeId: $c, phase: IDEA) { rows { teamName rawRank normalizedRank reviewerCount } reviewers { reviewerId flagged spread } } }',
      { c: challengeId },
      await t.loginAs('BOARD'),
    );
    expect(ranking.errors).toBeUndefined();
    const rows = ranking.data!.reviewRanking.rows;
    expect(rows[0]!.teamName).toBe('QR Xanh');
    expect(rows.find((r) => r.teamName === 'Chợ Số')!.reviewerCount).toBe(2);
    expect(rows.map((r) => r.normalizedRank)).not.toEqual(rows.map((r) => r.rawRank));
    const flagged = ranking.data!.reviewRanking.reviewers.filter((r) => r.flagged).map((r) => r.reviewerId);
    expect(flagged).toEqual([ids.mentor]);
  });

  it('exports every criterion-level score as CSV through the one writer, in the caller’s language', async () => {
    const csv = async (lang?: 'VI' | 'EN') => {
      const response = await t.gql<{ reviewScoresCsv: string }>(
        'query($c: ID!, $lang: Language) { reviewScoresCsv(challengeId: $c, lang: $lang) }',
        { c: challengeId, lang },
        manager,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.reviewScoresCsv.startsWith('\uFEFF')).toBe(true);
      return parse(response.data!.reviewScoresCsv, { bom: true }) as string[][];
    };
    // A reviewer whose name a spreadsheet would run as a formula.
    const [before] = await sql<{ name: string }>(t, 'select display_name as name from users where id = $1', [
      ids.mentor,
    ]);
    await sql(t, 'update users set display_name = $1 where id = $2', ['=HYPERLINK("http://evil.example")', ids.mentor]);
    try {
      const vi = await csv();
      expect(vi[0]).toEqual(['Hồ sơ', 'Nhóm', 'Vòng', 'Người chấm', 'Tiêu chí', 'Trọng số', 'Điểm']);
      expect(vi).toHaveLength(1 + 11 * 2);
      expect(vi.slice(1).every((row) => row[2] === 'Vòng ý tưởng')).toBe(true);
      expect(vi.slice(1).map((row) => row[3])).toContain(`'=HYPERLINK("http://evil.example")`);
      expect(vi.flat().filter((cell) => /^[=+@\t\r]/.test(cell))).toEqual([]);
      const en = await csv('EN');
      expect(en[0]).toEqual(['Application', 'Team', 'Phase', 'Reviewer', 'Criterion', 'Weight', 'Score']);
      expect(en.slice(1).every((row) => row[2] === 'Idea round')).toBe(true);
    } finally {
      await sql(t, 'update users set display_name = $1 where id = $2', [before!.name, ids.mentor]);
    }
  });
});

describe('decisions, feedback and appeals', () => {
  it('describes what scores mean on a criterion', async () => {
    const response = await t.gql<{ setCriterionLevels: { levels: { score: number }[] } }>(
      'mutation($c: ID!, $l: [LevelDescriptorInput!]!) { setCriterionLevels(criterionId: $c, levels: $l) { levels { score description } } }',
      {
        c: criteria[0]!.id,
        l: [
          { score: 8, description: 'Đã có người dùng thật' },
          { score: 2, description: 'Chưa có bằng chứng' },
          { score: 5, description: 'Hợp lý, chưa kiểm chứng' },
        ],
      },
      manager,
    );
    expect(response.data!.setCriterionLevels.levels.map((l) => l.score)).toEqual([2, 5, 8]);
    const reviews = await myReviews(mentor);
    expect(reviews[0]!.rubric[0]!.levels).toHaveLength(3);
  });

  it('sends the decision with per-criterion feedback, then reveals the teams to reviewers', async () => {
    const feedback = await t.gql(
      'mutation($i: CriterionFeedbackInput!) { setApplicationFeedback(input: $i) { text } }',
      {
        i: { applicationId: applications[2]!.id, criterionId: criteria[0]!.id, text: 'Tác động chưa được định lượng.' },
      },
      manager,
    );
    expect(feedback.errors).toBeUndefined();
    const sent = await t.gql<{ sendDecisions: { id: string } }>(
      'mutation($i: SendDecisionsInput!) { sendDecisions(input: $i) { id } }',
      { i: { challengeId, appealDays: 14 } },
      manager,
    );
    expect(sent.errors).toBeUndefined();
    // The e-mail is written to the outbox in the decision's transaction (sent after commit by the mail worker).
    const mail = await sql<{ payload: { body: string } }>(
      t,
      `select payload from outbox where queue = 'mail' and payload->>'to' = $1 and payload->>'kind' = 'APPLICATION_FEEDBACK'`,
      [applications[2]!.email],
    );
    expect(mail).toHaveLength(1);
    expect(JSON.stringify(mail)).toContain('Tác động chưa được định lượng.');
    // The statement is closed to the public by now: the e-mail links to its appeal form.
    expect(mail[0]!.payload).toMatchObject({ path: `/challenges/${challengeId}/appeal` });
    const challenge = await t.gql<{ challenge: { appealUntil: string; decidedAt: string } }>(
      'query($id: ID!) { challenge(id: $id) { appealUntil decidedAt } }',
      { id: challengeId },
      manager,
    );
    expect(challenge.data!.challenge.appealUntil).toBe('2026-12-15');
    expect(challenge.data!.challenge.decidedAt).toBe(now.toISOString());
    const reviews = (await myReviews(mentor)).filter((r) => applications.some((a) => a.id === r.applicationId));
    expect(reviews.map((r) => r.teamName).sort()).toEqual(applications.map((a) => a.teamName).sort());
  });

  it('takes an appeal within the window, answers it in writing, and refuses one after the window', async () => {
    const APPEAL = 'mutation($i: AppealInput!) { appealDecision(input: $i) { id appealUntil } }';
    const appeal = await t.gql<{ appealDecision: { id: string; appealUntil: string } }>(APPEAL, {
      i: {
        challengeId,
        receiptCode: applications[2]!.receiptCode,
        contactEmail: applications[2]!.email,
        text: 'Chúng tôi đã có số liệu thí điểm.',
      },
    });
    expect(appeal.errors).toBeUndefined();
    expect(appeal.data!.appealDecision.appealUntil).toBe('2026-12-15');
    const answered = await t.gql<{ answerAppeal: { answer: string } }>(
      'mutation($a: ID!, $t: String!) { answerAppeal(appealId: $a, answer: $t) { answer } }',
      { a: appeal.data!.appealDecision.id, t: 'Hội đồng đã xem lại; kết quả giữ nguyên.' },
      manager,
    );
    expect(answered.data!.answerAppeal.answer).toContain('giữ nguyên');
    // The applicant has no account: the written answer reaches them by e-mail.
    const answerMail = await sql<{ payload: { body: string } }>(
      t,
      `select payload from outbox where payload->>'to' = $1 and payload->>'kind' = 'APPEAL_ANSWERED'`,
      [applications[2]!.email],
    );
    expect(answerMail).toHaveLength(1);
    expect(answerMail[0]!.payload.body).toContain('Hội đồng đã xem lại; kết quả giữ nguyên.');
    expect(answerMail[0]!.payload.body).toContain('Chúng tôi đã có số liệu thí điểm.');
    now = new Date('2026-12-16T02:00:00Z');
    const late = await t.gql(APPEAL, {
      i: { challengeId, receiptCode: applications[3]!.receiptCode, contactEmail: applications[3]!.email, text: 'x' },
    });
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
    expect(late.errors?.[0]?.message).toContain('2026-12-15');
    now = new Date('2026-12-01T02:00:00Z');
  });

  it('runs a demo round for the shortlisted, with its own scores and winners', async () => {
    const shortlisted = [applications[1]!.id, applications[3]!.id];
    await t.gql(
      'mutation($c: ID!, $a: [ID!]!) { shortlistForDemo(challengeId: $c, applicationIds: $a) { id } }',
      { c: challengeId, a: shortlisted },
      manager,
    );
    const assigned = await t.gql<{ assignReviewers: unknown[] }>(
      'mutation($i: AssignReviewersInput!) { assignReviewers(input: $i) { id } }',
      { i: { challengeId, reviewerIds: [ids.admin, ids.manager], perApplication: 2, phase: 'DEMO' } },
      manager,
    );
    expect(assigned.data!.assignReviewers).toHaveLength(4);
    const notShortlisted = await t.gql(
      'mutation($i: PhaseWinnersInput!) { declarePhaseWinners(input: $i) { id } }',
      { i: { challengeId, phase: 'DEMO', applicationIds: [applications[0]!.id] } },
      manager,
    );
    expect(errorCode(notShortlisted)).toBe('BAD_USER_INPUT');
    const winners = await t.gql<{ declarePhaseWinners: { id: string; shortlisted: boolean }[] }>(
      'mutation($i: PhaseWinnersInput!) { declarePhaseWinners(input: $i) { id shortlisted } }',
      { i: { challengeId, phase: 'DEMO', applicationIds: [applications[1]!.id] } },
      manager,
    );
    expect(winners.data!.declarePhaseWinners).toEqual([{ id: applications[1]!.id, shortlisted: true }]);
  });
});
