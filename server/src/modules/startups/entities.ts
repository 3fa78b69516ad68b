// Startups, their founders (memberships) and the append-only history of stage moves.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { STAGES } from '@launchpad/shared';
import { ApplicationSchema, ChallengeSchema } from '../challenges';
import { CohortSchema } from '../cohorts';
import { ProgramSchema } from '../programs';
import { UserSchema } from '../users';
import { searchIndex, VI_COLLATION } from '../../db/search';

export const StartupSchema = defineEntity({
  name: 'Startup',
  tableName: 'startups',
  indexes: [
    searchIndex('startups'),
    // The KPI figures kept on the row by triggers (Migration20261203600000KpiStartupFacts), not mapped here.
    {
      name: 'startups_first_incubated_on_index',
      expression: `create index "startups_first_incubated_on_index" on "startups" ("first_incubated_on") include ("sector", "cohort_id") where "first_incubated_on" is not null`,
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    name: p.string().length(200).collation(VI_COLLATION).unique(),
    sector: p.string().length(100).index(),
    stage: p
      .enum([...STAGES])
      .nativeEnumName('startup_stage')
      .index(),
    description: p.text().nullable(),
    program: () => p.manyToOne(ProgramSchema).index(),
    challenge: () => p.manyToOne(ChallengeSchema).nullable().index(),
    application: () => p.manyToOne(ApplicationSchema).nullable().unique(),
    cohort: () => p.manyToOne(CohortSchema).nullable().index(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Startup = InferEntity<typeof StartupSchema>;

/** A founder's membership of a startup: every founder-facing operation is scoped by it. */
export const StartupMemberSchema = defineEntity({
  name: 'StartupMember',
  tableName: 'startup_members',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    startup: () => p.manyToOne(StartupSchema).index(),
    user: () => p.manyToOne(UserSchema).index(),
    joinedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['startup', 'user'] }],
});
export type StartupMember = InferEntity<typeof StartupMemberSchema>;

/** One stage move: from, to, when, who, why. Never updated nor deleted (a trigger refuses it). */
export const StageMoveSchema = defineEntity({
  name: 'StageMove',
  tableName: 'stage_moves',
  checks: [{ name: 'stage_moves_moves_check', expression: 'from_stage is distinct from to_stage' }],
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    startup: () => p.manyToOne(StartupSchema),
    fromStage: p
      .enum([...STAGES])
      .nativeEnumName('startup_stage')
      .nullable(),
    toStage: p
      .enum([...STAGES])
      .nativeEnumName('startup_stage')
      .index(),
    at: p.datetime(),
    by: () => p.manyToOne(UserSchema).nullable(),
    reason: p.text().nullable(),
  },
  indexes: [{ properties: ['startup', 'at'] }],
});
export type StageMove = InferEntity<typeof StageMoveSchema>;
