// The fund ledger as the GraphQL layer sees it.
import type { GraphQLModule } from '../types';
import { fundLoaders } from './loaders';
import { fundPolicy, fundResolvers } from './resolvers';

export const fundModule: GraphQLModule = {
  name: 'fund',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: fundResolvers,
  policy: fundPolicy,
  loaders: fundLoaders,
};

export { FundMemberSchema } from './entities';
