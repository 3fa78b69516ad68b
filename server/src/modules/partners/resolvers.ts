// Thin resolvers of the partner register.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { MANAGER_ROLES } from '../../kernel';
import { PartnerAgreementSchema, type StrategicPartner } from './entities';
import * as partners from './service';

export const partnersPolicy: OperationPolicy = {
  Query: { strategicPartners: [...MANAGER_ROLES, 'BOARD', 'FUND_MANAGER'] },
  Mutation: {
    createStrategicPartner: MANAGER_ROLES,
    updateStrategicPartner: MANAGER_ROLES,
    addPartnerAgreement: MANAGER_ROLES,
  },
};

/** Partners with their agreements, sponsored statements and fund member, in a fixed number of statements. */
async function partnerViews(em: EntityManager, list: StrategicPartner[]) {
  if (list.length) await em.populate(list, ['sponsoredChallenges', 'fundMember']);
  const ids = list.map((p) => p.id);
  const agreements = ids.length
    ? await em.find(PartnerAgreementSchema, { partner: { $in: ids } }, { orderBy: { signedOn: 'desc' } })
    : [];
  return list.map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    country: p.country,
    website: p.website ?? null,
    fundMemberId: p.fundMember?.id ?? null,
    fundMemberName: p.fundMember?.name ?? null,
    agreements: agreements
      .filter((a) => a.partner.id === p.id)
      .map((a) => ({ id: a.id, title: a.title, signedOn: a.signedOn, validTo: a.validTo ?? null, scope: a.scope })),
    sponsoredChallenges: p.sponsoredChallenges.getItems().map((c) => ({ id: c.id, title: c.title, status: c.status })),
    pilotStartups: [],
  }));
}

const one = async (em: EntityManager, partner: StrategicPartner) => (await partnerViews(em, [partner]))[0]!;

export const partnersResolvers: Resolvers = {
  Query: {
    strategicPartners: async (_root, { kind }, ctx) => partnerViews(ctx.em, await partners.listPartners(ctx.em, kind)),
  },
  Mutation: {
    createStrategicPartner: async (_root, { input }, ctx) =>
      one(ctx.em, await partners.createPartner(ctx.em, requireActor(ctx), input)),
    updateStrategicPartner: async (_root, { id, input }, ctx) =>
      one(ctx.em, await partners.updatePartner(ctx.em, requireActor(ctx), id, input)),
    addPartnerAgreement: async (_root, { input }, ctx) =>
      one(ctx.em, await partners.addAgreement(ctx.em, requireActor(ctx), input)),
  },
};
