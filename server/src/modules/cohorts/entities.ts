// Cohorts: startups incubated together between two dates under one manager.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { VI_COLLATION } from '../../db/search';
import { ProgramSchema } from '../programs';
import { UserSchema } from '../users';

export const CohortSchema = defineEntity({
  name: 'Cohort',
  tableName: 'cohorts',
  checks: [{ name: 'cohorts_dates_check', expression: 'end_date >= start_date' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    name: p.string().length(200).collation(VI_COLLATION).unique(),
    startDate: p.date(),
    endDate: p.date(),
    manager: () => p.manyToOne(UserSchema).nullable().index(),
    program: () => p.manyToOne(ProgramSchema).index(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Cohort = InferEntity<typeof CohortSchema>;
