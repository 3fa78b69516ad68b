// Authentication: HS256 JWTs naming a session; a token counts only while its session is live.
import fp from 'fastify-plugin';
import { parse as parseDuration } from '@lukeed/ms';
import fastifyJwt from '@fastify/jwt';
import type { FastifyRequest } from 'fastify';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, isRole, type Role } from '@launchpad/shared';
import type { Actor } from '../graphql/context';
import type { TokenIssuer } from '../modules/users';
import { preparedRows } from '../db/prepared';

declare module 'fastify' {
  interface FastifyInstance {
    tokenIssuer: TokenIssuer;
    /** The acting user of a request: null without a token, an UNAUTHENTICATED error with a bad one. */
    authenticate(request: FastifyRequest): Promise<Actor | null>;
    /** The user an `Authorization` value (`Bearer <token>`) names, outside a request (websocket connections). */
    verifyAuthorization(header: string): Promise<Actor>;
    /** After a committed revocation: every instance stops accepting the session(s) at once. */
    sessionsRevoked(revoked: SessionRevocation): Promise<void>;
  }
}

/** One session (logout) or every session of a user (password change, deactivation). */
export type SessionRevocation = { sessionId: string } | { userId: string };

/** The Redis pub/sub channel revocations travel on (after REDIS_KEY_PREFIX). */
export const SESSIONS_REVOKED_CHANNEL = 'sessions:revoked';

/**
 * How long a verified token is believed without asking PostgreSQL again. With Redis, revocations reach
 * every instance over pub/sub and drop the entries at once, so the lifetime only bounds memory; without it,
 * a revocation on this instance drops its entry at once, and one on another instance (an unsupported
 * set-up without Redis) counts here within a second.
 */
const CACHE_MS_WITH_REDIS = 60_000;
const CACHE_MS_ALONE = 1_000;
const MAX_CACHED_SESSIONS = 10_000;

interface CachedActor {
  actor: Actor;
  until: number;
}

/** Verified `Authorization` values → their actor, until a revocation, the token's expiry or the lifetime. */
class SessionCache {
  private entries = new Map<string, CachedActor>();
  /** Bumped by every revocation: a lookup that started before one is not remembered. */
  epoch = 0;

  get(header: string, now: number): Actor | null {
    const entry = this.entries.get(header);
    if (!entry) return null;
    if (entry.until > now) return entry.actor;
    this.entries.delete(header);
    return null;
  }

  set(header: string, actor: Actor, until: number): void {
    this.entries.set(header, { actor, until });
    if (this.entries.size > MAX_CACHED_SESSIONS) this.entries.delete(this.entries.keys().next().value!);
  }

  revoke(revoked: SessionRevocation): void {
    this.epoch++;
    for (const [header, { actor }] of this.entries) {
      if ('sessionId' in revoked ? actor.sessionId === revoked.sessionId : actor.userId === revoked.userId) {
        this.entries.delete(header);
      }
    }
  }

  clear(): void {
    this.epoch++;
    this.entries.clear();
  }
}

function parseRevocation(message: string): SessionRevocation | null {
  try {
    const value = JSON.parse(message) as { sessionId?: unknown; userId?: unknown };
    if (typeof value.sessionId === 'string') return { sessionId: value.sessionId };
    if (typeof value.userId === 'string') return { userId: value.userId };
  } catch {
    // not ours
  }
  return null;
}

/** A lifetime such as '8h' in milliseconds, read as fast-jwt (under @fastify/jwt) reads it for the token's exp. */
function durationMs(value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined) throw new Error(`JWT_EXPIRES_IN is not a duration: ${value}`);
  return ms;
}

interface Claims {
  sub: string;
  role: Role;
  sid: string;
  exp?: number;
}

const invalidToken = () =>
  new DomainError(ErrorCode.UNAUTHENTICATED, 'Your session is not valid any more; sign in again');

export const authPlugin = fp(
  async (app) => {
    const lifetimeMs = durationMs(app.config.jwtExpiresIn);
    await app.register(fastifyJwt, {
      secret: app.config.jwtSecret,
      // The algorithm is pinned both ways: `alg: none` or a swapped algorithm never verifies.
      // @fastify/jwt reads a numeric expiresIn as seconds.
      sign: { algorithm: 'HS256', expiresIn: Math.floor(lifetimeMs / 1000) },
      verify: { algorithms: ['HS256'] },
    });
    app.decorate('tokenIssuer', { sign: (claims: Claims) => app.jwt.sign(claims), lifetimeMs });

    const cache = new SessionCache();
    const { redis } = app;
    if (redis) {
      // A revocation from any instance (this one included) drops the cached entries; while the subscriber
      // is down or reconnecting nothing is cached, since revocations sent meanwhile would be missed.
      await redis.subscribe(
        SESSIONS_REVOKED_CHANNEL,
        (message) => {
          const revoked = parseRevocation(message);
          if (revoked) cache.revoke(revoked);
        },
        () => cache.clear(),
      );
    }
    const cacheMs = () => (redis ? (redis.listening() ? CACHE_MS_WITH_REDIS : 0) : CACHE_MS_ALONE);

    app.decorate('sessionsRevoked', async (revoked: SessionRevocation) => {
      cache.revoke(revoked);
      if (!redis) return;
      try {
        await redis.publish(SESSIONS_REVOKED_CHANNEL, JSON.stringify(revoked));
      } catch (error) {
        // The revocation is committed; other instances still see it once their cache entry ends.
        app.log.error({ err: error }, 'could not publish a session revocation');
      }
    });

    /**
     * The actor of `Bearer <token>`: from the session cache, or verified against a live session (one indexed
     * lookup, a prepared statement) and then cached until a revocation, the token's expiry or a short lifetime.
     */
    async function actorOf(header: string, em: EntityManager): Promise<Actor> {
      const now = Date.now();
      const cached = cache.get(header, now);
      if (cached) return cached;
      const epoch = cache.epoch;
      const actor = await verifiedActor(header, em);
      const lifetime = cacheMs();
      if (lifetime > 0 && cache.epoch === epoch) {
        cache.set(header, actor.actor, Math.min(now + lifetime, actor.expiresAtMs));
      }
      return actor.actor;
    }

    async function verifiedActor(header: string, em: EntityManager): Promise<{ actor: Actor; expiresAtMs: number }> {
      const [scheme, token] = header.split(' ');
      if (scheme !== 'Bearer' || !token) throw invalidToken();
      let claims: Claims;
      try {
        claims = app.jwt.verify<Claims>(token);
      } catch {
        throw invalidToken();
      }
      if (typeof claims.sid !== 'string' || typeof claims.sub !== 'string' || !isRole(claims.role))
        throw invalidToken();
      const rows = await preparedRows<{ email: string; role: Role }>(
        em,
        `select u.email, u.role from sessions s join users u on u.id = s.user_id
          where s.id = ? and s.user_id = ? and s.revoked_at is null and s.expires_at > now() and u.active`,
        [claims.sid, claims.sub],
      );
      const row = rows[0];
      if (!row) throw invalidToken();
      return {
        actor: { userId: claims.sub, email: row.email, role: row.role, sessionId: claims.sid },
        expiresAtMs: typeof claims.exp === 'number' ? claims.exp * 1000 : Date.now(),
      };
    }

    app.decorate('authenticate', async (request: FastifyRequest): Promise<Actor | null> => {
      const header = request.headers.authorization;
      if (!header) return null;
      return actorOf(header, request.em);
    });
    app.decorate('verifyAuthorization', (header: string) => actorOf(header, app.orm.em.fork()));
  },
  { name: 'auth', dependencies: ['config', 'database', 'redis'] },
);
