// The milestones module as the GraphQL layer sees it.
import type { GraphQLModule } from '../types';
import { milestonesLoaders, milestonesPolicy, milestonesResolvers } from './resolvers';

export const milestonesModule: GraphQLModule = {
  name: 'milestones',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: milestonesResolvers,
  policy: milestonesPolicy,
  loaders: milestonesLoaders,
};

export { MilestoneSchema } from './entities';
