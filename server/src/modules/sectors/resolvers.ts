// Thin resolvers of the sectors module.
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import * as sectors from './service';

export const sectorsPolicy: OperationPolicy = {
  Query: { sectors: 'PUBLIC' },
  Mutation: { createSector: ['ADMIN'], renameSector: ['ADMIN'], mergeSector: ['ADMIN'] },
};

export const sectorsResolvers: Resolvers = {
  Query: {
    sectors: (_root, _args, ctx) => sectors.listSectors(ctx.em),
  },
  Mutation: {
    createSector: (_root, { input }, ctx) => sectors.createSector(ctx.em, requireActor(ctx), input),
    renameSector: (_root, { code, input }, ctx) => sectors.renameSector(ctx.em, requireActor(ctx), code, input),
    mergeSector: (_root, { code, into }, ctx) => sectors.mergeSector(ctx.em, requireActor(ctx), code, into),
  },
};
