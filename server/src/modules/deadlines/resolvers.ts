// Thin resolvers of deadlines.
import type { MercuriusLoaders } from 'mercurius';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { StartupSchema, startupViewOf } from '../startups';
import * as deadlines from './service';
import { overdueMilestones, type OverdueMilestoneView, type OverdueReportView } from './read';
import { MANAGER_ROLES, entityViewsByIds } from '../../kernel';

export const deadlinesPolicy: OperationPolicy = {
  Query: {
    overdueReports: [...MANAGER_ROLES, 'BOARD'],
    overdueMilestones: [...MANAGER_ROLES, 'BOARD'],
    reportDueDay: 'AUTHENTICATED',
  },
  Mutation: { setReportDueDay: MANAGER_ROLES },
};

export const deadlinesResolvers: Resolvers = {
  Query: {
    overdueReports: (_root, _args, ctx) => deadlines.overdueReports(ctx.em, ctx.app.clock),
    overdueMilestones: (_root, _args, ctx) => overdueMilestones(ctx.em, ctx.app.clock),
    reportDueDay: (_root, { programId }, ctx) => deadlines.reportDueDay(ctx.em, programId),
  },
  Mutation: {
    setReportDueDay: (_root, { programId, day }, ctx) =>
      deadlines.setReportDueDay(ctx.em, requireActor(ctx), programId, day),
  },
};

export const deadlinesLoaders: MercuriusLoaders = {
  OverdueMilestone: {
    async startup(queries: { obj: OverdueMilestoneView }[], ctx) {
      return entityViewsByIds(
        ctx.em,
        StartupSchema,
        queries.map((q) => q.obj.startupId),
        startupViewOf,
      );
    },
  },
  OverdueReport: {
    async startup(queries: { obj: OverdueReportView }[], ctx) {
      return entityViewsByIds(
        ctx.em,
        StartupSchema,
        queries.map((q) => q.obj.startupId),
        startupViewOf,
      );
    },
  },
};
