// The deals module's HTTP part: document uploads (multipart), streamed downloads and the decision dossier.
// Files do not fit GraphQL; these routes authenticate like it (Bearer token) and answer refusals with the same
// error codes as JSON (the documents module's file-route helpers).
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '@launchpad/shared';
import { requireId } from '../../kernel';
import { attachment, fileRefused, guarded, partBytes, sendStoredFile, signedIn } from '../documents';
import { documentForDownload, uploadDocument } from './documents';
import { buildDossier } from './dossier';

export const dealsPlugin = fp(
  async (app) => {
    const maxBytes = app.config.documents.maxBytes;

    const actorOf = (request: FastifyRequest) => signedIn(app, request);

    app.post<{ Params: { id: string }; Querystring: { kind?: string; area?: string } }>(
      '/api/deals/:id/documents',
      async (request, reply) =>
        guarded(reply, async () => {
          const actor = await actorOf(request);
          if (!request.isMultipart()) throw fileRefused('Send the file as multipart/form-data.', 'NOT_MULTIPART');
          const part = await request.file();
          if (!part) throw fileRefused('No file was sent.', 'EMPTY');
          const bytes = await partBytes(part, maxBytes);
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
        return sendStoredFile(reply, app.documentStore, document);
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
  { name: 'deals', dependencies: ['config', 'database', 'auth', 'documents'] },
);
