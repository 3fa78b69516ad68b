// Authorization is declared, not sprinkled: every root field has a policy, and a field without one is refused.
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode, type Role } from '@launchpad/shared';
import type { GraphQLContext, Actor } from './context';

/** Who may call an operation: anyone, any signed-in user, or the listed roles. */
export type Access = 'PUBLIC' | 'AUTHENTICATED' | readonly Role[];
export type OperationPolicy = Partial<Record<'Query' | 'Mutation' | 'Subscription', Record<string, Access>>>;

/** Operations that ignore a stale token, so a client can always sign in again. */
const TOKEN_EXEMPT = new Set(['Mutation.login']);

export function assertAccess(access: Access | undefined, ctx: GraphQLContext, operation: string): void {
  if (ctx.authError && !TOKEN_EXEMPT.has(operation)) throw ctx.authError;
  if (access === undefined) {
    throw new DomainError(ErrorCode.FORBIDDEN, `No access policy is declared for ${operation}`);
  }
  if (access === 'PUBLIC') return;
  if (!ctx.actor) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  if (access === 'AUTHENTICATED') return;
  if (!access.includes(ctx.actor.role)) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Your role does not allow this');
  }
}

/** The acting user of an operation whose policy requires sign-in. */
export function requireActor(ctx: GraphQLContext): Actor {
  if (!ctx.actor) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  return ctx.actor;
}

type AnyResolver = (parent: unknown, args: unknown, ctx: GraphQLContext, info: unknown) => unknown;
type ResolverMap = Record<string, Record<string, unknown>>;

/** Wraps every root resolver with its policy check; fails at start-up if a schema field has none. */
export function guardRootResolvers(
  resolvers: ResolverMap,
  policy: OperationPolicy,
  rootFields: Record<string, string[]>,
) {
  for (const [rootType, fields] of Object.entries(rootFields)) {
    const declared = policy[rootType as keyof OperationPolicy] ?? {};
    const missing = fields.filter((field) => !(field in declared));
    if (missing.length > 0) {
      throw new Error(`No access policy for ${missing.map((field) => `${rootType}.${field}`).join(', ')}`);
    }
    const typeResolvers = resolvers[rootType] ?? {};
    for (const field of fields) {
      const operation = `${rootType}.${field}`;
      const access = declared[field];
      const resolver = typeResolvers[field];
      if (rootType === 'Subscription') {
        const subscription = resolver as { subscribe: AnyResolver } | undefined;
        if (!subscription) continue;
        const subscribe = subscription.subscribe;
        typeResolvers[field] = {
          ...subscription,
          subscribe: (parent: unknown, args: unknown, ctx: GraphQLContext, info: unknown) => {
            try {
              assertAccess(access, ctx, operation);
            } catch (error) {
              // Websocket errors bypass the error formatter: carry the code the way graphql-js reads it.
              if (error instanceof DomainError) {
                throw new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
              }
              throw error;
            }
            return subscribe(parent, args, ctx, info);
          },
        };
        continue;
      }
      if (typeof resolver !== 'function') throw new Error(`No resolver for ${operation}`);
      const run = resolver as AnyResolver;
      typeResolvers[field] = (parent: unknown, args: unknown, ctx: GraphQLContext, info: unknown) => {
        assertAccess(access, ctx, operation);
        return run(parent, args, ctx, info);
      };
    }
    resolvers[rootType] = typeResolvers;
  }
  return resolvers;
}
