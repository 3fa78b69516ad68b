// Authentication: HS256 JWTs naming a session; a token counts only while its session is live.
import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import type { FastifyRequest } from 'fastify';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, isRole, type Role } from '@launchpad/shared';
import type { Actor } from '../graphql/context';
import type { TokenIssuer } from '../modules/users/service';
import { preparedRows } from '../db/prepared';

declare module 'fastify' {
  interface FastifyInstance {
    tokenIssuer: TokenIssuer;
    /** The acting user of a request: null without a token, an UNAUTHENTICATED error with a bad one. */
    authenticate(request: FastifyRequest): Promise<Actor | null>;
    /** The user an `Authorization` value (`Bearer <token>`) names, outside a request (websocket connections). */
    verifyAuthorization(header: string): Promise<Actor>;
  }
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

function durationMs(value: string): number {
  const unit = value.slice(-1);
  return Number(value.slice(0, -1)) * (UNITS[unit] ?? 0);
}

interface Claims {
  sub: string;
  role: Role;
  sid: string;
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

    /**
     * Verifies `Bearer <token>` against a live session: one indexed lookup (a prepared statement, as it
     * runs on every request), so revocation takes effect at once.
     */
    async function actorOf(header: string, em: EntityManager): Promise<Actor> {
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
      return { userId: claims.sub, email: row.email, role: row.role, sessionId: claims.sid };
    }

    app.decorate('authenticate', async (request: FastifyRequest): Promise<Actor | null> => {
      const header = request.headers.authorization;
      if (!header) return null;
      return actorOf(header, request.em);
    });
    app.decorate('verifyAuthorization', (header: string) => actorOf(header, app.orm.em.fork()));
  },
  { name: 'auth', dependencies: ['config', 'database'] },
);
