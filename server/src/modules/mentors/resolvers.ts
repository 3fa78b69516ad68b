// Thin resolvers of the mentors module: authorize (policy), call the service, answer with the read views.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MercuriusLoaders } from 'mercurius';
import { matchesMentorFilter } from '@launchpad/shared';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Actor } from '../../graphql/context';
import type { Resolvers } from '../../graphql/generated';
import { MANAGER_ROLES } from '../../kernel';
import { mentoringBoard } from './board';
import { calendarFeedPath } from './calendar';
import { OfficeHourBookingSchema, type OfficeHourBooking, type OfficeHourSlot } from './entities';
import * as hours from './office-hours';
import * as read from './read';
import * as mentors from './service';

const MANAGERS_AND_BOARD = [...MANAGER_ROLES, 'BOARD'] as const;
const PEOPLE_OF_MENTORING = [...MANAGER_ROLES, 'BOARD', 'MENTOR', 'FOUNDER'] as const;

export const mentorsPolicy: OperationPolicy = {
  Query: {
    mentors: MANAGERS_AND_BOARD,
    mentor: PEOPLE_OF_MENTORING,
    myMentorProfile: ['MENTOR'],
    myMentors: ['FOUNDER'],
    mentorMatches: MANAGER_ROLES,
    mentorAssignments: [...MANAGER_ROLES, 'BOARD', 'MENTOR'],
    startupNeeds: [...MANAGER_ROLES, 'BOARD', 'FOUNDER'],
    mentoredStartups: ['MENTOR'],
    mentoredStartup: ['MENTOR'],
    officeHours: PEOPLE_OF_MENTORING,
    officeHourBookings: PEOPLE_OF_MENTORING,
    calendarFeedUrl: [...MANAGER_ROLES, 'MENTOR', 'FOUNDER'],
    mentoringBoard: MANAGERS_AND_BOARD,
  },
  Mutation: {
    inviteMentor: MANAGER_ROLES,
    updateMentorProfile: [...MANAGER_ROLES, 'MENTOR'],
    setStartupNeeds: [...MANAGER_ROLES, 'FOUNDER'],
    assignMentor: MANAGER_ROLES,
    endMentorAssignment: MANAGER_ROLES,
    publishOfficeHour: ['MENTOR'],
    withdrawOfficeHour: ['MENTOR'],
    bookOfficeHour: ['FOUNDER'],
    cancelOfficeHourBooking: [...MANAGER_ROLES, 'MENTOR', 'FOUNDER'],
    writeSessionNotes: ['MENTOR'],
    rateSession: ['FOUNDER'],
  },
};

async function oneBooking(em: EntityManager, actor: Actor, booking: OfficeHourBooking) {
  const loaded = await em.findOneOrFail(OfficeHourBookingSchema, booking.id, { populate: ['slot'] });
  return (await read.bookingViews(em, actor, [loaded]))[0]!;
}

async function oneSlot(em: EntityManager, slot: OfficeHourSlot) {
  return (await read.slotViews(em, [slot]))[0]!;
}

export const mentorsResolvers: Resolvers = {
  Query: {
    mentors: async (_root, filter, ctx) =>
      (await read.mentorViews(ctx.em, await mentors.listMentors(ctx.em, filter.background))).filter((mentor) =>
        matchesMentorFilter(mentor, filter),
      ),
    mentor: async (_root, { id }, ctx) =>
      read.mentorView(ctx.em, await mentors.findMentor(ctx.em, requireActor(ctx), id)),
    myMentorProfile: async (_root, _args, ctx) =>
      read.mentorView(ctx.em, await mentors.myMentorProfile(ctx.em, requireActor(ctx))),
    myMentors: async (_root, _args, ctx) =>
      read.mentorViews(ctx.em, await mentors.myMentors(ctx.em, requireActor(ctx))),
    mentorMatches: async (_root, { startupId }, ctx) =>
      read.mentorMatchViews(ctx.em, await mentors.mentorMatches(ctx.em, startupId)),
    mentorAssignments: async (_root, filter, ctx) =>
      read.assignmentViews(ctx.em, await mentors.listAssignments(ctx.em, requireActor(ctx), filter)),
    startupNeeds: async (_root, { startupId }, ctx) =>
      read.needsView(startupId, await mentors.startupNeeds(ctx.em, requireActor(ctx), startupId)),
    mentoredStartups: (_root, _args, ctx) => read.mentoredStartups(ctx.em, requireActor(ctx)),
    mentoredStartup: (_root, { id }, ctx) => read.mentoredStartup(ctx.em, requireActor(ctx), id),
    officeHours: async (_root, filter, ctx) =>
      read.slotViews(ctx.em, await hours.listSlots(ctx.em, requireActor(ctx), ctx.app.clock, filter)),
    officeHourBookings: async (_root, filter, ctx) => {
      const actor = requireActor(ctx);
      return read.bookingViews(ctx.em, actor, await hours.listBookings(ctx.em, actor, filter));
    },
    calendarFeedUrl: (_root, _args, ctx) => calendarFeedPath(ctx.em, requireActor(ctx)),
    mentoringBoard: (_root, _args, ctx) => mentoringBoard(ctx.em, ctx.app.clock()),
  },
  Mutation: {
    inviteMentor: async (_root, { input }, ctx) =>
      (await read.mentorView(ctx.em, await mentors.inviteMentor(ctx.em, requireActor(ctx), input)))!,
    updateMentorProfile: async (_root, { id, input }, ctx) =>
      (await read.mentorView(ctx.em, await mentors.updateMentorProfile(ctx.em, requireActor(ctx), id, input)))!,
    setStartupNeeds: async (_root, { startupId, input }, ctx) =>
      read.needsView(startupId, await mentors.setStartupNeeds(ctx.em, requireActor(ctx), startupId, input)),
    assignMentor: async (_root, { startupId, mentorId, reason }, ctx) => {
      const assignment = await mentors.assignMentor(ctx.em, requireActor(ctx), startupId, mentorId, reason);
      return (await read.assignmentViews(ctx.em, [assignment]))[0]!;
    },
    endMentorAssignment: async (_root, { id, reason }, ctx) => {
      const assignment = await mentors.endMentorAssignment(ctx.em, requireActor(ctx), id, reason);
      return (await read.assignmentViews(ctx.em, [assignment]))[0]!;
    },
    publishOfficeHour: async (_root, { input }, ctx) =>
      oneSlot(ctx.em, await hours.publishOfficeHour(ctx.em, requireActor(ctx), ctx.app.clock, input)),
    withdrawOfficeHour: async (_root, { slotId }, ctx) =>
      oneSlot(ctx.em, await hours.withdrawOfficeHour(ctx.em, requireActor(ctx), slotId)),
    bookOfficeHour: async (_root, { input }, ctx) => {
      const actor = requireActor(ctx);
      return oneBooking(ctx.em, actor, await hours.bookOfficeHour(ctx.em, actor, ctx.app.clock, input));
    },
    cancelOfficeHourBooking: async (_root, { bookingId }, ctx) => {
      const actor = requireActor(ctx);
      return oneBooking(ctx.em, actor, await hours.cancelBooking(ctx.em, actor, ctx.app.clock, bookingId));
    },
    writeSessionNotes: async (_root, { input }, ctx) => {
      const actor = requireActor(ctx);
      return oneBooking(ctx.em, actor, await hours.writeSessionNotes(ctx.em, actor, ctx.app.clock, input));
    },
    rateSession: async (_root, { input }, ctx) => {
      const actor = requireActor(ctx);
      return oneBooking(ctx.em, actor, await hours.rateSession(ctx.em, actor, ctx.app.clock, input));
    },
  },
};

export const mentorsLoaders: MercuriusLoaders = {
  Mentor: {
    /**
     * A founder counts only their own startups with a mentor: the mentor's other startups are not theirs to read.
     * Everyone else who may read a mentor sees its whole load.
     */
    async activeStartups(queries: { obj: read.MentorView }[], ctx) {
      const actor = ctx.actor;
      if (actor?.role !== 'FOUNDER') return queries.map((q) => q.obj.activeStartups);
      const own = await mentors.founderActiveCounts(ctx.em, actor.userId);
      return queries.map((q) => own.get(q.obj.id) ?? 0);
    },
  },
};
