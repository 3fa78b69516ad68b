// Thin resolvers and batch loaders of the cohorts module.
import type { MercuriusLoaders } from 'mercurius';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { memberStartupIds } from '../startups/access';
import { StartupSchema } from '../startups/entities';
import { placeholders, MANAGER_ROLES, readsAllStartups, STARTUP_READER_ROLES, byIds } from '../../kernel';
import { userViewsByIds } from '../users/views';
import { ProgramSchema } from '../programs/entities';
import type { Cohort } from './entities';
import * as cohorts from './service';

export const cohortsPolicy: OperationPolicy = {
  Query: { cohorts: STARTUP_READER_ROLES, cohort: STARTUP_READER_ROLES },
  Mutation: { createCohort: MANAGER_ROLES, updateCohort: MANAGER_ROLES, assignStartupToCohort: MANAGER_ROLES },
};

export const cohortsResolvers: Resolvers = {
  Query: {
    cohorts: (_root, _args, ctx) => cohorts.listCohorts(ctx.em),
    cohort: (_root, { id }, ctx) => cohorts.findCohort(ctx.em, id),
  },
  Mutation: {
    createCohort: (_root, { input }, ctx) => cohorts.createCohort(ctx.em, requireActor(ctx), input),
    updateCohort: (_root, { id, input }, ctx) => cohorts.updateCohort(ctx.em, requireActor(ctx), id, input),
    assignStartupToCohort: (_root, { startupId, cohortId }, ctx) =>
      cohorts.assignStartupToCohort(ctx.em, requireActor(ctx), startupId, cohortId),
  },
};

type Query = { obj: Cohort; params: unknown };

export const cohortsLoaders: MercuriusLoaders = {
  Cohort: {
    async manager(queries: Query[], ctx) {
      return userViewsByIds(
        ctx.em,
        queries.map((q) => q.obj.manager?.id),
      );
    },
    async program(queries: Query[], ctx) {
      return byIds(
        ctx.em,
        ProgramSchema,
        queries.map((q) => q.obj.program.id),
      );
    },
    /** A founder reaching a cohort through their startup sees only their own startup in it. */
    async startups(queries: Query[], ctx) {
      const ids = queries.map((q) => q.obj.id);
      const actor = ctx.actor;
      const mine = readsAllStartups(actor) ? null : new Set(actor ? await memberStartupIds(ctx.em, actor.userId) : []);
      const rows = await ctx.em.find(StartupSchema, { cohort: { $in: ids } }, { orderBy: { name: 'asc', id: 'asc' } });
      return queries.map((q) => rows.filter((row) => row.cohort?.id === q.obj.id && (!mine || mine.has(row.id))));
    },
    /** Counts only what the reader may read: a founder's count is of their own startups in the cohort. */
    async startupCount(queries: Query[], ctx) {
      const ids = queries.map((q) => q.obj.id);
      const actor = ctx.actor;
      const mine = readsAllStartups(actor) ? null : actor ? await memberStartupIds(ctx.em, actor.userId) : [];
      if (mine && mine.length === 0) return queries.map(() => 0);
      const rows = await ctx.em.execute<{ cohort_id: string; n: string }[]>(
        `select cohort_id, count(*) as n from startups where cohort_id in (${placeholders(ids)})${
          mine ? ` and id in (${placeholders(mine)})` : ''
        } group by cohort_id`,
        mine ? [...ids, ...mine] : ids,
      );
      return queries.map((q) => Number(rows.find((row) => row.cohort_id === q.obj.id)?.n ?? 0));
    },
  },
};
