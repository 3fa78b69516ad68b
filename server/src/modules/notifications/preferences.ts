// Each user's own notification settings: the language of their e-mails, which kinds are not e-mailed, and the daily
// digest (one e-mail a Hanoi day instead of one per notification).
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, isOptionalEmailKind, OPTIONAL_EMAIL_KINDS } from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { NotificationPreferenceSchema } from './entities';
import { notificationPreferencesView, type NotificationPreferencesView } from './read';
import { LOCALES, type Locale } from './templates';

export interface PreferencesInput {
  locale?: string | null;
  emailOff?: readonly string[] | null;
  dailyDigest?: boolean | null;
}

export async function preferencesOf(em: EntityManager, actor: Actor): Promise<NotificationPreferencesView> {
  return notificationPreferencesView(await em.findOne(NotificationPreferenceSchema, { user: actor.userId }));
}

/** Changes only what `input` names; unknown kinds and languages are refused with the field named. */
export async function setPreferences(em: EntityManager, actor: Actor, input: PreferencesInput) {
  if (input.locale != null && !(LOCALES as readonly string[]).includes(input.locale)) {
    throw badInput('locale', 'locale must be vi or en.');
  }
  if (input.emailOff != null) {
    if (input.emailOff.length > OPTIONAL_EMAIL_KINDS.length * 2) throw badInput('emailOff', 'Too many kinds.');
    for (const kind of input.emailOff) {
      if (!isOptionalEmailKind(kind)) throw badInput('emailOff', `${kind.slice(0, 64)} cannot be turned off.`);
    }
  }
  return em.transactional(async (tx) => {
    const current = await preferencesOf(tx, actor);
    await tx.upsert(NotificationPreferenceSchema, {
      user: actor.userId,
      locale: (input.locale as Locale | null | undefined) ?? current.locale,
      emailOff: input.emailOff != null ? [...new Set(input.emailOff)] : current.emailOff,
      dailyDigest: input.dailyDigest ?? current.dailyDigest,
    });
    return preferencesOf(tx, actor);
  });
}
