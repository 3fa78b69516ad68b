// Mentoring as each role uses it: the managers' directory and matching, the mentor's own page (slots, startups,
// session notes), the founder's booking page, the managers' session list and the board's mentoring panel.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import {
  AssignMentorMutation,
  BookOfficeHourMutation,
  CancelBookingMutation,
  EndMentorAssignmentMutation,
  InviteMentorMutation,
  SetStartupNeedsMutation,
  StartupNeedsQuery,
  UpdateMentorProfileMutation,
  WithdrawOfficeHourMutation,
  FounderMentoringQuery,
  MentorHomeQuery,
  MentorMatchesQuery,
  MentorQuery,
  MentorsQuery,
  MentoringBoardQuery,
  PublishOfficeHourMutation,
  RateSessionMutation,
  SessionsQuery,
  WriteSessionNotesMutation,
} from '../api/mentors';
import type {
  FounderMentoringQuery as FounderMentoring,
  MentorHomeQuery as MentorHome,
  MentorMatchesQuery as MentorMatches,
  MentorQuery as MentorDetail,
  MentoringBoardQuery as MentoringBoard,
  MentorsQuery as MentorList,
  MentorProfileInput,
  PublishOfficeHourInput,
  StartupNeedsInput,
  SessionsQuery as Sessions,
} from '../api/generated/graphql';

export const useMentorsStore = defineStore('mentors', () => {
  /** The directory (managers, board). */
  const directory = ref<MentorList['mentors']>([]);
  /** One mentor's profile and assignments. */
  const detail = ref<MentorDetail | null>(null);
  /** Mentors ranked for one startup, with its needs and current mentors. */
  const matches = ref<MentorMatches | null>(null);
  /** The signed-in mentor's page. */
  const home = ref<MentorHome | null>(null);
  /** The signed-in founder's mentors, open slots and sessions. */
  const founder = ref<FounderMentoring | null>(null);
  /** Every session (managers). */
  const sessions = ref<Sessions['officeHourBookings']>([]);
  const board = ref<MentoringBoard['mentoringBoard'] | null>(null);

  async function loadDirectory() {
    directory.value = (await request(MentorsQuery, {})).mentors;
  }
  async function loadMentor(id: string) {
    detail.value = await request(MentorQuery, { id });
  }
  async function loadMatches(startupId: string) {
    matches.value = await request(MentorMatchesQuery, { startupId });
  }
  async function assign(startupId: string, mentorId: string, reason: string | null) {
    await request(AssignMentorMutation, { startupId, mentorId, reason });
    await loadMatches(startupId);
  }
  async function loadHome() {
    home.value = await request(MentorHomeQuery);
  }
  async function publish(input: PublishOfficeHourInput) {
    await request(PublishOfficeHourMutation, { input });
    await loadHome();
  }
  async function writeNotes(bookingId: string, notes: string, shared: boolean) {
    await request(WriteSessionNotesMutation, { input: { bookingId, notes, shared } });
    await loadHome();
  }
  async function loadFounder() {
    founder.value = await request(FounderMentoringQuery);
  }
  async function book(slotId: string, startupId: string, topic: string) {
    await request(BookOfficeHourMutation, { input: { slotId, startupId, topic } });
    await loadFounder();
  }
  async function cancel(bookingId: string) {
    await request(CancelBookingMutation, { bookingId });
    await loadFounder();
  }
  async function rate(bookingId: string, rating: number, comment: string | null) {
    await request(RateSessionMutation, { input: { bookingId, rating, comment } });
    await loadFounder();
  }
  async function loadSessions() {
    sessions.value = (await request(SessionsQuery)).officeHourBookings;
  }
  async function loadBoard() {
    board.value = (await request(MentoringBoardQuery)).mentoringBoard;
  }
  async function invite(input: MentorProfileInput) {
    await request(InviteMentorMutation, { input });
    await loadDirectory();
  }
  /** Managers any profile (the cap too), a mentor their own. */
  async function updateProfile(id: string, input: MentorProfileInput) {
    await request(UpdateMentorProfileMutation, { id, input });
  }
  async function endAssignment(id: string, startupId: string, reason: string | null) {
    await request(EndMentorAssignmentMutation, { id, reason });
    await loadMatches(startupId);
  }
  async function needsOf(startupId: string) {
    return (await request(StartupNeedsQuery, { startupId })).startupNeeds;
  }
  async function setNeeds(startupId: string, input: StartupNeedsInput) {
    return (await request(SetStartupNeedsMutation, { startupId, input })).setStartupNeeds;
  }
  async function withdraw(slotId: string) {
    await request(WithdrawOfficeHourMutation, { slotId });
    await loadHome();
  }
  /** The mentor cancels a booked session (until it starts). */
  async function cancelAsMentor(bookingId: string) {
    await request(CancelBookingMutation, { bookingId });
    await loadHome();
  }

  return {
    directory,
    detail,
    matches,
    home,
    founder,
    sessions,
    board,
    loadDirectory,
    loadMentor,
    loadMatches,
    assign,
    loadHome,
    publish,
    writeNotes,
    loadFounder,
    book,
    cancel,
    rate,
    loadSessions,
    loadBoard,
    invite,
    updateProfile,
    endAssignment,
    needsOf,
    setNeeds,
    withdraw,
    cancelAsMentor,
  };
});
