// Thin resolvers of the metrics module.
import type { MercuriusLoaders } from 'mercurius';
import { hanoiToday } from '@launchpad/shared';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { userViewsByIds } from '../users';
import { metricReportViewOf, type MetricReportView } from './read';
import * as metrics from './service';
import { MANAGER_ROLES } from '../../kernel';

export const metricsPolicy: OperationPolicy = {
  Mutation: { submitMetricReport: [...MANAGER_ROLES, 'FOUNDER'] },
};

export const metricsResolvers: Resolvers = {
  Mutation: {
    submitMetricReport: async (_root, { input }, ctx) =>
      metricReportViewOf(await metrics.submitMetricReport(ctx.em, requireActor(ctx), input, hanoiToday(ctx.app.clock))),
  },
};

export const metricsLoaders: MercuriusLoaders = {
  MetricReport: {
    async submittedBy(queries: { obj: MetricReportView }[], ctx) {
      return userViewsByIds(
        ctx.em,
        queries.map((q) => q.obj.submittedBy?.id),
      );
    },
  },
};
