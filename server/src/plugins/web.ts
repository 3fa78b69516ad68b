// Serves the built web app at `/`; history-mode routes fall back to index.html.
// Assets are sent precompressed (the build writes .br and .gz copies); hashed assets are cached for a
// year, index.html is revalidated on every load so a new release is picked up at once.
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Files under /assets carry a content hash in their name: a new build gives them a new URL. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, the favicon) may change under the same URL. */
export const REVALIDATED_CACHE = 'no-cache';

export const webPlugin = fp(
  async (app) => {
    const root = app.config.webDist;
    if (!existsSync(join(root, 'index.html'))) {
      app.log.warn({ root }, 'the web app is not built; run `pnpm --filter @launchpad/web build`');
      return;
    }
    const assets = join(root, 'assets') + sep;
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
        return reply.type('text/html').sendFile('index.html');
      }
      return reply.code(404).send({ error: 'Not Found' });
    });
  },
  { name: 'web', dependencies: ['config'] },
);
