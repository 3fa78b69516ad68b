// The kernel: what every domain module may import — ids, role groups, errors, the clock, the actor,
// pagination and plain row helpers. It imports no module.
export { isId, optionalId, requireId, uuidArray } from './ids';
export { MANAGER_ROLES, STARTUP_READER_ROLES, isManager, readsAllStartups } from './roles';
export { connection, decodeCursor, encodeCursor, pageSize } from './pagination';
export { concurrencyLimit } from './concurrency';
export {
  byIds,
  entityViewsByIds,
  groupBy,
  instant,
  optionalInstant,
  placeholders,
  ref,
  viewsByIds,
  type Ref,
} from './rows';
export { badInput, forbidden, notFound, DomainError, ErrorCode } from '@launchpad/shared';
export { hanoiToday, hanoiMonth, hanoiYear, systemClock, type Clock } from '@launchpad/shared';
export type { Actor, GraphQLContext } from '../graphql/context';
