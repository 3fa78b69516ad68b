// Operations of the users domain: sessions, the signed-in user and account administration.
import { graphql } from './generated';

export const SessionUserFields = graphql(`
  fragment SessionUserFields on User {
    id
    email
    role
    displayName
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

// Account administration (ADMIN): every account, creating one, deactivating and reactivating.

export const AccountFields = graphql(`
  fragment AccountFields on User {
    id
    email
    role
    displayName
    active
  }
`);

export const UsersQuery = graphql(`
  query Users {
    users {
      ...AccountFields
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AccountFields
    }
  }
`);

export const SetUserActiveMutation = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) {
      ...AccountFields
    }
  }
`);
