// HTTP hardening: security headers with a Content-Security-Policy, CORS closed unless configured,
// per-operation rate limits on sign-in, password reset and the public forms, and 5xx answers without internals.
import fp from 'fastify-plugin';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import { ErrorCode } from '@launchpad/shared';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from '../graphql/errors';
import { GRAPHQL_LIMITS } from '../graphql/limits';
import { PUBLIC_FORMS, type PublicForm } from '../modules/public-forms';

declare module 'fastify' {
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
export type LimitedOperation = 'login' | 'requestPasswordReset' | 'resetPassword' | PublicForm;

/** Occurrences counted per field and request at most; far above any per-minute budget, and it keeps counts finite. */
export const MAX_COUNTED_OCCURRENCES = 1_000;

/**
 * Counts how often each limited mutation field appears in a GraphQL request body, however it is
 * spelled: aliases (`a: login … b: login …`), fragments on Mutation, several operations in one
 * document, a batched array, or the AST-as-JSON form mercurius also accepts. One pass over the document:
 * each fragment is counted once and every spread of it reuses that count, so a fragment spread twice
 * by each of 40 others costs 40 steps, not 2^40. Counts stop at MAX_COUNTED_OCCURRENCES.
 */
export function countLimitedFields(body: unknown, fields: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const requests = Array.isArray(body) ? body : [body];
  for (const request of requests) {
    const query = (request as { query?: unknown } | null)?.query;
    if (typeof query !== 'string' || !fields.some((field) => query.includes(field))) continue;
    const document = parseLeniently(query);
    if (!document) continue;
    for (const [field, count] of countInDocument(document, fields)) {
      counts.set(field, Math.min((counts.get(field) ?? 0) + count, MAX_COUNTED_OCCURRENCES));
    }
  }
  return counts;
}

type FieldCounts = Map<string, number>;

function countInDocument(document: DocumentNode, fields: readonly string[]): FieldCounts {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions ?? []) {
    if (definition?.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet);
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
    // A cycle is refused by validation later; it adds nothing here.
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
      if (selection?.kind === Kind.FIELD) {
        const name = selection.name?.value;
        if (fields.includes(name)) addTo(total, new Map([[name, 1]]));
      } else if (selection?.kind === Kind.INLINE_FRAGMENT) {
        addTo(total, countSelections(selection.selectionSet));
      } else if (selection?.kind === Kind.FRAGMENT_SPREAD) {
        addTo(total, countFragment(selection.name?.value));
      }
    }
    return total;
  };
  const total: FieldCounts = new Map();
  for (const definition of document.definitions ?? []) {
    if (definition?.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation') {
      addTo(total, countSelections(definition.selectionSet));
    }
  }
  return total;
}

/** Mercurius parses the query as GraphQL, and failing that as a JSON-encoded AST; so do we. */
function parseLeniently(query: string): DocumentNode | null {
  try {
    return parse(query, { noLocation: true, maxTokens: GRAPHQL_LIMITS.maxTokens });
  } catch {
    try {
      const ast = JSON.parse(query) as DocumentNode;
      return ast && typeof ast === 'object' && Array.isArray(ast.definitions) ? ast : null;
    } catch {
      return null;
    }
  }
}

/** The refusal in the route's own shape: GraphQL's `errors`, or a file route's `{ error }`. */
function rateLimited(reply: FastifyReply, operation: string, retryAfterSeconds: number, fileRoute = false) {
  const message = `Too many ${operation} requests from your address; try again in ${retryAfterSeconds} seconds`;
  const refusal = { code: ErrorCode.RATE_LIMITED, retryAfterSeconds };
  return reply
    .code(429)
    .header('retry-after', String(retryAfterSeconds))
    .send(
      fileRoute
        ? { error: { ...refusal, message, field: null, reason: null } }
        : { data: null, errors: [{ message, extensions: refusal }] },
    );
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
    };
    const limitedFields = Object.keys(limiters) as LimitedOperation[];

    // One budget per (client IP, operation): every occurrence of the field counts, so aliases and
    // batches cannot multiply password guesses inside one HTTP request.
    app.addHook('preHandler', async (request, reply) => {
      if (request.method !== 'POST') return;
      const form = request.routeOptions.config?.publicForm;
      const counts = form
        ? new Map([[form, 1]])
        : request.routeOptions.url === '/graphql'
          ? countLimitedFields(request.body, limitedFields)
          : null;
      if (!counts) return;
      for (const [operation, occurrences] of counts) {
        for (let i = 0; i < occurrences; i++) {
          const state = await limiters[operation as LimitedOperation](request);
          if (!state.isAllowed && state.isExceeded) {
            request.log.warn({ operation, ip: request.ip }, 'rate limit exceeded');
            return rateLimited(reply, operation, Math.max(1, state.ttlInSeconds), !!form);
          }
        }
      }
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
