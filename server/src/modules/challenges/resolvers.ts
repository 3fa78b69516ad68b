// Thin resolvers and batch loaders of the challenges module (problem statements and applications).
import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import { hanoiToday } from '@launchpad/shared';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { userViewsByIds } from '../users';
import { ApplicationScoreSchema, ChallengeCriterionSchema, ChallengeSchema } from './entities';
import {
  applicationScoreView,
  applicationView,
  challengeView,
  rubricCriterionView,
  type ApplicationScoreView,
  type ApplicationView,
  type ChallengeView,
  type RubricCriterionView,
} from './read';
import { requestLanguage } from '../../exports/language';
import { blindChallengeIds, teamIdentity } from './blind';
import * as decisions from './decisions';
import * as review from './review';
import { REVIEWER_ROLES } from './review';
import * as challenges from './service';
import { MANAGER_ROLES, entityViewsByIds } from '../../kernel';

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
    publishedChallenges: async (_root, _args, ctx) => (await challenges.listPublished(ctx.em)).map(challengeView),
    challenge: async (_root, { id }, ctx) =>
      nullable(await challenges.findChallenge(ctx.em, ctx.actor, id), challengeView),
    challenges: async (_root, { status, search }, ctx) =>
      (await challenges.listChallenges(ctx.em, status, search)).map(challengeView),
    applications: async (_root, { challengeId, search }, ctx) =>
      (await challenges.listApplications(ctx.em, challengeId, search, ctx.actor)).map(applicationView),
    application: async (_root, { id }, ctx) =>
      nullable(await challenges.findApplication(ctx.em, requireActor(ctx), id), applicationView),
    applicationRanking: (_root, { challengeId }, ctx) => challenges.rankApplications(ctx.em, challengeId),
    reviewAssignments: (_root, { challengeId, phase }, ctx) =>
      review.reviewAssignments(ctx.em, requireActor(ctx), challengeId, phase),
    reviewerCandidates: (_root, _args, ctx) => review.reviewerCandidates(ctx.em),
    myReviews: (_root, { phase }, ctx) => review.myReviews(ctx.em, requireActor(ctx), phase),
    myReview: (_root, { assignmentId }, ctx) => review.myReview(ctx.em, requireActor(ctx), assignmentId),
    reviewRanking: (_root, { challengeId, phase }, ctx) =>
      review.reviewRanking(ctx.em, requireActor(ctx), challengeId, phase),
    reviewScoresCsv: (_root, { challengeId, lang }, ctx) =>
      review.reviewScoresCsv(ctx.em, requireActor(ctx), challengeId, requestLanguage(ctx, lang)),
    applicationFeedback: (_root, { applicationId }, ctx) => decisions.feedbackOf(ctx.em, applicationId),
    appeals: (_root, { challengeId }, ctx) => decisions.listAppeals(ctx.em, challengeId),
  },
  Mutation: {
    createChallenge: async (_root, { input }, ctx) =>
      challengeView(await challenges.createChallenge(ctx.em, requireActor(ctx), input)),
    updateChallenge: async (_root, { id, input }, ctx) =>
      challengeView(await challenges.updateChallenge(ctx.em, requireActor(ctx), id, input)),
    publishChallenge: async (_root, { id }, ctx) =>
      challengeView(await challenges.publishChallenge(ctx.em, requireActor(ctx), id, hanoiToday(ctx.app.clock))),
    closeChallenge: async (_root, { id }, ctx) =>
      challengeView(await challenges.closeChallenge(ctx.em, requireActor(ctx), id)),
    // Rate-limited per client address and operation by the security plugin (RATE_LIMITED, HTTP 429).
    submitApplication: (_root, { input }, ctx) =>
      challenges.submitApplication(ctx.em, input, hanoiToday(ctx.app.clock)),
    scoreApplication: async (_root, { applicationId, scores }, ctx) =>
      applicationView(await challenges.scoreApplication(ctx.em, requireActor(ctx), applicationId, scores)),
    assignReviewers: async (_root, { input }, ctx) => {
      const created = await review.assignChallengeReviewers(ctx.em, requireActor(ctx), input);
      const all = await review.reviewAssignments(ctx.em, requireActor(ctx), input.challengeId, input.phase);
      return all.filter((row) => created.some((c) => c.id === row.id));
    },
    declareConflict: async (_root, { input }, ctx) => {
      const actor = requireActor(ctx);
      const assignment = await review.declareConflict(ctx.em, actor, input);
      // The reviewer just declared on their own assignment: it exists and is theirs.
      return (await review.myReview(ctx.em, actor, assignment.id))!;
    },
    setCriterionLevels: async (_root, { criterionId, levels }, ctx) =>
      rubricCriterionView(await review.setCriterionLevels(ctx.em, requireActor(ctx), criterionId, levels)),
    setApplicationFeedback: (_root, { input }, ctx) =>
      decisions.setApplicationFeedback(ctx.em, requireActor(ctx), input),
    shortlistForDemo: async (_root, { challengeId, applicationIds }, ctx) =>
      (await decisions.shortlistForDemo(ctx.em, requireActor(ctx), challengeId, applicationIds)).map(applicationView),
    declarePhaseWinners: async (_root, { input }, ctx) =>
      (await decisions.declarePhaseWinners(ctx.em, requireActor(ctx), input)).map(applicationView),
    sendDecisions: async (_root, { input }, ctx) =>
      challengeView(await decisions.sendDecisions(ctx.em, requireActor(ctx), ctx.app.clock, input)),
    appealDecision: (_root, { input }, ctx) => decisions.appealDecision(ctx.em, ctx.app.clock, input),
    answerAppeal: (_root, { appealId, answer }, ctx) =>
      decisions.answerAppeal(ctx.em, requireActor(ctx), appealId, answer),
  },
};

type Q<T> = { obj: T; params: unknown };

const nullable = <T, V>(value: T | null, view: (value: T) => V): V | null => (value ? view(value) : null);

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

async function identities(queries: Q<ApplicationView>[], ctx: MercuriusContext) {
  const applications = queries.map((q) => q.obj);
  const blind = await blindness(
    ctx,
    applications.map((a) => a.challenge.id),
  );
  return applications.map((a, i) => ({ blind: blind[i]!, ...teamIdentity(a, blind[i]!) }));
}

export const challengesLoaders: MercuriusLoaders = {
  RubricCriterion: {
    levels: async (queries: Q<RubricCriterionView>[]) => queries.map((q) => q.obj.levels ?? []),
  },
  Challenge: {
    async rubric(queries: Q<ChallengeView>[], ctx) {
      const ids = queries.map((q) => q.obj.id);
      const rows = await ctx.em.find(
        ChallengeCriterionSchema,
        { challenge: { $in: ids } },
        { orderBy: { position: 'asc' } },
      );
      const views = rows.map(rubricCriterionView);
      return queries.map((q) => views.filter((row) => row.challenge.id === q.obj.id));
    },
  },
  Application: {
    shortlisted: async (queries: Q<ApplicationView>[]) => queries.map((q) => !!q.obj.shortlistedAt),
    // The team's identity, withheld from a reviewer of the statement until the decisions are sent (blind.ts).
    blind: async (queries: Q<ApplicationView>[], ctx) => (await identities(queries, ctx)).map((i) => i.blind),
    teamName: async (queries: Q<ApplicationView>[], ctx) => (await identities(queries, ctx)).map((i) => i.teamName),
    members: async (queries: Q<ApplicationView>[], ctx) => (await identities(queries, ctx)).map((i) => i.members),
    contactEmail: async (queries: Q<ApplicationView>[], ctx) =>
      (await identities(queries, ctx)).map((i) => i.contactEmail),
    async challenge(queries: Q<ApplicationView>[], ctx) {
      return entityViewsByIds(
        ctx.em,
        ChallengeSchema,
        queries.map((q) => q.obj.challenge.id),
        challengeView,
      );
    },
    async scores(queries: Q<ApplicationView>[], ctx) {
      const ids = queries.map((q) => q.obj.id);
      const rows = await ctx.em.find(
        ApplicationScoreSchema,
        { application: { $in: ids } },
        { populate: ['criterion'], strategy: 'joined' },
      );
      const views = rows.map(applicationScoreView);
      return queries.map((q) => views.filter((row) => row.application.id === q.obj.id));
    },
    async score(queries: Q<ApplicationView>[], ctx) {
      return challenges.scoresOf(
        ctx.em,
        queries.map((q) => q.obj),
      );
    },
  },
  ApplicationScore: {
    async reviewer(queries: Q<ApplicationScoreView>[], ctx) {
      return userViewsByIds(
        ctx.em,
        queries.map((q) => q.obj.reviewer.id),
      );
    },
  },
};
