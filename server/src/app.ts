// buildApp(config) is the whole server: every plugin registered in one visible order, not listening.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Clock } from '@launchpad/shared';
import type { AppConfig } from './config';
import { configPlugin } from './plugins/config';
import { redisPlugin } from './plugins/redis';
import { securityPlugin } from './plugins/security';
import { databasePlugin } from './plugins/database';
import { authPlugin } from './plugins/auth';
import { responseCachePlugin } from './plugins/response-cache';
import { graphqlPlugin } from './plugins/graphql';
import { kpiPlugin } from './modules/kpi';
import { notificationsPlugin } from './modules/notifications';
import { deadlinesPlugin } from './modules/deadlines';
import { documentsPlugin } from './modules/documents';
import { dealsPlugin } from './modules/deals';
import { pppPlugin } from './modules/ppp';
import { calendarFeedPlugin } from './modules/mentors';
import { healthPlugin } from './plugins/health';
import { webPlugin } from './plugins/web';

export interface BuildOptions {
  /** The resolved database (the embedded one or DATABASE_URL). */
  databaseUrl: string;
  /** Sees every SQL statement (benchmarks and N+1 tests count them). */
  onQuery?: (sql: string) => void;
  logger?: boolean;
  /** Where "now" comes from; the system clock unless a test stands at a chosen instant. */
  clock?: Clock;
}

// Passwords and tokens never reach the logs.
const REDACT = ['req.headers.authorization', '*.password', '*.newPassword', '*.currentPassword'];

function loggerOptions(config: AppConfig) {
  if (config.env === 'development') {
    return {
      level: config.logLevel,
      redact: REDACT,
      transport: {
        target: 'pino-pretty',
        options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname', singleLine: true },
      },
    };
  }
  return { level: config.logLevel, redact: REDACT };
}

export async function buildApp(config: AppConfig, options: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(config),
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
  });
  await app.register(configPlugin, { config, clock: options.clock });
  await app.register(redisPlugin);
  await app.register(securityPlugin);
  await app.register(databasePlugin, { databaseUrl: options.databaseUrl, onQuery: options.onQuery });
  await app.register(authPlugin);
  await app.register(responseCachePlugin);
  await app.register(graphqlPlugin);
  await app.register(kpiPlugin);
  await app.register(notificationsPlugin, { databaseUrl: options.databaseUrl });
  await app.register(deadlinesPlugin);
  await app.register(documentsPlugin);
  await app.register(dealsPlugin);
  await app.register(pppPlugin);
  await app.register(calendarFeedPlugin);
  await app.register(healthPlugin);
  await app.register(webPlugin);
  return app;
}
