// The cohorts module's door: cohorts and the cohort view a startup shows.
import type { GraphQLModule } from '../types';
import { cohortsLoaders, cohortsPolicy, cohortsResolvers } from './resolvers';

export { CohortSchema, type Cohort } from './entities';
export { cohortView, cohortViewsByIds, type CohortRow, type CohortView } from './read';

export const cohortsModule: GraphQLModule = {
  name: 'cohorts',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: cohortsResolvers,
  policy: cohortsPolicy,
  loaders: cohortsLoaders,
};
