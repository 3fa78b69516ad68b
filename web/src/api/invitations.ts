// Operations of founder invitations: the public preview by token and the acceptance that signs in.
import { graphql } from './generated';

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      startupName
      expired
      accepted
      existingAccount
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {
    acceptInvitation(token: $token, displayName: $displayName, password: $password) {
      token
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const StartupInvitationsQuery = graphql(`
  query StartupInvitations($startupId: ID!) {
    invitations(startupId: $startupId) {
      id
      email
      token
      createdAt
      expiresAt
      acceptedAt
    }
  }
`);

export const InviteFounderMutation = graphql(`
  mutation InviteFounder($startupId: ID!, $email: String!) {
    inviteFounder(startupId: $startupId, email: $email) {
      id
      email
      token
      createdAt
      expiresAt
      acceptedAt
    }
  }
`);
