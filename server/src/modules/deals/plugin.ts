// The deals module's HTTP part: document uploads (multipart), streamed downloads and the decision dossier.
// Files do not fit GraphQL; these routes authenticate like it (Bearer token) and answer refusals with the same
// error codes as JSON `{ error: { code, message, field } }`.
import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, isDomainError } from '@launchpad/shared';
import { requireId, type Actor } from '../../kernel';
import { documentForDownload, fileRefused, uploadDocument } from './documents';
import { buildDossier } from './dossier';
import { documentStoreFor, type DocumentStore } from './storage';

declare module 'fastify' {
  interface FastifyInstance {
    /** Where deal documents are kept (local folder or S3), by SHA-256. */
    documentStore: DocumentStore;
  }
}

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  FILE_REFUSED: 422,
  CONFLICT: 409,
};

function sendError(reply: FastifyReply, error: DomainError) {
  const status = error.details.reason === 'TOO_LARGE' ? 413 : (STATUS[error.code] ?? 400);
  return reply.code(status).send({
    error: {
      code: error.code,
      message: error.message,
      field: error.details.field ?? null,
      reason: error.details.reason ?? null,
    },
  });
}

/** "attachment" with the name in RFC 5987 form, so Vietnamese names survive. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const dealsPlugin = fp(
  async (app) => {
    const maxBytes = app.config.documents.maxBytes;
    app.decorate('documentStore', documentStoreFor(app.config.dataDir, app.config.documents));
    await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1 } });

    async function actorOf(request: FastifyRequest): Promise<Actor> {
      const actor = await app.authenticate(request);
      if (!actor) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
      return actor;
    }

    async function guarded(reply: FastifyReply, work: () => Promise<unknown>) {
      try {
        return await work();
      } catch (error) {
        if (isDomainError(error)) return sendError(reply, error);
        throw error;
      }
    }

    app.post<{ Params: { id: string }; Querystring: { kind?: string; area?: string } }>(
      '/api/deals/:id/documents',
      async (request, reply) =>
        guarded(reply, async () => {
          const actor = await actorOf(request);
          if (!request.isMultipart()) throw fileRefused('Send the file as multipart/form-data.', 'NOT_MULTIPART');
          const part = await request.file();
          if (!part) throw fileRefused('No file was sent.', 'EMPTY');
          let bytes: Buffer;
          try {
            bytes = await part.toBuffer();
          } catch (error) {
            if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
              throw fileRefused(
                `The file is larger than the ${Math.floor(maxBytes / 1024 / 1024)} MB limit.`,
                'TOO_LARGE',
              );
            }
            throw error;
          }
          const document = await uploadDocument(
            request.em,
            app.documentStore,
            actor,
            {
              dealId: request.params.id,
              kind: request.query.kind ?? 'FUND_MEMO',
              area: request.query.area,
              fileName: part.filename,
              bytes,
            },
            maxBytes,
          );
          return reply.code(201).send(document);
        }),
    );

    app.get<{ Params: { id: string } }>('/api/documents/:id', async (request, reply) =>
      guarded(reply, async () => {
        const actor = await actorOf(request);
        const document = await documentForDownload(request.em, actor, request.params.id);
        const stream = await app.documentStore.open(document.sha256);
        return reply
          .header('content-type', document.mediaType)
          .header('content-length', String(document.size))
          .header('content-disposition', attachment(document.fileName))
          .header('x-content-sha256', document.sha256)
          .header('cache-control', 'private, no-store')
          .send(stream);
      }),
    );

    app.get<{ Params: { id: string } }>('/api/deals/:id/dossier', async (request, reply) =>
      guarded(reply, async () => {
        const actor = await actorOf(request);
        if (!['ADMIN', 'FUND_MANAGER', 'BOARD'].includes(actor.role)) {
          throw new DomainError(ErrorCode.FORBIDDEN, 'The decision dossier is for the fund and the board.');
        }
        const dossier = await buildDossier(request.em, app.documentStore, requireId('id', request.params.id));
        return reply
          .header('content-type', 'application/zip')
          .header('content-disposition', attachment(dossier.fileName))
          .header('cache-control', 'private, no-store')
          .send(dossier.stream);
      }),
    );
  },
  { name: 'deals', dependencies: ['config', 'database', 'auth'] },
);
