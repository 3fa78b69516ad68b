// Thin resolvers of the pilots module, and the loader behind Milestone.pilotAgreement.
import type { MercuriusLoaders } from 'mercurius';
import { hanoiToday } from '@launchpad/shared';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { MANAGER_ROLES } from '../../kernel';
import { PilotAgreementSchema, type PilotAgreement } from './entities';
import { partnerStartupViews, pilotView } from './read';
import * as pilots from './service';

export const pilotsPolicy: OperationPolicy = {
  Query: { pilotAgreements: 'AUTHENTICATED', channelsSummary: 'PUBLIC' },
  Mutation: { createPilotAgreement: MANAGER_ROLES, updatePilotAgreement: MANAGER_ROLES },
};

async function loaded(ctx: { em: Parameters<typeof pilots.listPilots>[0] }, pilot: PilotAgreement) {
  await ctx.em.populate(pilot, ['startup', 'partner']);
  return pilotView(pilot);
}

export const pilotsResolvers: Resolvers = {
  Query: {
    pilotAgreements: async (_root, { status, startupId }, ctx) =>
      (await pilots.listPilots(ctx.em, requireActor(ctx), status, startupId)).map(pilotView),
    channelsSummary: (_root, _args, ctx) => pilots.channelsSummary(ctx.em, hanoiToday(ctx.app.clock)),
  },
  Mutation: {
    createPilotAgreement: async (_root, { input }, ctx) =>
      loaded(ctx, await pilots.createPilot(ctx.em, requireActor(ctx), input)),
    updatePilotAgreement: async (_root, { id, input }, ctx) =>
      loaded(ctx, await pilots.updatePilot(ctx.em, requireActor(ctx), id, input)),
  },
};

type Q<T> = { obj: T; params: unknown };

export const pilotsLoaders: MercuriusLoaders = {
  StrategicPartner: {
    async pilotStartups(queries: Q<{ id: string }>[], ctx) {
      const ids = queries.map((q) => q.obj.id);
      const rows = await ctx.em.find(PilotAgreementSchema, { partner: { $in: ids } }, { populate: ['startup'] });
      return queries.map((q) => partnerStartupViews(rows, q.obj.id));
    },
  },
  Milestone: {
    // Milestones are only shown to those who may read their startup, so the agreement is theirs to see too.
    async pilotAgreement(queries: Q<{ id: string; kind: string }>[], ctx) {
      const ids = queries.filter((q) => q.obj.kind === 'PILOT').map((q) => q.obj.id);
      const rows = ids.length
        ? await ctx.em.find(PilotAgreementSchema, { milestone: { $in: ids } }, { populate: ['startup', 'partner'] })
        : [];
      return queries.map((q) => {
        const row = rows.find((r) => r.milestone?.id === q.obj.id);
        return row ? pilotView(row) : null;
      });
    },
  },
};
