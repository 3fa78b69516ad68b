// An audit entry as GraphQL reads it: service.ts maps each row of a page, with its subject's names, to this view;
// the facets' actors are read straight in this shape.
export interface AuditEntryView {
  id: string;
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  actorName: string | null;
  subject: AuditSubjectView;
}

/** Names of what an entry is about, resolved with the page (subjects.ts). */
export interface AuditSubjectView {
  name: string | null;
  startupId: string | null;
  startupName: string | null;
  fundId: string | null;
  fundName: string | null;
  challengeId: string | null;
  challengeTitle: string | null;
  dealId: string | null;
  dealTitle: string | null;
  cohortId: string | null;
  mentorId: string | null;
  mentorName: string | null;
}

/** A user who appears in the log as an actor (the facets' filter by name). */
export interface AuditActorView {
  id: string;
  name: string;
  email: string;
}
