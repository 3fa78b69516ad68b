// The metrics module's door: monthly metric reports, which it adds to the startup page.
import type { GraphQLModule } from '../types';
import { metricStartupLoaders } from './startup-parts';
import { metricsLoaders, metricsPolicy, metricsResolvers } from './resolvers';

export { MetricReportSchema } from './entities';

export const metricsModule: GraphQLModule = {
  name: 'metrics',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: metricsResolvers,
  policy: metricsPolicy,
  loaders: { ...metricsLoaders, ...metricStartupLoaders },
};
