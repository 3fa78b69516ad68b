// What every resolver receives: the request's entity manager and the acting user (or nobody).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { DomainError, Role } from '@launchpad/shared';

export interface Actor {
  userId: string;
  email: string;
  role: Role;
  sessionId: string;
}

export interface GraphQLContext {
  app: FastifyInstance;
  reply: FastifyReply;
  em: EntityManager;
  actor: Actor | null;
  /** A token was sent but is not valid: every operation but `login` answers with this. */
  authError: DomainError | null;
}

declare module 'mercurius' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface MercuriusContext extends GraphQLContext {}
}
