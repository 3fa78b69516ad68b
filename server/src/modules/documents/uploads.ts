// What a kept document must be: its type read from the content (file-type), never from the name or the client's
// claim; only PDFs, images and office files of at most the configured size. A file that passes is named by the
// SHA-256 of its bytes, which the store keeps it under and the audit log records.
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { DomainError, ErrorCode, optionalText } from '@launchpad/shared';

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

export function fileRefused(message: string, reason: string, field = 'file'): DomainError {
  return new DomainError(ErrorCode.FILE_REFUSED, message, { field, reason });
}

export function fileTooLarge(maxBytes: number, field = 'file'): DomainError {
  return fileRefused(`The file is larger than the ${Math.floor(maxBytes / 1024 / 1024)} MB limit.`, 'TOO_LARGE', field);
}

/** A file that passed the checks, ready to be put in the store under its hash. */
export interface CheckedFile {
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
}

const FILE_NAME = { max: 255 } as const;

/** Checks an uploaded file by its content and size; FILE_REFUSED (EMPTY, TOO_LARGE, TYPE) on `field` otherwise. */
export async function checkUpload(
  input: { fileName: string | null | undefined; bytes: Buffer },
  maxBytes: number,
  field = 'file',
): Promise<CheckedFile> {
  const fileName = (
    optionalText(field === 'file' ? 'fileName' : field, input.fileName?.replace(/[/\\]/g, '_'), FILE_NAME) ?? 'document'
  ).trim();
  if (input.bytes.length === 0) throw fileRefused('The file is empty.', 'EMPTY', field);
  if (input.bytes.length > maxBytes) throw fileTooLarge(maxBytes, field);
  const type = await fileTypeFromBuffer(input.bytes);
  if (!type || !ACCEPTED_MEDIA_TYPES.has(type.mime)) {
    throw fileRefused('Only PDF, image and office files are accepted (checked by their content).', 'TYPE', field);
  }
  return {
    fileName,
    mediaType: type.mime,
    size: input.bytes.length,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    bytes: input.bytes,
  };
}
