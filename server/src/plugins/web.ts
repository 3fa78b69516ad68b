// Serves the built web app at `/`; history-mode routes fall back to index.html.
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const webPlugin = fp(
  async (app) => {
    const root = app.config.webDist;
    if (!existsSync(join(root, 'index.html'))) {
      app.log.warn({ root }, 'the web app is not built; run `pnpm --filter @launchpad/web build`');
      return;
    }
    await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
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
