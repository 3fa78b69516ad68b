// Thin resolvers of the notifications module.
import type { MercuriusContext } from 'mercurius';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { bellTopic } from './runtime';
import * as notifications from './service';
import { preferencesOf, setPreferences } from './preferences';

export const notificationsPolicy: OperationPolicy = {
  Query: {
    notifications: 'AUTHENTICATED',
    notificationPreferences: 'AUTHENTICATED',
    mailbox: ['ADMIN'],
    jobQueue: ['ADMIN'],
  },
  Mutation: {
    markNotificationsRead: 'AUTHENTICATED',
    setNotificationPreferences: 'AUTHENTICATED',
    retryJob: ['ADMIN'],
  },
  Subscription: { notificationsChanged: 'AUTHENTICATED' },
};

export const notificationsResolvers: Resolvers = {
  Query: {
    notifications: (_root, args, ctx) => notifications.listNotifications(ctx.em, requireActor(ctx), args),
    notificationPreferences: (_root, _args, ctx) => preferencesOf(ctx.em, requireActor(ctx)),
    mailbox: (_root, { first }, ctx) => notifications.mailbox(ctx.em, first ?? 50),
    jobQueue: (_root, _args, ctx) => notifications.pendingJobs(ctx.em, ctx.app.jobs.boss),
  },
  Mutation: {
    markNotificationsRead: (_root, { ids }, ctx) => notifications.markRead(ctx.em, requireActor(ctx), ids),
    setNotificationPreferences: (_root, { input }, ctx) => setPreferences(ctx.em, requireActor(ctx), input),
    retryJob: (_root, { id }, ctx) => notifications.retryJob(ctx.em, ctx.app.jobs, id),
  },
  Subscription: {
    notificationsChanged: {
      subscribe: (_root, _args, ctx) => (ctx as MercuriusContext).pubsub.subscribe(bellTopic(requireActor(ctx).userId)),
    },
  },
};
