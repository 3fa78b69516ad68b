// Who a mentor is and what they may read: a MENTOR account is the profile with its e-mail; a mentor reads only
// the startups assigned to them (active assignments), never another's.
import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, notFound } from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { requireId } from '../../kernel';
import { StartupSchema, type Startup } from '../startups';
import { MentorAssignmentSchema, MentorProfileSchema, type MentorProfile } from './entities';

/** The acting mentor's profile (FORBIDDEN when the account has none). */
export async function ownProfile(em: EntityManager, actor: Actor): Promise<MentorProfile> {
  const profile = actor.role === 'MENTOR' ? await em.findOne(MentorProfileSchema, { email: actor.email }) : null;
  if (!profile) throw forbidden('Only a mentor with a profile may do this.');
  return profile;
}

/** The acting mentor's profile, or null (a MENTOR account whose profile was never created sees nothing). */
export async function profileOf(em: EntityManager, actor: Actor): Promise<MentorProfile | null> {
  return actor.role === 'MENTOR' ? em.findOne(MentorProfileSchema, { email: actor.email }) : null;
}

export async function isAssigned(em: EntityManager, mentorId: string, startupId: string): Promise<boolean> {
  return (await em.count(MentorAssignmentSchema, { mentor: mentorId, startup: startupId, endedAt: null })) > 0;
}

/** A startup the acting mentor is assigned to: NOT_FOUND when missing, FORBIDDEN when not theirs. */
export async function mentoredStartupOf(
  em: EntityManager,
  actor: Actor,
  startupId: string,
  field = 'id',
): Promise<{ startup: Startup; profile: MentorProfile }> {
  const id = requireId(field, startupId);
  const startup = await em.findOne(StartupSchema, id);
  if (!startup) throw notFound('Startup');
  const profile = await ownProfile(em, actor);
  if (!(await isAssigned(em, profile.id, id))) throw forbidden('You may only see the startups assigned to you.');
  return { startup, profile };
}
