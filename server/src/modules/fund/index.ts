// The fund ledger as the GraphQL layer sees it.
import type { GraphQLModule } from '../types';
import { fundLoaders } from './loaders';
import { fundPolicy, fundResolvers } from './resolvers';

/** The ledger's ILPA figures as of a day, for the fund-compliance module's statements and reports. */
export { performanceAsOf } from './queries';

export const fundModule: GraphQLModule = {
  name: 'fund',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: fundResolvers,
  policy: fundPolicy,
  loaders: fundLoaders,
};
