// GET /health: 200 when the database answers, 503 otherwise (load balancers and the board's uptime).
import fp from 'fastify-plugin';

export const healthPlugin = fp(
  async (app) => {
    app.get('/health', async (_request, reply) => {
      const up = await app.databaseIsUp();
      return reply.code(up ? 200 : 503).send({ status: up ? 'ok' : 'unavailable', db: up ? 'up' : 'down' });
    });
  },
  { name: 'health', dependencies: ['database'] },
);
