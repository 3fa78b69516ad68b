// Challenge, RubricCriterion, Application and ApplicationScore as GraphQL reads them: queries and mutations map
// the entities they read or wrote to these views. An application's identity fields are still withheld from a
// blind reviewer by its field loaders (blind.ts), whatever the view carries.
import type { ApplicationStatus, ChallengeStatus, ReviewPhase, SponsorKind } from '../../graphql/generated';
import type { Ref } from '../../kernel';
import type {
  Application,
  ApplicationScore,
  Challenge,
  ChallengeCriterion,
  LevelDescriptor,
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
