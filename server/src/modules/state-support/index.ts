// The state-support ledger as the GraphQL layer sees it.
import type { GraphQLModule } from '../types';
import { stateSupportPolicy, stateSupportResolvers } from './resolvers';

export const stateSupportModule: GraphQLModule = {
  name: 'state-support',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: stateSupportResolvers,
  policy: stateSupportPolicy,
};
export { seedDemoStateSupport } from './seed';
