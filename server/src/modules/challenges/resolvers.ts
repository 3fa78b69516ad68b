// Thin resolvers and batch loaders of the challenges module (problem statements and applications).
import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import { hanoiToday } from '@launchpad/shared';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { userViewsByIds } from '../users';
import {
  ApplicationScoreSchema,
  ChallengeCriterionSchema,
  ChallengeSchema,
  type Application,
  type ApplicationScore,
  type Challenge,
  type ChallengeCriterion,
} from './entities';
import { requestLanguage } from '../../exports/language';
import { blindChallengeIds, teamIdentity } from './blind';
import * as decisions from './decisions';
import * as review from './review';
import { REVIEWER_ROLES } from './review';
import * as challenges from './service';
import { MANAGER_ROLES, byIds } from '../../kernel';

const REVIEWERS = [...MANAGER_ROLES, 'BOARD'] as const;

export const challengesPolicy: OperationPolicy = {
  Query: {
    publishedChallenges: 'PUBLIC',
    challenge: 'PUBLIC',
    challenges: REVIEWERS,
    applications: REVIEWERS,
    application: [...REVIEWERS, 'FOUNDER'],
    applicationRanking: REVIEWERS,
    reviewAssignments: REVIEWERS,
    reviewerCandidates: MANAGER_ROLES,
    myReviews: REVIEWER_ROLES,
    myReview: REVIEWER_ROLES,
    reviewRanking: REVIEWERS,
    reviewScoresCsv: REVIEWERS,
    applicationFeedback: REVIEWERS,
    appeals: REVIEWERS,
  },
  Mutation: {
    createChallenge: MANAGER_ROLES,
    updateChallenge: MANAGER_ROLES,
    publishChallenge: MANAGER_ROLES,
    closeChallenge: MANAGER_ROLES,
    submitApplication: 'PUBLIC',
    scoreApplication: REVIEWER_ROLES,
    // selection a team can trust (review.ts)
    assignReviewers: MANAGER_ROLES,
    declareConflict: REVIEWER_ROLES,
    setCriterionLevels: MANAGER_ROLES,
    setApplicationFeedback: MANAGER_ROLES,
    shortlistForDemo: MANAGER_ROLES,
    declarePhaseWinners: MANAGER_ROLES,
    sendDecisions: MANAGER_ROLES,
    appealDecision: 'PUBLIC',
    answerAppeal: MANAGER_ROLES,
  },
};

export const challengesResolvers: Resolvers = {
  Query: {
    publishedChallenges: (_root, _args, ctx) => challenges.listPublished(ctx.em),
    challenge: (_root, { id }, ctx) => challenges.findChallenge(ctx.em, ctx.actor, id),
    challenges: (_root, { status, search }, ctx) => challenges.listChallenges(ctx.em, status, search),
    applications: (_root, { challengeId, search }, ctx) =>
      challenges.listApplications(ctx.em, challengeId, search, ctx.actor),
    application: (_root, { id }, ctx) => challenges.findApplication(ctx.em, requireActor(ctx), id),
    applicationRanking: (_root, { challengeId }, ctx) => challenges.rankApplications(ctx.em, challengeId) as never,
    reviewAssignments: (_root, { challengeId, phase }, ctx) =>
      review.reviewAssignments(ctx.em, requireActor(ctx), challengeId, phase),
    reviewerCandidates: (_root, _args, ctx) => review.reviewerCandidates(ctx.em),
    myReviews: (_root, { phase }, ctx) => review.myReviews(ctx.em, requireActor(ctx), phase) as never,
    myReview: (_root, { assignmentId }, ctx) => review.myReview(ctx.em, requireActor(ctx), assignmentId) as never,
    reviewRanking: (_root, { challengeId, phase }, ctx) =>
      review.reviewRanking(ctx.em, requireActor(ctx), challengeId, phase),
    reviewScoresCsv: (_root, { challengeId, lang }, ctx) =>
      review.reviewScoresCsv(ctx.em, requireActor(ctx), challengeId, requestLanguage(ctx, lang)),
    applicationFeedback: (_root, { applicationId }, ctx) => decisions.feedbackOf(ctx.em, applicationId),
    appeals: (_root, { challengeId }, ctx) => decisions.listAppeals(ctx.em, challengeId) as never,
  },
  Mutation: {
    createChallenge: (_root, { input }, ctx) => challenges.createChallenge(ctx.em, requireActor(ctx), input),
    updateChallenge: (_root, { id, input }, ctx) => challenges.updateChallenge(ctx.em, requireActor(ctx), id, input),
    publishChallenge: (_root, { id }, ctx) =>
      challenges.publishChallenge(ctx.em, requireActor(ctx), id, hanoiToday(ctx.app.clock)),
    closeChallenge: (_root, { id }, ctx) => challenges.closeChallenge(ctx.em, requireActor(ctx), id),
    // Rate-limited per client address and operation by the security plugin (RATE_LIMITED, HTTP 429).
    submitApplication: (_root, { input }, ctx) =>
      challenges.submitApplication(ctx.em, input, hanoiToday(ctx.app.clock)),
    scoreApplication: (_root, { applicationId, scores }, ctx) =>
      challenges.scoreApplication(ctx.em, requireActor(ctx), applicationId, scores),
    assignReviewers: async (_root, { input }, ctx) => {
      const created = await review.assignChallengeReviewers(ctx.em, requireActor(ctx), input);
      const all = await review.reviewAssignments(ctx.em, requireActor(ctx), input.challengeId, input.phase);
      return all.filter((row) => created.some((c) => c.id === row.id));
    },
    declareConflict: async (_root, { input }, ctx) => {
      const actor = requireActor(ctx);
      const assignment = await review.declareConflict(ctx.em, actor, input);
      return review.myReview(ctx.em, actor, assignment.id) as never;
    },
    setCriterionLevels: (_root, { criterionId, levels }, ctx) =>
      review.setCriterionLevels(ctx.em, requireActor(ctx), criterionId, levels),
    setApplicationFeedback: (_root, { input }, ctx) =>
      decisions.setApplicationFeedback(ctx.em, requireActor(ctx), input),
    shortlistForDemo: (_root, { challengeId, applicationIds }, ctx) =>
      decisions.shortlistForDemo(ctx.em, requireActor(ctx), challengeId, applicationIds),
    declarePhaseWinners: (_root, { input }, ctx) => decisions.declarePhaseWinners(ctx.em, requireActor(ctx), input),
    sendDecisions: (_root, { input }, ctx) => decisions.sendDecisions(ctx.em, requireActor(ctx), ctx.app.clock, input),
    appealDecision: (_root, { input }, ctx) => decisions.appealDecision(ctx.em, ctx.app.clock, input) as never,
    answerAppeal: (_root, { appealId, answer }, ctx) =>
      decisions.answerAppeal(ctx.em, requireActor(ctx), appealId, answer) as never,
  },
};

type Q<T> = { obj: T; params: unknown };

/**
 * Per request, whether the actor reviews each statement blind: the four identity fields' loaders run together and
 * share one query instead of asking four times.
 */
const blindnessByRequest = new WeakMap<MercuriusContext, Map<string, Promise<boolean>>>();

function blindness(ctx: MercuriusContext, challengeIds: string[]): Promise<boolean[]> {
  let known = blindnessByRequest.get(ctx);
  if (!known) blindnessByRequest.set(ctx, (known = new Map()));
  const missing = [...new Set(challengeIds)].filter((id) => !known.has(id));
  if (missing.length) {
    const found = blindChallengeIds(ctx.em, ctx.actor, missing);
    for (const id of missing)
      known.set(
        id,
        found.then((blind) => blind.has(id)),
      );
  }
  return Promise.all(challengeIds.map((id) => known.get(id)!));
}

async function identities(queries: Q<Application>[], ctx: MercuriusContext) {
  const applications = queries.map((q) => q.obj);
  const blind = await blindness(
    ctx,
    applications.map((a) => a.challenge.id),
  );
  return applications.map((a, i) => ({ blind: blind[i]!, ...teamIdentity(a, blind[i]!) }));
}

export const challengesLoaders: MercuriusLoaders = {
  RubricCriterion: {
    levels: async (queries: Q<ChallengeCriterion>[]) => queries.map((q) => q.obj.levels ?? []),
  },
  Challenge: {
    async rubric(queries: Q<Challenge>[], ctx) {
      const ids = queries.map((q) => q.obj.id);
      const rows = await ctx.em.find(
        ChallengeCriterionSchema,
        { challenge: { $in: ids } },
        { orderBy: { position: 'asc' } },
      );
      return queries.map((q) => rows.filter((row) => row.challenge.id === q.obj.id));
    },
  },
  Application: {
    shortlisted: async (queries: Q<Application>[]) => queries.map((q) => !!q.obj.shortlistedAt),
    // The team's identity, withheld from a reviewer of the statement until the decisions are sent (blind.ts).
    blind: async (queries: Q<Application>[], ctx) => (await identities(queries, ctx)).map((i) => i.blind),
    teamName: async (queries: Q<Application>[], ctx) => (await identities(queries, ctx)).map((i) => i.teamName),
    members: async (queries: Q<Application>[], ctx) => (await identities(queries, ctx)).map((i) => i.members),
    contactEmail: async (queries: Q<Application>[], ctx) => (await identities(queries, ctx)).map((i) => i.contactEmail),
    async challenge(queries: Q<Application>[], ctx) {
      return byIds(
        ctx.em,
        ChallengeSchema,
        queries.map((q) => q.obj.challenge.id),
      );
    },
    async scores(queries: Q<Application>[], ctx) {
      const ids = queries.map((q) => q.obj.id);
      const rows = await ctx.em.find(
        ApplicationScoreSchema,
        { application: { $in: ids } },
        { populate: ['criterion'], strategy: 'joined' },
      );
      return queries.map((q) => rows.filter((row) => row.application.id === q.obj.id));
    },
    async score(queries: Q<Application>[], ctx) {
      return challenges.scoresOf(
        ctx.em,
        queries.map((q) => q.obj),
      );
    },
  },
  ApplicationScore: {
    async reviewer(queries: Q<ApplicationScore>[], ctx) {
      return userViewsByIds(
        ctx.em,
        queries.map((q) => q.obj.reviewer.id),
      );
    },
  },
};
