// Deal document uploads: checked and kept by the documents module (type by content, size, SHA-256); the hash goes
// into the audit log too, so a dossier's manifest can be checked against both.
import type { EntityManager } from '@mikro-orm/postgresql';
import { DOCUMENT_KINDS, optionalText, requireEnum, type DocumentKind } from '@launchpad/shared';
import { forbidden, notFound, requireId, type Actor } from '../../kernel';
import { recordAudit } from '../audit';
import { checkUpload, type DocumentStore } from '../documents';
import { DealDocumentSchema, DealSchema } from './entities';
import { documentById, mayReadDocument, type DocumentView } from './read';

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
  const file = await checkUpload(input, maxBytes);
  const { fileName, sha256, mediaType } = file;
  const id = await em.transactional(async (tx) => {
    const deal = await tx.findOne(DealSchema, dealId);
    if (!deal) throw notFound('Deal');
    // Content-addressed: a file stored before a failed commit is only an unreferenced copy of itself.
    await store.put(sha256, file.bytes, mediaType);
    const document = tx.create(DealDocumentSchema, {
      deal,
      kind,
      area,
      fileName,
      mediaType,
      size: BigInt(file.size),
      sha256,
      uploadedBy: actor.email,
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'deal.uploadDocument',
      entityType: 'DealDocument',
      entityId: document.id,
      after: { dealId, kind, area, fileName, mediaType, size: file.size, sha256 },
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
