// Thin resolvers of the users module: authorize (by policy) → call the service → return.
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import * as users from './service';

export const usersPolicy: OperationPolicy = {
  Query: { me: 'PUBLIC', users: ['ADMIN'] },
  Mutation: {
    login: 'PUBLIC',
    logout: 'AUTHENTICATED',
    changePassword: 'AUTHENTICATED',
    createUser: ['ADMIN'],
    setUserActive: ['ADMIN'],
  },
};

export const usersResolvers: Resolvers = {
  Query: {
    me: (_root, _args, ctx) => (ctx.actor ? users.findUser(ctx.em, ctx.actor.userId) : null),
    users: (_root, { search }, ctx) => users.listUsers(ctx.em, search),
  },
  Mutation: {
    login: (_root, { email, password }, ctx) => users.login(ctx.em, ctx.app.tokenIssuer, email, password),
    logout: (_root, _args, ctx) => users.logout(ctx.em, requireActor(ctx)),
    changePassword: (_root, { currentPassword, newPassword }, ctx) =>
      users.changePassword(ctx.em, requireActor(ctx), currentPassword, newPassword),
    createUser: (_root, { input }, ctx) => users.createUser(ctx.em, requireActor(ctx), input),
    setUserActive: (_root, { id, active }, ctx) => users.setUserActive(ctx.em, requireActor(ctx), id, active),
  },
};
