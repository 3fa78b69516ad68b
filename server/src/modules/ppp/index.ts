// The PPP portal (priority tasks, legal documents, PPP proposals and their workflow) as the GraphQL layer sees it,
// and its door for other modules (pilots turn accepted proposals into pilots; the public page counts proposals).
import type { GraphQLModule } from '../types';
import { pppPolicy, pppResolvers } from './resolvers';

export { markProposalPilot, proposalCounts } from './service';
export { PppProposalSchema, pppEntities } from './entities';
export { pppPlugin } from './plugin';

export const pppModule: GraphQLModule = {
  name: 'ppp',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: pppResolvers,
  policy: pppPolicy,
};
export { seedDemoPpp } from './seed';
export { DEMO_TODAY } from './seed';
