// The Invitation as GraphQL reads it: the list and the mutations that create one map the entity to this view.
import type { Role } from '@launchpad/shared';
import { ref, type Ref } from '../../kernel';
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
