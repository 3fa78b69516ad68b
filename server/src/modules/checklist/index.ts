// The checklist module's door: the platform checklist of a startup, which it adds to the startup page and gates.
import type { GraphQLModule } from '../types';
import { checklistStartupLoaders } from './startup-parts';
import { checklistPolicy, checklistResolvers } from './resolvers';

export { ChecklistItemSchema } from './entities';

export const checklistModule: GraphQLModule = {
  name: 'checklist',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: checklistResolvers,
  policy: checklistPolicy,
  loaders: checklistStartupLoaders,
};
