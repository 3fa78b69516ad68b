// The users module as the GraphQL layer sees it.
import type { GraphQLModule } from '../types';
import { usersPolicy, usersResolvers } from './resolvers';

export const usersModule: GraphQLModule = {
  name: 'users',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: usersResolvers,
  policy: usersPolicy,
};
