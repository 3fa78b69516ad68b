// Notification and MailMessage as GraphQL reads them: the bell's page and the development mailbox map their rows
// through these (service.ts pages them; the queue's jobs carry pg-boss state and stay there).
import type { MailMessage, Notification } from './entities';

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
