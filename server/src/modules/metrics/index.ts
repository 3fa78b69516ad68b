// The metrics module as the GraphQL layer sees it.
import type { GraphQLModule } from '../types';
import { metricsLoaders, metricsPolicy, metricsResolvers } from './resolvers';

export const metricsModule: GraphQLModule = {
  name: 'metrics',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: metricsResolvers,
  policy: metricsPolicy,
  loaders: metricsLoaders,
};
