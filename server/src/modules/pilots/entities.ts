// Pilots in controlled testing (sandbox): an agreement between a startup and a public body, with scope,
// conditions, dates, the responsible officer, status, and the outcome with its evidence.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { MilestoneSchema } from '../milestones';
import { StrategicPartnerSchema } from '../partners';
import { PppProposalSchema } from '../ppp';
import { StartupSchema } from '../startups';

export const PILOT_STATUSES = ['PLANNED', 'ACTIVE', 'COMPLETED', 'STOPPED'] as const;
export type PilotStatus = (typeof PILOT_STATUSES)[number];

export const PilotAgreementSchema = defineEntity({
  name: 'PilotAgreement',
  tableName: 'pilot_agreements',
  checks: [{ name: 'pilot_agreements_dates_check', expression: 'end_date >= start_date' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    startup: () => p.manyToOne(StartupSchema).index(),
    publicBody: p.string().length(300),
    partner: () => p.manyToOne(StrategicPartnerSchema).nullable().deleteRule('set null').index(),
    scope: p.text(),
    conditions: p.text(),
    startDate: p.date(),
    endDate: p.date(),
    responsibleOfficer: p.string().length(200),
    status: p
      .enum([...PILOT_STATUSES])
      .nativeEnumName('pilot_status')
      .index(),
    outcome: p.text().nullable(),
    evidenceUrl: p.string().length(2000).nullable(),
    /** The startup's PILOT milestone that refers to this agreement. */
    milestone: () => p.manyToOne(MilestoneSchema).nullable().unique().deleteRule('set null'),
    /** The accepted PPP proposal it came from. */
    proposal: () => p.manyToOne(PppProposalSchema).nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type PilotAgreement = InferEntity<typeof PilotAgreementSchema>;
