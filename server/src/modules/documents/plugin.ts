// The one document store of the app, decorated on the instance for every module's file routes, and multipart
// parsing with the upload size limit (a route may ask for more parts per request).
import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';
import { documentStoreFor, type DocumentStore } from './storage';

declare module 'fastify' {
  interface FastifyInstance {
    /** Where uploaded documents are kept (local folder or S3), by SHA-256. */
    documentStore: DocumentStore;
  }
}

export const documentsPlugin = fp(
  async (app) => {
    const maxBytes = app.config.documents.maxBytes;
    app.decorate('documentStore', documentStoreFor(app.config.dataDir, app.config.documents));
    await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1 } });
  },
  { name: 'documents', dependencies: ['config'] },
);
