// The notifications module's door. Other modules tell people only through `notifications.emit(tx, event)`, inside
// their own transaction; the GraphQL part is `notificationsModule`, the queue and mail worker `notificationsPlugin`.
import type { GraphQLModule } from '../types';
import { emit, receiptCodeOf, type NotifyEvent } from './emit';
import { notificationsPolicy, notificationsResolvers } from './resolvers';

export const notifications = { emit, receiptCodeOf };
export type { NotifyEvent };
export { notificationsPlugin } from './runtime';
export { notificationEntities } from './entities';

export const notificationsModule: GraphQLModule = {
  name: 'notifications',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: notificationsResolvers,
  policy: notificationsPolicy,
};
