// The GraphQL endpoint: every module's schema and resolvers, guarded by their declared policies.
import fp from 'fastify-plugin';
import mercurius, { type IResolvers, type MercuriusLoaders } from 'mercurius';
import fastifyWebsocket from '@fastify/websocket';
import type { FastifyReply } from 'fastify';
import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';
import { DomainError } from '@launchpad/shared';
import { guardRootResolvers, type OperationPolicy } from '../graphql/authorize';
import type { GraphQLContext } from '../graphql/context';
import { createErrorFormatter } from '../graphql/errors';
import { graphqlHttpRouteOptions } from '../graphql/http';
import { GRAPHQL_BODY_LIMIT, GRAPHQL_LIMITS, graphqlValidationRules } from '../graphql/limits';
import { refuseNulInVariables } from '../graphql/nul-characters';
import { DateScalar, DateTimeScalar, VNDScalar } from '../graphql/scalars';
import { subscriptionOptions } from '../graphql/subscriptions';
import { subscriptionValidation } from '../graphql/subscription-validation';
import { webSocketConnectionCap } from '../graphql/websocket-connections';
import { guardSubscriptionSocket, type GuardedSocket } from '../graphql/websocket-guard';
import { graphqlModules } from '../modules';
import { RateLimitedError } from './security';

const BASE_SCHEMA = new URL('../graphql/schema.graphql', import.meta.url);

export function loadSchemaText(): string {
  return [BASE_SCHEMA, ...graphqlModules.map((module) => module.schemaFile)]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

function rootFieldsOf(schemaText: string): Record<string, string[]> {
  const schema = buildSchema(schemaText);
  const roots: Record<string, string[]> = {};
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (type && isObjectType(type)) roots[type.name] = Object.keys(type.getFields());
  }
  return roots;
}

function mergeModules() {
  const resolvers: Record<string, Record<string, unknown>> = {};
  const policy: OperationPolicy = {};
  const loaders: MercuriusLoaders = {};
  for (const module of graphqlModules) {
    for (const [type, fields] of Object.entries(module.resolvers)) {
      resolvers[type] = { ...resolvers[type], ...(fields as Record<string, unknown>) };
    }
    for (const [root, fields] of Object.entries(module.policy)) {
      policy[root as keyof OperationPolicy] = { ...policy[root as keyof OperationPolicy], ...fields };
    }
    for (const [type, fields] of Object.entries(module.loaders ?? {})) {
      loaders[type] = { ...loaders[type], ...fields };
    }
  }
  return { resolvers, policy, loaders };
}

export const graphqlPlugin = fp(
  async (app) => {
    const production = app.config.env === 'production';
    const schema = loadSchemaText();
    const { resolvers, policy, loaders } = mergeModules();
    guardRootResolvers(resolvers, policy, rootFieldsOf(schema));
    resolvers.VND = VNDScalar as unknown as Record<string, unknown>;
    resolvers.Date = DateScalar as unknown as Record<string, unknown>;
    resolvers.DateTime = DateTimeScalar as unknown as Record<string, unknown>;

    // The subscriptions' websocket, registered before mercurius so its limits are ours: a frame over the body limit
    // closes the socket (1009) before it is read, where mercurius would take 1 MiB; every client message passes the
    // guard's checks before mercurius parses it (graphql/websocket-guard.ts).
    await app.register(fastifyWebsocket, { options: { maxPayload: GRAPHQL_BODY_LIMIT } });
    app.websocketServer.on('connection', (socket: GuardedSocket) => guardSubscriptionSocket(socket));

    await app.register(mercurius, {
      schema,
      resolvers: resolvers as IResolvers,
      loaders,
      graphiql: !production,
      path: '/graphql',
      // GraphQL over HTTP: body limit, request shape, text limits, media types and status codes, GET for queries,
      // cacheable public reads.
      additionalRouteOptions: graphqlHttpRouteOptions({
        maxTokens: GRAPHQL_LIMITS.maxTokens,
        bodyLimit: GRAPHQL_BODY_LIMIT,
        webSocketUpgrade: webSocketConnectionCap(app.config.webSocketConnectionsPerIp),
      }),
      // Depth, cost, alias and root-field limits; introspection refused in production (graphql/limits.ts).
      validationRules: graphqlValidationRules({ production }),
      graphql: { parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens } },
      // One operation per HTTP request: a batch would multiply work behind one request.
      allowBatchedQueries: false,
      jit: 1,
      errorFormatter: createErrorFormatter(production) as never,
      // Websocket subscriptions (graphql-ws), Redis-backed with REDIS_URL (graphql/subscriptions.ts).
      subscription: subscriptionOptions(app) as never,
      context: async (request, reply): Promise<GraphQLContext> => {
        let actor: GraphQLContext['actor'] = null;
        let authError: DomainError | null = null;
        try {
          actor = await app.authenticate(request);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          authError = error;
        }
        return { app, reply, em: request.em, actor, authError };
      },
    });
    for (const module of graphqlModules) module.prepareSchema?.(app.graphql.schema);
    // Sign-in, password reset and the public forms spend the caller's budget, counted in the document mercurius
    // has already parsed and validated (no second parse, and the shape limits have refused anything huge).
    app.graphql.addHook('preExecution', async (_schema, document, context) => {
      // Over the websocket only subscriptions run (no mutation), and there is no reply to refuse on.
      const reply = context.reply as FastifyReply | undefined;
      if (!reply?.request) return;
      try {
        await app.spendRateLimits(reply.request, document);
      } catch (error) {
        if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      }
    });
    app.graphql.addHook('preExecution', refuseNulInVariables);
    // Mercurius validates nothing on the websocket: the same rules as POST /graphql, before a subscription starts.
    app.graphql.addHook('preSubscriptionExecution', subscriptionValidation({ production, log: app.log }));
  },
  { name: 'graphql', dependencies: ['config', 'security', 'database', 'auth'] },
);
