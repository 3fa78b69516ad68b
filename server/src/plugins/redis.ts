// Shared state across instances when REDIS_URL is set: one command connection (rate-limit counters,
// publishing) and one subscriber connection (session revocations). Without REDIS_URL `app.redis` is null
// and every instance keeps that state in its own memory, as a single instance needs.
import fp from 'fastify-plugin';
import { Redis, type RedisOptions } from 'ioredis';

export interface SharedRedis {
  /** Commands: rate-limit counters (Lua scripts), PUBLISH. */
  client: Redis;
  /** Every key and pub/sub channel Launchpad uses starts with this (REDIS_KEY_PREFIX). */
  prefix: string;
  /** Receive what instances publish on `channel` (prefixed here); `onLost` runs whenever delivery may have gaps. */
  subscribe(channel: string, onMessage: (message: string) => void, onLost: () => void): Promise<void>;
  publish(channel: string, message: string): Promise<void>;
  /** True while the subscriber connection is up and subscribed: messages from other instances arrive. */
  listening(): boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    redis: SharedRedis | null;
  }
}

/** ioredis options from a redis:// or rediss:// URL (the database number is the path). */
export function redisOptions(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    // A command waits for a reconnect at most this long before failing (rate limits then fail closed).
    maxRetriesPerRequest: 2,
    connectTimeout: 5_000,
  };
}

export const redisPlugin = fp(
  async (app) => {
    const { redisUrl, redisKeyPrefix: prefix } = app.config;
    if (!redisUrl) {
      app.decorate('redis', null);
      return;
    }
    const options = redisOptions(redisUrl);
    const client = new Redis(options);
    const subscriber = new Redis({ ...options, enableReadyCheck: false });
    for (const connection of [client, subscriber]) {
      connection.on('error', (error: Error) => app.log.warn({ err: error }, 'redis connection error'));
    }
    await client.ping();

    const handlers = new Map<string, { onMessage: (message: string) => void; onLost: () => void }>();
    let subscribed = false;
    subscriber.on('message', (channel: string, message: string) => handlers.get(channel)?.onMessage(message));
    // While the subscriber is down, revocations published meanwhile are lost to this instance: say so.
    const lost = () => {
      subscribed = false;
      for (const handler of handlers.values()) handler.onLost();
    };
    subscriber.on('close', lost);
    subscriber.on('reconnecting', lost);
    // ioredis re-subscribes by itself after a reconnect; the channels are live again once it is ready.
    subscriber.on('ready', () => {
      subscribed = handlers.size > 0;
      for (const handler of handlers.values()) handler.onLost();
    });

    app.decorate('redis', {
      client,
      prefix,
      async subscribe(channel, onMessage, onLost) {
        handlers.set(prefix + channel, { onMessage, onLost });
        await subscriber.subscribe(prefix + channel);
        subscribed = true;
      },
      async publish(channel, message) {
        await client.publish(prefix + channel, message);
      },
      listening: () => subscribed && subscriber.status === 'ready',
    } satisfies SharedRedis);

    app.addHook('onClose', async () => {
      handlers.clear();
      subscriber.removeAllListeners('close');
      subscriber.removeAllListeners('reconnecting');
      await Promise.allSettled([client.quit(), subscriber.quit()]);
    });
  },
  { name: 'redis', dependencies: ['config'] },
);
