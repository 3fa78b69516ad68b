// Pilots in controlled testing as the GraphQL layer sees it (and Milestone.pilotAgreement).
import type { GraphQLModule } from '../types';
import { pilotsLoaders, pilotsPolicy, pilotsResolvers } from './resolvers';

export { PilotAgreementSchema } from './entities';

export const pilotsModule: GraphQLModule = {
  name: 'pilots',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: pilotsResolvers,
  policy: pilotsPolicy,
  loaders: pilotsLoaders,
};
export { seedDemoPilots } from './seed';
