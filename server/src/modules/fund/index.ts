// The fund module's door: the fund ledger and the figures the KPI module reads of it.
import type { GraphQLModule } from '../types';
import { fundLoaders } from './loaders';
import { fundPolicy, fundResolvers } from './resolvers';

export { FundSchema, fundEntities } from './entities';
export { fundOverview, holdingsOf, type HoldingView } from './read';
export { seedDemoFund } from './seed';

export const fundModule: GraphQLModule = {
  name: 'fund',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: fundResolvers,
  policy: fundPolicy,
  loaders: fundLoaders,
};

export { FundMemberSchema } from './entities';
