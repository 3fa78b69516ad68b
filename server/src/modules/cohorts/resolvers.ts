// Thin resolvers and batch loaders of the cohorts module.
import type { MercuriusLoaders } from 'mercurius';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { MANAGER_ROLES, STARTUP_READER_ROLES, entityViewsByIds } from '../../kernel';
import { ProgramSchema, programView } from '../programs';
import { userViewsByIds } from '../users';
import * as cohorts from './service';
import { cohortViewOf, type CohortView } from './read';

export const cohortsPolicy: OperationPolicy = {
  Query: { cohorts: STARTUP_READER_ROLES, cohort: STARTUP_READER_ROLES },
  Mutation: { createCohort: MANAGER_ROLES, updateCohort: MANAGER_ROLES },
};

export const cohortsResolvers: Resolvers = {
  Query: {
    cohorts: async (_root, _args, ctx) => (await cohorts.listCohorts(ctx.em)).map(cohortViewOf),
    cohort: async (_root, { id }, ctx) => {
      const cohort = await cohorts.findCohort(ctx.em, id);
      return cohort && cohortViewOf(cohort);
    },
  },
  Mutation: {
    createCohort: async (_root, { input }, ctx) =>
      cohortViewOf(await cohorts.createCohort(ctx.em, requireActor(ctx), input)),
    updateCohort: async (_root, { id, input }, ctx) =>
      cohortViewOf(await cohorts.updateCohort(ctx.em, requireActor(ctx), id, input)),
  },
};

type Query = { obj: CohortView; params: unknown };

export const cohortsLoaders: MercuriusLoaders = {
  Cohort: {
    async manager(queries: Query[], ctx) {
      return userViewsByIds(
        ctx.em,
        queries.map((q) => q.obj.manager?.id),
      );
    },
    async program(queries: Query[], ctx) {
      return entityViewsByIds(
        ctx.em,
        ProgramSchema,
        queries.map((q) => q.obj.program.id),
        programView,
      );
    },
  },
};
