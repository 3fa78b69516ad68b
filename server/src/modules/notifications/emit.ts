// The write side other modules call inside their own transaction. `emit` records what happened as one outbox entry
// of that transaction, so a rolled-back change tells nobody and a committed one is never forgotten; after commit the
// relay (`fan-out.ts`) runs `expand` in a transaction of its own: it finds who to tell and writes their in-app rows
// and e-mail jobs. A request pays one insert however many people its change tells. `pg_notify` is delivered by
// PostgreSQL only at commit: it wakes the relay, and pushes the new unread count to a recipient's bell.
import { emailsAtOnce, formatBp, formatVnd, isoDateInTimezone } from '@launchpad/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserSchema, type User } from '../users';
import { NotificationPreferenceSchema, NotificationSchema, OutboxSchema } from './entities';
import {
  applicationFacts,
  challengeDeadlineFacts,
  challengeFacts,
  feedbackFacts,
  fundName,
  invitationFacts,
  milestoneFacts,
  openApplications,
  startupFacts,
} from './facts';
import { asLocale, render, type Locale, type TemplateKind } from './templates';
import { QUEUES } from '../../jobs/install';
import { instant } from '../../kernel';

export const OUTBOX_CHANNEL = 'launchpad_outbox';
export const BELL_CHANNEL = 'launchpad_bell';

/** What happened, as the module where it happened knows it (ids); this module finds who to tell. */
export type NotifyEvent =
  | { kind: 'APPLICATION_RECEIVED'; applicationId: string; locale?: string | null }
  | { kind: 'FOUNDER_INVITED'; invitationId: string; locale?: string | null }
  | { kind: 'MENTOR_INVITED'; invitationId: string; locale?: string | null }
  | { kind: 'APPLICATION_SELECTED'; applicationId: string }
  /** The decision with the program's per-criterion feedback (`feedback`, already written out) and the appeal window. */
  | { kind: 'APPLICATION_FEEDBACK'; applicationId: string; feedback: string; appealUntil: string }
  /**
   * An office hour was booked: the mentor and the founder who booked are told, with the session as an iCalendar
   * invitation (`ics`) their mail client adds to the calendar.
   */
  | {
      kind: 'OFFICE_HOUR_BOOKED';
      to: readonly string[];
      mentorName: string;
      startupName: string;
      when: string;
      topic: string;
      ics: string;
    }
  /** The program's written answer to an applicant's appeal of the decision. */
  | { kind: 'APPEAL_ANSWERED'; applicationId: string; appeal: string; answer: string }
  | { kind: 'CHALLENGE_CLOSED'; challengeId: string }
  /** `to` is the status this change set (a later change may have moved it on by the time the event is expanded). */
  | { kind: 'MILESTONE_STATUS_CHANGED'; milestoneId: string; from: string; to: string }
  | { kind: 'STAGE_MOVED'; startupId: string; from: string | null; to: string; reason?: string | null }
  | { kind: 'PASSWORD_RESET'; userId: string; token: string }
  | { kind: 'PPP_PROPOSAL_RECEIVED'; to: string; locale: string; code: string; title: string; organization: string }
  | {
      kind: 'PPP_PROPOSAL_DECIDED';
      to: string;
      locale: string;
      code: string;
      title: string;
      organization: string;
      status: 'ACCEPTED' | 'RETURNED' | 'REFUSED';
      reason: string;
    }
  | { kind: 'CHALLENGE_DEADLINE_SOON'; challengeId: string; daysLeft: number }
  | {
      kind: 'FUND_NEAR_CAP';
      fundId: string;
      fundName: string;
      limit: 'CHARTER' | 'CASH' | 'STAKE';
      percent: number;
      startupName?: string | null;
    }
  | { kind: 'REPORT_DUE_SOON' | 'REPORT_OVERDUE' | 'REPORT_ESCALATED'; startupId: string; period: string }
  /** A capital call and the members it names: what each is asked for, and (overdue) what is still unpaid. */
  | {
      kind: 'CAPITAL_CALL_ISSUED' | 'CAPITAL_CALL_OVERDUE';
      fundId: string;
      callId: string;
      callDate: string;
      dueDate: string;
      percentBp: number;
      lines: readonly { memberName: string; amount: bigint; unpaid: bigint }[];
    };

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
  /** The link carries a secret (a reset token): the mail log keeps it only in the development mailbox. */
  secret?: boolean;
  /** An iCalendar invitation sent with the e-mail (a booked session). */
  icalEvent?: string;
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
    emailOff: preference ? !emailsAtOnce(kind, preference) : false,
  };
}

async function userRecipients(tx: EntityManager, users: readonly User[], kind: string): Promise<Recipient[]> {
  if (!users.length) return [];
  const preferences = await tx.find(NotificationPreferenceSchema, { user: { $in: users.map((u) => u.id) } });
  const byUser = new Map(preferences.map((pref) => [pref.user.id, pref]));
  return users.map((user) => {
    const preference = byUser.get(user.id);
    return {
      userId: user.id,
      email: user.email,
      locale: asLocale(preference?.locale),
      emailOff: preference ? !emailsAtOnce(kind, preference) : false,
    };
  });
}

/** The startup's founders (its members with an active account). */
async function founders(tx: EntityManager, startupId: string, kind: string): Promise<Recipient[]> {
  const rows = await tx.execute<{ user_id: string }[]>(
    'select user_id from startup_members where startup_id = ? order by joined_at, id',
    [startupId],
  );
  const users = await tx.find(UserSchema, { id: { $in: rows.map((row) => row.user_id) }, active: true });
  const byId = new Map(users.map((user) => [user.id, user]));
  return userRecipients(
    tx,
    rows.map((row) => byId.get(row.user_id)).filter((user): user is User => !!user),
    kind,
  );
}

/** The startup's managers: its cohort's manager when it has one, otherwise every active incubator manager. */
async function managers(tx: EntityManager, startup: { cohortManagerId: string | null }, kind: string) {
  if (startup.cohortManagerId) {
    const manager = await tx.findOne(UserSchema, startup.cohortManagerId);
    if (manager?.active) return userRecipients(tx, [manager], kind);
  }
  const all = await tx.find(UserSchema, { role: 'INCUBATOR_MANAGER', active: true }, { orderBy: { email: 'asc' } });
  return userRecipients(tx, all, kind);
}

async function tell(
  tx: EntityManager,
  recipients: Recipient[],
  kind: TemplateKind,
  vars: Record<string, string>,
  path: string | null,
  {
    inApp = true,
    enumVars = [],
    secret = false,
    icalEvent,
  }: { inApp?: boolean; enumVars?: readonly string[]; secret?: boolean; icalEvent?: string } = {},
): Promise<void> {
  for (const recipient of recipients) {
    const message = render(kind, recipient.locale, vars, enumVars);
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
      queueMail(tx, {
        kind,
        to: recipient.email,
        locale: recipient.locale,
        ...message,
        path,
        secret,
        ...(icalEvent ? { icalEvent } : {}),
      });
    }
  }
  await tx.flush();
  await tx.execute('select pg_notify(?, ?)', [OUTBOX_CHANNEL, '']);
}

/** Writes one e-mail job into the outbox of `tx` (flushed and relayed by the caller's commit). */
export function queueMail(tx: EntityManager, job: MailJob): void {
  tx.create(OutboxSchema, {
    queue: QUEUES.mail,
    payload: { ...job },
    relayedAt: null,
    deliveredAt: null,
    lastError: null,
  });
}

/** The outbox queue of events waiting to be expanded (never a pg-boss queue: the relay expands them itself). */
export const EVENT_QUEUE = 'notify';

/** Records `event` in the caller's transaction `tx`; the relay tells the right people once it commits. */
export async function emit(tx: EntityManager, event: NotifyEvent): Promise<void> {
  // A reset token must never rest in a table: that notice is written out now, and its link kept only until mailed.
  if (event.kind === 'PASSWORD_RESET') return expand(tx, event);
  tx.create(OutboxSchema, {
    queue: EVENT_QUEUE,
    payload: eventPayload(event),
    relayedAt: null,
    deliveredAt: null,
    lastError: null,
  });
  await tx.execute('select pg_notify(?, ?)', [OUTBOX_CHANNEL, '']);
}

/** The event as JSON: amounts (bigint) as decimal strings. */
function eventPayload(event: NotifyEvent): Record<string, unknown> {
  if (event.kind !== 'CAPITAL_CALL_ISSUED' && event.kind !== 'CAPITAL_CALL_OVERDUE') return { ...event };
  const lines = event.lines.map((l) => ({ ...l, amount: String(l.amount), unpaid: String(l.unpaid) }));
  return { ...event, lines };
}

/** The event an outbox entry of `EVENT_QUEUE` holds. */
export function eventOf(payload: Record<string, unknown>): NotifyEvent {
  const event = payload as unknown as NotifyEvent;
  if (event.kind !== 'CAPITAL_CALL_ISSUED' && event.kind !== 'CAPITAL_CALL_OVERDUE') return event;
  const lines = event.lines.map((l) => ({ ...l, amount: BigInt(l.amount), unpaid: BigInt(l.unpaid) }));
  return { ...event, lines };
}

/**
 * What every notice to an applicant starts from: their contact address (in Vietnamese: applicants have no account
 * to choose a language with) and the team, statement and receipt code it names.
 */
async function applicantNotice(tx: EntityManager, applicationId: string) {
  const application = await applicationFacts(tx, applicationId);
  const challenge = await challengeFacts(tx, application.challengeId);
  return { application, challenge, ...toApplicant(application, challenge) };
}

function toApplicant(
  application: { id: string; teamName: string; contactEmail: string },
  challenge: { title: string },
) {
  const to: Recipient = { userId: null, email: application.contactEmail, locale: 'vi', emailOff: false };
  const vars = {
    teamName: application.teamName,
    challengeTitle: challenge.title,
    receiptCode: receiptCodeOf(application.id),
  };
  return { to, vars };
}

/** Tells the right people about `event`, inside `tx`: their in-app rows, and their e-mail as outbox jobs. */
export async function expand(tx: EntityManager, event: NotifyEvent): Promise<void> {
  // The facts are read by SQL (this module imports no module it notifies about): what the caller changed must be written.
  await tx.flush();
  switch (event.kind) {
    case 'APPLICATION_RECEIVED': {
      const application = await applicationFacts(tx, event.applicationId);
      const challenge = await challengeFacts(tx, application.challengeId);
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
    case 'MENTOR_INVITED': {
      const invitation = await invitationFacts(tx, event.invitationId);
      const to: Recipient = { userId: null, email: invitation.email, locale: asLocale(event.locale), emailOff: false };
      const vars = { expiresOn: isoDateInTimezone(instant(invitation.expiresAt)) };
      return tell(tx, [to], 'MENTOR_INVITED', vars, `/invitation/${invitation.token}`, { inApp: false });
    }
    case 'FOUNDER_INVITED': {
      const invitation = await invitationFacts(tx, event.invitationId);
      const to = await accountRecipient(tx, invitation.email, event.kind, asLocale(event.locale));
      const vars = {
        startupName: invitation.startupName ?? '',
        expiresOn: isoDateInTimezone(instant(invitation.expiresAt)),
      };
      // The invitation is for the address, whether or not an account has it: e-mail always, in-app too when it has.
      return tell(tx, [{ ...to, emailOff: false }], 'FOUNDER_INVITED', vars, `/invitation/${invitation.token}`);
    }
    case 'APPLICATION_SELECTED': {
      const { application, to, vars } = await applicantNotice(tx, event.applicationId);
      const feedback = await feedbackFacts(tx, application.id);
      return tell(tx, [to], 'APPLICATION_SELECTED', { ...vars, feedback }, null, { inApp: false });
    }
    case 'APPLICATION_FEEDBACK': {
      const { application, challenge, to, vars } = await applicantNotice(tx, event.applicationId);
      const { feedback, appealUntil } = event;
      const all = { ...vars, outcome: application.status, feedback, appealUntil };
      // The statement may be closed (not public any more): the link opens its appeal form.
      return tell(tx, [to], 'APPLICATION_FEEDBACK', all, `/challenges/${challenge.id}/appeal`, { inApp: false });
    }
    case 'OFFICE_HOUR_BOOKED': {
      const recipients = [];
      for (const email of new Set(event.to)) recipients.push(await accountRecipient(tx, email, event.kind, 'vi'));
      const vars = {
        mentorName: event.mentorName,
        startupName: event.startupName,
        when: event.when,
        topic: event.topic,
      };
      // Booked sessions are always e-mailed: the invitation is what puts them in the calendar.
      return tell(
        tx,
        recipients.map((r) => ({ ...r, emailOff: false })),
        'OFFICE_HOUR_BOOKED',
        vars,
        null,
        { icalEvent: event.ics },
      );
    }
    case 'APPEAL_ANSWERED': {
      const { to, vars } = await applicantNotice(tx, event.applicationId);
      const all = { ...vars, appeal: event.appeal, answer: event.answer };
      return tell(tx, [to], 'APPEAL_ANSWERED', all, null, { inApp: false });
    }
    case 'CHALLENGE_CLOSED': {
      const challenge = await challengeFacts(tx, event.challengeId);
      for (const application of await openApplications(tx, challenge.id)) {
        const { to, vars } = toApplicant(application, challenge);
        const feedback = await feedbackFacts(tx, application.id);
        await tell(tx, [to], 'APPLICATION_NOT_SELECTED', { ...vars, feedback }, null, { inApp: false });
      }
      return;
    }
    case 'MILESTONE_STATUS_CHANGED': {
      const milestone = await milestoneFacts(tx, event.milestoneId);
      const startup = await startupFacts(tx, milestone.startupId);
      const to = event.to;
      if (to === event.from) return;
      const vars = { startupName: startup.name, milestoneTitle: milestone.title, status: to };
      if (to === 'DONE') {
        const kind = 'MILESTONE_SUBMITTED';
        return tell(tx, await managers(tx, startup, kind), kind, vars, `/program/startups/${startup.id}`);
      }
      if (to === 'VERIFIED') {
        const kind = 'MILESTONE_VERIFIED';
        return tell(tx, await founders(tx, startup.id, kind), kind, vars, '/my-startup');
      }
      if (event.from === 'DONE' || event.from === 'VERIFIED') {
        const kind = 'MILESTONE_SENT_BACK';
        return tell(tx, await founders(tx, startup.id, kind), kind, vars, '/my-startup', { enumVars: ['status'] });
      }
      return;
    }
    case 'PASSWORD_RESET': {
      const user = await tx.findOneOrFail(UserSchema, event.userId);
      const [to] = await userRecipients(tx, [user], event.kind);
      const path = `/reset-password/${event.token}`;
      return tell(tx, [{ ...to!, emailOff: false }], 'PASSWORD_RESET', {}, path, { inApp: false, secret: true });
    }
    case 'REPORT_DUE_SOON':
    case 'REPORT_OVERDUE':
    case 'REPORT_ESCALATED': {
      const startup = await startupFacts(tx, event.startupId);
      const vars = { startupName: startup.name, period: event.period };
      if (event.kind === 'REPORT_ESCALATED') {
        const to = await managers(tx, startup, event.kind);
        return tell(tx, to, event.kind, vars, `/program/startups/${startup.id}`);
      }
      return tell(tx, await founders(tx, startup.id, event.kind), event.kind, vars, '/my-startup');
    }
    case 'PPP_PROPOSAL_RECEIVED':
    case 'PPP_PROPOSAL_DECIDED': {
      // The submitter has no account: only an e-mail, in the language they wrote the proposal in.
      const to: Recipient = { userId: null, email: event.to, locale: asLocale(event.locale), emailOff: false };
      const vars = {
        code: event.code,
        title: event.title,
        organization: event.organization,
        status: event.kind === 'PPP_PROPOSAL_DECIDED' ? event.status : 'RECEIVED',
        reason: event.kind === 'PPP_PROPOSAL_DECIDED' ? event.reason : '',
      };
      return tell(tx, [to], event.kind, vars, `/ppp/status/${event.code}`, { inApp: false, enumVars: ['status'] });
    }
    case 'CHALLENGE_DEADLINE_SOON': {
      // Launchpad keeps no draft applications, so the people it knows to tell are the incubator managers who run the
      // call for applications (to push it, or move the date); applicants who already applied need no reminder.
      const challenge = await challengeDeadlineFacts(tx, event.challengeId);
      const applications = challenge.applications;
      const vars = {
        challengeTitle: challenge.title,
        deadline: String(challenge.deadline),
        daysLeft: String(event.daysLeft),
        applications: String(applications),
      };
      const kind = event.kind;
      const to = await tx.find(UserSchema, { role: 'INCUBATOR_MANAGER', active: true }, { orderBy: { email: 'asc' } });
      return tell(tx, await userRecipients(tx, to, kind), kind, vars, `/program/applications/${challenge.id}`);
    }
    case 'FUND_NEAR_CAP': {
      const kind = event.kind;
      const to = await tx.find(
        UserSchema,
        { role: { $in: ['FUND_MANAGER', 'BOARD'] }, active: true },
        { orderBy: { email: 'asc' } },
      );
      const vars = {
        fundName: event.fundName,
        limit: event.limit,
        percent: String(event.percent),
        subject: event.startupName ?? '',
      };
      return tell(tx, await userRecipients(tx, to, kind), kind, vars, `/fund/${event.fundId}`, { enumVars: ['limit'] });
    }
    case 'CAPITAL_CALL_ISSUED':
    case 'CAPITAL_CALL_OVERDUE': {
      // Fund members are named records without an address of their own: the fund managers, who hold the members'
      // relationship and print each member's notice, are told of every member the call names.
      const kind = event.kind;
      const to = await tx.find(UserSchema, { role: 'FUND_MANAGER', active: true }, { orderBy: { email: 'asc' } });
      const owed = kind === 'CAPITAL_CALL_OVERDUE' ? event.lines.filter((l) => l.unpaid > 0n) : event.lines;
      const linesIn = (locale: Locale) =>
        owed
          .map((l) =>
            kind === 'CAPITAL_CALL_OVERDUE'
              ? `- ${l.memberName}: ${formatVnd(l.unpaid, locale)} / ${formatVnd(l.amount, locale)}`
              : `- ${l.memberName}: ${formatVnd(l.amount, locale)}`,
          )
          .join('\n');
      const vars = {
        fundName: await fundName(tx, event.fundId),
        callDate: event.callDate,
        dueDate: event.dueDate,
        percentVi: formatBp(event.percentBp, 'vi'),
        percentEn: formatBp(event.percentBp, 'en'),
        linesVi: linesIn('vi'),
        linesEn: linesIn('en'),
        members: String(owed.length),
      };
      return tell(tx, await userRecipients(tx, to, kind), kind, vars, `/fund/${event.fundId}`);
    }
    case 'STAGE_MOVED': {
      const startup = await startupFacts(tx, event.startupId);
      const vars = { startupName: startup.name, from: event.from ?? '—', to: event.to, reason: event.reason ?? '' };
      const kind = 'STAGE_MOVED';
      return tell(tx, await founders(tx, startup.id, kind), kind, vars, '/my-startup', { enumVars: ['from', 'to'] });
    }
  }
}
