// The User (and a signed-in session's AuthPayload) as GraphQL reads it: entities and plain rows both fit, so hot
// loaders can skip the ORM.
import type { Role } from '@launchpad/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { placeholders, viewsByIds } from '../../kernel';
import type { User } from './entities';

export interface UserView {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  active: boolean;
}

/** A user entity (what a query found or a mutation wrote) as its view: no password hash, no session data. */
export function userView(user: User): UserView {
  return { id: user.id, email: user.email, role: user.role, displayName: user.displayName, active: user.active };
}

/** A signed-in session: its bearer token and who it is. */
export interface AuthPayloadView {
  token: string;
  user: UserView;
}

export function authPayloadView(token: string, user: User): AuthPayloadView {
  return { token, user: userView(user) };
}

export const USER_COLUMNS = 'u.id, u.email, u.role, u.display_name as "displayName", u.active';

/** Users by id in one statement, each query answered with its own (or null). */
export function userViewsByIds(em: EntityManager, ids: readonly (string | null | undefined)[]) {
  return viewsByIds(
    ids,
    (wanted) =>
      em.execute<UserView[]>(`select ${USER_COLUMNS} from users u where u.id in (${placeholders(wanted)})`, wanted),
    (row) => row,
  );
}
