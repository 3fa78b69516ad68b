// Problem statements, public applications (validated; rate-limited by the security plugin), reviewers'
// scores and the transparent ranking (selecting an application is the invitations module's selectApplication).
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import {
  badInput,
  forbidden,
  MAX_SCORE,
  MIN_SCORE,
  notFound,
  optionalText,
  rankByScore,
  requireDate,
  requireEnum,
  requireText,
  weightedScore,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { matchingIds } from '../../db/search';
import { recordAudit } from '../audit';
import { requireSector } from '../sectors';
import { notifications } from '../notifications';
import { blindChallengeIds, blindReference } from './blind';
import { publicContact, submitPublicForm } from '../public-forms';
import { assertMayScore } from './review';
import {
  ApplicationSchema,
  ApplicationScoreSchema,
  CHALLENGE_STATUSES,
  ChallengeCriterionSchema,
  ChallengeSchema,
  MEMBER_BACKGROUNDS,
  SPONSOR_KINDS,
  type Application,
  type Challenge,
} from './entities';
import { isManager, requireId, type Ref } from '../../kernel';
import { applicationReceiptView, applicationView, rubricCriterionView } from './read';

export interface ChallengeInput {
  title: string;
  sponsorName: string;
  sponsorKind: string;
  sector: string;
  description: string;
  expectedOutcome: string;
  rubric: readonly { name: string; weight: number }[];
  deadline: string;
}

const MAX_CRITERIA = 20;

export function parseChallenge(input: ChallengeInput) {
  const rubric = input.rubric.map((criterion, index) => {
    const name = requireText(`rubric[${index}].name`, criterion.name, { max: 200 });
    if (!Number.isInteger(criterion.weight) || criterion.weight < 1 || criterion.weight > 100) {
      throw badInput(`rubric[${index}].weight`, 'A weight is a whole number from 1 to 100.');
    }
    return { name, weight: criterion.weight };
  });
  if (rubric.length === 0 || rubric.length > MAX_CRITERIA) {
    throw badInput('rubric', `The rubric needs between 1 and ${MAX_CRITERIA} criteria.`);
  }
  const names = rubric.map((c) => c.name.toLowerCase());
  const duplicate = names.findIndex((name, index) => names.indexOf(name) !== index);
  if (duplicate >= 0) throw badInput(`rubric[${duplicate}].name`, 'Two criteria have the same name.');
  return {
    title: requireText('title', input.title, { max: 300 }),
    sponsorName: requireText('sponsorName', input.sponsorName, { max: 300 }),
    sponsorKind: requireEnum('sponsorKind', input.sponsorKind, SPONSOR_KINDS),
    sector: requireText('sector', input.sector, { max: 100 }),
    description: requireText('description', input.description, { max: 10_000, multiline: true }),
    expectedOutcome: requireText('expectedOutcome', input.expectedOutcome, { max: 5000, multiline: true }),
    deadline: requireDate('deadline', input.deadline),
    rubric,
  };
}

export async function createChallenge(em: EntityManager, actor: Actor, input: ChallengeInput): Promise<Challenge> {
  const data = parseChallenge(input);
  return em.transactional(async (tx) => {
    data.sector = await requireSector(tx, 'sector', data.sector);
    const { rubric, ...fields } = data;
    const challenge = tx.create(ChallengeSchema, { ...fields, status: 'DRAFT', publishedAt: null, closedAt: null });
    rubric.forEach((c, position) => tx.create(ChallengeCriterionSchema, { challenge, position, ...c }));
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'challenge.created',
      entityType: 'Challenge',
      entityId: challenge.id,
      after: data,
    });
    return challenge;
  });
}

async function lockedChallenge(tx: EntityManager, id: string): Promise<Challenge> {
  const challenge = await tx.findOne(ChallengeSchema, requireId('id', id), { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!challenge) throw notFound('Problem statement');
  return challenge;
}

export async function updateChallenge(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: ChallengeInput,
): Promise<Challenge> {
  const data = parseChallenge(input);
  return em.transactional(async (tx) => {
    const challenge = await lockedChallenge(tx, id);
    if (challenge.status !== 'DRAFT') throw badInput('id', 'Only a DRAFT problem statement can be edited.');
    data.sector = await requireSector(tx, 'sector', data.sector);
    const { rubric, ...fields } = data;
    const before = { title: challenge.title, deadline: challenge.deadline };
    Object.assign(challenge, fields);
    await tx.nativeDelete(ChallengeCriterionSchema, { challenge: challenge.id });
    rubric.forEach((c, position) => tx.create(ChallengeCriterionSchema, { challenge, position, ...c }));
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'challenge.updated',
      entityType: 'Challenge',
      entityId: challenge.id,
      before,
      after: data,
    });
    return challenge;
  });
}

/** `today` is Hanoi's day from the server's clock: a deadline is open through its whole day. */
export async function publishChallenge(em: EntityManager, actor: Actor, id: string, today: string): Promise<Challenge> {
  return em.transactional(async (tx) => {
    const challenge = await lockedChallenge(tx, id);
    if (challenge.status !== 'DRAFT')
      throw badInput('id', `Only a DRAFT statement can be published (this one is ${challenge.status}).`);
    if (challenge.deadline < today)
      throw badInput('deadline', 'The deadline has passed; set a later one before publishing.');
    challenge.status = 'PUBLISHED';
    challenge.publishedAt = new Date();
    recordAudit(tx, actor, {
      action: 'challenge.published',
      entityType: 'Challenge',
      entityId: challenge.id,
      before: { status: 'DRAFT' },
      after: { status: 'PUBLISHED' },
    });
    return challenge;
  });
}

export async function closeChallenge(em: EntityManager, actor: Actor, id: string): Promise<Challenge> {
  return em.transactional(async (tx) => {
    const challenge = await lockedChallenge(tx, id);
    if (challenge.status !== 'PUBLISHED')
      throw badInput('id', `Only a PUBLISHED statement can be closed (this one is ${challenge.status}).`);
    challenge.status = 'CLOSED';
    challenge.closedAt = new Date();
    recordAudit(tx, actor, {
      action: 'challenge.closed',
      entityType: 'Challenge',
      entityId: challenge.id,
      before: { status: 'PUBLISHED' },
      after: { status: 'CLOSED' },
    });
    await notifications.emit(tx, { kind: 'CHALLENGE_CLOSED', challengeId: challenge.id });
    return challenge;
  });
}

export function listPublished(em: EntityManager): Promise<Challenge[]> {
  return em.find(ChallengeSchema, { status: 'PUBLISHED' }, { orderBy: { deadline: 'asc', title: 'asc' } });
}

export async function listChallenges(
  em: EntityManager,
  status?: string | null,
  search?: string | null,
): Promise<Challenge[]> {
  const where: FilterQuery<Challenge> = status ? { status: requireEnum('status', status, CHALLENGE_STATUSES) } : {};
  const text = optionalText('search', search, { max: 200 });
  if (text) where.id = { $in: await matchingIds(em, 'challenges', text) };
  return em.find(ChallengeSchema, where, { orderBy: { createdAt: 'desc', id: 'asc' } });
}

/** Anyone sees a PUBLISHED statement; drafts and closed ones only managers and the board. */
export async function findChallenge(em: EntityManager, actor: Actor | null, id: string): Promise<Challenge | null> {
  const challenge = await em.findOne(ChallengeSchema, requireId('id', id));
  if (!challenge) return null;
  if (challenge.status === 'PUBLISHED') return challenge;
  return isManager(actor) || actor?.role === 'BOARD' ? challenge : null;
}

export interface SubmitApplicationInput {
  challengeId: string;
  teamName: string;
  members: readonly { name: string; background: string }[];
  proposal: string;
  contactEmail: string;
  /** The language the applicant used on the apply form: the receipt e-mail is written in it. */
  locale?: string | null;
}

export async function submitApplication(em: EntityManager, input: SubmitApplicationInput, today: string) {
  const challengeId = requireId('challengeId', input.challengeId);
  const teamName = requireText('teamName', input.teamName, { max: 200 });
  if (input.members.length === 0 || input.members.length > 20)
    throw badInput('members', 'List between 1 and 20 team members.');
  const members = input.members.map((member, index) => ({
    name: requireText(`members[${index}].name`, member.name, { max: 200 }),
    background: requireEnum(`members[${index}].background`, member.background, MEMBER_BACKGROUNDS),
  }));
  const proposal = requireText('proposal', input.proposal, { min: 20, max: 20_000, multiline: true });
  const { contactEmail, locale } = publicContact(input);
  const { written: application, receiptCode } = await submitPublicForm(em, today, {
    form: 'submitApplication',
    target: {
      field: 'challengeId',
      load: (tx) => tx.findOne(ChallengeSchema, challengeId),
      closed: 'This problem statement is not open for applications.',
      passed: 'The deadline of this problem statement has passed.',
    },
    duplicate: {
      field: 'teamName',
      message: 'A team with this name already applied to this statement.',
      sql: 'select count(*) as n from applications where challenge_id = ? and lower(team_name) = lower(?)',
      params: [challengeId, teamName],
    },
    write: async (tx, challenge) => {
      const created = tx.create(ApplicationSchema, {
        challenge: challenge!,
        teamName,
        members,
        proposal,
        contactEmail,
        status: 'SUBMITTED',
      });
      await tx.flush();
      return created;
    },
    receiptCode: (created) => notifications.receiptCodeOf(created.id),
    audit: (created) => ({
      action: 'application.submitted',
      entityType: 'Application',
      entityId: created.id,
      after: { challengeId, teamName, contactEmail },
    }),
    notify: (created) => ({ kind: 'APPLICATION_RECEIVED', applicationId: created.id, locale }),
  });
  return applicationReceiptView(application, receiptCode);
}

export async function listApplications(
  em: EntityManager,
  challengeId: string,
  search?: string | null,
  actor: Actor | null = null,
): Promise<Application[]> {
  const id = requireId('challengeId', challengeId);
  const where: FilterQuery<Application> = { challenge: id };
  const text = optionalText('search', search, { max: 200 });
  // A blind reviewer searches by reference only: a search by team name would tell them who is behind a reference.
  const blind = text ? (await blindChallengeIds(em, actor, [id])).has(id) : false;
  if (text && !blind) where.id = { $in: await matchingIds(em, 'applications', text) };
  const rows = await em.find(ApplicationSchema, where, { orderBy: { submittedAt: 'asc', id: 'asc' } });
  return blind ? rows.filter((row) => blindReference(row.id).includes(text!.toUpperCase())) : rows;
}

/** Whether the user is a founder of the startup the application became (read by SQL: startups sit above this module). */
async function foundedFrom(em: EntityManager, userId: string, applicationId: string): Promise<boolean> {
  const rows = await em.execute<unknown[]>(
    `select 1 from startups s join startup_members m on m.startup_id = s.id
      where s.application_id = ? and m.user_id = ? limit 1`,
    [applicationId, userId],
  );
  return rows.length > 0;
}

/** Managers and the board see any application; a founder only the one that became their startup. */
export async function findApplication(em: EntityManager, actor: Actor, id: string): Promise<Application | null> {
  const application = await em.findOne(ApplicationSchema, requireId('id', id));
  if (!application) return null;
  if (isManager(actor) || actor.role === 'BOARD') return application;
  if (actor.role === 'FOUNDER' && (await foundedFrom(em, actor.userId, application.id))) return application;
  throw forbidden('You may only see your own startup’s application.');
}

/** Weighted scores of many applications in two statements (criteria, scores). */
export async function scoresOf(em: EntityManager, applications: readonly { id: string; challenge: Ref }[]) {
  const challengeIds = [...new Set(applications.map((a) => a.challenge.id))];
  const ids = applications.map((a) => a.id);
  const criteria = ids.length
    ? await em.find(ChallengeCriterionSchema, { challenge: { $in: challengeIds } }, { orderBy: { position: 'asc' } })
    : [];
  const scores = ids.length ? await em.find(ApplicationScoreSchema, { application: { $in: ids } }) : [];
  return applications.map((application) => {
    const rubric = criteria.filter((c) => c.challenge.id === application.challenge.id);
    const result = weightedScore(
      rubric,
      scores
        .filter((s) => s.application.id === application.id)
        .map((s) => ({ criterionId: s.criterion.id, score: s.score })),
    );
    const byId = new Map(rubric.map((c) => [c.id, rubricCriterionView(c)]));
    return { ...result, parts: result.parts.map((part) => ({ ...part, criterion: byId.get(part.criterionId)! })) };
  });
}

export async function rankApplications(em: EntityManager, challengeId: string) {
  const applications = await listApplications(em, challengeId);
  const scores = await scoresOf(em, applications);
  return rankByScore(
    applications.map((application, index) => ({
      item: { application: applicationView(application), score: scores[index]! },
      score: scores[index]!,
      key: `${application.submittedAt.toISOString()}|${application.id}`,
    })),
  ).map((ranked) => ({ rank: ranked.rank, ...ranked.item }));
}

export async function scoreApplication(
  em: EntityManager,
  actor: Actor,
  applicationId: string,
  input: readonly { criterionId: string; score: number }[],
): Promise<Application> {
  const id = requireId('applicationId', applicationId);
  if (input.length === 0) throw badInput('scores', 'Give at least one score.');
  const scores = input.map((entry, index) => {
    const criterionId = requireId(`scores[${index}].criterionId`, entry.criterionId);
    if (!Number.isInteger(entry.score) || entry.score < MIN_SCORE || entry.score > MAX_SCORE) {
      throw badInput(`scores[${index}].score`, `A score is a whole number from ${MIN_SCORE} to ${MAX_SCORE}.`);
    }
    return { criterionId, score: entry.score };
  });
  scores.forEach((s, index) => {
    if (scores.findIndex((other) => other.criterionId === s.criterionId) !== index) {
      throw badInput(`scores[${index}].criterionId`, 'This criterion is scored twice.');
    }
  });
  return em.transactional(async (tx) => {
    const application = await tx.findOne(ApplicationSchema, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!application) throw notFound('Application');
    // Assigned reviewers must have declared no conflict of interest (review.ts); scores belong to the round.
    const phase = await assertMayScore(tx, actor, application);
    const criteria = await tx.find(ChallengeCriterionSchema, { challenge: application.challenge.id });
    scores.forEach((s, index) => {
      if (!criteria.some((c) => c.id === s.criterionId)) {
        throw badInput(`scores[${index}].criterionId`, 'This criterion is not in the statement’s rubric.');
      }
    });
    const existing = await tx.find(ApplicationScoreSchema, { application: id, reviewer: actor.userId, phase });
    for (const s of scores) {
      const row = existing.find((e) => e.criterion.id === s.criterionId);
      if (row) {
        row.score = s.score;
        row.scoredAt = new Date();
      } else {
        tx.create(ApplicationScoreSchema, {
          application,
          criterion: s.criterionId,
          reviewer: actor.userId,
          phase,
          score: s.score,
        });
      }
    }
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'application.scored',
      entityType: 'Application',
      entityId: id,
      after: { scores, phase },
    });
    return application;
  });
}
