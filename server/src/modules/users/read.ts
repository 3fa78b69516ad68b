// The User as GraphQL reads it: entities and plain rows both fit, so hot loaders can skip the ORM.
import type { Role } from '@launchpad/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { placeholders, viewsByIds } from '../../kernel';

export interface UserView {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  active: boolean;
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
