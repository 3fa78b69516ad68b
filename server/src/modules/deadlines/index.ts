// The deadlines module's door: its GraphQL part and its daily sweep (a pg-boss cron job).
import type { GraphQLModule } from '../types';
import { deadlinesLoaders, deadlinesPolicy, deadlinesResolvers } from './resolvers';

export { deadlineEntities } from './entities';
export { deadlinesPlugin } from './plugin';
export { sweepReportDeadlines } from './service';

export const deadlinesModule: GraphQLModule = {
  name: 'deadlines',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: deadlinesResolvers,
  policy: deadlinesPolicy,
  loaders: deadlinesLoaders,
};
