// Thin resolvers of the checklist module.
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import * as checklist from './service';
import { MANAGER_ROLES } from '../../kernel';

export const checklistPolicy: OperationPolicy = {
  Mutation: { updateChecklistItem: [...MANAGER_ROLES, 'FOUNDER'] },
};

export const checklistResolvers: Resolvers = {
  Mutation: {
    updateChecklistItem: (_root, { input }, ctx) => checklist.updateChecklistItem(ctx.em, requireActor(ctx), input),
  },
};
