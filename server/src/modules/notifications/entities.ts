// Notifications and e-mail: the outbox of jobs, the log of sent mail (also the development mailbox), in-app
// notifications and each user's preferences.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { UserSchema } from '../users';

/** A job written in the transaction of the change that causes it; relayed to pg-boss once that commits. */
export const OutboxSchema = defineEntity({
  name: 'OutboxEntry',
  tableName: 'outbox',
  // The relay's sweep reads only what is not yet relayed: a partial index stays small however long the log grows.
  indexes: [
    {
      name: 'outbox_unrelayed_idx',
      expression: 'create index "outbox_unrelayed_idx" on "outbox" ("created_at") where "relayed_at" is null',
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    queue: p.string().length(64),
    payload: p.json<Record<string, unknown>>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    relayedAt: p.datetime().nullable(),
    deliveredAt: p.datetime().nullable(),
    attempts: p.integer().default(0),
    lastError: p.text().nullable(),
  },
});
export type OutboxEntry = InferEntity<typeof OutboxSchema>;

/** One e-mail sent (over SMTP, or kept in the development mailbox), keyed by its job's idempotency key. */
export const MailMessageSchema = defineEntity({
  name: 'MailMessage',
  tableName: 'mail_messages',
  indexes: [
    {
      name: 'mail_messages_sent_at_idx',
      expression: 'create index "mail_messages_sent_at_idx" on "mail_messages" ("sent_at")',
    },
  ],
  checks: [{ name: 'mail_messages_transport_check', expression: "transport = 'smtp' or transport = 'mailbox'" }],
  properties: {
    idempotencyKey: p.string().length(100).primary(),
    toAddress: p.string().length(254),
    subject: p.string().length(500),
    textBody: p.text(),
    htmlBody: p.text(),
    locale: p.string().length(5),
    kind: p.string().length(64),
    transport: p.string().length(10),
    sentAt: p.datetime().onCreate(() => new Date()),
  },
});
export type MailMessage = InferEntity<typeof MailMessageSchema>;

export const NotificationSchema = defineEntity({
  name: 'Notification',
  tableName: 'notifications',
  // The bell's list (newest first, keyset paging) and its unread count.
  indexes: [
    {
      name: 'notifications_user_idx',
      expression: 'create index "notifications_user_idx" on "notifications" ("user_id", "created_at" desc, "id" desc)',
    },
    {
      name: 'notifications_unread_idx',
      expression: 'create index "notifications_unread_idx" on "notifications" ("user_id") where "read_at" is null',
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    user: () => p.manyToOne(UserSchema).deleteRule('cascade'),
    kind: p.string().length(64),
    title: p.string().length(500),
    body: p.text(),
    link: p.string().length(1000).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    readAt: p.datetime().nullable(),
  },
});
export type Notification = InferEntity<typeof NotificationSchema>;

export const NotificationPreferenceSchema = defineEntity({
  name: 'NotificationPreference',
  tableName: 'notification_preferences',
  checks: [{ name: 'notification_preferences_locale_check', expression: "locale = 'vi' or locale = 'en'" }],
  properties: {
    user: () => p.oneToOne(UserSchema).primary().deleteRule('cascade'),
    locale: p.string().length(5).default('vi'),
    emailOff: p.json<string[]>(),
    dailyDigest: p.boolean().default(false),
  },
});
export type NotificationPreference = InferEntity<typeof NotificationPreferenceSchema>;

/** One daily digest sent to a user on a Hanoi day: the idempotency key of the digest cron (one a user a day). */
export const NotificationDigestSchema = defineEntity({
  name: 'NotificationDigest',
  tableName: 'notification_digests',
  properties: {
    user: () => p.manyToOne(UserSchema).primary().deleteRule('cascade'),
    day: p.date().primary(),
    sentAt: p.datetime().onCreate(() => new Date()),
  },
});
export type NotificationDigest = InferEntity<typeof NotificationDigestSchema>;

export const notificationEntities = [
  OutboxSchema,
  MailMessageSchema,
  NotificationSchema,
  NotificationPreferenceSchema,
  NotificationDigestSchema,
];
