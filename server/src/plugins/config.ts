// Makes the validated configuration available as `app.config`.
import fp from 'fastify-plugin';
import { systemClock, type Clock } from '@launchpad/shared';
import type { AppConfig } from '../config';

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig;
    /** The server's one clock: every "now" and every Hanoi "today" reads it (tests inject a fake one). */
    clock: Clock;
  }
}

export const configPlugin = fp<{ config: AppConfig; clock?: Clock }>(
  async (app, { config, clock }) => {
    app.decorate('config', config);
    app.decorate('clock', clock ?? systemClock);
  },
  { name: 'config' },
);
