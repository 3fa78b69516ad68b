// The fund under the law above the ledger (capital calls, the loss threshold, statements, the annual risk report)
// as the GraphQL layer sees it, and its door: the loss threshold for other modules' panels.
import type { GraphQLModule } from '../types';
import { fundCompliancePolicy, fundComplianceResolvers } from './resolvers';

export { lossThreshold, annualReport, sweepOverdueCapitalCalls } from './service';
export { fundComplianceEntities } from './entities';

export const fundComplianceModule: GraphQLModule = {
  name: 'fund-compliance',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: fundComplianceResolvers,
  policy: fundCompliancePolicy,
};
export { seedDemoCapitalCalls } from './seed';
