// Document uploads: the type is read from the content (file-type), never from the name or the client's claim;
// only PDFs, images and office files of at most the configured size are kept. The bytes are stored under their
// SHA-256 and the hash goes into the audit log, so a dossier's manifest can be checked against both.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fileTypeFromBuffer } from 'file-type';
import {
  DOCUMENT_KINDS,
  DomainError,
  ErrorCode,
  optionalText,
  requireEnum,
  type DocumentKind,
} from '@launchpad/shared';
import { forbidden, notFound, requireId, type Actor } from '../../kernel';
import { recordAudit } from '../audit';
import { DealDocumentSchema, DealSchema } from './entities';
import { documentById, mayReadDocument, type DocumentView } from './read';
import type { DocumentStore } from './storage';

/** Media types accepted, as file-type names them from the content. */
export const ACCEPTED_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'image/tiff',
  // Office Open XML (Word, Excel, PowerPoint) and OpenDocument
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  // legacy .doc/.xls/.ppt (Compound File Binary)
  'application/x-cfb',
]);

export function fileRefused(message: string, reason: string): DomainError {
  return new DomainError(ErrorCode.FILE_REFUSED, message, { field: 'file', reason });
}

const FILE_NAME = { max: 255 } as const;

export interface UploadInput {
  dealId: string;
  kind: string;
  area?: string | null;
  fileName: string;
  bytes: Buffer;
}

export async function uploadDocument(
  em: EntityManager,
  store: DocumentStore,
  actor: Actor,
  input: UploadInput,
  maxBytes: number,
): Promise<DocumentView> {
  if (actor.role !== 'ADMIN' && actor.role !== 'FUND_MANAGER') throw forbidden();
  const dealId = requireId('dealId', input.dealId);
  const kind: DocumentKind = requireEnum('kind', input.kind, DOCUMENT_KINDS);
  const area = optionalText('area', input.area, { max: 100 });
  const fileName = (optionalText('fileName', input.fileName?.replace(/[/\\]/g, '_'), FILE_NAME) ?? 'document').trim();
  if (input.bytes.length === 0) throw fileRefused('The file is empty.', 'EMPTY');
  if (input.bytes.length > maxBytes) {
    throw fileRefused(`The file is larger than the ${Math.floor(maxBytes / 1024 / 1024)} MB limit.`, 'TOO_LARGE');
  }
  const type = await fileTypeFromBuffer(input.bytes);
  if (!type || !ACCEPTED_MEDIA_TYPES.has(type.mime)) {
    throw fileRefused('Only PDF, image and office files are accepted (checked by their content).', 'TYPE');
  }
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const id = await em.transactional(async (tx) => {
    const deal = await tx.findOne(DealSchema, dealId);
    if (!deal) throw notFound('Deal');
    // Content-addressed: a file stored before a failed commit is only an unreferenced copy of itself.
    await store.put(sha256, input.bytes, type.mime);
    const document = tx.create(DealDocumentSchema, {
      deal,
      kind,
      area,
      fileName,
      mediaType: type.mime,
      size: BigInt(input.bytes.length),
      sha256,
      uploadedBy: actor.email,
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'deal.uploadDocument',
      entityType: 'DealDocument',
      entityId: document.id,
      after: { dealId, kind, area, fileName, mediaType: type.mime, size: input.bytes.length, sha256 },
    });
    return document.id;
  });
  return (await documentById(em, id))!;
}

/** The document a reader may download; NOT_FOUND otherwise (a founder never learns a memo exists). */
export async function documentForDownload(em: EntityManager, actor: Actor, id: string) {
  const document = await documentById(em, requireId('id', id));
  if (!document || !(await mayReadDocument(em, actor, document))) throw notFound('Document');
  return document;
}
