// Thin resolvers of the audit log: BOARD and ADMIN read it; nobody writes it through the API.
import type { OperationPolicy } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { selectedFields } from '../../graphql/selection';
import * as audit from './service';

/** The entries' names of who and what are looked up only for a request that selects them. */
const asksForNames = (fields: ReadonlySet<string>) => fields.has('actorName') || fields.has('subject');

export const auditPolicy: OperationPolicy = {
  Query: { auditLog: ['BOARD', 'ADMIN'], auditFacets: ['BOARD', 'ADMIN'], auditChainStatus: ['BOARD', 'ADMIN'] },
};

export const auditResolvers: Resolvers = {
  Query: {
    // The DateTime scalar has already parsed `from`/`to` into Dates (codegen types it as unknown).
    auditLog: (_root, { filter, first, after }, ctx, info) =>
      audit.listAuditEntries(
        ctx.em,
        (filter ?? {}) as audit.AuditFilterInput,
        { first, after },
        {
          names: asksForNames(selectedFields(info, ['edges', 'node'])),
        },
      ),
    auditFacets: (_root, _args, ctx) => audit.auditFacets(ctx.em),
    auditChainStatus: (_root, _args, ctx) => audit.auditChainStatus(ctx.em),
  },
};
