// The deals module: the investment-decision pipeline, due diligence, documents, the investment committee and
// the decision dossier. Its door for the app: the GraphQL part and the HTTP routes for files.
import type { GraphQLModule } from '../types';
import { dealsPolicy, dealsResolvers } from './resolvers';

export { dealEntities } from './entities';
export { dealsPlugin } from './plugin';
export { seedDemoDeals, approveDealForDemo } from './seed';

export const dealsModule: GraphQLModule = {
  name: 'deals',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: dealsResolvers,
  policy: dealsPolicy,
};
