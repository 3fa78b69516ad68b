// How the built web app is delivered: compressed, hashed assets cached for good, index.html revalidated.
// Needs the web build (`pnpm --filter @launchpad/web build`, which `pnpm test` runs first).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testConfig, type TestApp } from '../support/app';

const REPO_ROOT = join(import.meta.dirname, '..', '..');
/** Resolves packages as the web app does (PrimeIcons is the web package's dependency). */
const webRequire = createRequire(join(REPO_ROOT, 'web', 'package.json'));

/** The web app's source files that may name an icon class. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.(vue|ts|json)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

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

  it("loads the first page without the notification bell, the overlays or the icon set: a visitor's first paint carries none", () => {
    const html = readFileSync(join(testConfig().webDist, 'index.html'), 'utf8');
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/assets\/([^"]+)"/g)].map((m) => m[1]);
    expect(preloaded.some((name) => name?.startsWith('messages-vi-'))).toBe(true);
    expect(
      preloaded.filter((name) =>
        /^(primevue-(overlay|popover|overlaybadge|controls)|NotificationBell)-/.test(name ?? ''),
      ),
    ).toEqual([]);
  });

  it("answers a page route with index.html that also preloads that page's own script, so it downloads beside the entry", async () => {
    const pageScript = (html: string, page: string) =>
      new RegExp(`<link rel="modulepreload"[^>]* href="/assets/${page}-[\\w-]+\\.js">`).test(html);
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

  it("answers a page route with a parameter with its page's preload file; a fixed path beside it keeps its own", async () => {
    for (const [url, page] of [
      ['/fund/0b8f7a52-3c1e-4d6a-9f0e-2a7c5b1d9e44', 'FundOverviewPage'],
      ['/program/startups/0b8f7a52-3c1e-4d6a-9f0e-2a7c5b1d9e44?tab=team', 'StartupPage'],
      ['/program/startups', 'StartupListPage'],
      ['/fund', 'FundHomePage'],
    ] as const) {
      const response = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(assetsOf(response.body), url).toContainEqual(expect.stringMatching(new RegExp(`^${page}-[\\w-]+\\.js$`)));
    }
    // One segment more than the route has is another page (the not-found page, from index.html).
    const deeper = await t.app.inject({ method: 'GET', url: '/fund/1/2', headers: { accept: 'text/html' } });
    expect(deeper.body).toBe(readFileSync(join(testConfig().webDist, 'index.html'), 'utf8'));
  });

  // A phone's network pays a round trip per file: PrimeVue comes in a few family chunks, not one per component.
  it('has a data page load its scripts and styles in a few dozen files, PrimeVue by family', async () => {
    for (const url of ['/board', '/program/startups', '/fund/0b8f7a52-3c1e-4d6a-9f0e-2a7c5b1d9e44']) {
      const response = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(assetsOf(response.body).length, url).toBeLessThanOrEqual(40);
      // PrimeVue comes in its family chunks (core, basics, overlays, controls, table), never one file per component.
      const primevue = assetsOf(response.body).filter((file) => file.startsWith('primevue-'));
      expect(
        primevue.filter((file) => !/^primevue-(core|basic|overlay|controls|table)-/.test(file)),
        url,
      ).toEqual([]);
      expect(primevue.length, url).toBeLessThanOrEqual(10);
    }
  });

  it("has a page route ask for the page's own files at a low priority, and the entry's at the usual one", async () => {
    const index = readFileSync(join(testConfig().webDist, 'index.html'), 'utf8');
    const response = await t.app.inject({ method: 'GET', url: '/program/startups', headers: { accept: 'text/html' } });
    const links = [...response.body.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*>/g)].map((m) => m[0]);
    const own = links.filter((link) => !index.includes(link));
    expect(own.length).toBeGreaterThan(5);
    expect(own.filter((link) => !link.includes('fetchpriority="low"'))).toEqual([]);
    expect(links.filter((link) => index.includes(link) && link.includes('fetchpriority'))).toEqual([]);
  });

  it("keeps the table, its controls and the overlays off a visitor's pages", async () => {
    for (const url of ['/', '/login', '/challenges', '/progress']) {
      const response = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      const tableFamily = assetsOf(response.body).filter((file) =>
        /^primevue-(table|datatable|controls|select|paginator|overlay|dialog|popover)-/.test(file),
      );
      expect(tableFamily, url).toEqual([]);
    }
  });

  // PrimeIcons ships ~300 glyphs (35 KB of woff2); the build keeps the rules and glyphs of the icons the app uses.
  it('serves the icon font cut down to the icons the sources use, each with its rule', async () => {
    const dist = testConfig().webDist;
    const stylesheet = readdirSync(join(dist, 'assets'))
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(join(dist, 'assets', file), 'utf8'))
      .find((css) => css.includes('font-family:primeicons'));
    if (!stylesheet) throw new Error('no built stylesheet declares the PrimeIcons font');
    const glyphRules = (css: string) =>
      new Set([...css.matchAll(/\.(pi-[a-z0-9-]+):before\s*\{\s*content/g)].map((m) => m[1]));
    const everyGlyph = glyphRules(readFileSync(webRequire.resolve('primeicons/primeicons.css'), 'utf8'));
    const used = new Set<string>();
    for (const file of sourceFiles(join(REPO_ROOT, 'web', 'src')))
      for (const match of readFileSync(file, 'utf8').matchAll(/\bpi-[a-z0-9]+(?:-[a-z0-9]+)*/g))
        if (everyGlyph.has(match[0])) used.add(match[0]);
    expect(used.size).toBeGreaterThan(20);
    expect([...glyphRules(stylesheet)].sort()).toEqual([...used].sort());

    const fonts = [...stylesheet.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(fonts).toEqual([expect.stringMatching(/^\/assets\/primeicons-[\w-]+\.woff2$/)]);
    const response = await t.app.inject({ method: 'GET', url: fonts[0] });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.rawPayload.length).toBeLessThan(15_000);
  });
});

/** The built files a page's HTML loads or preloads: `index-Ab12.js`, `primevue-core-Cd34.css`… */
function assetsOf(html: string): string[] {
  return [...new Set([...html.matchAll(/"\/assets\/([^"]+)"/g)].map((m) => m[1] ?? ''))];
}
