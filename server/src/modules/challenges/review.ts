// Selection a team can trust, the reviewing: reviewers assigned per application with balanced load, a
// conflict-of-interest declaration before a reviewer reads an application (a conflicted reviewer cannot score),
// blind review (no team name or members until the decisions are sent), rubric level descriptors, per-reviewer
// normalization with raw and normalized rankings side by side, and a criterion-level CSV.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import {
  assignReviewers,
  badInput,
  forbidden,
  MAX_SCORE,
  MIN_SCORE,
  normalizeReviews,
  notFound,
  optionalText,
  requireEnum,
  requireText,
  weightedScore,
  type ReviewerScore,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { requireId } from '../../kernel';
import { toCsv } from '../../exports/csv';
import { inLanguage, type Language } from '../../exports/language';
import { recordAudit } from '../audit';
import { UserSchema } from '../users';
import { blindChallengeIds, blindReference, teamIdentity } from './blind';
import {
  reviewAssignmentView,
  reviewerCandidateView,
  rubricCriterionView,
  type BlindReviewView,
  type ReviewAssignmentView,
  type ReviewerCandidateView,
} from './read';
import {
  ApplicationSchema,
  ApplicationScoreSchema,
  ChallengeCriterionSchema,
  ChallengeSchema,
  PhaseWinnerSchema,
  REVIEW_PHASES,
  ReviewAssignmentSchema,
  type Application,
  type ReviewAssignment,
  type ReviewPhase,
} from './entities';

/** Roles that may review applications. */
export const REVIEWER_ROLES = ['ADMIN', 'INCUBATOR_MANAGER', 'MENTOR'] as const;

export function phaseOf(application: Application): ReviewPhase {
  return application.shortlistedAt ? 'DEMO' : 'IDEA';
}

export function requirePhase(value: unknown): ReviewPhase {
  return requireEnum('phase', value, REVIEW_PHASES);
}

/**
 * Assigns N reviewers to every application of the round, least-loaded first (existing assignments count); run
 * again, it only tops up applications short of N reviewers free of a conflict.
 */
export async function assignChallengeReviewers(
  em: EntityManager,
  actor: Actor,
  input: { challengeId: string; reviewerIds: readonly string[]; perApplication: number; phase: string },
): Promise<ReviewAssignment[]> {
  const challengeId = requireId('challengeId', input.challengeId);
  const phase = requirePhase(input.phase);
  const reviewerIds = [...new Set(input.reviewerIds.map((id, index) => requireId(`reviewerIds[${index}]`, id)))];
  if (!Number.isInteger(input.perApplication) || input.perApplication < 1 || input.perApplication > 10)
    throw badInput('perApplication', 'Give from 1 to 10 reviewers per application.');
  if (reviewerIds.length < input.perApplication)
    throw badInput('reviewerIds', `Name at least ${input.perApplication} reviewers.`);
  return em.transactional(async (tx) => {
    const challenge = await tx.findOne(ChallengeSchema, challengeId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!challenge) throw notFound('Challenge');
    const reviewers = await tx.find(UserSchema, { id: { $in: reviewerIds } });
    reviewerIds.forEach((id, index) => {
      const user = reviewers.find((r) => r.id === id);
      if (!user || !user.active || !(REVIEWER_ROLES as readonly string[]).includes(user.role))
        throw badInput(`reviewerIds[${index}]`, 'A reviewer is an active manager or mentor.');
    });
    const applications = await tx.find(
      ApplicationSchema,
      { challenge: challengeId, ...(phase === 'DEMO' ? { shortlistedAt: { $ne: null } } : {}) },
      { orderBy: { submittedAt: 'asc', id: 'asc' } },
    );
    const existing = await tx.find(ReviewAssignmentSchema, {
      application: { $in: applications.map((a) => a.id) },
      phase,
    });
    const load = new Map<string, number>();
    for (const row of existing) load.set(row.reviewer.id, (load.get(row.reviewer.id) ?? 0) + 1);
    // An application is short of reviewers while fewer than N of its reviewers may score it: a reviewer who
    // declared a conflict is replaced by the next least-loaded one, never by someone already on it.
    const onIt = (applicationId: string) => existing.filter((row) => row.application.id === applicationId);
    const missing = new Map(
      applications.map((a) => [
        a.id,
        input.perApplication - onIt(a.id).filter((row) => row.declaration !== 'CONFLICT').length,
      ]),
    );
    const plan = assignReviewers(
      applications.filter((a) => missing.get(a.id)! > 0).map((a) => a.id),
      reviewerIds,
      (applicationId) => missing.get(applicationId)!,
      load,
      (applicationId, reviewerId) => onIt(applicationId).some((row) => row.reviewer.id === reviewerId),
    );
    const created: ReviewAssignment[] = [];
    for (const [applicationId, chosen] of plan) {
      for (const reviewerId of chosen) {
        created.push(
          tx.create(ReviewAssignmentSchema, {
            application: applicationId,
            reviewer: reviewerId,
            phase,
            declaration: null,
            declarationNote: null,
            declaredAt: null,
          }),
        );
      }
    }
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'review.assigned',
      entityType: 'Challenge',
      entityId: challengeId,
      after: { phase, perApplication: input.perApplication, reviewerIds, assignments: created.length },
    });
    return created;
  });
}

/** A reviewer declares, before reading the application, whether they have a conflict of interest. */
export async function declareConflict(
  em: EntityManager,
  actor: Actor,
  input: { assignmentId: string; conflict: boolean; note?: string | null },
): Promise<ReviewAssignment> {
  const id = requireId('assignmentId', input.assignmentId);
  const note = optionalText('note', input.note, { max: 2000, multiline: true });
  if (input.conflict && !note) throw badInput('note', 'Say briefly what the conflict is.');
  return em.transactional(async (tx) => {
    const assignment = await tx.findOne(ReviewAssignmentSchema, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!assignment) throw notFound('Review assignment');
    if (assignment.reviewer.id !== actor.userId) throw forbidden('This review is assigned to someone else.');
    if (assignment.declaration) throw badInput('assignmentId', 'You have already declared for this application.');
    assignment.declaration = input.conflict ? 'CONFLICT' : 'NO_CONFLICT';
    assignment.declarationNote = note;
    assignment.declaredAt = new Date();
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'review.declared',
      entityType: 'Application',
      entityId: assignment.application.id,
      after: { declaration: assignment.declaration, note },
    });
    return assignment;
  });
}

/**
 * Whether the actor may score the application in its round: where reviewers are assigned (or the actor is a
 * mentor), only an assigned reviewer who declared no conflict. Throws the refusal; called in the scoring transaction.
 */
export async function assertMayScore(tx: EntityManager, actor: Actor, application: Application): Promise<ReviewPhase> {
  const phase = phaseOf(application);
  const assignments = await tx.find(ReviewAssignmentSchema, { application: application.id, phase });
  if (!assignments.length && actor.role !== 'MENTOR') return phase;
  const mine = assignments.find((a) => a.reviewer.id === actor.userId);
  if (!mine) throw forbidden('You are not a reviewer of this application.');
  if (!mine.declaration)
    throw badInput('applicationId', 'Declare whether you have a conflict of interest before scoring.');
  if (mine.declaration === 'CONFLICT') throw forbidden('You declared a conflict of interest: you cannot score it.');
  return phase;
}

/** Scores 0–10 per criterion (the rubric's range) for the round; checked by the caller's validation too. */
export function assertScoreInRange(score: number, field: string): void {
  if (!Number.isInteger(score) || score < MIN_SCORE || score > MAX_SCORE)
    throw badInput(field, `A score is a whole number from ${MIN_SCORE} to ${MAX_SCORE}.`);
}

/** Active managers and mentors, the people a round's reviewers are chosen from. */
export async function reviewerCandidates(em: EntityManager): Promise<ReviewerCandidateView[]> {
  const users = await em.find(
    UserSchema,
    { active: true, role: { $in: [...REVIEWER_ROLES] } },
    { orderBy: { displayName: 'asc', id: 'asc' } },
  );
  return users.map(reviewerCandidateView);
}

// --- the reviewer's blind view -----------------------------------------------------------------------------------

export async function myReviews(em: EntityManager, actor: Actor, phase?: string | null) {
  const where: Record<string, unknown> = { reviewer: actor.userId };
  if (phase) where.phase = requirePhase(phase);
  const assignments = await em.find(ReviewAssignmentSchema, where, { orderBy: { assignedAt: 'asc' } });
  return blindViews(em, actor, assignments);
}

export async function myReview(em: EntityManager, actor: Actor, assignmentId: string) {
  const assignment = await em.findOne(ReviewAssignmentSchema, requireId('assignmentId', assignmentId));
  if (!assignment) return null;
  if (assignment.reviewer.id !== actor.userId) throw forbidden('This review is assigned to someone else.');
  return (await blindViews(em, actor, [assignment]))[0]!;
}

async function blindViews(
  em: EntityManager,
  actor: Actor,
  assignments: readonly ReviewAssignment[],
): Promise<BlindReviewView[]> {
  if (!assignments.length) return [];
  const applications = await em.find(ApplicationSchema, { id: { $in: assignments.map((a) => a.application.id) } });
  const challenges = await em.find(ChallengeSchema, { id: { $in: applications.map((a) => a.challenge.id) } });
  const criteria = await em.find(
    ChallengeCriterionSchema,
    { challenge: { $in: challenges.map((c) => c.id) } },
    { orderBy: { position: 'asc' } },
  );
  const scores = await em.find(ApplicationScoreSchema, {
    application: { $in: applications.map((a) => a.id) },
    reviewer: actor.userId,
  });
  return assignments.map((assignment) => {
    const application = applications.find((a) => a.id === assignment.application.id)!;
    const challenge = challenges.find((c) => c.id === application.challenge.id)!;
    // Blind: the team's identity only once the decisions are out; the proposal only after a clean declaration.
    const revealed = challenge.decidedAt !== null && challenge.decidedAt !== undefined;
    const readable = assignment.declaration === 'NO_CONFLICT';
    return {
      assignmentId: assignment.id,
      applicationId: application.id,
      reference: blindReference(application.id),
      phase: assignment.phase,
      declaration: assignment.declaration ?? null,
      challengeId: challenge.id,
      challengeTitle: challenge.title,
      proposal: readable ? application.proposal : null,
      teamName: revealed ? application.teamName : null,
      members: revealed ? application.members : null,
      rubric: criteria.filter((c) => c.challenge.id === challenge.id).map(rubricCriterionView),
      myScores: scores
        .filter((s) => s.application.id === application.id && s.phase === assignment.phase)
        .map((s) => ({ criterionId: s.criterion.id, score: s.score })),
    };
  });
}

// --- managers: assignments, ranking, levels (feedback, rounds, decisions and appeals: decisions.ts) ------------

export async function reviewAssignments(
  em: EntityManager,
  actor: Actor,
  challengeId: string,
  phase?: string | null,
): Promise<ReviewAssignmentView[]> {
  const id = requireId('challengeId', challengeId);
  const blind = (await blindChallengeIds(em, actor, [id])).has(id);
  const where: Record<string, unknown> = { application: { challenge: id } };
  if (phase) where.phase = requirePhase(phase);
  const rows = await em.find(ReviewAssignmentSchema, where, {
    populate: ['reviewer', 'application'],
    orderBy: { assignedAt: 'asc' },
  });
  return rows.map((row) => reviewAssignmentView(row, teamIdentity(row.application, blind).teamName));
}

async function roundScores(em: EntityManager, challengeId: string, phase: ReviewPhase) {
  const applications = await em.find(
    ApplicationSchema,
    { challenge: challengeId },
    { orderBy: { submittedAt: 'asc' } },
  );
  const criteria = await em.find(
    ChallengeCriterionSchema,
    { challenge: challengeId },
    { orderBy: { position: 'asc' } },
  );
  const scores = applications.length
    ? await em.find(
        ApplicationScoreSchema,
        { application: { $in: applications.map((a) => a.id) }, phase },
        { populate: ['reviewer'] },
      )
    : [];
  return { applications, criteria, scores };
}

/** Raw (mean of the reviewers' weighted totals) and normalized (mean z-score) rankings of a round, side by side. */
export async function reviewRanking(em: EntityManager, actor: Actor, challengeId: string, phaseInput: string) {
  const id = requireId('challengeId', challengeId);
  const phase = requirePhase(phaseInput);
  if (!(await em.count(ChallengeSchema, { id }))) throw notFound('Challenge');
  const blind = (await blindChallengeIds(em, actor, [id])).has(id);
  const { applications, criteria, scores } = await roundScores(em, id, phase);
  const totals: ReviewerScore[] = [];
  const names = new Map<string, string>();
  for (const application of applications) {
    const reviewers = new Set(scores.filter((s) => s.application.id === application.id).map((s) => s.reviewer.id));
    for (const reviewerId of reviewers) {
      const own = scores.filter((s) => s.application.id === application.id && s.reviewer.id === reviewerId);
      names.set(reviewerId, own[0]!.reviewer.displayName);
      const total = weightedScore(
        criteria,
        own.map((s) => ({ criterionId: s.criterion.id, score: s.score })),
      ).total;
      totals.push({ reviewerId, applicationId: application.id, total });
    }
  }
  const result = normalizeReviews(totals);
  const normalized = new Map(result.normalized.map((r) => [r.applicationId, r]));
  const winners = await em.find(PhaseWinnerSchema, { application: { $in: applications.map((a) => a.id) }, phase });
  return {
    phase,
    rows: result.raw.map((raw) => {
      const application = applications.find((a) => a.id === raw.applicationId)!;
      const z = normalized.get(raw.applicationId)!;
      return {
        applicationId: raw.applicationId,
        teamName: teamIdentity(application, blind).teamName,
        rawRank: raw.rank,
        rawScore: raw.value,
        normalizedRank: z.rank,
        normalizedScore: z.value,
        reviewerCount: totals.filter((t) => t.applicationId === raw.applicationId).length,
        shortlisted: !!application.shortlistedAt,
        winner: winners.some((w) => w.application.id === raw.applicationId),
      };
    }),
    reviewers: result.reviewers.map((r) => ({ ...r, reviewerName: names.get(r.reviewerId) ?? '' })),
  };
}

const SCORES_CSV = {
  vi: {
    header: ['Hồ sơ', 'Nhóm', 'Vòng', 'Người chấm', 'Tiêu chí', 'Trọng số', 'Điểm'],
    phase: { IDEA: 'Vòng ý tưởng', DEMO: 'Vòng trình diễn' } as Record<string, string>,
  },
  en: {
    header: ['Application', 'Team', 'Phase', 'Reviewer', 'Criterion', 'Weight', 'Score'],
    phase: { IDEA: 'Idea round', DEMO: 'Demo round' } as Record<string, string>,
  },
};

/** Every criterion-level score of a statement, through the one CSV writer, in the caller's language. */
export async function reviewScoresCsv(
  em: EntityManager,
  actor: Actor,
  challengeId: string,
  language: Language,
): Promise<string> {
  const id = requireId('challengeId', challengeId);
  if (!(await em.count(ChallengeSchema, { id }))) throw notFound('Challenge');
  const blind = (await blindChallengeIds(em, actor, [id])).has(id);
  const rows = await em.execute<
    { code: string; team: string; phase: string; reviewer: string; criterion: string; weight: number; score: number }[]
  >(
    `select upper(left(replace(a.id::text, '-', ''), 8)) as code, a.team_name as team, s.phase, u.display_name as reviewer,
            c.name as criterion, c.weight, s.score
       from application_scores s
       join applications a on a.id = s.application_id
       join challenge_criteria c on c.id = s.criterion_id
       join users u on u.id = s.reviewer_id
      where a.challenge_id = ?
      order by s.phase, a.submitted_at, a.id, u.display_name, c.position`,
    [id],
  );
  const words = inLanguage(language, SCORES_CSV);
  return toCsv(
    words.header,
    rows.map((r) => [
      r.code,
      blind ? r.code : r.team,
      words.phase[r.phase] ?? r.phase,
      r.reviewer,
      r.criterion,
      r.weight,
      r.score,
    ]),
  );
}

export async function setCriterionLevels(
  em: EntityManager,
  actor: Actor,
  criterionId: string,
  levels: readonly { score: number; description: string }[],
) {
  const id = requireId('criterionId', criterionId);
  const parsed = levels.map((level, index) => {
    assertScoreInRange(level.score, `levels[${index}].score`);
    return {
      score: level.score,
      description: requireText(`levels[${index}].description`, level.description, { max: 500 }),
    };
  });
  if (new Set(parsed.map((l) => l.score)).size !== parsed.length) throw badInput('levels', 'Describe each score once.');
  return em.transactional(async (tx) => {
    const criterion = await tx.findOne(ChallengeCriterionSchema, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!criterion) throw notFound('Criterion');
    criterion.levels = parsed.sort((a, b) => a.score - b.score);
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'challenge.rubric_levels_set',
      entityType: 'Challenge',
      entityId: criterion.challenge.id,
      after: { criterionId: id, levels: criterion.levels },
    });
    return criterion;
  });
}
