// The checklist module as the GraphQL layer sees it.
import type { GraphQLModule } from '../types';
import { checklistPolicy, checklistResolvers } from './resolvers';

export const checklistModule: GraphQLModule = {
  name: 'checklist',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: checklistResolvers,
  policy: checklistPolicy,
};
