// Mentors and experts: profiles (a manager invites by e-mail through the invitation flow), startups' needs,
// ranked matching with its reasons, and assignments under each mentor's cap with an append-only history.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import {
  badInput,
  forbidden,
  hasCapacity,
  MENTOR_BACKGROUNDS,
  MENTOR_NEEDS,
  notFound,
  optionalText,
  rankMentors,
  requireEmail,
  requireEnum,
  requireText,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { isManager, requireId } from '../../kernel';
import { recordAudit } from '../audit';
import { createMentorInvitationIn } from '../invitations';
import { requireSector } from '../sectors';
import { StartupMemberSchema, StartupSchema } from '../startups';
import { profileOf } from './access';
import {
  MentorAssignmentEventSchema,
  MentorAssignmentSchema,
  MentorProfileSchema,
  StartupNeedsSchema,
  type MentorAssignment,
  type MentorProfile,
  type StartupNeeds,
} from './entities';

export interface MentorProfileInput {
  email?: string | null;
  displayName: string;
  background: string;
  organization: string;
  sectors: readonly string[];
  expertise: readonly string[];
  languages: readonly string[];
  bio: string;
  availability: string;
  maxActiveStartups?: number | null;
  locale?: string | null;
}

const LANGUAGE = /^[a-z]{2}$/;

async function parseProfile(em: EntityManager, input: MentorProfileInput) {
  if (input.sectors.length > 20) throw badInput('sectors', 'Choose at most 20 sectors.');
  const sectors: string[] = [];
  for (const [index, sector] of input.sectors.entries()) {
    const code = await requireSector(em, `sectors[${index}]`, sector);
    if (!sectors.includes(code)) sectors.push(code);
  }
  const expertise = [
    ...new Set(input.expertise.map((need, index) => requireEnum(`expertise[${index}]`, need, MENTOR_NEEDS))),
  ];
  const languages = [
    ...new Set(
      input.languages.map((language, index) => {
        const code = requireText(`languages[${index}]`, language, { max: 2 }).toLowerCase();
        if (!LANGUAGE.test(code)) throw badInput(`languages[${index}]`, 'Use a two-letter language code (vi, en).');
        return code;
      }),
    ),
  ];
  const cap = input.maxActiveStartups ?? 3;
  if (!Number.isInteger(cap) || cap < 1 || cap > 20)
    throw badInput('maxActiveStartups', 'A mentor takes from 1 to 20 active startups.');
  return {
    displayName: requireText('displayName', input.displayName, { max: 200 }),
    background: requireEnum('background', input.background, MENTOR_BACKGROUNDS),
    organization: requireText('organization', input.organization, { max: 300 }),
    sectors,
    expertise,
    languages,
    bio: optionalText('bio', input.bio, { max: 4000, multiline: true }) ?? '',
    availability: optionalText('availability', input.availability, { max: 500, multiline: true }) ?? '',
    maxActiveStartups: cap,
  };
}

/** A manager invites a mentor by e-mail: the profile now, the MENTOR account when the invitation is accepted. */
export async function inviteMentor(em: EntityManager, actor: Actor, input: MentorProfileInput): Promise<MentorProfile> {
  const email = requireEmail('email', input.email);
  return em.transactional(async (tx) => {
    const fields = await parseProfile(tx, input);
    if (await tx.count(MentorProfileSchema, { email })) throw badInput('email', 'This mentor is already invited.');
    const profile = tx.create(MentorProfileSchema, { email, ...fields, active: true });
    await tx.flush();
    await createMentorInvitationIn(tx, actor, email, optionalText('locale', input.locale, { max: 2 }));
    recordAudit(tx, actor, {
      action: 'mentor.invited',
      entityType: 'MentorProfile',
      entityId: profile.id,
      after: { email, ...fields },
    });
    return profile;
  });
}

/** A manager edits any profile; a mentor their own (not their cap). */
export async function updateMentorProfile(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: MentorProfileInput,
): Promise<MentorProfile> {
  const profileId = requireId('id', id);
  return em.transactional(async (tx) => {
    const profile = await tx.findOne(MentorProfileSchema, profileId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!profile) throw notFound('Mentor');
    if (!isManager(actor) && (actor.role !== 'MENTOR' || actor.email !== profile.email))
      throw forbidden('You may only edit your own profile.');
    const fields = await parseProfile(tx, {
      ...input,
      maxActiveStartups: isManager(actor) ? input.maxActiveStartups : profile.maxActiveStartups,
    });
    const before = { ...profile };
    Object.assign(profile, fields);
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'mentor.updated',
      entityType: 'MentorProfile',
      entityId: profile.id,
      before: { displayName: before.displayName, sectors: before.sectors, expertise: before.expertise },
      after: fields,
    });
    return profile;
  });
}

/** The directory's mentors, by name; only the background is filtered here (the rest: matchesMentorFilter). */
export async function listMentors(em: EntityManager, background?: string | null): Promise<MentorProfile[]> {
  return em.find(
    MentorProfileSchema,
    background ? { background: requireEnum('background', background, MENTOR_BACKGROUNDS) } : {},
    { orderBy: { displayName: 'asc' } },
  );
}

export async function findMentor(em: EntityManager, actor: Actor, id: string): Promise<MentorProfile | null> {
  const profile = await em.findOne(MentorProfileSchema, requireId('id', id));
  if (!profile) return null;
  if (isManager(actor) || actor.role === 'BOARD' || (actor.role === 'MENTOR' && actor.email === profile.email))
    return profile;
  // A founder sees the mentors of their startups.
  if (actor.role === 'FOUNDER' && (await founderMentorIds(em, actor.userId)).includes(profile.id)) return profile;
  throw forbidden('You may only see your own mentors.');
}

export async function myMentorProfile(em: EntityManager, actor: Actor): Promise<MentorProfile | null> {
  return em.findOne(MentorProfileSchema, { email: actor.email });
}

/** Active assignments per mentor, for caps and loads. */
export async function activeCounts(em: EntityManager): Promise<Map<string, number>> {
  const rows = await em.execute<{ mentor_id: string; n: string }[]>(
    'select mentor_id, count(*) as n from mentor_assignments where ended_at is null group by mentor_id',
  );
  return new Map(rows.map((row) => [row.mentor_id, Number(row.n)]));
}

/** Per mentor, how many of a founder's own startups it is actively assigned to (the founder's view of its load). */
export async function founderActiveCounts(em: EntityManager, userId: string): Promise<Map<string, number>> {
  const rows = await em.execute<{ mentor_id: string; n: string }[]>(
    `select a.mentor_id, count(distinct a.startup_id) as n from mentor_assignments a
       join startup_members m on m.startup_id = a.startup_id
      where m.user_id = ? and a.ended_at is null
      group by a.mentor_id`,
    [userId],
  );
  return new Map(rows.map((row) => [row.mentor_id, Number(row.n)]));
}

/** Ids of the mentors actively assigned to a founder's startups. */
export async function founderMentorIds(em: EntityManager, userId: string): Promise<string[]> {
  const rows = await em.execute<{ mentor_id: string }[]>(
    `select distinct a.mentor_id from mentor_assignments a
       join startup_members m on m.startup_id = a.startup_id
      where m.user_id = ? and a.ended_at is null`,
    [userId],
  );
  return rows.map((row) => row.mentor_id);
}

export async function myMentors(em: EntityManager, actor: Actor): Promise<MentorProfile[]> {
  const ids = await founderMentorIds(em, actor.userId);
  return ids.length ? em.find(MentorProfileSchema, { id: { $in: ids } }, { orderBy: { displayName: 'asc' } }) : [];
}

// --- needs --------------------------------------------------------------------------------------------------------

async function mayWriteStartup(em: EntityManager, actor: Actor, startupId: string): Promise<void> {
  if (isManager(actor)) return;
  if (actor.role === 'FOUNDER' && (await em.count(StartupMemberSchema, { startup: startupId, user: actor.userId })))
    return;
  throw forbidden('You may only change your own startup.');
}

export async function startupNeeds(em: EntityManager, actor: Actor, startupId: string): Promise<StartupNeeds | null> {
  const id = requireId('startupId', startupId);
  if (!(await em.count(StartupSchema, { id }))) throw notFound('Startup');
  if (actor.role !== 'BOARD') await mayWriteStartup(em, actor, id);
  return em.findOne(StartupNeedsSchema, { startup: id });
}

export async function setStartupNeeds(
  em: EntityManager,
  actor: Actor,
  startupId: string,
  input: { needs: readonly string[]; note?: string | null; shareMetricsWithMentors?: boolean | null },
): Promise<StartupNeeds> {
  const id = requireId('startupId', startupId);
  const needs = [...new Set(input.needs.map((need, index) => requireEnum(`needs[${index}]`, need, MENTOR_NEEDS)))];
  const note = optionalText('note', input.note, { max: 2000, multiline: true });
  return em.transactional(async (tx) => {
    const startup = await tx.findOne(StartupSchema, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!startup) throw notFound('Startup');
    await mayWriteStartup(tx, actor, id);
    let row = await tx.findOne(StartupNeedsSchema, { startup: id });
    const before = row ? { needs: row.needs, shareMetricsWithMentors: row.shareMetricsWithMentors } : null;
    if (!row) row = tx.create(StartupNeedsSchema, { startup, needs, note, shareMetricsWithMentors: false });
    row.needs = needs;
    row.note = note;
    if (typeof input.shareMetricsWithMentors === 'boolean') row.shareMetricsWithMentors = input.shareMetricsWithMentors;
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'startup.needs_set',
      entityType: 'Startup',
      entityId: id,
      before,
      after: { needs, shareMetricsWithMentors: row.shareMetricsWithMentors },
    });
    return row;
  });
}

// --- matching and assignment --------------------------------------------------------------------------------------

export async function mentorMatches(em: EntityManager, startupId: string) {
  const id = requireId('startupId', startupId);
  const startup = await em.findOne(StartupSchema, id);
  if (!startup) throw notFound('Startup');
  const needs = (await em.findOne(StartupNeedsSchema, { startup: id }))?.needs ?? [];
  const mentors = await em.find(MentorProfileSchema, { active: true });
  const counts = await activeCounts(em);
  const assigned = new Set(
    (await em.find(MentorAssignmentSchema, { startup: id, endedAt: null })).map((a) => a.mentor.id),
  );
  const byId = new Map(mentors.map((m) => [m.id, m]));
  return rankMentors(
    { sector: startup.sector, needs },
    mentors.map((m) => ({
      id: m.id,
      sectors: m.sectors,
      expertise: m.expertise,
      activeStartups: counts.get(m.id) ?? 0,
      maxActiveStartups: m.maxActiveStartups,
      assigned: assigned.has(m.id),
    })),
  ).map((match) => ({ ...match, mentor: byId.get(match.mentorId)! }));
}

export async function assignMentor(
  em: EntityManager,
  actor: Actor,
  startupId: string,
  mentorId: string,
  reason?: string | null,
): Promise<MentorAssignment> {
  const sId = requireId('startupId', startupId);
  const mId = requireId('mentorId', mentorId);
  const why = optionalText('reason', reason, { max: 1000, multiline: true });
  return em.transactional(async (tx) => {
    // The mentor row is locked so two assignments at once cannot both pass the cap.
    const mentor = await tx.findOne(MentorProfileSchema, mId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!mentor) throw notFound('Mentor');
    if (!mentor.active) throw badInput('mentorId', 'This mentor is not active.');
    const startup = await tx.findOne(StartupSchema, sId);
    if (!startup) throw notFound('Startup');
    if (await tx.count(MentorAssignmentSchema, { mentor: mId, startup: sId, endedAt: null }))
      throw badInput('mentorId', 'This mentor already mentors the startup.');
    const active = await tx.count(MentorAssignmentSchema, { mentor: mId, endedAt: null });
    if (!hasCapacity(active, mentor.maxActiveStartups))
      throw badInput(
        'mentorId',
        `This mentor already has ${active} active startups, their cap is ${mentor.maxActiveStartups}.`,
      );
    const assignment = tx.create(MentorAssignmentSchema, { mentor, startup, endedAt: null });
    tx.create(MentorAssignmentEventSchema, { assignment, kind: 'ASSIGNED', actor: actor.userId, reason: why });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'mentor.assigned',
      entityType: 'Startup',
      entityId: sId,
      after: { mentorId: mId, assignmentId: assignment.id, reason: why },
    });
    return assignment;
  });
}

export async function endMentorAssignment(
  em: EntityManager,
  actor: Actor,
  id: string,
  reason?: string | null,
): Promise<MentorAssignment> {
  const assignmentId = requireId('id', id);
  const why = optionalText('reason', reason, { max: 1000, multiline: true });
  return em.transactional(async (tx) => {
    const assignment = await tx.findOne(MentorAssignmentSchema, assignmentId, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
    });
    if (!assignment) throw notFound('Mentor assignment');
    if (assignment.endedAt) throw badInput('id', 'This assignment has already ended.');
    assignment.endedAt = new Date();
    tx.create(MentorAssignmentEventSchema, { assignment, kind: 'ENDED', actor: actor.userId, reason: why });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'mentor.assignment_ended',
      entityType: 'Startup',
      entityId: assignment.startup.id,
      after: { mentorId: assignment.mentor.id, assignmentId, reason: why },
    });
    return assignment;
  });
}

export async function listAssignments(
  em: EntityManager,
  actor: Actor,
  filter: { startupId?: string | null; mentorId?: string | null; activeOnly?: boolean | null },
): Promise<MentorAssignment[]> {
  const where: Record<string, unknown> = {};
  if (filter.startupId) where.startup = requireId('startupId', filter.startupId);
  if (filter.mentorId) where.mentor = requireId('mentorId', filter.mentorId);
  if (filter.activeOnly) where.endedAt = null;
  // A mentor lists only their own assignments.
  if (actor.role === 'MENTOR') {
    const profile = await profileOf(em, actor);
    if (!profile) return [];
    where.mentor = profile.id;
  }
  return em.find(MentorAssignmentSchema, where, { orderBy: { startedAt: 'desc' } });
}
