// The write side other modules call inside their own transaction: who is told, in-app and by e-mail. Everything is
// written through the caller's transaction — in-app rows, and e-mail as outbox jobs — so a rolled-back change tells
// nobody and a committed one is never forgotten. `pg_notify` is delivered by PostgreSQL only at commit: it wakes the
// relay (outbox → pg-boss) and pushes the new unread count to the recipient's bell.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationSchema, ChallengeSchema } from '../challenges/entities';
import { InvitationSchema } from '../invitations/entities';
import { UserSchema } from '../users/entities';
import { NotificationPreferenceSchema, NotificationSchema, OutboxSchema } from './entities';
import { asLocale, render, type Locale, type TemplateKind } from './templates';
import { QUEUES } from '../../jobs/install';

export const OUTBOX_CHANNEL = 'launchpad_outbox';
export const BELL_CHANNEL = 'launchpad_bell';

/** What happened, as the module where it happened knows it (ids); this module finds who to tell. */
export type NotifyEvent =
  | { kind: 'APPLICATION_RECEIVED'; applicationId: string; locale?: string | null }
  | { kind: 'FOUNDER_INVITED'; invitationId: string; locale?: string | null };

/** Someone to tell: an account (in-app, and e-mail unless turned off), or only an address (e-mail). */
interface Recipient {
  userId: string | null;
  email: string;
  locale: Locale;
  emailOff: boolean;
}

/** The job an e-mail becomes: the words are rendered now (in the recipient's language), the link made absolute at send time. */
export interface MailJob {
  kind: TemplateKind;
  to: string;
  locale: Locale;
  title: string;
  body: string;
  path: string | null;
}

/** A short code the applicant quotes: the first eight characters of the application's id. */
export function receiptCodeOf(applicationId: string): string {
  return applicationId.replace(/-/g, '').slice(0, 8).toUpperCase();
}

async function accountRecipient(tx: EntityManager, email: string, kind: string, fallback: Locale): Promise<Recipient> {
  const user = await tx.findOne(UserSchema, { email });
  if (!user) return { userId: null, email, locale: fallback, emailOff: false };
  const preference = await tx.findOne(NotificationPreferenceSchema, { user: user.id });
  return {
    userId: user.id,
    email,
    locale: preference ? asLocale(preference.locale) : fallback,
    emailOff: preference?.emailOff.includes(kind) ?? false,
  };
}

async function tell(
  tx: EntityManager,
  recipients: Recipient[],
  kind: TemplateKind,
  vars: Record<string, string>,
  path: string | null,
  { inApp = true }: { inApp?: boolean } = {},
): Promise<void> {
  for (const recipient of recipients) {
    const message = render(kind, recipient.locale, vars);
    if (inApp && recipient.userId) {
      tx.create(NotificationSchema, {
        user: recipient.userId,
        kind,
        title: message.title,
        body: message.body,
        link: path,
        readAt: null,
      });
      await tx.execute('select pg_notify(?, ?)', [BELL_CHANNEL, recipient.userId]);
    }
    if (!recipient.emailOff) {
      const job: MailJob = { kind, to: recipient.email, locale: recipient.locale, ...message, path };
      tx.create(OutboxSchema, {
        queue: QUEUES.mail,
        payload: { ...job },
        relayedAt: null,
        deliveredAt: null,
        lastError: null,
      });
    }
  }
  await tx.flush();
  await tx.execute('select pg_notify(?, ?)', [OUTBOX_CHANNEL, '']);
}

/** Tell the right people about `event`, inside the caller's transaction `tx`. */
export async function emit(tx: EntityManager, event: NotifyEvent): Promise<void> {
  switch (event.kind) {
    case 'APPLICATION_RECEIVED': {
      const application = await tx.findOneOrFail(ApplicationSchema, event.applicationId);
      const challenge = await tx.findOneOrFail(ChallengeSchema, application.challenge.id);
      const to: Recipient = {
        userId: null,
        email: application.contactEmail,
        locale: asLocale(event.locale),
        emailOff: false,
      };
      const vars = {
        teamName: application.teamName,
        challengeTitle: challenge.title,
        receiptCode: receiptCodeOf(application.id),
      };
      return tell(tx, [to], 'APPLICATION_RECEIVED', vars, `/challenges/${challenge.id}`, { inApp: false });
    }
    case 'FOUNDER_INVITED': {
      const invitation = await tx.findOneOrFail(InvitationSchema, event.invitationId, { populate: ['startup'] });
      const to = await accountRecipient(tx, invitation.email, event.kind, asLocale(event.locale));
      const vars = {
        startupName: invitation.startup.name,
        expiresOn: invitation.expiresAt.toISOString().slice(0, 10),
      };
      // The invitation is for the address, whether or not an account has it: e-mail always, in-app too when it has.
      return tell(tx, [{ ...to, emailOff: false }], 'FOUNDER_INVITED', vars, `/invitation/${invitation.token}`);
    }
  }
}
