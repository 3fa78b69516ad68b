// The milestones module's door: a startup's milestones, which it adds to the startup page and gates.
import type { GraphQLModule } from '../types';
import { milestoneStartupLoaders } from './startup-parts';
import { milestonesLoaders, milestonesPolicy, milestonesResolvers } from './resolvers';

export { MilestoneSchema } from './entities';

export const milestonesModule: GraphQLModule = {
  name: 'milestones',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: milestonesResolvers,
  policy: milestonesPolicy,
  loaders: { ...milestonesLoaders, ...milestoneStartupLoaders },
};
