// The audit module's door: other modules record their important writes with `recordAudit` inside their transaction.
import type { GraphQLModule } from '../types';
import { auditPolicy, auditResolvers } from './resolvers';

export { auditChainHashAt, auditChainStatus, recordAudit, type AuditRecord } from './service';

export const auditModule: GraphQLModule = {
  name: 'audit',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: auditResolvers,
  policy: auditPolicy,
};

// The door for other modules: the entries about given records (decision dossiers).
export { auditEntriesFor } from './service';
