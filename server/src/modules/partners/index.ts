// The strategic partner register as the GraphQL layer sees it, and its door (pilots link to a partner).
import type { GraphQLModule } from '../types';
import { partnersPolicy, partnersResolvers } from './resolvers';

export { StrategicPartnerSchema, partnerEntities } from './entities';

export const partnersModule: GraphQLModule = {
  name: 'partners',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: partnersResolvers,
  policy: partnersPolicy,
};
export { seedDemoPartners } from './seed';
