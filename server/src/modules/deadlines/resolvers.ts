// Thin resolvers of deadlines.
import type { MercuriusLoaders } from 'mercurius';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { StartupSchema, startupViewOf } from '../startups';
import * as deadlines from './service';
import { MANAGER_ROLES, byIds } from '../../kernel';

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
    overdueMilestones: (_root, _args, ctx) => deadlines.overdueMilestones(ctx.em, ctx.app.clock),
    reportDueDay: (_root, { programId }, ctx) => deadlines.reportDueDay(ctx.em, programId),
  },
  Mutation: {
    setReportDueDay: (_root, { programId, day }, ctx) =>
      deadlines.setReportDueDay(ctx.em, requireActor(ctx), programId, day),
  },
};

export const deadlinesLoaders: MercuriusLoaders = {
  OverdueMilestone: {
    async startup(queries: { obj: deadlines.OverdueMilestoneRow }[], ctx) {
      return byIds(
        ctx.em,
        StartupSchema,
        queries.map((q) => q.obj.startupId),
      );
    },
  },
  OverdueReport: {
    async startup(queries: { obj: deadlines.OverdueReportRow }[], ctx) {
      const startups = await byIds(
        ctx.em,
        StartupSchema,
        queries.map((q) => q.obj.startupId),
      );
      return startups.map((startup) => (startup ? startupViewOf(startup) : null));
    },
  },
};
