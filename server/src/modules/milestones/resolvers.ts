// Thin resolvers of the milestones module.
import type { MercuriusLoaders } from 'mercurius';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { userViewsByIds } from '../users';
import { milestoneViewOf, type MilestoneView } from './read';
import * as milestones from './service';
import { MANAGER_ROLES } from '../../kernel';

export const milestonesPolicy: OperationPolicy = {
  Mutation: {
    createMilestone: [...MANAGER_ROLES, 'FOUNDER'],
    updateMilestone: [...MANAGER_ROLES, 'FOUNDER'],
    verifyMilestone: MANAGER_ROLES,
  },
};

export const milestonesResolvers: Resolvers = {
  Mutation: {
    createMilestone: async (_root, { input }, ctx) =>
      milestoneViewOf(await milestones.createMilestone(ctx.em, requireActor(ctx), input)),
    updateMilestone: async (_root, { id, input }, ctx) =>
      milestoneViewOf(await milestones.updateMilestone(ctx.em, requireActor(ctx), id, input)),
    verifyMilestone: async (_root, { id }, ctx) =>
      milestoneViewOf(await milestones.verifyMilestone(ctx.em, requireActor(ctx), id)),
  },
  Milestone: {
    startupId: (m) => m.startup.id,
    pilot: (m) =>
      m.pilotPartner && m.pilotScope && m.pilotStart && m.pilotEnd
        ? { partner: m.pilotPartner, scope: m.pilotScope, startDate: m.pilotStart, endDate: m.pilotEnd }
        : null,
  },
};

export const milestonesLoaders: MercuriusLoaders = {
  Milestone: {
    async verifiedBy(queries: { obj: MilestoneView }[], ctx) {
      return userViewsByIds(
        ctx.em,
        queries.map((q) => q.obj.verifiedBy?.id),
      );
    },
  },
};
