// Notification, MailMessage, QueuedJob and NotificationPreferences as GraphQL reads them: the bell's page, the
// development mailbox, the admin's job queue and a user's settings map their rows through these (service.ts pages
// them and asks pg-boss for the jobs' state).
import { isOptionalEmailKind, OPTIONAL_EMAIL_KINDS } from '@launchpad/shared';
import type { MailMessage, Notification, NotificationPreference, OutboxEntry } from './entities';
import { asLocale, type Locale } from './templates';

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  at: string;
  read: boolean;
}

export function notificationView(n: Notification): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link ?? null,
    at: n.createdAt.toISOString(),
    read: n.readAt !== null && n.readAt !== undefined,
  };
}

export interface MailMessageView {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  locale: string;
  kind: string;
  transport: string;
  sentAt: Date;
}

export function mailMessageView(m: MailMessage): MailMessageView {
  return {
    id: m.idempotencyKey,
    to: m.toAddress,
    subject: m.subject,
    text: m.textBody,
    html: m.htmlBody,
    locale: m.locale,
    kind: m.kind,
    transport: m.transport,
    sentAt: m.sentAt,
  };
}

export type JobState = 'OUTBOX' | 'FAILED' | 'RETRY' | 'QUEUED';

export interface QueuedJobView {
  id: string;
  queue: string;
  kind: string;
  to: string | null;
  createdAt: Date;
  attempts: number;
  lastError: string | null;
  state: JobState;
}

/** An undelivered outbox row with its pg-boss job's state (undefined while the row is not relayed yet). */
export function queuedJobView(row: OutboxEntry, bossState: string | undefined, isEvent: boolean): QueuedJobView {
  const payload = row.payload as { kind?: string; to?: string };
  return {
    id: row.id,
    queue: row.queue,
    kind: payload.kind ?? row.queue,
    // An event's `to` is a status, not an address: only e-mail jobs have a recipient to show.
    to: isEvent ? null : (payload.to ?? null),
    createdAt: row.createdAt,
    attempts: row.attempts,
    lastError: row.lastError ?? null,
    state: !row.relayedAt ? 'OUTBOX' : bossState === 'failed' ? 'FAILED' : bossState === 'retry' ? 'RETRY' : 'QUEUED',
  };
}

export interface NotificationPreferencesView {
  locale: Locale;
  emailOff: string[];
  dailyDigest: boolean;
  kinds: string[];
}

/** A user's settings; without a row, the defaults (Vietnamese, every kind e-mailed, no digest). */
export function notificationPreferencesView(row: NotificationPreference | null): NotificationPreferencesView {
  return {
    locale: asLocale(row?.locale),
    emailOff: row ? row.emailOff.filter(isOptionalEmailKind) : [],
    dailyDigest: row?.dailyDigest ?? false,
    kinds: [...OPTIONAL_EMAIL_KINDS],
  };
}
