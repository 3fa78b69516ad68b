// Challenge, RubricCriterion, Application and ApplicationScore as GraphQL reads them: queries and mutations map
// the entities they read or wrote to these views. An application's identity fields are still withheld from a
// blind reviewer by its field loaders (blind.ts), whatever the view carries.
import type {
  ApplicationStatus,
  ChallengeStatus,
  ConflictDeclaration,
  ReviewPhase,
  Role,
  SponsorKind,
} from '../../graphql/generated';
import type { Ref } from '../../kernel';
import type {
  Application,
  ApplicationAppeal,
  ApplicationScore,
  Challenge,
  ChallengeCriterion,
  LevelDescriptor,
  ReviewAssignment,
  TeamMember,
} from './entities';

export interface ChallengeView {
  id: string;
  title: string;
  sponsorName: string;
  sponsorKind: SponsorKind;
  sector: string;
  description: string;
  expectedOutcome: string;
  deadline: string;
  status: ChallengeStatus;
  publishedAt: Date | null;
  closedAt: Date | null;
  decidedAt: Date | null;
  appealUntil: string | null;
  createdAt: Date;
}

export function challengeView(c: Challenge): ChallengeView {
  return {
    id: c.id,
    title: c.title,
    sponsorName: c.sponsorName,
    sponsorKind: c.sponsorKind,
    sector: c.sector,
    description: c.description,
    expectedOutcome: c.expectedOutcome,
    deadline: c.deadline,
    status: c.status,
    publishedAt: c.publishedAt ?? null,
    closedAt: c.closedAt ?? null,
    decidedAt: c.decidedAt ?? null,
    appealUntil: c.appealUntil ?? null,
    createdAt: c.createdAt,
  };
}

export interface RubricCriterionView {
  id: string;
  challenge: Ref;
  position: number;
  name: string;
  weight: number;
  levels: LevelDescriptor[] | null;
}

export function rubricCriterionView(c: ChallengeCriterion): RubricCriterionView {
  return {
    id: c.id,
    challenge: { id: c.challenge.id },
    position: c.position,
    name: c.name,
    weight: c.weight,
    levels: c.levels ?? null,
  };
}

export interface ApplicationView {
  id: string;
  challenge: Ref;
  teamName: string;
  members: TeamMember[];
  proposal: string;
  contactEmail: string;
  status: ApplicationStatus;
  shortlistedAt: Date | null;
  submittedAt: Date;
}

export function applicationView(a: Application): ApplicationView {
  return {
    id: a.id,
    challenge: { id: a.challenge.id },
    teamName: a.teamName,
    members: a.members,
    proposal: a.proposal,
    contactEmail: a.contactEmail,
    status: a.status,
    shortlistedAt: a.shortlistedAt ?? null,
    submittedAt: a.submittedAt,
  };
}

export interface ApplicationScoreView {
  id: string;
  application: Ref;
  criterion: RubricCriterionView;
  reviewer: Ref;
  phase: ReviewPhase;
  score: number;
  scoredAt: Date;
}

/** A score with its criterion loaded (populate 'criterion'). */
export function applicationScoreView(s: ApplicationScore): ApplicationScoreView {
  return {
    id: s.id,
    application: { id: s.application.id },
    criterion: rubricCriterionView(s.criterion),
    reviewer: { id: s.reviewer.id },
    phase: s.phase,
    score: s.score,
    scoredAt: s.scoredAt,
  };
}

/** What an anonymous applicant gets back: the application's id and the code quoted in the receipt e-mail. */
export interface ApplicationReceiptView {
  id: string;
  challengeId: string;
  teamName: string;
  submittedAt: Date;
  receiptCode: string;
}

export function applicationReceiptView(a: Application, receiptCode: string): ApplicationReceiptView {
  return { id: a.id, challengeId: a.challenge.id, teamName: a.teamName, submittedAt: a.submittedAt, receiptCode };
}

export interface ReviewerCandidateView {
  id: string;
  displayName: string;
  role: Role;
}

export function reviewerCandidateView(user: ReviewerCandidateView): ReviewerCandidateView {
  return { id: user.id, displayName: user.displayName, role: user.role };
}

export interface ReviewAssignmentView {
  id: string;
  applicationId: string;
  teamName: string;
  reviewerId: string;
  reviewerName: string;
  phase: ReviewPhase;
  declaration: ConflictDeclaration | null;
  declarationNote: string | null;
  declaredAt: Date | null;
}

/** An assignment with its reviewer loaded; the team's name is the blind reference while the review is blind. */
export function reviewAssignmentView(
  row: ReviewAssignment & { reviewer: { displayName: string } },
  teamName: string,
): ReviewAssignmentView {
  return {
    id: row.id,
    applicationId: row.application.id,
    teamName,
    reviewerId: row.reviewer.id,
    reviewerName: row.reviewer.displayName,
    phase: row.phase,
    declaration: row.declaration ?? null,
    declarationNote: row.declarationNote ?? null,
    declaredAt: row.declaredAt ?? null,
  };
}

/** An application as its reviewer sees it (blind.ts and review.ts decide what is withheld). */
export interface BlindReviewView {
  assignmentId: string;
  applicationId: string;
  reference: string;
  phase: ReviewPhase;
  declaration: ConflictDeclaration | null;
  challengeId: string;
  challengeTitle: string;
  proposal: string | null;
  teamName: string | null;
  members: TeamMember[] | null;
  rubric: RubricCriterionView[];
  myScores: { criterionId: string; score: number }[];
}

export interface CriterionFeedbackView {
  applicationId: string;
  criterionId: string;
  criterionName: string;
  text: string;
}

export interface ApplicationAppealView {
  id: string;
  applicationId: string;
  text: string;
  submittedAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  appealUntil: string | null;
}

export function applicationAppealView(appeal: ApplicationAppeal, appealUntil: string | null): ApplicationAppealView {
  return {
    id: appeal.id,
    applicationId: appeal.application.id,
    text: appeal.text,
    submittedAt: appeal.submittedAt,
    answer: appeal.answer ?? null,
    answeredAt: appeal.answeredAt ?? null,
    appealUntil,
  };
}
