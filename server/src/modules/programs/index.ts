// The programs module as the GraphQL layer sees it.
import type { GraphQLModule } from '../types';
import { programsPolicy, programsResolvers } from './resolvers';

export const programsModule: GraphQLModule = {
  name: 'programs',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: programsResolvers,
  policy: programsPolicy,
};
