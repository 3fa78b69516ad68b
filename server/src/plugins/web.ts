// Serves the built web app at `/`; history-mode routes fall back to their page's copy of index.html (which
// also preloads that page's scripts, `web/build/route-pages.ts`), else to index.html.
// Assets are sent precompressed (the build writes .br and .gz copies); hashed assets are cached for a
// year, index.html is revalidated on every load so a new release is picked up at once.
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Files under /assets carry a content hash in their name: a new build gives them a new URL. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, the favicon) may change under the same URL. */
export const REVALIDATED_CACHE = 'no-cache';

/** A built page and the request paths it answers: `routes/fund/[fundId].html` answers `/fund/<any id>`. */
interface RoutePage {
  file: string;
  pattern: RegExp;
  /** Segments written out; a path's fixed route wins over one with a parameter in that place. */
  fixedSegments: number;
}

/** The built pages (`web/build/route-pages.ts`), the most specific first. */
function routePages(root: string): RoutePage[] {
  const dir = join(root, 'routes');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  return files
    .map((file) => {
      const segments = file.slice(0, -'.html'.length).split(sep);
      const source = segments.map((s) => (/^\[\w+\]$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      return {
        file: `routes/${file}`,
        pattern: new RegExp(`^/${source.join('/')}$`),
        fixedSegments: segments.filter((s) => !s.startsWith('[')).length,
      };
    })
    .sort((a, b) => b.fixedSegments - a.fixedSegments);
}

export const webPlugin = fp(
  async (app) => {
    const root = app.config.webDist;
    if (!existsSync(join(root, 'index.html'))) {
      app.log.warn({ root }, 'the web app is not built; run `pnpm --filter @launchpad/web build`');
      return;
    }
    const assets = join(root, 'assets') + sep;
    const pages = routePages(root);
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.startsWith(assets) ? HASHED_ASSET_CACHE : REVALIDATED_CACHE);
      },
    });
    app.setNotFoundHandler((request, reply) => {
      const acceptsHtml = request.headers.accept?.includes('text/html');
      if (request.method === 'GET' && acceptsHtml && !request.url.startsWith('/graphql')) {
        const path = request.url.split('?')[0] ?? '';
        const page = pages.find(({ pattern }) => pattern.test(path));
        return reply.type('text/html').sendFile(page?.file ?? 'index.html');
      }
      return reply.code(404).send({ error: 'Not Found' });
    });
  },
  { name: 'web', dependencies: ['config'] },
);
