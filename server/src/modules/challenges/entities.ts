// Problem statements, their rubric, the public applications and the reviewers' scores.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { UserSchema } from '../users';
import { searchIndex } from '../../db/search';

export const SPONSOR_KINDS = ['PUBLIC_BODY', 'ENTERPRISE'] as const;
export const CHALLENGE_STATUSES = ['DRAFT', 'PUBLISHED', 'CLOSED'] as const;
export const MEMBER_BACKGROUNDS = ['UNIVERSITY', 'INSTITUTE', 'COMPANY', 'OVERSEAS', 'SCHOOL', 'INDEPENDENT'] as const;
export const APPLICATION_STATUSES = ['SUBMITTED', 'SELECTED'] as const;

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
    title: p.string().length(300),
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
    teamName: p.string().length(200),
    members: p.json<TeamMember[]>(),
    proposal: p.text(),
    contactEmail: p.string().length(254),
    status: p.enum([...APPLICATION_STATUSES]).nativeEnumName('application_status'),
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
    score: p.integer(),
    scoredAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['application', 'criterion', 'reviewer'] }],
});
export type ApplicationScore = InferEntity<typeof ApplicationScoreSchema>;
