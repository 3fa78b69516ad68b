// Thin resolvers of the audit log: BOARD and ADMIN read it; nobody writes it through the API.
import type { OperationPolicy } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import * as audit from './service';

export const auditPolicy: OperationPolicy = {
  Query: { auditLog: ['BOARD', 'ADMIN'], auditFacets: ['BOARD', 'ADMIN'], auditChainStatus: ['BOARD', 'ADMIN'] },
};

export const auditResolvers: Resolvers = {
  Query: {
    // The DateTime scalar has already parsed `from`/`to` into Dates (codegen types it as unknown).
    auditLog: (_root, { filter, first, after }, ctx) =>
      audit.listAuditEntries(ctx.em, (filter ?? {}) as audit.AuditFilterInput, { first, after }),
    auditFacets: (_root, _args, ctx) => audit.auditFacets(ctx.em),
    auditChainStatus: (_root, _args, ctx) => audit.auditChainStatus(ctx.em),
  },
};
