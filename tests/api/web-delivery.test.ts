// How the built web app is delivered: compressed, hashed assets cached for good, index.html revalidated.
// Needs the web build (`pnpm --filter @launchpad/web build`, which `pnpm test` runs first).
import { readdirSync, readFileSync } from 'node:fs';
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

  it("ships the messages precompiled: no built script carries vue-i18n's message compiler", () => {
    const assets = join(testConfig().webDist, 'assets');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    // 'tokenizer' and 'minifier' name the compiler's stages in its errors; nothing else in the app uses them.
    const withCompiler = scripts.filter((name) =>
      /["'](tokenizer|minifier)["']/.test(readFileSync(join(assets, name), 'utf8')),
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(withCompiler).toEqual([]);
  });

  it("loads the first page without the notification bell or the icon set: a visitor's first paint carries neither", () => {
    const html = readFileSync(join(testConfig().webDist, 'index.html'), 'utf8');
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/assets\/([^"]+)"/g)].map((m) => m[1]);
    expect(preloaded.some((name) => name?.startsWith('messages-vi-'))).toBe(true);
    expect(preloaded.filter((name) => /^primevue-(popover|overlaybadge|icons)-/.test(name ?? ''))).toEqual([]);
  });

  it("answers a page route with index.html that also preloads that page's own script, so it downloads beside the entry", async () => {
    const pageScript = (html: string, page: string) =>
      new RegExp(`<link rel="modulepreload" crossorigin href="/assets/${page}-[\\w-]+\\.js">`).test(html);
    for (const [url, page] of [
      ['/login?redirect=/board', 'LoginPage'],
      ['/challenges', 'ChallengesPage'],
      ['/program/startups', 'StartupListPage'],
    ] as const) {
      const response = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain(entry);
      expect(pageScript(response.body, page), url).toBe(true);
    }
    const unknown = await t.app.inject({ method: 'GET', url: '/no-such-page', headers: { accept: 'text/html' } });
    expect(unknown.body).toBe(readFileSync(join(testConfig().webDist, 'index.html'), 'utf8'));
  });
});
