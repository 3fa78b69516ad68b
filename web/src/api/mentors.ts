// Operations of mentoring: the directory and profiles, matching, assignments, office hours, notes and ratings,
// the calendar feed and the board's mentoring panel.
import { graphql } from './generated';

export const MentorFields = graphql(`
  fragment MentorFields on Mentor {
    id
    email
    displayName
    background
    organization
    sectors
    expertise
    languages
    bio
    availability
    maxActiveStartups
    activeStartups
    hasAccount
  }
`);

export const SlotFields = graphql(`
  fragment SlotFields on OfficeHourSlot {
    id
    startsAt
    endsAt
    startsAtHanoi
    location
    booked
    mentor {
      id
      displayName
      background
      organization
    }
  }
`);

export const BookingFields = graphql(`
  fragment BookingFields on OfficeHourBooking {
    id
    startupId
    startupName
    topic
    bookedAt
    cancelledAt
    notes
    notesShared
    rating
    ratingComment
    ics
    slot {
      ...SlotFields
    }
  }
`);

export const MentorsQuery = graphql(`
  query Mentors($background: MentorBackground, $sector: String, $need: MentorNeed) {
    mentors(background: $background, sector: $sector, need: $need) {
      ...MentorFields
    }
  }
`);

export const MentorQuery = graphql(`
  query Mentor($id: ID!) {
    mentor(id: $id) {
      ...MentorFields
    }
    mentorAssignments(mentorId: $id) {
      id
      startupId
      startupName
      startedAt
      endedAt
    }
  }
`);

export const MentorMatchesQuery = graphql(`
  query MentorMatches($startupId: ID!) {
    startup(id: $startupId) {
      id
      name
    }
    mentorMatches(startupId: $startupId) {
      score
      available
      reasons {
        kind
        sector
        need
        active
        cap
      }
      mentor {
        ...MentorFields
      }
    }
    startupNeeds(startupId: $startupId) {
      needs
      note
    }
    mentorAssignments(startupId: $startupId, activeOnly: true) {
      id
      mentor {
        id
        displayName
      }
      startedAt
      history {
        kind
        at
        actorName
        reason
      }
    }
  }
`);

export const AssignMentorMutation = graphql(`
  mutation AssignMentor($startupId: ID!, $mentorId: ID!, $reason: String) {
    assignMentor(startupId: $startupId, mentorId: $mentorId, reason: $reason) {
      id
    }
  }
`);

export const MentorHomeQuery = graphql(`
  query MentorHome {
    myMentorProfile {
      ...MentorFields
    }
    mentoredStartups {
      id
      name
      sector
      stage
      needs
      needsNote
      founders
      metricReports {
        period
        customers
        employees
      }
    }
    officeHours {
      ...SlotFields
    }
    officeHourBookings {
      ...BookingFields
    }
    calendarFeedUrl
  }
`);

export const PublishOfficeHourMutation = graphql(`
  mutation PublishOfficeHour($input: PublishOfficeHourInput!) {
    publishOfficeHour(input: $input) {
      id
    }
  }
`);

export const WriteSessionNotesMutation = graphql(`
  mutation WriteSessionNotes($input: SessionNotesInput!) {
    writeSessionNotes(input: $input) {
      id
    }
  }
`);

export const FounderMentoringQuery = graphql(`
  query FounderMentoring {
    myStartups {
      id
      name
    }
    myMentors {
      ...MentorFields
    }
    officeHours {
      ...SlotFields
    }
    officeHourBookings {
      ...BookingFields
    }
    calendarFeedUrl
  }
`);

export const BookOfficeHourMutation = graphql(`
  mutation BookOfficeHour($input: BookOfficeHourInput!) {
    bookOfficeHour(input: $input) {
      id
    }
  }
`);

export const CancelBookingMutation = graphql(`
  mutation CancelOfficeHourBooking($bookingId: ID!) {
    cancelOfficeHourBooking(bookingId: $bookingId) {
      id
    }
  }
`);

export const RateSessionMutation = graphql(`
  mutation RateSession($input: RateSessionInput!) {
    rateSession(input: $input) {
      id
    }
  }
`);

export const SessionsQuery = graphql(`
  query Sessions {
    officeHourBookings {
      ...BookingFields
    }
  }
`);

export const MentoringBoardQuery = graphql(`
  query MentoringBoard {
    mentoringBoard {
      hoursByStartup {
        key
        label
        sessions
        hours
      }
      hoursByStage {
        key
        label
        sessions
        hours
      }
      hoursBySector {
        key
        label
        sessions
        hours
      }
      activeMentorsByBackground {
        background
        active
      }
      sessionsHeld
      sessionsRated
      averageRating
    }
  }
`);

// --- managing mentors, needs and slots --------------------------------------------------------------------------

export const InviteMentorMutation = graphql(`
  mutation InviteMentor($input: MentorProfileInput!) {
    inviteMentor(input: $input) {
      ...MentorFields
    }
  }
`);

export const UpdateMentorProfileMutation = graphql(`
  mutation UpdateMentorProfile($id: ID!, $input: MentorProfileInput!) {
    updateMentorProfile(id: $id, input: $input) {
      ...MentorFields
    }
  }
`);

export const EndMentorAssignmentMutation = graphql(`
  mutation EndMentorAssignment($id: ID!, $reason: String) {
    endMentorAssignment(id: $id, reason: $reason) {
      id
    }
  }
`);

export const StartupNeedsQuery = graphql(`
  query StartupNeeds($startupId: ID!) {
    startupNeeds(startupId: $startupId) {
      startupId
      needs
      note
      shareMetricsWithMentors
    }
  }
`);

export const SetStartupNeedsMutation = graphql(`
  mutation SetStartupNeeds($startupId: ID!, $input: StartupNeedsInput!) {
    setStartupNeeds(startupId: $startupId, input: $input) {
      startupId
      needs
      note
      shareMetricsWithMentors
    }
  }
`);

export const WithdrawOfficeHourMutation = graphql(`
  mutation WithdrawOfficeHour($slotId: ID!) {
    withdrawOfficeHour(slotId: $slotId) {
      id
    }
  }
`);
