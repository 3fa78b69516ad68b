// Whole answers of the cached KPI reads, kept as the JSON text that was sent. A request for `kpiDashboard` (board,
// admin) or `publicKpiSummary` (anyone) repeats the very same document and variables many times a minute, and the
// figures behind it are already cached (modules/kpi/live.ts); answering it still cost a full trip through GraphQL —
// context, execution, serialization — several times the figures' own cost. Here the second identical request is
// answered with the first one's text, skipping all of that, until the KPI figures move (any instance's write) or the
// day changes. Only answers without errors are kept, per role, per exact document text and variables.
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { getOperationAST, Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import { cachedHanoiToday, DomainError, type Role } from '@launchpad/shared';
import { GRAPHQL_LIMITS } from '../graphql/limits';

/** Root fields whose whole answer may be reused, and who may be given a reused one. */
const REUSABLE_FIELDS: Record<string, 'PUBLIC' | readonly Role[]> = {
  publicKpiSummary: 'PUBLIC',
  kpiDashboard: ['BOARD', 'ADMIN'],
};
const MAX_DOCUMENTS = 256;
const MAX_ANSWERS = 256;

/** null: not reusable; else the roles that may read it (empty: anyone). */
type Audience = null | { public: boolean; roles: readonly Role[] | null };

function rootFields(document: DocumentNode, selectionSet: SelectionSetNode): string[] | null {
  const fields: string[] = [];
  for (const selection of selectionSet.selections) {
    // Fragments and directives (@include, @skip) are rare here; such documents simply take the normal path.
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return null;
    fields.push(selection.name.value);
  }
  return document.definitions.length === 1 ? fields : null;
}

function audienceOf(query: string, operationName: string | undefined): Audience {
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true, maxTokens: GRAPHQL_LIMITS.maxTokens });
  } catch {
    return null;
  }
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'query') return null;
  const fields = rootFields(document, operation.selectionSet);
  if (!fields || fields.length === 0) return null;
  let roles: readonly Role[] | null = null;
  for (const field of fields) {
    const rule = REUSABLE_FIELDS[field];
    if (!rule) return null;
    if (rule !== 'PUBLIC') roles = roles ? roles.filter((role) => rule.includes(role)) : rule;
  }
  return { public: roles === null, roles };
}

interface Pending {
  key: string;
  generation: number;
}

export const responseCachePlugin = fp(
  async (app) => {
    const audiences = new Map<string, Audience>();
    const answers = new Map<string, { generation: number; payload: string }>();
    const pending = new WeakMap<FastifyRequest, Pending>();
    const today = cachedHanoiToday(() => app.clock());

    const requestParts = (request: FastifyRequest) => {
      if (request.method === 'POST') {
        const body = request.body as { query?: unknown; variables?: unknown; operationName?: unknown } | null;
        return { query: body?.query, variables: body?.variables ?? null, operationName: body?.operationName };
      }
      const params = request.query as { query?: unknown; variables?: unknown; operationName?: unknown } | null;
      // preValidation (graphql/http.ts) has refused variables that are not JSON text.
      const variables = typeof params?.variables === 'string' ? params.variables : null;
      return { query: params?.query, variables, operationName: params?.operationName };
    };

    app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.routeOptions.url !== '/graphql' || (request as { ws?: boolean }).ws) return;
      if (request.method !== 'POST' && request.method !== 'GET') return;
      const { query, variables, operationName } = requestParts(request);
      if (typeof query !== 'string' || (operationName != null && typeof operationName !== 'string')) return;
      const documentKey = `${operationName ?? ''}\n${query}`;
      let audience = audiences.get(documentKey);
      if (audience === undefined) {
        audience = audienceOf(query, operationName ?? undefined);
        if (audiences.size < MAX_DOCUMENTS) audiences.set(documentKey, audience);
      }
      if (!audience) return;
      let reader: string;
      if (request.headers.authorization === undefined) {
        if (!audience.public) return;
        reader = 'anonymous';
      } else {
        let role: Role;
        try {
          const actor = await app.authenticate(request);
          if (!actor) return;
          role = actor.role;
        } catch (error) {
          if (error instanceof DomainError) return; // a bad token: the normal path answers it
          throw error;
        }
        if (audience.roles && !audience.roles.includes(role)) return;
        reader = role;
      }
      const key = `${reader}\n${today()}\n${JSON.stringify(variables)}\n${documentKey}`;
      const generation = app.kpi.generation();
      const answer = answers.get(key);
      if (answer && answer.generation === generation) {
        return reply.header('content-type', 'application/json; charset=utf-8').send(answer.payload);
      }
      pending.set(request, { key, generation });
    });

    // An answer with errors is never kept.
    app.addHook('preSerialization', async (request: FastifyRequest, _reply: FastifyReply, payload: unknown) => {
      if (pending.has(request) && (payload as { errors?: unknown } | null)?.errors) pending.delete(request);
      return payload;
    });

    app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      const entry = pending.get(request);
      if (!entry) return payload;
      pending.delete(request);
      if (reply.statusCode !== 200 || typeof payload !== 'string') return payload;
      // Built from figures that have moved since: not kept.
      if (entry.generation !== app.kpi.generation()) return payload;
      if (answers.size >= MAX_ANSWERS && !answers.has(entry.key)) answers.delete(answers.keys().next().value!);
      answers.set(entry.key, { generation: entry.generation, payload });
      return payload;
    });
  },
  { name: 'response-cache', dependencies: ['auth'] },
);
