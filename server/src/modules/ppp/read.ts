// The PPP module's reads and their views (plain objects shaped as the schema's types): queries and mutations map
// the entities they read or wrote to these.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { nextPppStatuses, PPP_PROPOSAL_STATUSES, requireEnum, type PppProposalStatus } from '@launchpad/shared';
import { requireId } from '../../kernel';
import {
  LegalDocumentSchema,
  PppProposalAttachmentSchema,
  PppProposalMoveSchema,
  PppProposalSchema,
  PRIORITY_TASK_STATUSES,
  PriorityTaskSchema,
  type LegalDocument,
  type PppProposal,
  type PppProposalAttachment,
  type PppProposalMove,
  type PriorityTask,
} from './entities';

export interface LegalDocumentView {
  id: string;
  number: string;
  titleVi: string;
  titleEn: string;
  issuer: string;
  issuedOn: LegalDocument['issuedOn'];
  url: string | null;
}

export function legalDocumentView(d: LegalDocument): LegalDocumentView {
  return {
    id: d.id,
    number: d.number,
    titleVi: d.titleVi,
    titleEn: d.titleEn,
    issuer: d.issuer,
    issuedOn: d.issuedOn,
    url: d.url ?? null,
  };
}

export interface PriorityTaskView {
  id: string;
  titleVi: string;
  titleEn: string;
  field: string;
  expectedResultVi: string;
  expectedResultEn: string;
  budgetMin: bigint;
  budgetMax: bigint;
  riskTolerant: boolean;
  deadline: PriorityTask['deadline'];
  status: PriorityTask['status'];
  publishedAt: Date | null;
  legalDocuments: LegalDocumentView[];
}

function taskView(t: PriorityTask): PriorityTaskView {
  return {
    id: t.id,
    titleVi: t.titleVi,
    titleEn: t.titleEn,
    field: t.field,
    expectedResultVi: t.expectedResultVi,
    expectedResultEn: t.expectedResultEn,
    budgetMin: t.budgetMin,
    budgetMax: t.budgetMax,
    riskTolerant: t.riskTolerant,
    deadline: t.deadline,
    status: t.status,
    publishedAt: t.publishedAt ?? null,
    legalDocuments: t.legalDocuments.isInitialized() ? t.legalDocuments.getItems().map(legalDocumentView) : [],
  };
}

/** Tasks with their legal documents in two statements. */
export async function taskViews(em: EntityManager, tasks: PriorityTask[]): Promise<PriorityTaskView[]> {
  if (tasks.length) await em.populate(tasks, ['legalDocuments']);
  return tasks.map((task) => {
    const view = taskView(task);
    view.legalDocuments.sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
    return view;
  });
}

export async function publishedTasks(em: EntityManager) {
  const tasks = await em.find(
    PriorityTaskSchema,
    { status: 'PUBLISHED' },
    { orderBy: { deadline: 'asc', titleVi: 'asc' } },
  );
  return taskViews(em, tasks);
}

export async function allTasks(em: EntityManager, status?: string | null) {
  const where: FilterQuery<PriorityTask> = status
    ? { status: requireEnum('status', status, PRIORITY_TASK_STATUSES) }
    : {};
  const tasks = await em.find(PriorityTaskSchema, where, { orderBy: { createdAt: 'desc', id: 'asc' } });
  return taskViews(em, tasks);
}

export async function legalDocuments(em: EntityManager) {
  const documents = await em.find(LegalDocumentSchema, {}, { orderBy: { issuedOn: 'desc', number: 'asc' } });
  return documents.map(legalDocumentView);
}

/** What anyone with the receipt code sees of a proposal: no contact details. */
export interface PppProposalStatusView {
  code: string;
  title: string;
  organization: string;
  status: PppProposal['status'];
  submittedAt: Date;
  updatedAt: Date;
  reason: string | null;
}

export function proposalStatusView(p: PppProposal): PppProposalStatusView {
  return {
    code: p.code,
    title: p.title,
    organization: p.organization,
    status: p.status,
    submittedAt: p.submittedAt,
    updatedAt: p.updatedAt,
    // Only the reasons of a return or a refusal are the submitter's to read.
    reason: p.status === 'RETURNED' || p.status === 'REFUSED' ? (p.reason ?? null) : null,
  };
}

export interface PppProposalReceiptView {
  code: string;
  status: PppProposal['status'];
  submittedAt: Date;
}

export function proposalReceiptView(p: PppProposal, code: string): PppProposalReceiptView {
  return { code, status: p.status, submittedAt: p.submittedAt };
}

export interface PppProposalMoveView {
  from: PppProposalMove['to'] | null;
  to: PppProposalMove['to'];
  reason: string | null;
  at: Date;
}

function moveView(m: PppProposalMove): PppProposalMoveView {
  return { from: m.from ?? null, to: m.to, reason: m.reason ?? null, at: m.at };
}

export interface PppAttachmentView {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

function attachmentView(a: PppProposalAttachment): PppAttachmentView {
  return { id: a.id, fileName: a.fileName, mediaType: a.mediaType, size: Number(a.size), sha256: a.sha256 };
}

export interface PppProposalView {
  id: string;
  code: string;
  priorityTask: PriorityTaskView | null;
  organization: string;
  organizationKind: PppProposal['organizationKind'];
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  title: string;
  summary: string;
  budgetPublic: bigint;
  budgetPrivate: bigint;
  budgetTotal: bigint;
  status: PppProposal['status'];
  reason: string | null;
  nextStatuses: PppProposalStatus[];
  outcome: NonNullable<PppProposal['outcome']> | null;
  challengeId: string | null;
  pilotId: string | null;
  contractStartupId: string | null;
  submittedAt: Date;
  updatedAt: Date;
  history: PppProposalMoveView[];
  attachments: PppAttachmentView[];
}

export async function proposalViews(em: EntityManager, proposals: PppProposal[]): Promise<PppProposalView[]> {
  const ids = proposals.map((p) => p.id);
  const moves = ids.length
    ? await em.find(PppProposalMoveSchema, { proposal: { $in: ids } }, { orderBy: { at: 'asc', id: 'asc' } })
    : [];
  const attachments = ids.length
    ? await em.find(
        PppProposalAttachmentSchema,
        { proposal: { $in: ids } },
        { orderBy: { position: 'asc', id: 'asc' } },
      )
    : [];
  const taskIds = [...new Set(proposals.map((p) => p.priorityTask?.id).filter((id): id is string => !!id))];
  const tasks = taskIds.length ? await taskViews(em, await em.find(PriorityTaskSchema, { id: { $in: taskIds } })) : [];
  return proposals.map((p) => ({
    id: p.id,
    code: p.code,
    priorityTask: tasks.find((t) => t.id === p.priorityTask?.id) ?? null,
    organization: p.organization,
    organizationKind: p.organizationKind,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    contactPhone: p.contactPhone ?? null,
    title: p.title,
    summary: p.summary,
    budgetPublic: p.budgetPublic,
    budgetPrivate: p.budgetPrivate,
    budgetTotal: p.budgetPublic + p.budgetPrivate,
    status: p.status,
    reason: p.reason ?? null,
    nextStatuses: [...nextPppStatuses(p.status as PppProposalStatus)],
    outcome: p.outcome ?? null,
    challengeId: p.challenge?.id ?? null,
    pilotId: p.pilotId ?? null,
    contractStartupId: p.contractStartup?.id ?? null,
    submittedAt: p.submittedAt,
    updatedAt: p.updatedAt,
    history: moves.filter((m) => m.proposal.id === p.id).map(moveView),
    attachments: attachments.filter((a) => a.proposal.id === p.id).map(attachmentView),
  }));
}

export async function listProposals(em: EntityManager, status?: string | null) {
  const where: FilterQuery<PppProposal> = status
    ? { status: requireEnum('status', status, PPP_PROPOSAL_STATUSES) }
    : {};
  const proposals = await em.find(PppProposalSchema, where, { orderBy: { submittedAt: 'desc', id: 'asc' } });
  return proposalViews(em, proposals);
}

export async function findProposal(em: EntityManager, id: string) {
  const proposal = await em.findOne(PppProposalSchema, requireId('id', id));
  return proposal ? (await proposalViews(em, [proposal]))[0]! : null;
}
