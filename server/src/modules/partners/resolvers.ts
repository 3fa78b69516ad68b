// Thin resolvers of the partner register.
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { MANAGER_ROLES } from '../../kernel';
import * as partners from './service';
import { partnerView, partnerViews } from './read';

export const partnersPolicy: OperationPolicy = {
  Query: { strategicPartners: [...MANAGER_ROLES, 'BOARD', 'FUND_MANAGER'] },
  Mutation: {
    createStrategicPartner: MANAGER_ROLES,
    updateStrategicPartner: MANAGER_ROLES,
    addPartnerAgreement: MANAGER_ROLES,
  },
};

export const partnersResolvers: Resolvers = {
  Query: {
    strategicPartners: async (_root, { kind }, ctx) => partnerViews(ctx.em, await partners.listPartners(ctx.em, kind)),
  },
  Mutation: {
    createStrategicPartner: async (_root, { input }, ctx) =>
      partnerView(ctx.em, await partners.createPartner(ctx.em, requireActor(ctx), input)),
    updateStrategicPartner: async (_root, { id, input }, ctx) =>
      partnerView(ctx.em, await partners.updatePartner(ctx.em, requireActor(ctx), id, input)),
    addPartnerAgreement: async (_root, { input }, ctx) =>
      partnerView(ctx.em, await partners.addAgreement(ctx.em, requireActor(ctx), input)),
  },
};
