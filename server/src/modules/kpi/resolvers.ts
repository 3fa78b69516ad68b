// Thin resolvers of the KPI module: authorize (policy table) → the cached figures or the target use case.
import type { MercuriusContext } from 'mercurius';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { requestLanguage } from '../../exports/language';
import { dashboardCsv } from './csv';
import { KPI_CHANGED } from './live';
import { loadTargets, resolvePeriod, updateKpiTarget } from './service';

const READERS = ['BOARD', 'ADMIN'] as const;

export const kpiPolicy: OperationPolicy = {
  Query: { kpiDashboard: READERS, kpiCsv: READERS, kpiTargets: READERS, publicKpiSummary: 'PUBLIC' },
  Mutation: { updateKpiTarget: ['ADMIN'] },
  Subscription: { kpiChanged: READERS },
};

export const kpiResolvers: Resolvers = {
  Query: {
    kpiDashboard: (_root, { from, to }, ctx) => ctx.app.kpi.dashboard(resolvePeriod(from, to)),
    kpiCsv: async (_root, { from, to, lang }, ctx) =>
      dashboardCsv(await ctx.app.kpi.dashboard(resolvePeriod(from, to)), requestLanguage(ctx, lang)),
    kpiTargets: async (_root, _args, ctx) => (await loadTargets(ctx.em)).targets,
    publicKpiSummary: (_root, _args, ctx) => ctx.app.kpi.summary(resolvePeriod()),
  },
  Mutation: {
    // The change is announced by the KPI plugin's mutation hook once this has committed.
    updateKpiTarget: (_root, { metric, yearly }, ctx) => updateKpiTarget(ctx.em, requireActor(ctx), { metric, yearly }),
  },
  Subscription: {
    kpiChanged: {
      subscribe: (_root, _args, ctx) => (ctx as MercuriusContext).pubsub.subscribe(KPI_CHANGED),
    },
  },
};
