// The users module's door: accounts, sessions, passwords and the small user view other modules show.
import type { GraphQLModule } from '../types';
import { usersPolicy, usersResolvers } from './resolvers';

export { SessionSchema, UserSchema, type Session, type User } from './entities';
export { hashPassword, verifyPassword } from './password';
export { USER_COLUMNS, userViewsByIds, type UserView } from './read';
export { seedDemoAccounts, demoActor, DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed';
export { createUser, login, validatePassword, type TokenIssuer } from './service';

export const usersModule: GraphQLModule = {
  name: 'users',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: usersResolvers,
  policy: usersPolicy,
};
