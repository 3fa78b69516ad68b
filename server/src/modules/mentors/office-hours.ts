// Office hours: a mentor publishes slots in Hanoi time; a founder of an assigned startup books one (the slot row is
// locked, so of two founders racing for one slot exactly one wins); cancelling follows the notice rule; after the
// session the mentor writes notes (private to managers and the mentor, or shared with the founders) and a founder
// rates it once. A booking e-mails the mentor and the founder the session as a calendar invitation.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import {
  badInput,
  CANCEL_NOTICE_HOURS,
  forbidden,
  hanoiWallClock,
  hanoiWallClockToInstant,
  MAX_SLOT_MINUTES,
  mayCancelBooking,
  MIN_SLOT_MINUTES,
  notFound,
  optionalText,
  requireDate,
  requireText,
  sessionEnded,
  sessionStarted,
  type Clock,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { isManager, requireId } from '../../kernel';
import { recordAudit } from '../audit';
import { notifications } from '../notifications';
import { StartupMemberSchema, StartupSchema } from '../startups';
import { isAssigned, ownProfile, profileOf } from './access';
import { sessionInvitation } from './calendar';
import {
  MentorProfileSchema,
  OfficeHourBookingSchema,
  OfficeHourSlotSchema,
  type OfficeHourBooking,
  type OfficeHourSlot,
} from './entities';
import { founderMentorIds } from './service';

export interface PublishSlotInput {
  date: string;
  time: string;
  minutes: number;
  location: string;
}

export async function publishOfficeHour(
  em: EntityManager,
  actor: Actor,
  clock: Clock,
  input: PublishSlotInput,
): Promise<OfficeHourSlot> {
  const date = requireDate('date', input.date);
  const startsAt = hanoiWallClockToInstant(date, requireText('time', input.time, { max: 5 }));
  if (!startsAt) throw badInput('time', 'Give the start as HH:MM in Hanoi time.');
  if (!Number.isInteger(input.minutes) || input.minutes < MIN_SLOT_MINUTES || input.minutes > MAX_SLOT_MINUTES)
    throw badInput('minutes', `A slot lasts from ${MIN_SLOT_MINUTES} to ${MAX_SLOT_MINUTES} minutes.`);
  if (startsAt.getTime() <= clock().getTime()) throw badInput('time', 'A slot starts in the future.');
  const endsAt = new Date(startsAt.getTime() + input.minutes * 60_000);
  const location = requireText('location', input.location, { max: 300 });
  return em.transactional(async (tx) => {
    const mentor = await ownProfile(tx, actor);
    await tx.findOne(MentorProfileSchema, mentor.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const overlapping = await tx.count(OfficeHourSlotSchema, {
      mentor: mentor.id,
      withdrawnAt: null,
      startsAt: { $lt: endsAt },
      endsAt: { $gt: startsAt },
    });
    if (overlapping) throw badInput('time', 'This slot overlaps another of your slots.');
    const slot = tx.create(OfficeHourSlotSchema, { mentor, startsAt, endsAt, location, withdrawnAt: null });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'office_hours.published',
      entityType: 'OfficeHourSlot',
      entityId: slot.id,
      after: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), location },
    });
    return slot;
  });
}

async function activeBookingOf(em: EntityManager, slotId: string): Promise<OfficeHourBooking | null> {
  return em.findOne(OfficeHourBookingSchema, { slot: slotId, cancelledAt: null });
}

export async function withdrawOfficeHour(em: EntityManager, actor: Actor, slotId: string): Promise<OfficeHourSlot> {
  const id = requireId('slotId', slotId);
  return em.transactional(async (tx) => {
    const slot = await tx.findOne(OfficeHourSlotSchema, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!slot) throw notFound('Office hour');
    const mentor = await ownProfile(tx, actor);
    if (slot.mentor.id !== mentor.id) throw forbidden('You may only withdraw your own slots.');
    if (await activeBookingOf(tx, id)) throw badInput('slotId', 'This slot is booked: cancel the booking first.');
    slot.withdrawnAt = new Date();
    await tx.flush();
    recordAudit(tx, actor, { action: 'office_hours.withdrawn', entityType: 'OfficeHourSlot', entityId: id });
    return slot;
  });
}

/** Slots a person may see: managers every mentor's, a mentor their own, a founder their startups' mentors'. */
export async function listSlots(
  em: EntityManager,
  actor: Actor,
  clock: Clock,
  filter: { mentorId?: string | null; includePast?: boolean | null },
): Promise<OfficeHourSlot[]> {
  const where: Record<string, unknown> = { withdrawnAt: null };
  if (filter.mentorId) where.mentor = requireId('mentorId', filter.mentorId);
  if (!filter.includePast) where.endsAt = { $gt: clock() };
  if (actor.role === 'MENTOR') {
    const profile = await profileOf(em, actor);
    if (!profile) return [];
    where.mentor = profile.id;
  } else if (actor.role === 'FOUNDER') {
    const mine = await founderMentorIds(em, actor.userId);
    if (filter.mentorId && !mine.includes(filter.mentorId)) throw forbidden('You may only book your own mentors.');
    where.mentor = filter.mentorId ? filter.mentorId : { $in: mine };
  } else if (!isManager(actor) && actor.role !== 'BOARD') throw forbidden();
  return em.find(OfficeHourSlotSchema, where, { orderBy: { startsAt: 'asc' } });
}

export async function bookOfficeHour(
  em: EntityManager,
  actor: Actor,
  clock: Clock,
  input: { slotId: string; startupId: string; topic: string },
): Promise<OfficeHourBooking> {
  const slotId = requireId('slotId', input.slotId);
  const startupId = requireId('startupId', input.startupId);
  const topic = requireText('topic', input.topic, { max: 2000, multiline: true });
  return em.transactional(async (tx) => {
    // The slot row is the lock two racing founders queue on: the second sees the first's booking.
    const slot = await tx.findOne(OfficeHourSlotSchema, slotId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!slot || slot.withdrawnAt) throw notFound('Office hour');
    const startup = await tx.findOne(StartupSchema, startupId);
    if (!startup) throw notFound('Startup');
    if (!(await tx.count(StartupMemberSchema, { startup: startupId, user: actor.userId })))
      throw forbidden('You may only book for your own startup.');
    if (!(await isAssigned(tx, slot.mentor.id, startupId)))
      throw forbidden('This mentor is not assigned to your startup.');
    if (slot.startsAt.getTime() <= clock().getTime()) throw badInput('slotId', 'This slot has already started.');
    if (await activeBookingOf(tx, slotId)) throw badInput('slotId', 'This slot is already booked.');
    const booking = tx.create(OfficeHourBookingSchema, {
      slot,
      startup,
      bookedBy: actor.userId,
      topic,
      cancelledAt: null,
      cancelledBy: null,
      notes: null,
      notesShared: false,
      notesAt: null,
      rating: null,
      ratingComment: null,
      ratedAt: null,
    });
    await tx.flush();
    const mentor = await tx.findOneOrFail(MentorProfileSchema, slot.mentor.id);
    await notifications.emit(tx, {
      kind: 'OFFICE_HOUR_BOOKED',
      to: [mentor.email, actor.email],
      mentorName: mentor.displayName,
      startupName: startup.name,
      when: hanoiWallClock(slot.startsAt),
      topic,
      ics: sessionInvitation({
        id: booking.id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        location: slot.location,
        topic,
        startupName: startup.name,
        mentorName: mentor.displayName,
      }),
    });
    recordAudit(tx, actor, {
      action: 'office_hours.booked',
      entityType: 'OfficeHourSlot',
      entityId: slotId,
      after: { bookingId: booking.id, startupId },
    });
    return booking;
  });
}

/** The booking and who is asking: the mentor of its slot, a founder of its startup, or a manager. */
async function bookingFor(
  tx: EntityManager,
  actor: Actor,
  bookingId: string,
): Promise<{ booking: OfficeHourBooking; slot: OfficeHourSlot; as: 'MENTOR' | 'FOUNDER' | 'MANAGER' }> {
  const booking = await tx.findOne(OfficeHourBookingSchema, requireId('bookingId', bookingId), {
    lockMode: LockMode.PESSIMISTIC_WRITE,
  });
  if (!booking) throw notFound('Booking');
  const slot = await tx.findOneOrFail(OfficeHourSlotSchema, booking.slot.id);
  if (isManager(actor)) return { booking, slot, as: 'MANAGER' };
  if (actor.role === 'MENTOR' && (await profileOf(tx, actor))?.id === slot.mentor.id)
    return { booking, slot, as: 'MENTOR' };
  if (
    actor.role === 'FOUNDER' &&
    (await tx.count(StartupMemberSchema, { startup: booking.startup.id, user: actor.userId }))
  )
    return { booking, slot, as: 'FOUNDER' };
  throw forbidden('This is not your session.');
}

export async function cancelBooking(
  em: EntityManager,
  actor: Actor,
  clock: Clock,
  bookingId: string,
): Promise<OfficeHourBooking> {
  return em.transactional(async (tx) => {
    const { booking, slot, as } = await bookingFor(tx, actor, bookingId);
    if (booking.cancelledAt) throw badInput('bookingId', 'This booking is already cancelled.');
    if (!mayCancelBooking(as === 'FOUNDER' ? 'FOUNDER' : 'MENTOR', slot.startsAt, clock()))
      throw badInput(
        'bookingId',
        as === 'FOUNDER'
          ? `Founders may cancel until ${CANCEL_NOTICE_HOURS} hours before the session.`
          : 'The session has already started.',
      );
    booking.cancelledAt = clock();
    booking.cancelledBy = actor.userId as never;
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'office_hours.cancelled',
      entityType: 'OfficeHourSlot',
      entityId: slot.id,
      after: { bookingId: booking.id },
    });
    return booking;
  });
}

export async function writeSessionNotes(
  em: EntityManager,
  actor: Actor,
  clock: Clock,
  input: { bookingId: string; notes: string; shared: boolean },
): Promise<OfficeHourBooking> {
  const notes = requireText('notes', input.notes, { max: 10_000, multiline: true });
  return em.transactional(async (tx) => {
    const { booking, slot, as } = await bookingFor(tx, actor, input.bookingId);
    if (as !== 'MENTOR') throw forbidden('Only the session’s mentor writes its notes.');
    if (booking.cancelledAt) throw badInput('bookingId', 'This session was cancelled.');
    if (!sessionStarted(slot.startsAt, clock())) throw badInput('bookingId', 'Notes follow the session.');
    booking.notes = notes;
    booking.notesShared = input.shared === true;
    booking.notesAt = clock();
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'office_hours.notes_written',
      entityType: 'OfficeHourSlot',
      entityId: slot.id,
      after: { bookingId: booking.id, shared: booking.notesShared },
    });
    return booking;
  });
}

export async function rateSession(
  em: EntityManager,
  actor: Actor,
  clock: Clock,
  input: { bookingId: string; rating: number; comment?: string | null },
): Promise<OfficeHourBooking> {
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5)
    throw badInput('rating', 'A rating is a whole number from 1 to 5.');
  const comment = optionalText('comment', input.comment, { max: 2000, multiline: true });
  return em.transactional(async (tx) => {
    const { booking, slot, as } = await bookingFor(tx, actor, input.bookingId);
    if (as !== 'FOUNDER') throw forbidden('The founders of the startup rate its sessions.');
    if (booking.cancelledAt) throw badInput('bookingId', 'This session was cancelled.');
    if (!sessionEnded(slot.endsAt, clock())) throw badInput('bookingId', 'Rate the session once it has ended.');
    if (booking.rating !== null) throw badInput('bookingId', 'This session is already rated.');
    booking.rating = input.rating;
    booking.ratingComment = comment;
    booking.ratedAt = clock();
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'office_hours.rated',
      entityType: 'OfficeHourSlot',
      entityId: slot.id,
      after: { bookingId: booking.id, rating: input.rating },
    });
    return booking;
  });
}

/** Bookings a person may see: managers and the board all, a mentor their slots', a founder their startups'. */
export async function listBookings(
  em: EntityManager,
  actor: Actor,
  filter: { startupId?: string | null; mentorId?: string | null },
): Promise<OfficeHourBooking[]> {
  const where: Record<string, unknown> = {};
  if (filter.startupId) where.startup = requireId('startupId', filter.startupId);
  if (filter.mentorId) where.slot = { mentor: requireId('mentorId', filter.mentorId) };
  if (actor.role === 'MENTOR') {
    const profile = await profileOf(em, actor);
    if (!profile) return [];
    where.slot = { mentor: profile.id };
  } else if (actor.role === 'FOUNDER') {
    const rows = await em.find(StartupMemberSchema, { user: actor.userId });
    const mine = rows.map((row) => row.startup.id);
    if (filter.startupId && !mine.includes(filter.startupId)) throw forbidden('You may only see your own startup.');
    where.startup = filter.startupId ?? { $in: mine };
  } else if (!isManager(actor) && actor.role !== 'BOARD') throw forbidden();
  return em.find(OfficeHourBookingSchema, where, { populate: ['slot'], orderBy: { slot: { startsAt: 'desc' } } });
}

/** The notes a person may read: the mentor and managers always, founders only when shared, nobody else. */
export function visibleNotes(actor: Actor, booking: OfficeHourBooking, mentorEmail: string | null): string | null {
  const notes = booking.notes ?? null;
  if (isManager(actor)) return notes;
  if (actor.role === 'MENTOR' && actor.email === mentorEmail) return notes;
  if (actor.role === 'FOUNDER' && booking.notesShared) return notes;
  return null;
}
