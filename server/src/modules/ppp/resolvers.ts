// Thin resolvers of the PPP portal.
import { hanoiToday } from '@launchpad/shared';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { MANAGER_ROLES } from '../../kernel';
import * as read from './read';
import * as ppp from './service';

const READERS = [...MANAGER_ROLES, 'BOARD'] as const;

export const pppPolicy: OperationPolicy = {
  Query: {
    priorityTasks: 'PUBLIC',
    allPriorityTasks: READERS,
    legalDocuments: 'PUBLIC',
    pppProposalStatus: 'PUBLIC',
    pppProposals: READERS,
    pppProposal: READERS,
  },
  Mutation: {
    createLegalDocument: MANAGER_ROLES,
    createPriorityTask: MANAGER_ROLES,
    updatePriorityTask: MANAGER_ROLES,
    publishPriorityTask: MANAGER_ROLES,
    closePriorityTask: MANAGER_ROLES,
    submitPppProposal: 'PUBLIC',
    movePppProposal: MANAGER_ROLES,
    convertPppProposal: MANAGER_ROLES,
  },
};

const oneTask = async (ctx: Parameters<typeof read.taskViews>[0], task: Parameters<typeof read.taskViews>[1][number]) =>
  (await read.taskViews(ctx, [task]))[0]!;

export const pppResolvers: Resolvers = {
  Query: {
    priorityTasks: (_root, _args, ctx) => read.publishedTasks(ctx.em),
    allPriorityTasks: (_root, { status }, ctx) => read.allTasks(ctx.em, status),
    legalDocuments: (_root, _args, ctx) => read.legalDocuments(ctx.em),
    pppProposalStatus: (_root, { code }, ctx) => ppp.proposalStatusByCode(ctx.em, code),
    pppProposals: (_root, { status }, ctx) => read.listProposals(ctx.em, status),
    pppProposal: (_root, { id }, ctx) => read.findProposal(ctx.em, id),
  },
  Mutation: {
    createLegalDocument: async (_root, { input }, ctx) =>
      read.legalDocumentView(await ppp.createLegalDocument(ctx.em, requireActor(ctx), input)),
    createPriorityTask: async (_root, { input }, ctx) =>
      oneTask(ctx.em, await ppp.createPriorityTask(ctx.em, requireActor(ctx), input)),
    updatePriorityTask: async (_root, { id, input }, ctx) =>
      oneTask(ctx.em, await ppp.updatePriorityTask(ctx.em, requireActor(ctx), id, input)),
    publishPriorityTask: async (_root, { id }, ctx) =>
      oneTask(ctx.em, await ppp.publishPriorityTask(ctx.em, requireActor(ctx), id, hanoiToday(ctx.app.clock))),
    closePriorityTask: async (_root, { id }, ctx) =>
      oneTask(ctx.em, await ppp.closePriorityTask(ctx.em, requireActor(ctx), id)),
    // Rate-limited per client address by the security plugin (RATE_LIMITED, HTTP 429), like applications.
    submitPppProposal: (_root, { input }, ctx) => ppp.submitPppProposal(ctx.em, input, hanoiToday(ctx.app.clock)),
    movePppProposal: async (_root, { id, to, reason }, ctx) =>
      (await read.proposalViews(ctx.em, [await ppp.movePppProposal(ctx.em, requireActor(ctx), id, to, reason)]))[0]!,
    convertPppProposal: async (_root, { id, input }, ctx) =>
      (
        await read.proposalViews(ctx.em, [
          await ppp.convertPppProposal(ctx.em, requireActor(ctx), id, input, hanoiToday(ctx.app.clock)),
        ])
      )[0]!,
  },
};
