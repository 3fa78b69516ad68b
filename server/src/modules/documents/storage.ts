// Where document bytes live, content-addressed by their SHA-256: a folder under the data folder by default,
// an S3-compatible bucket when S3_BUCKET is configured. Every module that keeps files sees only this interface.
import { createReadStream } from 'node:fs';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type * as S3 from '@aws-sdk/client-s3';
import type { DocumentsConfig } from '../../config';

export interface DocumentStore {
  readonly kind: 'local' | 's3';
  /** Keeps the bytes under their hash; storing the same content twice is a no-op. */
  put(sha256: string, bytes: Buffer, mediaType: string): Promise<void>;
  /** The stored bytes as a stream (downloads are streamed, never buffered whole). */
  open(sha256: string): Promise<Readable>;
}

const SHA256 = /^[0-9a-f]{64}$/;

function checked(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error('not a SHA-256 hex digest');
  return sha256;
}

/** Files at `<root>/<first two hex digits>/<hash>`, written to a temporary name and renamed into place. */
export function localDocumentStore(root: string): DocumentStore {
  const pathOf = (sha256: string) => join(root, checked(sha256).slice(0, 2), sha256);
  return {
    kind: 'local',
    async put(sha256, bytes) {
      const path = pathOf(sha256);
      try {
        await access(path);
        return;
      } catch {
        // not stored yet
      }
      await mkdir(join(root, sha256.slice(0, 2)), { recursive: true });
      const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, bytes, { mode: 0o640 });
      await rename(temporary, path);
    },
    async open(sha256) {
      const path = pathOf(sha256);
      await access(path);
      return createReadStream(path);
    },
  };
}

export function s3DocumentStore(config: NonNullable<DocumentsConfig['s3']>): DocumentStore {
  // The AWS SDK is ~25 MB of resident memory once loaded: only a server that stores documents in S3 loads it, and only
  // when a document is first stored or read.
  let connected: Promise<{ sdk: typeof S3; client: S3.S3Client }> | undefined;
  const connect = () =>
    (connected ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: config.region,
        ...(config.endpoint ? { endpoint: config.endpoint, forcePathStyle: true } : {}),
      }),
    })));
  const key = (sha256: string) => `${config.prefix}${checked(sha256)}`;
  return {
    kind: 's3',
    async put(sha256, bytes, mediaType) {
      const { sdk, client } = await connect();
      try {
        await client.send(new sdk.HeadObjectCommand({ Bucket: config.bucket, Key: key(sha256) }));
        return;
      } catch {
        // not stored yet
      }
      await client.send(
        new sdk.PutObjectCommand({ Bucket: config.bucket, Key: key(sha256), Body: bytes, ContentType: mediaType }),
      );
    },
    async open(sha256) {
      const { sdk, client } = await connect();
      const object = await client.send(new sdk.GetObjectCommand({ Bucket: config.bucket, Key: key(sha256) }));
      return object.Body as Readable;
    },
  };
}

export function documentStoreFor(dataDir: string, config: DocumentsConfig): DocumentStore {
  return config.s3 ? s3DocumentStore(config.s3) : localDocumentStore(join(dataDir, 'documents'));
}
