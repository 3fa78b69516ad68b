// Operations of forgot password: ask for a link by e-mail, then set a new password with it (which signs in).
import { graphql } from './generated';

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      token
      user {
        ...SessionUserFields
      }
    }
  }
`);
