// GraphQL subscriptions over the websocket at /graphql (graphql-ws protocol). The connection is
// authenticated once, from `connection_init`'s `{ authorization: 'Bearer …' }`; each subscription field
// is then checked against its declared policy like any operation. With REDIS_URL the events travel
// through Redis (mqemitter-redis), so a write on one instance reaches subscribers of every instance.
import type { FastifyInstance } from 'fastify';
import mqemitterRedis from 'mqemitter-redis';
import type { GraphQLContext } from './context';

type ConnectionInit = { payload?: Record<string, unknown> | null };

function authorizationOf(payload: Record<string, unknown> | null | undefined): string | undefined {
  if (!payload) return undefined;
  const headers = (payload.headers ?? payload) as Record<string, unknown>;
  const value = headers.authorization ?? headers.Authorization;
  return typeof value === 'string' ? value : undefined;
}

/**
 * ioredis options from REDIS_URL. Not `connectionString`: with it mqemitter-redis drops every other option,
 * and the ready check must be off — its INFO probe collides with the SUBSCRIBE our listeners send while the
 * connection comes up ("Connection in subscriber mode, only subscriber commands may be used").
 */
function redisOptions(redisUrl: string) {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    enableReadyCheck: false,
  };
}

type Listener = (message: { topic: string; payload?: unknown }, done: () => void) => void;
interface Emitter {
  on(topic: string, listener: Listener, done?: (error?: Error) => void): unknown;
  removeListener(topic: string, listener: Listener, done?: () => void): unknown;
  emit(message: { topic: string; payload?: unknown }, done?: (error?: Error) => void): unknown;
  close(done: () => void): void;
}

/**
 * Redis pub/sub channels ignore the database number: every topic travels as REDIS_KEY_PREFIX + topic, so two
 * deployments (or two test runs) sharing one Redis never see each other's events.
 */
export function prefixedEmitter(inner: Emitter, prefix: string): Emitter {
  return {
    on: (topic, listener, done) => inner.on(prefix + topic, listener, done),
    removeListener: (topic, listener, done) => inner.removeListener(prefix + topic, listener, done),
    emit: (message, done) => inner.emit({ ...message, topic: prefix + message.topic }, done),
    close: (done) => inner.close(done),
  };
}

export function subscriptionOptions(app: FastifyInstance) {
  const { redisUrl, redisKeyPrefix } = app.config;
  const emitter = redisUrl
    ? prefixedEmitter(mqemitterRedis(redisOptions(redisUrl)) as unknown as Emitter, redisKeyPrefix)
    : undefined;
  if (emitter) {
    app.addHook('onClose', (_instance, done) => {
      emitter.close(() => done());
    });
  }
  return {
    emitter,
    keepAlive: 25_000,
    context: (): Omit<GraphQLContext, 'reply'> => ({ app, em: app.orm.em.fork(), actor: null, authError: null }),
    /** No credentials → anonymous (PUBLIC fields only); bad credentials → the connection is refused. */
    onConnect: async ({ payload }: ConnectionInit) => {
      const authorization = authorizationOf(payload);
      if (authorization === undefined) return { actor: null };
      try {
        return { actor: await app.verifyAuthorization(authorization) };
      } catch {
        return false;
      }
    },
  };
}
