// The challenges module (problem statements, applications, scoring, selection) as the GraphQL layer sees it.
import type { GraphQLModule } from '../types';
import { challengesLoaders, challengesPolicy, challengesResolvers } from './resolvers';

export const challengesModule: GraphQLModule = {
  name: 'challenges',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: challengesResolvers,
  policy: challengesPolicy,
  loaders: challengesLoaders,
};

export { createChallenge } from './service';
export { ChallengeSchema } from './entities';
