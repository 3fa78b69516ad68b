// The startups module as the GraphQL layer sees it.
import type { GraphQLModule } from '../types';
import { startupLoaders } from './loaders';
import { answerPrefetchedFirst } from './prefetch';
import { startupsPolicy, startupsResolvers } from './resolvers';

export const startupsModule: GraphQLModule = {
  name: 'startups',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: startupsResolvers,
  policy: startupsPolicy,
  loaders: startupLoaders,
  prepareSchema: answerPrefetchedFirst,
};

// The door for other modules: which startups a founder belongs to.
export { myStartups } from './service';
