// The environment, read once and validated into a typed object. Nothing else reads process.env.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  env: NodeEnv;
  host: string;
  port: number;
  /** Set → that PostgreSQL server; unset → an embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  /** The server's own, least-privileged role made by an operator (DATABASE_URL is then the owner, for migrations). */
  appDatabaseUrl: string | null;
  /** The password Launchpad gives the `launchpad_app` role it creates: APP_DATABASE_PASSWORD, or generated under `dataDir`. */
  appDatabasePassword(): string;
  dataDir: string;
  embeddedPgPort: number;
  jwtSecret: string;
  jwtExpiresIn: string;
  logLevel: string;
  redisUrl: string | null;
  /** Prefix of every Redis key and pub/sub channel (several deployments or test runs may share one Redis). */
  redisKeyPrefix: string;
  corsOrigins: string[];
  /** Which proxies may name the client in X-Forwarded-For (rate limits key on the client IP); none by default. */
  trustProxy: boolean | string[];
  /** Fill an empty database with the demo program; never in production. */
  seedDemo: boolean;
  webDist: string;
  rateLimit: { loginPerMinute: number; applicationsPerMinute: number };
  /** Open websockets (live subscriptions) per client address at once (WS_MAX_CONNECTIONS_PER_IP). */
  webSocketConnectionsPerIp: number;
  mail: MailConfig;
  documents: DocumentsConfig;
}

export interface DocumentsConfig {
  /** The largest accepted upload, in bytes (DOCUMENT_MAX_BYTES, default 20 MB). */
  maxBytes: number;
  /** S3-compatible storage when S3_BUCKET is set; otherwise files live under `dataDir/documents`. */
  s3: { bucket: string; region: string; endpoint: string | null; prefix: string } | null;
}

export interface MailConfig {
  /** SMTP server to send through (`smtp://host:port`, `smtps://…`); unset → the development mailbox (a table). */
  smtpUrl: string | null;
  /** The sender of every e-mail. */
  from: string;
  /** The base of every link in an e-mail, without a trailing slash. */
  publicUrl: string;
}

/** A missing or malformed setting; `main` prints its one line and exits. */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL such as ${protocols[0]}//host:port/name`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')} (got "${parsed.protocol}")`);
  }
  return raw;
}

/** Production demands a real secret; development keeps a generated one under the data folder. */
function jwtSecret(env: Env, nodeEnv: NodeEnv, dataDir: string): string {
  const raw = env.JWT_SECRET;
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long');
    return raw;
  }
  if (nodeEnv === 'production') {
    throw new ConfigError('JWT_SECRET is required in production (at least 32 random characters)');
  }
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** A secret from the environment, or generated once and kept (mode 600) in a file under the data folder. */
function storedSecret(raw: string | undefined, dataDir: string, fileName: string): string {
  if (raw !== undefined && raw !== '') return raw;
  const file = join(dataDir, fileName);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const dataDir = resolve(REPO_ROOT, env.DATA_DIR || '.data');
  const seedDemo = oneOf(env, 'SEED_DEMO', ['true', 'false'] as const, nodeEnv === 'production' ? 'false' : 'true');
  if (seedDemo === 'true' && nodeEnv === 'production') {
    throw new ConfigError('SEED_DEMO=true is not allowed in production: demo accounts must never exist there');
  }
  const host = env.HOST || '127.0.0.1';
  return {
    env: nodeEnv,
    host,
    port: integer(env, 'PORT', 3000, 0, 65535),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    appDatabaseUrl: url(env, 'APP_DATABASE_URL', ['postgres:', 'postgresql:']),
    // Read only when Launchpad creates its role, so a configuration that never needs it writes no file.
    appDatabasePassword: () => storedSecret(env.APP_DATABASE_PASSWORD, dataDir, 'app-db-password'),
    dataDir,
    embeddedPgPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    jwtSecret: jwtSecret(env, nodeEnv, dataDir),
    jwtExpiresIn: /^\d+[smhd]$/.test(env.JWT_EXPIRES_IN ?? '8h')
      ? (env.JWT_EXPIRES_IN ?? '8h')
      : fail('JWT_EXPIRES_IN must look like 15m, 8h or 7d'),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    redisKeyPrefix: /^[\w.:-]{1,64}$/.test(env.REDIS_KEY_PREFIX ?? 'launchpad:')
      ? (env.REDIS_KEY_PREFIX ?? 'launchpad:')
      : fail('REDIS_KEY_PREFIX must be 1 to 64 letters, digits, "_", ".", ":" or "-"'),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    trustProxy: trustProxy(env.TRUST_PROXY),
    seedDemo: seedDemo === 'true',
    webDist: resolve(REPO_ROOT, env.WEB_DIST || 'web/dist'),
    rateLimit: {
      loginPerMinute: integer(env, 'RATE_LIMIT_LOGIN_PER_MINUTE', 10, 1, 100000),
      applicationsPerMinute: integer(env, 'RATE_LIMIT_APPLICATIONS_PER_MINUTE', 5, 1, 100000),
    },
    // The web app opens one socket per live subscription (two on a page at most), and an office may share one
    // address: 50 is ~25 tabs, while one address cannot hold thousands of idle sockets.
    webSocketConnectionsPerIp: integer(env, 'WS_MAX_CONNECTIONS_PER_IP', 50, 1, 100000),
    mail: {
      smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
      from: mailFrom(env.MAIL_FROM),
      publicUrl: (
        url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://${host}:${integer(env, 'PORT', 3000, 0, 65535)}`
      ).replace(/\/+$/, ''),
    },
    documents: {
      maxBytes: integer(env, 'DOCUMENT_MAX_BYTES', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
      // Credentials come from the AWS SDK's own chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, roles).
      s3: env.S3_BUCKET
        ? {
            bucket: env.S3_BUCKET,
            region: env.S3_REGION || 'us-east-1',
            endpoint: url(env, 'S3_ENDPOINT', ['http:', 'https:']),
            prefix: env.S3_PREFIX ?? 'documents/',
          }
        : null,
    },
  };
}

/** `MAIL_FROM`: an address, or `Name <address>`. */
function mailFrom(raw: string | undefined): string {
  if (raw === undefined || raw === '') return 'Launchpad <no-reply@launchpad.test>';
  const address = /<([^<>]+)>\s*$/.exec(raw)?.[1] ?? raw;
  if (!/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(address.trim())) {
    throw new ConfigError(`MAIL_FROM must be an e-mail address or "Name <address>" (got "${raw}")`);
  }
  return raw;
}

/** `true` or proxy addresses/CIDRs (`127.0.0.1,10.0.0.0/8`); unset trusts nobody, so clients cannot spoof their IP. */
function trustProxy(raw: string | undefined): boolean | string[] {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function fail(message: string): never {
  throw new ConfigError(message);
}
