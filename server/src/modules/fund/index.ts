// The fund module's door: the fund ledger and the figures the KPI module reads of it.
import type { GraphQLModule } from '../types';
import { fundLoaders } from './loaders';
import { fundPolicy, fundResolvers } from './resolvers';

export { FundSchema, fundEntities } from './entities';
export { fundOverview, holdingsOf, positionsOf, type HoldingView, type PositionView } from './read';
export { seedDemoFund } from './seed';
/** The ledger's ILPA figures as of a day, for the fund-compliance module's statements and reports. */
export { performanceAsOf } from './read';

export const fundModule: GraphQLModule = {
  name: 'fund',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: fundResolvers,
  policy: fundPolicy,
  loaders: fundLoaders,
};

export { FundMemberSchema } from './entities';
// The door for the deals module: the committee's preview, the decision it issues, and what became of it.
export { participationRuleChecks, issueInvestmentDecision, type ParticipationChecks } from './service';
export { decisionsOfDeals, type DecisionView } from './decisions';
export { INSTRUMENTS, type Instrument } from './entities';
