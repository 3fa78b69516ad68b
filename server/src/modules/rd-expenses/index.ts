// R&D expenses and the 200% deduction as the GraphQL layer sees it.
import type { GraphQLModule } from '../types';
import { rdPolicy, rdResolvers } from './resolvers';

export const rdExpensesModule: GraphQLModule = {
  name: 'rd-expenses',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: rdResolvers,
  policy: rdPolicy,
};
export { seedDemoRdExpenses } from './seed';
