// Thin resolvers of the startups module: authorize (by policy) → call the service → return.
import { nextStage, STAGE_MOVER_ROLES, type Stage } from '@launchpad/shared';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { prefetchPlan } from './prefetch';
import { startupViewOf } from './read';
import * as startups from './service';
import { MANAGER_ROLES, STARTUP_READER_ROLES } from '../../kernel';

const READERS = [...STARTUP_READER_ROLES, 'FOUNDER'] as const;

export const startupsPolicy: OperationPolicy = {
  Query: {
    startups: READERS,
    startup: READERS,
    myStartups: 'AUTHENTICATED',
    startupStageCounts: READERS,
    startupSectors: READERS,
  },
  Mutation: {
    createStartup: MANAGER_ROLES,
    updateStartup: [...MANAGER_ROLES, 'FOUNDER'],
    moveStartup: STAGE_MOVER_ROLES,
    assignStartupToCohort: MANAGER_ROLES,
  },
};

export const startupsResolvers: Resolvers = {
  Query: {
    startups: (_root, args, ctx, info) =>
      startups.listStartups(ctx.em, requireActor(ctx), args, prefetchPlan(info, ['edges', 'node'])),
    startup: (_root, { id }, ctx, info) => startups.findStartup(ctx.em, requireActor(ctx), id, prefetchPlan(info)),
    myStartups: (_root, _args, ctx) => startups.myStartups(ctx.em, requireActor(ctx)),
    startupStageCounts: (_root, args, ctx) => startups.countByStage(ctx.em, requireActor(ctx), args),
    startupSectors: (_root, _args, ctx) => startups.listSectors(ctx.em, requireActor(ctx)),
  },
  Mutation: {
    createStartup: (_root, { input }, ctx) =>
      startups.createStartup(ctx.em, requireActor(ctx), input).then(startupViewOf),
    updateStartup: (_root, { id, input }, ctx) =>
      startups.updateStartup(ctx.em, requireActor(ctx), id, input).then(startupViewOf),
    moveStartup: (_root, { id, to, reason }, ctx) =>
      startups.moveStartup(ctx.em, requireActor(ctx), id, to, reason).then(startupViewOf),
    assignStartupToCohort: (_root, { startupId, cohortId }, ctx) =>
      startups.assignStartupToCohort(ctx.em, requireActor(ctx), startupId, cohortId).then(startupViewOf),
  },
  Startup: {
    nextStage: (startup) => nextStage(startup.stage as Stage),
  },
  StageMove: {
    id: (move) => String(move.id),
    from: (move) => move.fromStage ?? null,
    to: (move) => move.toStage,
    at: (move) => move.at.toISOString(),
  },
};
