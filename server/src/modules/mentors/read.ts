// The mentors module's reads: rows → the views GraphQL answers with, each list in a fixed number of statements
// (the board's mentoring panel, figures aggregated in SQL, is board.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { hanoiWallClock, type MatchReason, type MentorMatch, type MentorNeed, type Stage } from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { StartupSchema } from '../startups';
import { sessionInvitation } from './calendar';
import { mentoredStartupOf, profileOf } from './access';
import {
  MentorAssignmentEventSchema,
  MentorProfileSchema,
  OfficeHourBookingSchema,
  StartupNeedsSchema,
  type MentorAssignment,
  type MentorAssignmentEvent,
  type MentorProfile,
  type OfficeHourBooking,
  type OfficeHourSlot,
  type StartupNeeds,
} from './entities';
import { visibleNotes } from './office-hours';
import { activeCounts } from './service';

export type MentorView = Omit<MentorProfile, 'expertise'> & {
  expertise: MentorNeed[];
  activeStartups: number;
  hasAccount: boolean;
};

export async function mentorViews(em: EntityManager, profiles: readonly MentorProfile[]): Promise<MentorView[]> {
  if (!profiles.length) return [];
  const counts = await activeCounts(em);
  const emails = profiles.map((p) => p.email);
  const accounts = await em.execute<{ email: string }[]>(
    `select email from users where role = 'MENTOR' and email in (${emails.map(() => '?').join(', ')})`,
    emails,
  );
  const withAccount = new Set(accounts.map((a) => a.email));
  return profiles.map((p) => ({
    ...p,
    expertise: p.expertise as MentorNeed[],
    activeStartups: counts.get(p.id) ?? 0,
    hasAccount: withAccount.has(p.email),
  }));
}

export async function mentorView(em: EntityManager, profile: MentorProfile | null): Promise<MentorView | null> {
  return profile ? (await mentorViews(em, [profile]))[0]! : null;
}

async function mentorsById(em: EntityManager, ids: readonly string[]): Promise<Map<string, MentorView>> {
  const unique = [...new Set(ids)];
  const profiles = unique.length ? await em.find(MentorProfileSchema, { id: { $in: unique } }) : [];
  return new Map((await mentorViews(em, profiles)).map((m) => [m.id, m]));
}

/** A ranked mentor for a startup; a NEED reason's need is one of the startup's recorded needs. */
export interface MentorMatchView {
  mentor: MentorView;
  score: number;
  available: boolean;
  reasons: (Exclude<MatchReason, { kind: 'NEED' }> | { kind: 'NEED'; need: MentorNeed })[];
}

export async function mentorMatchViews(
  em: EntityManager,
  matches: readonly (MentorMatch & { mentor: MentorProfile })[],
): Promise<MentorMatchView[]> {
  const views = await mentorViews(
    em,
    matches.map((m) => m.mentor),
  );
  return matches.map((m, index) => ({
    mentor: views[index]!,
    score: m.score,
    available: m.available,
    reasons: m.reasons as MentorMatchView['reasons'],
  }));
}

export interface MentorAssignmentView {
  id: string;
  mentor: MentorView;
  startupId: string;
  startupName: string;
  startedAt: Date;
  endedAt: Date | null;
  history: { kind: MentorAssignmentEvent['kind']; at: Date; actorName: string | null; reason: string | null }[];
}

export async function assignmentViews(
  em: EntityManager,
  assignments: readonly MentorAssignment[],
): Promise<MentorAssignmentView[]> {
  if (!assignments.length) return [];
  const mentors = await mentorsById(
    em,
    assignments.map((a) => a.mentor.id),
  );
  const startups = await em.find(StartupSchema, { id: { $in: assignments.map((a) => a.startup.id) } });
  const events = await em.find(
    MentorAssignmentEventSchema,
    { assignment: { $in: assignments.map((a) => a.id) } },
    { populate: ['actor'], orderBy: { at: 'asc' } },
  );
  return assignments.map((a) => ({
    id: a.id,
    mentor: mentors.get(a.mentor.id)!,
    startupId: a.startup.id,
    startupName: startups.find((s) => s.id === a.startup.id)?.name ?? '',
    startedAt: a.startedAt,
    endedAt: a.endedAt ?? null,
    history: events
      .filter((e) => e.assignment.id === a.id)
      .map((e) => ({ kind: e.kind, at: e.at, actorName: e.actor?.displayName ?? null, reason: e.reason ?? null })),
  }));
}

export interface StartupNeedsView {
  startupId: string;
  needs: MentorNeed[];
  note: string | null;
  shareMetricsWithMentors: boolean;
}

export function needsView(startupId: string, row: StartupNeeds | null): StartupNeedsView {
  return {
    startupId,
    needs: (row?.needs ?? []) as MentorNeed[],
    note: row?.note ?? null,
    shareMetricsWithMentors: row?.shareMetricsWithMentors ?? false,
  };
}

export interface OfficeHourSlotView {
  id: string;
  mentor: MentorView;
  startsAt: Date;
  endsAt: Date;
  startsAtHanoi: string;
  location: string;
  booked: boolean;
}

export async function slotViews(em: EntityManager, slots: readonly OfficeHourSlot[]): Promise<OfficeHourSlotView[]> {
  if (!slots.length) return [];
  const mentors = await mentorsById(
    em,
    slots.map((s) => s.mentor.id),
  );
  const booked = await em.find(OfficeHourBookingSchema, {
    slot: { $in: slots.map((s) => s.id) },
    cancelledAt: null,
  });
  const taken = new Set(booked.map((b) => b.slot.id));
  return slots.map((s) => ({
    id: s.id,
    mentor: mentors.get(s.mentor.id)!,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    startsAtHanoi: hanoiWallClock(s.startsAt),
    location: s.location,
    booked: taken.has(s.id),
  }));
}

export interface OfficeHourBookingView {
  id: string;
  slot: OfficeHourSlotView;
  startupId: string;
  startupName: string;
  topic: string;
  bookedAt: Date;
  cancelledAt: Date | null;
  /** Withheld from whoever may not read them (office-hours.ts visibleNotes). */
  notes: string | null;
  notesShared: boolean;
  rating: number | null;
  ratingComment: string | null;
  /** The session as an iCalendar invitation. */
  ics: string;
}

export async function bookingViews(
  em: EntityManager,
  actor: Actor,
  bookings: readonly OfficeHourBooking[],
): Promise<OfficeHourBookingView[]> {
  if (!bookings.length) return [];
  const slots = await slotViews(
    em,
    bookings.map((b) => b.slot as OfficeHourSlot),
  );
  const startups = await em.find(StartupSchema, { id: { $in: bookings.map((b) => b.startup.id) } });
  return bookings.map((b, index) => {
    const slot = slots[index]!;
    const startupName = startups.find((s) => s.id === b.startup.id)?.name ?? '';
    return {
      id: b.id,
      slot,
      startupId: b.startup.id,
      startupName,
      topic: b.topic,
      bookedAt: b.bookedAt,
      cancelledAt: b.cancelledAt ?? null,
      notes: visibleNotes(actor, b, slot.mentor.email),
      notesShared: b.notesShared,
      rating: b.rating ?? null,
      ratingComment: b.ratingComment ?? null,
      ics: sessionInvitation({
        id: b.id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        location: slot.location,
        topic: b.topic,
        startupName,
        mentorName: slot.mentor.displayName,
        cancelledAt: b.cancelledAt,
      }),
    };
  });
}

/** A startup as its mentor reads it: no fund data; metric reports only when its founders share them. */
export interface MentoredStartupView {
  id: string;
  name: string;
  sector: string;
  stage: Stage;
  description: string | null;
  needs: MentorNeed[];
  needsNote: string | null;
  founders: string[];
  metricReports: { period: string; revenue: bigint; customers: number; employees: number }[];
}

export async function mentoredStartupView(em: EntityManager, startupId: string): Promise<MentoredStartupView> {
  const startup = await em.findOneOrFail(StartupSchema, startupId);
  const needs = await em.findOne(StartupNeedsSchema, { startup: startupId });
  const founders = await em.execute<{ display_name: string }[]>(
    `select u.display_name from startup_members m join users u on u.id = m.user_id where m.startup_id = ? order by u.display_name`,
    [startupId],
  );
  const reports = needs?.shareMetricsWithMentors
    ? await em.execute<{ period: string; revenue: string; customers: number; employees: number }[]>(
        'select period, revenue, customers, employees from metric_reports where startup_id = ? order by period desc',
        [startupId],
      )
    : [];
  return {
    id: startup.id,
    name: startup.name,
    sector: startup.sector,
    stage: startup.stage,
    description: startup.description ?? null,
    needs: (needs?.needs ?? []) as MentorNeed[],
    needsNote: needs?.note ?? null,
    founders: founders.map((f) => f.display_name),
    metricReports: reports.map((r) => ({ ...r, revenue: BigInt(r.revenue) })),
  };
}

export async function mentoredStartups(em: EntityManager, actor: Actor): Promise<MentoredStartupView[]> {
  const profile = await profileOf(em, actor);
  if (!profile) return [];
  const rows = await em.execute<{ startup_id: string }[]>(
    `select a.startup_id from mentor_assignments a join startups s on s.id = a.startup_id
      where a.mentor_id = ? and a.ended_at is null order by s.name`,
    [profile.id],
  );
  const views = [];
  for (const row of rows) views.push(await mentoredStartupView(em, row.startup_id));
  return views;
}

export async function mentoredStartup(em: EntityManager, actor: Actor, id: string) {
  const { startup } = await mentoredStartupOf(em, actor, id);
  return mentoredStartupView(em, startup.id);
}
