// The investment-decision pipeline: deals and their append-only moves, the due-diligence checklist (areas
// editable per fund), documents (content-addressed by SHA-256), and the investment committee — meetings,
// members, conflict-of-interest declarations and votes (both append-only: an inspector reads what was said).
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { DD_STATUSES, DEAL_STEPS, DOCUMENT_KINDS, VOTE_CHOICES } from '@launchpad/shared';
import { FundSchema, INSTRUMENTS } from '../fund';
import { StartupSchema } from '../startups';

const id = () =>
  p
    .uuid()
    .primary()
    .onCreate(() => randomUUID());

export const DealSchema = defineEntity({
  name: 'Deal',
  tableName: 'deals',
  properties: {
    id: id(),
    fund: () => p.manyToOne(FundSchema).deleteRule('restrict').index(),
    startup: () => p.manyToOne(StartupSchema).deleteRule('restrict').index(),
    title: p.string().length(200),
    instrument: p.enum([...INSTRUMENTS]).nativeEnumName('round_instrument'),
    amountAsked: p.bigint(),
    preMoney: p.bigint(),
    step: p.enum([...DEAL_STEPS]).nativeEnumName('deal_step'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  checks: [{ name: 'deals_amounts_check', expression: 'amount_asked > 0 and pre_money >= 0' }],
});
export type Deal = InferEntity<typeof DealSchema>;

/** Every step a deal took: from, to, who, when, why. Never edited. */
export const DealMoveSchema = defineEntity({
  name: 'DealMove',
  tableName: 'deal_moves',
  properties: {
    id: id(),
    deal: () => p.manyToOne(DealSchema).deleteRule('restrict').index(),
    fromStep: p
      .enum([...DEAL_STEPS])
      .nativeEnumName('deal_step')
      .nullable(),
    toStep: p.enum([...DEAL_STEPS]).nativeEnumName('deal_step'),
    reason: p.text().nullable(),
    actorId: p.uuid().nullable(),
    actorEmail: p.string().length(320).nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export type DealMove = InferEntity<typeof DealMoveSchema>;

/** A fund's due-diligence areas, in order; a new deal's checklist copies them. */
export const DdAreaSchema = defineEntity({
  name: 'DdArea',
  tableName: 'dd_areas',
  properties: {
    id: id(),
    fund: () => p.manyToOne(FundSchema).deleteRule('cascade'),
    name: p.string().length(100),
    position: p.integer(),
  },
  uniques: [{ name: 'dd_areas_fund_id_name_unique', properties: ['fund', 'name'] }],
});
export type DdArea = InferEntity<typeof DdAreaSchema>;

export const DdItemSchema = defineEntity({
  name: 'DdItem',
  tableName: 'dd_items',
  properties: {
    id: id(),
    deal: () => p.manyToOne(DealSchema).deleteRule('cascade').index(),
    area: p.string().length(100),
    position: p.integer(),
    status: p.enum([...DD_STATUSES]).nativeEnumName('dd_status'),
    finding: p.text().nullable(),
    updatedBy: p.string().length(320).nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'dd_items_deal_id_area_unique', properties: ['deal', 'area'] }],
});
export type DdItem = InferEntity<typeof DdItemSchema>;

/** An uploaded file of a deal; the bytes live in the document store under their SHA-256. */
export const DealDocumentSchema = defineEntity({
  name: 'DealDocument',
  tableName: 'deal_documents',
  properties: {
    id: id(),
    deal: () => p.manyToOne(DealSchema).deleteRule('restrict').index(),
    kind: p.enum([...DOCUMENT_KINDS]).nativeEnumName('document_kind'),
    area: p.string().length(100).nullable(),
    fileName: p.string().length(255),
    mediaType: p.string().length(150),
    size: p.bigint(),
    sha256: p.string().length(64),
    uploadedBy: p.string().length(320).nullable(),
    uploadedAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [{ name: 'deal_documents_sha256_check', expression: "sha256 ~ '^[0-9a-f]{64}$'" }],
});
export type DealDocument = InferEntity<typeof DealDocumentSchema>;

/** The investment committee's meeting on a deal (one per deal); outcome and minutes once it decided. */
export const CommitteeMeetingSchema = defineEntity({
  name: 'CommitteeMeeting',
  tableName: 'committee_meetings',
  properties: {
    id: id(),
    deal: () => p.oneToOne(DealSchema).owner().deleteRule('restrict'),
    heldOn: p.date(),
    quorum: p.integer(),
    outcome: p.enum(['APPROVED', 'REJECTED']).nativeEnumName('committee_outcome').nullable(),
    approvedAmount: p.bigint().nullable(),
    minutes: p.text().nullable(),
    decidedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [{ name: 'committee_meetings_quorum_check', expression: 'quorum >= 1' }],
});
export type CommitteeMeeting = InferEntity<typeof CommitteeMeetingSchema>;

export const CommitteeMemberSchema = defineEntity({
  name: 'CommitteeMember',
  tableName: 'committee_members',
  properties: {
    id: id(),
    meeting: () => p.manyToOne(CommitteeMeetingSchema).deleteRule('cascade').index(),
    name: p.string().length(200),
    present: p.boolean(),
    position: p.integer(),
  },
});
export type CommitteeMember = InferEntity<typeof CommitteeMemberSchema>;

/** A member's conflict-of-interest declaration, made before voting; one per member, never edited. */
export const ConflictDeclarationSchema = defineEntity({
  name: 'ConflictDeclaration',
  tableName: 'conflict_declarations',
  properties: {
    id: id(),
    member: () => p.oneToOne(CommitteeMemberSchema).owner().deleteRule('restrict'),
    conflicted: p.boolean(),
    statement: p.text().nullable(),
    recordedBy: p.string().length(320).nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export type ConflictDeclaration = InferEntity<typeof ConflictDeclarationSchema>;

/** A member's vote with its reason; one per member (a second vote is refused), never edited. */
export const CommitteeVoteSchema = defineEntity({
  name: 'CommitteeVote',
  tableName: 'committee_votes',
  properties: {
    id: id(),
    member: () => p.oneToOne(CommitteeMemberSchema).owner().deleteRule('restrict'),
    choice: p.enum([...VOTE_CHOICES]).nativeEnumName('vote_choice'),
    reason: p.text(),
    recordedBy: p.string().length(320).nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export type CommitteeVote = InferEntity<typeof CommitteeVoteSchema>;

export const dealEntities = [
  DealSchema,
  DealMoveSchema,
  DdAreaSchema,
  DdItemSchema,
  DealDocumentSchema,
  CommitteeMeetingSchema,
  CommitteeMemberSchema,
  ConflictDeclarationSchema,
  CommitteeVoteSchema,
];
