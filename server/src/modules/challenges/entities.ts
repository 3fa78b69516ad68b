// Problem statements, their rubric, the public applications and the reviewers' scores.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { UserSchema } from '../users';
import { searchIndex, VI_COLLATION } from '../../db/search';

export const SPONSOR_KINDS = ['PUBLIC_BODY', 'ENTERPRISE'] as const;
export const CHALLENGE_STATUSES = ['DRAFT', 'PUBLISHED', 'CLOSED'] as const;
export const MEMBER_BACKGROUNDS = ['UNIVERSITY', 'INSTITUTE', 'COMPANY', 'OVERSEAS', 'SCHOOL', 'INDEPENDENT'] as const;
export const APPLICATION_STATUSES = ['SUBMITTED', 'SELECTED'] as const;
/** The rounds of a statement's selection: every application in the idea round, the shortlisted in the demo round. */
export const REVIEW_PHASES = ['IDEA', 'DEMO'] as const;
export type ReviewPhase = (typeof REVIEW_PHASES)[number];
export const CONFLICT_DECLARATIONS = ['NO_CONFLICT', 'CONFLICT'] as const;

/** What a score on a criterion means (e.g. 2, 5, 8), shown to reviewers beside the criterion. */
export type LevelDescriptor = { score: number; description: string };

export type TeamMember = { name: string; background: (typeof MEMBER_BACKGROUNDS)[number] };

export const ChallengeSchema = defineEntity({
  name: 'Challenge',
  tableName: 'challenges',
  indexes: [searchIndex('challenges')],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    title: p.string().length(300).collation(VI_COLLATION),
    sponsorName: p.string().length(300),
    sponsorKind: p.enum([...SPONSOR_KINDS]).nativeEnumName('sponsor_kind'),
    sector: p.string().length(100),
    description: p.text(),
    expectedOutcome: p.text(),
    deadline: p.date(),
    status: p
      .enum([...CHALLENGE_STATUSES])
      .nativeEnumName('challenge_status')
      .index(),
    publishedAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    /** When the decisions (with per-criterion feedback) were sent: reviewers see team names from then on. */
    decidedAt: p.datetime().nullable(),
    /** The last Hanoi day an applicant may appeal the decision. */
    appealUntil: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Challenge = InferEntity<typeof ChallengeSchema>;

/** One rubric criterion; its share of the score is weight / Σ weights. */
export const ChallengeCriterionSchema = defineEntity({
  name: 'ChallengeCriterion',
  tableName: 'challenge_criteria',
  checks: [{ name: 'challenge_criteria_weight_check', expression: 'weight >= 1 and weight <= 100' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    challenge: () => p.manyToOne(ChallengeSchema).index(),
    position: p.integer(),
    name: p.string().length(200),
    weight: p.integer(),
    levels: p.json<LevelDescriptor[]>().nullable(),
  },
  uniques: [{ properties: ['challenge', 'position'] }],
});
export type ChallengeCriterion = InferEntity<typeof ChallengeCriterionSchema>;

export const ApplicationSchema = defineEntity({
  name: 'Application',
  tableName: 'applications',
  indexes: [searchIndex('applications')],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    challenge: () => p.manyToOne(ChallengeSchema).index(),
    teamName: p.string().length(200).collation(VI_COLLATION),
    members: p.json<TeamMember[]>(),
    proposal: p.text(),
    contactEmail: p.string().length(254),
    status: p.enum([...APPLICATION_STATUSES]).nativeEnumName('application_status'),
    /** Advanced to the demo round. */
    shortlistedAt: p.datetime().nullable(),
    submittedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['challenge', 'teamName'] }],
});
export type Application = InferEntity<typeof ApplicationSchema>;

/** A reviewer's score (0–10) of one application on one criterion; re-scoring replaces it. */
export const ApplicationScoreSchema = defineEntity({
  name: 'ApplicationScore',
  tableName: 'application_scores',
  checks: [{ name: 'application_scores_score_check', expression: 'score >= 0 and score <= 10' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    application: () => p.manyToOne(ApplicationSchema).index(),
    criterion: () => p.manyToOne(ChallengeCriterionSchema),
    reviewer: () => p.manyToOne(UserSchema),
    phase: p
      .enum([...REVIEW_PHASES])
      .nativeEnumName('review_phase')
      .default('IDEA'),
    score: p.integer(),
    scoredAt: p.datetime().onCreate(() => new Date()),
  },
  // Named as the migration created it: the ORM's generated name for a long one changes between majors.
  uniques: [
    {
      name: 'application_scores_application_id_criterion_id_re_27171_unique',
      properties: ['application', 'criterion', 'reviewer', 'phase'],
    },
  ],
});
export type ApplicationScore = InferEntity<typeof ApplicationScoreSchema>;

/** A reviewer assigned to an application in a round, and their conflict-of-interest declaration (before reading it). */
export const ReviewAssignmentSchema = defineEntity({
  name: 'ReviewAssignment',
  tableName: 'review_assignments',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    application: () => p.manyToOne(ApplicationSchema).index(),
    reviewer: () => p.manyToOne(UserSchema).index(),
    phase: p.enum([...REVIEW_PHASES]).nativeEnumName('review_phase'),
    declaration: p
      .enum([...CONFLICT_DECLARATIONS])
      .nativeEnumName('conflict_declaration')
      .nullable(),
    declarationNote: p.text().nullable(),
    declaredAt: p.datetime().nullable(),
    assignedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['application', 'reviewer', 'phase'] }],
});
export type ReviewAssignment = InferEntity<typeof ReviewAssignmentSchema>;

/** The program's feedback to an applicant on one criterion, sent with the decision. */
export const ApplicationFeedbackSchema = defineEntity({
  name: 'ApplicationFeedback',
  tableName: 'application_feedback',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    application: () => p.manyToOne(ApplicationSchema).index(),
    criterion: () => p.manyToOne(ChallengeCriterionSchema),
    text: p.text(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['application', 'criterion'] }],
});
export type ApplicationFeedback = InferEntity<typeof ApplicationFeedbackSchema>;

/** An applicant's appeal of the decision, within the appeal window, and the program's written answer. */
export const ApplicationAppealSchema = defineEntity({
  name: 'ApplicationAppeal',
  tableName: 'application_appeals',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    application: () => p.manyToOne(ApplicationSchema).unique(),
    text: p.text(),
    submittedAt: p.datetime().onCreate(() => new Date()),
    answer: p.text().nullable(),
    answeredBy: () => p.manyToOne(UserSchema).nullable(),
    answeredAt: p.datetime().nullable(),
  },
});
export type ApplicationAppeal = InferEntity<typeof ApplicationAppealSchema>;

/** A winner of a round of a statement's selection. */
export const PhaseWinnerSchema = defineEntity({
  name: 'PhaseWinner',
  tableName: 'phase_winners',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    application: () => p.manyToOne(ApplicationSchema).index(),
    phase: p.enum([...REVIEW_PHASES]).nativeEnumName('review_phase'),
    declaredAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['application', 'phase'] }],
});
export type PhaseWinner = InferEntity<typeof PhaseWinnerSchema>;

export const reviewEntities = [
  ReviewAssignmentSchema,
  ApplicationFeedbackSchema,
  ApplicationAppealSchema,
  PhaseWinnerSchema,
];
