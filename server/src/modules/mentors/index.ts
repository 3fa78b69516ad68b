// The mentors module (mentors and experts, matching, assignments, office hours, calendar feeds) as the GraphQL
// layer sees it, and its door for other modules.
import type { GraphQLModule } from '../types';
import { mentorsLoaders, mentorsPolicy, mentorsResolvers } from './resolvers';

export { calendarFeedPlugin } from './calendar';
export { mentorEntities } from './entities';

export const mentorsModule: GraphQLModule = {
  name: 'mentors',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: mentorsResolvers,
  policy: mentorsPolicy,
  loaders: mentorsLoaders,
};
export { seedDemoMentoring } from './seed';
