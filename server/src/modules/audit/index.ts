// The audit log as the GraphQL layer sees it (read-only).
import type { GraphQLModule } from '../types';
import { auditPolicy, auditResolvers } from './resolvers';

export const auditModule: GraphQLModule = {
  name: 'audit',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: auditResolvers,
  policy: auditPolicy,
};

// The door for other modules: the entries about given records (decision dossiers).
export { auditEntriesFor } from './service';
