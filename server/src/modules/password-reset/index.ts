// The forgot-password module as the GraphQL layer sees it.
import type { GraphQLModule } from '../types';
import { passwordResetPolicy, passwordResetResolvers } from './resolvers';

export { PasswordResetSchema } from './entities';

export const passwordResetModule: GraphQLModule = {
  name: 'password-reset',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: passwordResetResolvers,
  policy: passwordResetPolicy,
};
