// Who may read or change a startup: managers everything, BOARD and FUND_MANAGER read, a FOUNDER only
// the startups they are a member of. Every founder-facing use case goes through here.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { forbidden, notFound } from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { isManager, readsAllStartups, requireId } from '../../kernel';
import { StartupMemberSchema, StartupSchema, type Startup } from './entities';

export async function isMember(em: EntityManager, userId: string, startupId: string): Promise<boolean> {
  return (await em.count(StartupMemberSchema, { startup: startupId, user: userId })) > 0;
}

export async function memberStartupIds(em: EntityManager, userId: string): Promise<string[]> {
  const rows = await em.find(StartupMemberSchema, { user: userId }, { fields: ['startup'] });
  return rows.map((row) => row.startup.id);
}

/** The read rule: every startup for the reader roles, their own for a founder, FORBIDDEN otherwise. */
export function assertMayRead(actor: Actor, isMemberOfIt: boolean): void {
  if (readsAllStartups(actor) || (actor.role === 'FOUNDER' && isMemberOfIt)) return;
  throw forbidden('You may only see your own startup.');
}

/** The startup if the actor may read it: NOT_FOUND when missing, FORBIDDEN for another founder's startup. */
export async function readableStartup(
  em: EntityManager,
  actor: Actor,
  startupId: string,
  field = 'id',
): Promise<Startup> {
  const id = requireId(field, startupId);
  const startup = await em.findOne(StartupSchema, id);
  if (!startup) throw notFound('Startup');
  // Membership is looked up only where the rule needs it.
  if (!readsAllStartups(actor))
    assertMayRead(actor, actor.role === 'FOUNDER' && (await isMember(em, actor.userId, id)));
  return startup;
}

/**
 * The startup, locked, if the actor may change it: managers any startup, a founder only their own
 * (FORBIDDEN otherwise). Call inside the write transaction.
 */
export async function writableStartup(
  tx: EntityManager,
  actor: Actor,
  startupId: string,
  field = 'startupId',
): Promise<Startup> {
  const id = requireId(field, startupId);
  const startup = await tx.findOne(StartupSchema, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!startup) throw notFound('Startup');
  if (isManager(actor)) return startup;
  if (actor.role === 'FOUNDER' && (await isMember(tx, actor.userId, id))) return startup;
  throw forbidden(
    actor.role === 'FOUNDER' ? 'You may only change your own startup.' : 'Your role does not allow this.',
  );
}
