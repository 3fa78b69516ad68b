// The invitations module as the GraphQL layer sees it.
import type { GraphQLModule } from '../types';
import { invitationsLoaders, invitationsPolicy, invitationsResolvers } from './resolvers';

/** The door other modules use: a MENTOR invitation inside their own transaction. */
export { createMentorInvitationIn } from './service';

export const invitationsModule: GraphQLModule = {
  name: 'invitations',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: invitationsResolvers,
  policy: invitationsPolicy,
  loaders: invitationsLoaders,
};
