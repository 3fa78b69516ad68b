// Thin resolvers of forgot password.
import type { OperationPolicy } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import * as reset from './service';

export const passwordResetPolicy: OperationPolicy = {
  Mutation: { requestPasswordReset: 'PUBLIC', resetPassword: 'PUBLIC' },
};

export const passwordResetResolvers: Resolvers = {
  Mutation: {
    requestPasswordReset: (_root, { email }, ctx) => reset.requestPasswordReset(ctx.em, ctx.app.clock, email),
    resetPassword: (_root, { token, password }, ctx) =>
      reset.resetPassword(ctx.em, ctx.app.tokenIssuer, ctx.app.clock, token, password, (userId) =>
        ctx.app.sessionsRevoked({ userId }),
      ),
  },
};
