// The cohorts module as the GraphQL layer sees it.
import type { GraphQLModule } from '../types';
import { cohortsLoaders, cohortsPolicy, cohortsResolvers } from './resolvers';

export const cohortsModule: GraphQLModule = {
  name: 'cohorts',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: cohortsResolvers,
  policy: cohortsPolicy,
  loaders: cohortsLoaders,
};
