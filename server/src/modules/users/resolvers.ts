// Thin resolvers of the users module: authorize (by policy) → call the service → return.
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import * as users from './service';
import { userView } from './read';

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
    me: async (_root, _args, ctx) => {
      const user = ctx.actor ? await users.findUser(ctx.em, ctx.actor.userId) : null;
      return user && userView(user);
    },
    users: async (_root, { search }, ctx) => (await users.listUsers(ctx.em, search)).map(userView),
  },
  Mutation: {
    login: (_root, { email, password }, ctx) => users.login(ctx.em, ctx.app.tokenIssuer, email, password),
    // After each committed revocation, every instance drops the session(s) from its session cache.
    logout: async (_root, _args, ctx) => {
      const actor = requireActor(ctx);
      const done = await users.logout(ctx.em, actor);
      await ctx.app.sessionsRevoked({ sessionId: actor.sessionId });
      return done;
    },
    changePassword: async (_root, { currentPassword, newPassword }, ctx) => {
      const actor = requireActor(ctx);
      const done = await users.changePassword(ctx.em, actor, currentPassword, newPassword);
      await ctx.app.sessionsRevoked({ userId: actor.userId });
      return done;
    },
    createUser: async (_root, { input }, ctx) => userView(await users.createUser(ctx.em, requireActor(ctx), input)),
    setUserActive: async (_root, { id, active }, ctx) => {
      const user = await users.setUserActive(ctx.em, requireActor(ctx), id, active);
      if (!active) await ctx.app.sessionsRevoked({ userId: user.id });
      return userView(user);
    },
  },
};
