// The sectors module as the GraphQL layer sees it, and its door for other modules (sector validation).
import type { GraphQLModule } from '../types';
import { sectorsPolicy, sectorsResolvers } from './resolvers';

export { requireSector } from './service';

export const sectorsModule: GraphQLModule = {
  name: 'sectors',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: sectorsResolvers,
  policy: sectorsPolicy,
};
