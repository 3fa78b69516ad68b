// Thin resolvers of the milestones module.
import type { MercuriusLoaders } from 'mercurius';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { userViewsByIds } from '../users';
import type { Milestone } from './entities';
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
    createMilestone: (_root, { input }, ctx) => milestones.createMilestone(ctx.em, requireActor(ctx), input),
    updateMilestone: (_root, { id, input }, ctx) => milestones.updateMilestone(ctx.em, requireActor(ctx), id, input),
    verifyMilestone: (_root, { id }, ctx) => milestones.verifyMilestone(ctx.em, requireActor(ctx), id),
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
    async verifiedBy(queries: { obj: Milestone }[], ctx) {
      return userViewsByIds(
        ctx.em,
        queries.map((q) => q.obj.verifiedBy?.id),
      );
    },
  },
};
