// The fund's rules as the GraphQL layer sees them, and this module's door for other modules: the rule versions a
// ledger write checks against, the refusal log, the loss threshold, and the preview `checkFundRules`.
import type { GraphQLModule } from '../types';
import { fundRulesPolicy, fundRulesResolvers } from './resolvers';

export {
  checkFundRules,
  cycleStartOf,
  lossThresholdOn,
  recordRefusal,
  rulesForWrite,
  DEFAULT_LOSS_THRESHOLD_BP,
  type FundRuleCheck,
  type ProposedChange,
} from './service';
export {
  committedMembers,
  commitmentsAsOf,
  cycleHoldings,
  fundFigures,
  type CycleHolding,
  type FundFigures,
} from './ledger';
export { fundRuleCheckView, ruleHistory, rulesOn, vehicleOf, type FundRuleCheckView } from './read';
export { fundRuleEntities, FUND_VEHICLES } from './entities';
export { addFundRuleVersion, applyFundRuleSet, setFundVehicle } from './service';
export { assertLedgerReader, LEDGER_READERS } from './resolvers';

export const fundRulesModule: GraphQLModule = {
  name: 'fund-rules',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: fundRulesResolvers,
  policy: fundRulesPolicy,
};
export { seedDemoFundRules } from './seed';
