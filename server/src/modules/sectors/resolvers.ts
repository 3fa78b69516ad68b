// Thin resolvers of the sectors module.
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import * as sectors from './service';
import { sectorView } from './read';

export const sectorsPolicy: OperationPolicy = {
  Query: { sectors: 'PUBLIC' },
  Mutation: { createSector: ['ADMIN'], renameSector: ['ADMIN'], mergeSector: ['ADMIN'] },
};

export const sectorsResolvers: Resolvers = {
  Query: {
    sectors: async (_root, _args, ctx) => (await sectors.listSectors(ctx.em)).map(sectorView),
  },
  Mutation: {
    createSector: async (_root, { input }, ctx) =>
      sectorView(await sectors.createSector(ctx.em, requireActor(ctx), input)),
    renameSector: async (_root, { code, input }, ctx) =>
      sectorView(await sectors.renameSector(ctx.em, requireActor(ctx), code, input)),
    mergeSector: async (_root, { code, into }, ctx) =>
      sectorView(await sectors.mergeSector(ctx.em, requireActor(ctx), code, into)),
  },
};
