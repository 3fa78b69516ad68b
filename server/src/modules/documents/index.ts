// The documents module's door: the content-addressed store every module keeps uploaded files in, the checks a
// file passes before it is kept (type by content, size), and the HTTP helpers of file routes.
export { documentsPlugin } from './plugin';
export { documentStoreFor, localDocumentStore, s3DocumentStore, type DocumentStore } from './storage';
export { ACCEPTED_MEDIA_TYPES, checkUpload, fileRefused, fileTooLarge, type CheckedFile } from './uploads';
export { attachment, guarded, partBytes, sendError, sendStoredFile, signedIn } from './http';
