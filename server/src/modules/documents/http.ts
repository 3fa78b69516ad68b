// The HTTP side of files, the same for every module's routes: refusals answered as JSON with the GraphQL API's
// error codes `{ error: { code, message, field, reason } }`, uploaded parts read within the size limit, and stored
// files streamed back as attachments that are never cached.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { DomainError, ErrorCode, isDomainError } from '@launchpad/shared';
import type { Actor } from '../../kernel';
import { fileTooLarge } from './uploads';
import type { DocumentStore } from './storage';

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  FILE_REFUSED: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export function sendError(reply: FastifyReply, error: DomainError) {
  const status = error.details.reason === 'TOO_LARGE' ? 413 : (STATUS[error.code] ?? 400);
  return reply.code(status).send({
    error: {
      ...error.details,
      code: error.code,
      message: error.message,
      field: error.details.field ?? null,
      reason: error.details.reason ?? null,
    },
  });
}

/** The signed-in user of a file route (Bearer token, as GraphQL); UNAUTHENTICATED otherwise. */
export async function signedIn(app: FastifyInstance, request: FastifyRequest): Promise<Actor> {
  const actor = await app.authenticate(request);
  if (!actor) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  return actor;
}

/** Runs a route's work; a DomainError becomes its JSON refusal, anything else goes to the error handler. */
export async function guarded(reply: FastifyReply, work: () => Promise<unknown>) {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) return sendError(reply, error);
    throw error;
  }
}

/** An uploaded part's bytes; FILE_REFUSED TOO_LARGE when the stream was cut at the size limit. */
export async function partBytes(part: MultipartFile, maxBytes: number, field = 'file'): Promise<Buffer> {
  try {
    return await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(maxBytes, field);
    throw error;
  }
}

/** "attachment" with the name in RFC 5987 form, so Vietnamese names survive. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Streams a stored file to the reader as a download, with its hash beside it. */
export async function sendStoredFile(
  reply: FastifyReply,
  store: DocumentStore,
  file: { sha256: string; mediaType: string; size: bigint | number | string; fileName: string },
) {
  const stream = await store.open(file.sha256);
  return reply
    .header('content-type', file.mediaType)
    .header('content-length', String(file.size))
    .header('content-disposition', attachment(file.fileName))
    .header('x-content-sha256', file.sha256)
    .header('cache-control', 'private, no-store')
    .send(stream);
}
