// Mentors and experts: their profiles, the startups' needs, assignments (and their append-only history),
// office-hour slots and bookings (with the session's notes and rating), and private calendar feed tokens.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { MENTOR_BACKGROUNDS } from '@launchpad/shared';
import { StartupSchema } from '../startups';
import { UserSchema } from '../users';

export const ASSIGNMENT_EVENTS = ['ASSIGNED', 'ENDED'] as const;

/** A mentor's profile; the account (role MENTOR) with the same e-mail is the mentor once the invitation is accepted. */
export const MentorProfileSchema = defineEntity({
  name: 'MentorProfile',
  tableName: 'mentor_profiles',
  checks: [
    {
      name: 'mentor_profiles_cap_check',
      expression: 'max_active_startups >= 1 and max_active_startups <= 20',
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    email: p.string().length(254).unique(),
    displayName: p.string().length(200),
    background: p
      .enum([...MENTOR_BACKGROUNDS])
      .nativeEnumName('mentor_background')
      .index(),
    organization: p.string().length(300),
    /** Sector codes from the program's sector list. */
    sectors: p.json<string[]>(),
    /** Needs this mentor can help with (MENTOR_NEEDS). */
    expertise: p.json<string[]>(),
    languages: p.json<string[]>(),
    bio: p.text(),
    availability: p.text(),
    maxActiveStartups: p.integer(),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type MentorProfile = InferEntity<typeof MentorProfileSchema>;

/** What a startup declares it needs help with, and whether its founders share metric reports with its mentors. */
export const StartupNeedsSchema = defineEntity({
  name: 'StartupNeeds',
  tableName: 'startup_needs',
  properties: {
    startup: () => p.manyToOne(StartupSchema).primary(),
    needs: p.json<string[]>(),
    note: p.text().nullable(),
    shareMetricsWithMentors: p.boolean().default(false),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type StartupNeeds = InferEntity<typeof StartupNeedsSchema>;

/** A mentor mentoring a startup from `startedAt` until `endedAt` (null while active). */
export const MentorAssignmentSchema = defineEntity({
  name: 'MentorAssignment',
  tableName: 'mentor_assignments',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    mentor: () => p.manyToOne(MentorProfileSchema).index(),
    startup: () => p.manyToOne(StartupSchema).index(),
    startedAt: p.datetime().onCreate(() => new Date()),
    endedAt: p.datetime().nullable(),
  },
});
export type MentorAssignment = InferEntity<typeof MentorAssignmentSchema>;

/** The assignment's history: who assigned or ended it, when and why. Never updated nor deleted. */
export const MentorAssignmentEventSchema = defineEntity({
  name: 'MentorAssignmentEvent',
  tableName: 'mentor_assignment_events',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    assignment: () => p.manyToOne(MentorAssignmentSchema).index(),
    kind: p.enum([...ASSIGNMENT_EVENTS]).nativeEnumName('mentor_assignment_event'),
    actor: () => p.manyToOne(UserSchema).nullable(),
    reason: p.text().nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export type MentorAssignmentEvent = InferEntity<typeof MentorAssignmentEventSchema>;

/** An office-hour slot a mentor publishes. */
export const OfficeHourSlotSchema = defineEntity({
  name: 'OfficeHourSlot',
  tableName: 'office_hour_slots',
  checks: [{ name: 'office_hour_slots_order_check', expression: 'ends_at > starts_at' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    mentor: () => p.manyToOne(MentorProfileSchema).index(),
    startsAt: p.datetime().index(),
    endsAt: p.datetime(),
    location: p.string().length(300),
    withdrawnAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type OfficeHourSlot = InferEntity<typeof OfficeHourSlotSchema>;

/** A founder's booking of a slot for their startup, then the session's notes and the founders' rating. */
export const OfficeHourBookingSchema = defineEntity({
  name: 'OfficeHourBooking',
  tableName: 'office_hour_bookings',
  checks: [
    { name: 'office_hour_bookings_rating_check', expression: 'rating is null or (rating >= 1 and rating <= 5)' },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    slot: () => p.manyToOne(OfficeHourSlotSchema).index(),
    startup: () => p.manyToOne(StartupSchema).index(),
    bookedBy: () => p.manyToOne(UserSchema),
    topic: p.text(),
    bookedAt: p.datetime().onCreate(() => new Date()),
    cancelledAt: p.datetime().nullable(),
    cancelledBy: () => p.manyToOne(UserSchema).nullable(),
    notes: p.text().nullable(),
    notesShared: p.boolean().default(false),
    notesAt: p.datetime().nullable(),
    rating: p.integer().nullable(),
    ratingComment: p.text().nullable(),
    ratedAt: p.datetime().nullable(),
  },
});
export type OfficeHourBooking = InferEntity<typeof OfficeHourBookingSchema>;

/** A person's private calendar feed: whoever holds the token reads that person's sessions as iCalendar. */
export const CalendarFeedSchema = defineEntity({
  name: 'CalendarFeed',
  tableName: 'calendar_feeds',
  properties: {
    user: () => p.oneToOne(UserSchema).primary(),
    token: p.string().length(64).unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type CalendarFeed = InferEntity<typeof CalendarFeedSchema>;

export const mentorEntities = [
  MentorProfileSchema,
  StartupNeedsSchema,
  MentorAssignmentSchema,
  MentorAssignmentEventSchema,
  OfficeHourSlotSchema,
  OfficeHourBookingSchema,
  CalendarFeedSchema,
];
