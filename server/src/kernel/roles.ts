// Role groups that more than one module asks about.
import type { Role } from '@launchpad/shared';
import type { Actor } from '../graphql/context';

export const MANAGER_ROLES = ['ADMIN', 'INCUBATOR_MANAGER'] as const satisfies readonly Role[];
/** Roles that read every startup (FUND_MANAGER needs them for funding rounds). */
export const STARTUP_READER_ROLES = [...MANAGER_ROLES, 'BOARD', 'FUND_MANAGER'] as const satisfies readonly Role[];

export function isManager(actor: Actor | null): boolean {
  return !!actor && (MANAGER_ROLES as readonly Role[]).includes(actor.role);
}

export function readsAllStartups(actor: Actor | null): boolean {
  return !!actor && (STARTUP_READER_ROLES as readonly Role[]).includes(actor.role);
}
