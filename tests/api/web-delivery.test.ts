// How the built web app is delivered: compressed, hashed assets cached for good, index.html revalidated.
// Needs the web build (`pnpm --filter @launchpad/web build`, which `pnpm test` runs first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testConfig, type TestApp } from '../support/app';

describe('web delivery', () => {
  let t: TestApp;
  let entry: string;
  let entrySource: Buffer;

  beforeAll(async () => {
    t = await createTestApp({ seed: 'none' });
    const dist = testConfig().webDist;
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const src = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
    if (!src) throw new Error('no entry script in the built index.html');
    entry = src;
    entrySource = readFileSync(join(dist, src));
  });
  afterAll(() => t.close());

  it('sends the entry script brotli-compressed to a browser that accepts brotli', async () => {
    const response = await t.app.inject({ method: 'GET', url: entry, headers: { 'accept-encoding': 'gzip, br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.length).toBeLessThan(entrySource.length / 2);
    expect(brotliDecompressSync(response.rawPayload).equals(entrySource)).toBe(true);
  });

  it('sends it gzip-compressed to a browser that accepts only gzip, and plain to one that accepts neither', async () => {
    const gzip = await t.app.inject({ method: 'GET', url: entry, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(entrySource)).toBe(true);

    const plain = await t.app.inject({ method: 'GET', url: entry, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(entrySource)).toBe(true);
  });

  it('lets browsers keep hashed assets for a year without asking again', async () => {
    const response = await t.app.inject({ method: 'GET', url: entry, headers: { 'accept-encoding': 'br' } });
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('makes browsers revalidate index.html, at / and as the fallback of any page route', async () => {
    for (const url of ['/', '/index.html', '/program/startups', '/board']) {
      const response = await t.app.inject({
        method: 'GET',
        url,
        headers: { accept: 'text/html', 'accept-encoding': 'gzip, br' },
      });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-type'], url).toMatch(/text\/html/);
      const body =
        response.headers['content-encoding'] === 'br'
          ? brotliDecompressSync(response.rawPayload).toString()
          : response.headers['content-encoding'] === 'gzip'
            ? gunzipSync(response.rawPayload).toString()
            : response.body;
      expect(body, url).toContain(entry);
    }
  });
});
