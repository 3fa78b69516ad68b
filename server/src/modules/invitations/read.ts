// The Invitation and a selected application's result as GraphQL reads them: the list and the mutations that
// create one map the entities to these views.
import type { Role } from '@launchpad/shared';
import { ref, type Ref } from '../../kernel';
import { applicationView, type ApplicationView } from '../challenges';
import { startupViewOf, type Startup, type StartupView } from '../startups';
import type { Invitation } from './entities';

export interface InvitationView {
  id: string;
  email: string;
  role: Role;
  startup: Ref | null;
  token: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
}

export function invitationView(invitation: Invitation): InvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role as Role,
    startup: ref(invitation.startup?.id),
    token: invitation.token,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    acceptedAt: invitation.acceptedAt ?? null,
  };
}

export interface SelectionResultView {
  application: ApplicationView;
  startup: StartupView;
  invitation: InvitationView;
}

export function selectionResultView(selection: {
  application: Parameters<typeof applicationView>[0];
  startup: Startup;
  invitation: Invitation;
}): SelectionResultView {
  return {
    application: applicationView(selection.application),
    startup: startupViewOf(selection.startup),
    invitation: invitationView(selection.invitation),
  };
}
