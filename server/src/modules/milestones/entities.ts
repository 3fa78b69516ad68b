// Milestones of a startup (problem validated, prototype, MVP, pilot, first customer, custom).
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { MILESTONE_KINDS, MILESTONE_STATUSES } from '@launchpad/shared';
import { StartupSchema } from '../startups';
import { UserSchema } from '../users';

export const MilestoneSchema = defineEntity({
  name: 'Milestone',
  tableName: 'milestones',
  checks: [
    { name: 'milestones_verified_check', expression: "(status = 'VERIFIED') = (verified_at is not null)" },
    {
      name: 'milestones_pilot_check',
      expression:
        "kind = 'PILOT' or (pilot_partner is null and pilot_scope is null and pilot_start is null and pilot_end is null)",
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    startup: () => p.manyToOne(StartupSchema).index(),
    kind: p.enum([...MILESTONE_KINDS]).nativeEnumName('milestone_kind'),
    title: p.string().length(200),
    dueDate: p.date().nullable(),
    status: p.enum([...MILESTONE_STATUSES]).nativeEnumName('milestone_status'),
    evidenceUrl: p.string().length(2000).nullable(),
    evidenceText: p.text().nullable(),
    /** Pilot in a controlled test (sandbox) with a public partner: only for PILOT. */
    pilotPartner: p.string().length(300).nullable(),
    pilotScope: p.text().nullable(),
    pilotStart: p.date().nullable(),
    pilotEnd: p.date().nullable(),
    verifiedAt: p.datetime().nullable(),
    verifiedBy: () => p.manyToOne(UserSchema).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Milestone = InferEntity<typeof MilestoneSchema>;
