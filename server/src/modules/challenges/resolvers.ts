// Thin resolvers and batch loaders of the challenges module (problem statements and applications).
import type { MercuriusLoaders } from 'mercurius';
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
} from './entities';
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
  },
  Mutation: {
    createChallenge: MANAGER_ROLES,
    updateChallenge: MANAGER_ROLES,
    publishChallenge: MANAGER_ROLES,
    closeChallenge: MANAGER_ROLES,
    submitApplication: 'PUBLIC',
    scoreApplication: MANAGER_ROLES,
  },
};

export const challengesResolvers: Resolvers = {
  Query: {
    publishedChallenges: (_root, _args, ctx) => challenges.listPublished(ctx.em),
    challenge: (_root, { id }, ctx) => challenges.findChallenge(ctx.em, ctx.actor, id),
    challenges: (_root, { status, search }, ctx) => challenges.listChallenges(ctx.em, status, search),
    applications: (_root, { challengeId, search }, ctx) => challenges.listApplications(ctx.em, challengeId, search),
    application: (_root, { id }, ctx) => challenges.findApplication(ctx.em, requireActor(ctx), id),
    applicationRanking: (_root, { challengeId }, ctx) => challenges.rankApplications(ctx.em, challengeId) as never,
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
  },
};

type Q<T> = { obj: T; params: unknown };

export const challengesLoaders: MercuriusLoaders = {
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
