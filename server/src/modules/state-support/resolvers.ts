// Thin resolvers of the state-support ledger.
import { hanoiToday } from '@launchpad/shared';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { MANAGER_ROLES, requireId } from '../../kernel';
import * as support from './service';

export const stateSupportPolicy: OperationPolicy = {
  Query: {
    startupStateSupport: [...MANAGER_ROLES, 'BOARD', 'FUND_MANAGER', 'FOUNDER'],
    stateSupportOverview: [...MANAGER_ROLES, 'BOARD', 'FUND_MANAGER'],
  },
  Mutation: { recordStateSupport: [...MANAGER_ROLES, 'FUND_MANAGER'] },
};

export const stateSupportResolvers: Resolvers = {
  Query: {
    startupStateSupport: (_root, { startupId }, ctx) => support.startupSupport(ctx.em, requireActor(ctx), startupId),
    stateSupportOverview: (_root, _args, ctx) => support.overview(ctx.em),
  },
  Mutation: {
    recordStateSupport: (_root, { input }, ctx) =>
      support.recordSupport(
        ctx.em,
        requireActor(ctx),
        { ...input, startupId: requireId('startupId', input.startupId) },
        hanoiToday(ctx.app.clock),
      ),
  },
};
