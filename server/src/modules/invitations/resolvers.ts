// Thin resolvers of the invitations module.
import type { MercuriusLoaders } from 'mercurius';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { StartupSchema, startupViewOf } from '../startups';
import { invitationView, selectionResultView, type InvitationView } from './read';
import * as invitations from './service';
import { MANAGER_ROLES, byIds } from '../../kernel';

export const invitationsPolicy: OperationPolicy = {
  Query: { invitation: 'PUBLIC', invitations: MANAGER_ROLES },
  Mutation: { inviteFounder: MANAGER_ROLES, acceptInvitation: 'PUBLIC', selectApplication: MANAGER_ROLES },
};

export const invitationsResolvers: Resolvers = {
  Query: {
    invitation: (_root, { token }, ctx) => invitations.previewInvitation(ctx.em, token),
    invitations: async (_root, { startupId }, ctx) =>
      (await invitations.listInvitations(ctx.em, startupId)).map(invitationView),
  },
  Mutation: {
    inviteFounder: async (_root, { startupId, email }, ctx) =>
      invitationView(await invitations.inviteFounder(ctx.em, requireActor(ctx), startupId, email)),
    acceptInvitation: (_root, { token, displayName, password }, ctx) =>
      invitations.acceptInvitation(ctx.em, ctx.app.tokenIssuer, token, displayName, password),
    selectApplication: (_root, { applicationId, startupName, sector }, ctx) =>
      invitations
        .selectApplication(ctx.em, requireActor(ctx), applicationId, startupName, sector)
        .then(selectionResultView),
  },
};

export const invitationsLoaders: MercuriusLoaders = {
  Invitation: {
    async startup(queries: { obj: InvitationView }[], ctx) {
      const ids = queries.map((q) => q.obj.startup?.id).filter((id): id is string => !!id);
      const found = ids.length ? await byIds(ctx.em, StartupSchema, ids) : [];
      const byId = new Map(ids.map((id, index) => [id, found[index]]));
      return queries.map((q) =>
        q.obj.startup && byId.get(q.obj.startup.id) ? startupViewOf(byId.get(q.obj.startup.id)!) : null,
      );
    },
  },
};
