// The city's PPP portal: priority research and S&T tasks, the legal documents that govern them, and the PPP
// proposals enterprises, institutes and startups submit online without an account, with their status history.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { PPP_ORGANIZATION_KINDS, PPP_OUTCOMES, PPP_PROPOSAL_STATUSES } from '@launchpad/shared';
import { ChallengeSchema } from '../challenges';
import { StartupSchema } from '../startups';

export const PRIORITY_TASK_STATUSES = ['DRAFT', 'PUBLISHED', 'CLOSED'] as const;

export const LegalDocumentSchema = defineEntity({
  name: 'LegalDocument',
  tableName: 'legal_documents',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    /** The document's number as issued, e.g. 6100/QĐ-UBND. */
    number: p.string().length(100).unique(),
    titleVi: p.string().length(500),
    titleEn: p.string().length(500),
    issuer: p.string().length(300),
    issuedOn: p.date(),
    url: p.string().length(2000).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type LegalDocument = InferEntity<typeof LegalDocumentSchema>;

export const PriorityTaskSchema = defineEntity({
  name: 'PriorityTask',
  tableName: 'priority_tasks',
  checks: [
    {
      name: 'priority_tasks_budget_check',
      expression: 'budget_min >= 0 and budget_max >= budget_min',
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    titleVi: p.string().length(300),
    titleEn: p.string().length(300),
    /** A sector code from the sector list. */
    field: p.string().length(50),
    expectedResultVi: p.text(),
    expectedResultEn: p.text(),
    budgetMin: p.bigint(),
    budgetMax: p.bigint(),
    /** Whether the risk-tolerant mechanism (accepting controlled risk) applies to this task. */
    riskTolerant: p.boolean(),
    deadline: p.date(),
    status: p
      .enum([...PRIORITY_TASK_STATUSES])
      .nativeEnumName('priority_task_status')
      .index(),
    publishedAt: p.datetime().nullable(),
    legalDocuments: () => p.manyToMany(LegalDocumentSchema).owner().pivotTable('priority_task_documents'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type PriorityTask = InferEntity<typeof PriorityTaskSchema>;

export const PppProposalSchema = defineEntity({
  name: 'PppProposal',
  tableName: 'ppp_proposals',
  checks: [
    { name: 'ppp_proposals_budget_check', expression: 'budget_public >= 0 and budget_private >= 0' },
    {
      name: 'ppp_proposals_outcome_check',
      expression: "outcome is null or status = 'ACCEPTED'",
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    /** The receipt code the submitter quotes to look the status up. */
    code: p.string().length(12).unique(),
    priorityTask: () => p.manyToOne(PriorityTaskSchema).nullable().index(),
    organization: p.string().length(300),
    organizationKind: p.enum([...PPP_ORGANIZATION_KINDS]).nativeEnumName('ppp_organization_kind'),
    contactName: p.string().length(200),
    contactEmail: p.string().length(254),
    contactPhone: p.string().length(30).nullable(),
    title: p.string().length(300),
    summary: p.text(),
    budgetPublic: p.bigint(),
    budgetPrivate: p.bigint(),
    /** The language the submitter wrote in: e-mails to the contact use it. */
    locale: p.string().length(2),
    status: p
      .enum([...PPP_PROPOSAL_STATUSES])
      .nativeEnumName('ppp_proposal_status')
      .index(),
    /** The reasons of the latest decision (sent to the contact). */
    reason: p.text().nullable(),
    outcome: p
      .enum([...PPP_OUTCOMES])
      .nativeEnumName('ppp_outcome')
      .nullable(),
    challenge: () => p.manyToOne(ChallengeSchema).nullable(),
    /** The pilot agreement it became (pilots module; no foreign key so this module does not depend on it). */
    pilotId: p.uuid().nullable(),
    contractStartup: () => p.manyToOne(StartupSchema).nullable(),
    submittedAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type PppProposal = InferEntity<typeof PppProposalSchema>;

/** Append-only: every move of a proposal through the workflow, with who, when and why. */
export const PppProposalMoveSchema = defineEntity({
  name: 'PppProposalMove',
  tableName: 'ppp_proposal_moves',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    proposal: () => p.manyToOne(PppProposalSchema).deleteRule('cascade').index(),
    from: p
      .enum([...PPP_PROPOSAL_STATUSES])
      .nativeEnumName('ppp_proposal_status')
      .nullable(),
    to: p.enum([...PPP_PROPOSAL_STATUSES]).nativeEnumName('ppp_proposal_status'),
    reason: p.text().nullable(),
    actorId: p.uuid().nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export type PppProposalMove = InferEntity<typeof PppProposalMoveSchema>;

/** A file sent with a proposal (PDF, image, office file), its bytes kept by hash in the documents store. */
export const PppProposalAttachmentSchema = defineEntity({
  name: 'PppProposalAttachment',
  tableName: 'ppp_proposal_attachments',
  checks: [{ name: 'ppp_proposal_attachments_sha256_check', expression: "sha256 ~ '^[0-9a-f]{64}$'" }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    proposal: () => p.manyToOne(PppProposalSchema).deleteRule('cascade').index(),
    /** The order the submitter attached them in. */
    position: p.integer(),
    fileName: p.string().length(255),
    mediaType: p.string().length(150),
    size: p.bigint(),
    sha256: p.string().length(64),
    uploadedAt: p.datetime().onCreate(() => new Date()),
  },
});
export type PppProposalAttachment = InferEntity<typeof PppProposalAttachmentSchema>;

export const pppEntities = [
  LegalDocumentSchema,
  PriorityTaskSchema,
  PppProposalSchema,
  PppProposalMoveSchema,
  PppProposalAttachmentSchema,
];
