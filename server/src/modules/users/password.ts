// Passwords are stored only as scrypt hashes (a slow KDF), with the parameters kept beside each hash.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { concurrencyLimit } from '../../kernel';

const KEY_LENGTH = 32;
const PARAMS = { N: 16384, r: 8, p: 1 } as const;

/**
 * Each hash takes 16 MB (128 · N · r bytes) on one of libuv's four threads. More hashes at once than the machine has
 * cores finish no sooner, but each holds its 16 MB the while: a burst of logins raised the peak RSS by ~64 MB.
 */
const oneHashPerCore = concurrencyLimit(availableParallelism());

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return oneHashPerCore(
    () =>
      new Promise((resolve, reject) =>
        scryptCallback(password, salt, KEY_LENGTH, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) =>
          error ? reject(error) : resolve(key),
        ),
      ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Verified against when the email is unknown, so both refusals take the same time. */
export const DECOY_HASH = await hashPassword(randomBytes(16).toString('hex'));
