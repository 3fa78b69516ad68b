// HTTP hardening: security headers with a Content-Security-Policy, CORS closed unless configured,
// per-operation rate limits on sign-in, password reset and the public forms, and 5xx answers without internals.
import fp from 'fastify-plugin';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import { DomainError, ErrorCode } from '@launchpad/shared';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from '../graphql/errors';
import { PUBLIC_FORMS, type PublicForm } from '../modules/public-forms';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Spends the caller's budget once for every occurrence of a limited mutation field in `document`; throws
     * RateLimitedError (RATE_LIMITED, HTTP 429) once a budget is spent.
     */
    spendRateLimits(request: FastifyRequest, document: DocumentNode): Promise<void>;
  }
  interface FastifyContextConfig {
    /** A file route that submits a public form: it spends that form's budget, like the GraphQL mutation. */
    publicForm?: PublicForm;
  }
}

/** Where mercurius' GraphiQL loads React and GraphiQL from (development and test only). */
const GRAPHIQL_CDN = 'https://unpkg.com';

/**
 * The CSP the built web app runs under. Scripts only from our origin (Vite emits no inline script).
 * Styles allow 'unsafe-inline' because PrimeVue's theme engine injects <style> elements at run time
 * and components set `style` attributes; nonces could cover the elements but not the attributes.
 * Inline styles cannot run code, so script injection stays closed.
 */
export function contentSecurityPolicy(production: boolean): Record<string, string[] | null> {
  const devOnly = (...sources: string[]) => (production ? [] : sources);
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...devOnly(GRAPHIQL_CDN)],
    'style-src': ["'self'", "'unsafe-inline'", ...devOnly(GRAPHIQL_CDN)],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Behind TLS the proxy adds HSTS; forcing https here would break plain-http local use.
    'upgrade-insecure-requests': null,
  };
}

/** The GraphQL root fields with their own request budget per client IP and minute. */
export type LimitedOperation = 'login' | 'requestPasswordReset' | 'resetPassword' | 'appealDecision' | PublicForm;

/** Occurrences counted per field and request at most; far above any per-minute budget, and it keeps counts finite. */
export const MAX_COUNTED_OCCURRENCES = 1_000;

/**
 * Counts how often each limited mutation field appears in a parsed GraphQL document, however it is spelled:
 * aliases (`a: login … b: login …`), fragments on Mutation, inline fragments, several operations in one document.
 * It is given the document mercurius has already parsed and validated (so the query-shape limits have refused
 * anything huge), and walks it once: each fragment is counted once and every spread of it reuses that count, so a
 * fragment spread twice by each of 40 others costs 40 steps, not 2^40. Counts stop at MAX_COUNTED_OCCURRENCES.
 */
export function countLimitedFields(document: DocumentNode, fields: readonly string[]): Map<string, number> {
  const mutations = document.definitions.filter(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation',
  );
  // Most requests are queries: nothing to count, nothing to walk.
  if (mutations.length === 0) return new Map();
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet);
  }
  const counted = new Map<string, FieldCounts>();
  const inProgress = new Set<string>();
  const addTo = (total: FieldCounts, more: FieldCounts) => {
    for (const [field, count] of more) {
      total.set(field, Math.min((total.get(field) ?? 0) + count, MAX_COUNTED_OCCURRENCES));
    }
  };
  const countFragment = (name: string): FieldCounts => {
    const known = counted.get(name);
    if (known) return known;
    // A cycle is refused by validation; it adds nothing here.
    if (inProgress.has(name)) return new Map();
    inProgress.add(name);
    const result = countSelections(fragments.get(name));
    inProgress.delete(name);
    counted.set(name, result);
    return result;
  };
  const countSelections = (selectionSet: SelectionSetNode | undefined): FieldCounts => {
    const total: FieldCounts = new Map();
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (fields.includes(selection.name.value)) addTo(total, new Map([[selection.name.value, 1]]));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        addTo(total, countSelections(selection.selectionSet));
      } else {
        addTo(total, countFragment(selection.name.value));
      }
    }
    return total;
  };
  const total: FieldCounts = new Map();
  for (const definition of mutations) {
    if (definition.kind === Kind.OPERATION_DEFINITION) addTo(total, countSelections(definition.selectionSet));
  }
  return total;
}

type FieldCounts = Map<string, number>;

/** The GraphQL refusal of a spent budget: RATE_LIMITED, answered with HTTP 429 by the error formatter. */
export class RateLimitedError extends DomainError {
  readonly statusCode = 429;
  constructor(
    operation: string,
    readonly retryAfterSeconds: number,
  ) {
    super(
      ErrorCode.RATE_LIMITED,
      `Too many ${operation} requests from your address; try again in ${retryAfterSeconds} seconds`,
      { retryAfterSeconds },
    );
  }
}

/** A file route's refusal of a spent budget, in its own `{ error }` shape. */
function formRateLimited(reply: FastifyReply, refusal: RateLimitedError) {
  const { code, message, retryAfterSeconds } = refusal;
  return reply
    .code(429)
    .header('retry-after', String(retryAfterSeconds))
    .send({ error: { code, retryAfterSeconds, message, field: null, reason: null } });
}

export const securityPlugin = fp(
  async (app) => {
    const { config } = app;
    const production = config.env === 'production';

    // Helmet built once: @fastify/helmet rebuilds the middleware (and re-parses the CSP) on every request.
    const securityHeaders = helmet({
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(production) },
      // GraphiQL (outside production) pulls its scripts from the CDN without CORP headers.
      crossOriginEmbedderPolicy: false,
    });
    app.addHook('onRequest', (request, reply, done) =>
      securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
    );

    // Closed by default: without CORS_ORIGINS no cross-origin page may read an answer.
    if (config.corsOrigins.length > 0) {
      await app.register(fastifyCors, {
        origin: config.corsOrigins,
        methods: ['GET', 'POST'],
        allowedHeaders: ['content-type', 'authorization'],
        maxAge: 600,
      });
    }

    // The plugin is used only for its store and counting; we decide which requests count. With REDIS_URL
    // the counters live in Redis (one atomic script per count), so every instance shares one budget per IP;
    // if Redis cannot be reached the count fails and the request is refused rather than let through.
    await app.register(fastifyRateLimit, {
      global: false,
      ...(app.redis ? { redis: app.redis.client, nameSpace: `${app.redis.prefix}rate-limit:` } : {}),
    });
    const perIp = (operation: LimitedOperation) => (request: FastifyRequest) => `${operation}:${request.ip}`;
    const limiters: Record<LimitedOperation, ReturnType<typeof app.createRateLimit>> = {
      // Every account-free public form (an application, a PPP proposal) has the applications' budget.
      ...(Object.fromEntries(
        PUBLIC_FORMS.map((form) => [
          form,
          app.createRateLimit({
            max: config.rateLimit.applicationsPerMinute,
            timeWindow: 60_000,
            keyGenerator: perIp(form),
          }),
        ]),
      ) as Record<PublicForm, ReturnType<typeof app.createRateLimit>>),
      login: app.createRateLimit({
        max: config.rateLimit.loginPerMinute,
        timeWindow: 60_000,
        keyGenerator: perIp('login'),
      }),
      // Forgot password gets a budget the size of sign-in's: both guess at accounts and tokens.
      requestPasswordReset: app.createRateLimit({
        max: config.rateLimit.loginPerMinute,
        timeWindow: 60_000,
        keyGenerator: perIp('requestPasswordReset'),
      }),
      resetPassword: app.createRateLimit({
        max: config.rateLimit.loginPerMinute,
        timeWindow: 60_000,
        keyGenerator: perIp('resetPassword'),
      }),
      // An appeal proves itself with a receipt code and an e-mail: guesses at codes get sign-in's budget.
      appealDecision: app.createRateLimit({
        max: config.rateLimit.loginPerMinute,
        timeWindow: 60_000,
        keyGenerator: perIp('appealDecision'),
      }),
    };
    const limitedFields = Object.keys(limiters) as LimitedOperation[];

    /** Spends one unit of `operation`'s budget per occurrence; the refusal once the budget is spent. */
    const spend = async (request: FastifyRequest, counts: Map<string, number>): Promise<RateLimitedError | null> => {
      for (const [operation, occurrences] of counts) {
        for (let i = 0; i < occurrences; i++) {
          const state = await limiters[operation as LimitedOperation](request);
          if (!state.isAllowed && state.isExceeded) {
            request.log.warn({ operation, ip: request.ip }, 'rate limit exceeded');
            return new RateLimitedError(operation, Math.max(1, state.ttlInSeconds));
          }
        }
      }
      return null;
    };

    // One budget per (client IP, operation): every occurrence of the field counts, so aliases, fragments and
    // several operations cannot multiply password guesses inside one HTTP request. The GraphQL endpoint calls this
    // from a preExecution hook (plugins/graphql.ts) with the document mercurius parsed and validated.
    app.decorate('spendRateLimits', async (request: FastifyRequest, document: DocumentNode) => {
      const refusal = await spend(request, countLimitedFields(document, limitedFields));
      if (refusal) throw refusal;
    });

    // A public form's file route spends that form's budget once per POST.
    app.addHook('preHandler', async (request, reply) => {
      const form = request.routeOptions.config?.publicForm;
      if (request.method !== 'POST' || !form) return;
      const refusal = await spend(request, new Map([[form, 1]]));
      if (refusal) return formRateLimited(reply, refusal);
    });

    // Anything that escapes a route as a 5xx is answered without its message in production; a database
    // outage (e.g. while authenticating, before GraphQL runs) is a 503 the client may retry.
    app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
      if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, 'the database is unavailable');
        return reply
          .code(503)
          .header('retry-after', '1')
          .send({
            data: null,
            errors: [
              {
                message: DATABASE_UNAVAILABLE,
                extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, reason: 'DATABASE_UNAVAILABLE', retryable: true },
              },
            ],
          });
      }
      const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
      if (status >= 500) {
        request.log.error({ err: error }, 'request failed');
        return reply.code(status).send({
          statusCode: status,
          error: 'Internal Server Error',
          message: production ? 'Internal server error' : error.message,
        });
      }
      return reply.code(status).send(error);
    });
  },
  { name: 'security', dependencies: ['config', 'redis'] },
);
