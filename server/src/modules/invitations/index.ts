// The invitations module's door: founder invitations, and selecting an application (startup + invitation).
import type { GraphQLModule } from '../types';
import { invitationsLoaders, invitationsPolicy, invitationsResolvers } from './resolvers';

export { InvitationSchema, type Invitation } from './entities';
export { createInvitationIn } from './service';
/** The door other modules use: a MENTOR invitation inside their own transaction. */
export { createMentorInvitationIn } from './service';

export const invitationsModule: GraphQLModule = {
  name: 'invitations',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: invitationsResolvers,
  policy: invitationsPolicy,
  loaders: invitationsLoaders,
};
