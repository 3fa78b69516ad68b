// Use cases of the PPP portal: managers keep the priority tasks and legal documents; anyone submits a proposal
// (validated; rate-limited by the security plugin) and looks its status up by the receipt code; managers move it
// through the workflow (shared/ppp.ts), each decision e-mailed to the contact through the notifications outbox.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import {
  badInput,
  mayMovePppProposal,
  notFound,
  optionalText,
  PPP_CODE_PATTERN,
  PPP_ORGANIZATION_KINDS,
  PPP_OUTCOMES,
  PPP_PROPOSAL_STATUSES,
  pppReasonRequired,
  requireDate,
  requireEnum,
  requireText,
  type PppProposalStatus,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { optionalId, requireId } from '../../kernel';
import { recordAudit } from '../audit';
import { createChallenge } from '../challenges';
import type { CheckedFile, DocumentStore } from '../documents';
import { notifications } from '../notifications';
import { publicContact, submitPublicForm, uniqueReceiptCode } from '../public-forms';
import { requireSector } from '../sectors';
import { StartupSchema } from '../startups';
import {
  LegalDocumentSchema,
  PppProposalAttachmentSchema,
  PppProposalMoveSchema,
  PppProposalSchema,
  PriorityTaskSchema,
  type LegalDocument,
  type PppProposal,
  type PriorityTask,
} from './entities';
import { proposalReceiptView, proposalStatusView } from './read';

const MAX_VND_TASK = 10n ** 15n;

export interface LegalDocumentInput {
  number: string;
  titleVi: string;
  titleEn: string;
  issuer: string;
  issuedOn: string;
  url?: string | null;
}

function optionalUrl(field: string, value: unknown): string | null {
  const url = optionalText(field, value, { max: 2000 });
  if (url && !/^https?:\/\/[^\s]+$/i.test(url)) throw badInput(field, `${field} must be a web address (https://…).`);
  return url;
}

export async function createLegalDocument(
  em: EntityManager,
  actor: Actor,
  input: LegalDocumentInput,
): Promise<LegalDocument> {
  const data = {
    number: requireText('number', input.number, { max: 100 }),
    titleVi: requireText('titleVi', input.titleVi, { max: 500 }),
    titleEn: requireText('titleEn', input.titleEn, { max: 500 }),
    issuer: requireText('issuer', input.issuer, { max: 300 }),
    issuedOn: requireDate('issuedOn', input.issuedOn),
    url: optionalUrl('url', input.url),
  };
  return em.transactional(async (tx) => {
    if (await tx.count(LegalDocumentSchema, { number: data.number }))
      throw badInput('number', 'A legal document with this number is already listed.');
    const document = tx.create(LegalDocumentSchema, data);
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'legal-document.created',
      entityType: 'LegalDocument',
      entityId: document.id,
      after: data,
    });
    return document;
  });
}

export interface PriorityTaskInput {
  titleVi: string;
  titleEn: string;
  field: string;
  expectedResultVi: string;
  expectedResultEn: string;
  budgetMin: bigint;
  budgetMax: bigint;
  riskTolerant: boolean;
  deadline: string;
  legalDocumentIds?: readonly string[] | null;
}

function parseTask(input: PriorityTaskInput) {
  if (input.budgetMax > MAX_VND_TASK) throw badInput('budgetMax', 'budgetMax is beyond any task budget.');
  if (input.budgetMin > input.budgetMax) throw badInput('budgetMin', 'budgetMin must not exceed budgetMax.');
  if (typeof input.riskTolerant !== 'boolean') throw badInput('riskTolerant', 'riskTolerant is true or false.');
  const ids = (input.legalDocumentIds ?? []).map((id, index) => requireId(`legalDocumentIds[${index}]`, id));
  if (ids.length > 20) throw badInput('legalDocumentIds', 'Link at most 20 legal documents.');
  return {
    titleVi: requireText('titleVi', input.titleVi, { max: 300 }),
    titleEn: requireText('titleEn', input.titleEn, { max: 300 }),
    field: requireText('field', input.field, { max: 100 }),
    expectedResultVi: requireText('expectedResultVi', input.expectedResultVi, { max: 5000, multiline: true }),
    expectedResultEn: requireText('expectedResultEn', input.expectedResultEn, { max: 5000, multiline: true }),
    budgetMin: input.budgetMin,
    budgetMax: input.budgetMax,
    riskTolerant: input.riskTolerant,
    deadline: requireDate('deadline', input.deadline),
    legalDocumentIds: [...new Set(ids)],
  };
}

async function withDocuments(tx: EntityManager, task: PriorityTask, ids: readonly string[]) {
  const documents = ids.length ? await tx.find(LegalDocumentSchema, { id: { $in: [...ids] } }) : [];
  const missing = ids.findIndex((id) => !documents.some((d) => d.id === id));
  if (missing >= 0) throw badInput(`legalDocumentIds[${missing}]`, 'No legal document has this id.');
  await tx.populate(task, ['legalDocuments']);
  task.legalDocuments.set(documents);
}

export async function createPriorityTask(
  em: EntityManager,
  actor: Actor,
  input: PriorityTaskInput,
): Promise<PriorityTask> {
  const { legalDocumentIds, ...data } = parseTask(input);
  return em.transactional(async (tx) => {
    data.field = await requireSector(tx, 'field', data.field);
    const task = tx.create(PriorityTaskSchema, { ...data, status: 'DRAFT', publishedAt: null });
    await withDocuments(tx, task, legalDocumentIds);
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'priority-task.created',
      entityType: 'PriorityTask',
      entityId: task.id,
      after: { ...data, legalDocumentIds },
    });
    return task;
  });
}

async function lockedTask(tx: EntityManager, id: string): Promise<PriorityTask> {
  const task = await tx.findOne(PriorityTaskSchema, requireId('id', id), { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!task) throw notFound('Priority task');
  return task;
}

export async function updatePriorityTask(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: PriorityTaskInput,
): Promise<PriorityTask> {
  const { legalDocumentIds, ...data } = parseTask(input);
  return em.transactional(async (tx) => {
    const task = await lockedTask(tx, id);
    if (task.status === 'CLOSED') throw badInput('id', 'A closed priority task cannot be edited.');
    data.field = await requireSector(tx, 'field', data.field);
    const before = { titleVi: task.titleVi, deadline: task.deadline, budgetMax: task.budgetMax };
    Object.assign(task, data);
    await withDocuments(tx, task, legalDocumentIds);
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'priority-task.updated',
      entityType: 'PriorityTask',
      entityId: task.id,
      before,
      after: { ...data, legalDocumentIds },
    });
    return task;
  });
}

export async function publishPriorityTask(em: EntityManager, actor: Actor, id: string, today: string) {
  return em.transactional(async (tx) => {
    const task = await lockedTask(tx, id);
    if (task.status !== 'DRAFT')
      throw badInput('id', `Only a DRAFT task can be published (this one is ${task.status}).`);
    if (task.deadline < today)
      throw badInput('deadline', 'The deadline has passed; set a later one before publishing.');
    task.status = 'PUBLISHED';
    task.publishedAt = new Date();
    recordAudit(tx, actor, {
      action: 'priority-task.published',
      entityType: 'PriorityTask',
      entityId: task.id,
      before: { status: 'DRAFT' },
      after: { status: 'PUBLISHED' },
    });
    return task;
  });
}

export async function closePriorityTask(em: EntityManager, actor: Actor, id: string) {
  return em.transactional(async (tx) => {
    const task = await lockedTask(tx, id);
    if (task.status !== 'PUBLISHED') throw badInput('id', 'Only a PUBLISHED task can be closed.');
    task.status = 'CLOSED';
    recordAudit(tx, actor, {
      action: 'priority-task.closed',
      entityType: 'PriorityTask',
      entityId: task.id,
      before: { status: 'PUBLISHED' },
      after: { status: 'CLOSED' },
    });
    return task;
  });
}

export interface SubmitPppProposalInput {
  priorityTaskId?: string | null;
  organization: string;
  organizationKind: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string | null;
  title: string;
  summary: string;
  budgetPublic: bigint;
  budgetPrivate: bigint;
  locale?: string | null;
}

const PHONE = /^\+?[0-9 .()-]{6,30}$/;
const MAX_PROPOSAL_BUDGET = 10n ** 15n;

export function parseProposal(input: SubmitPppProposalInput) {
  const contactPhone = optionalText('contactPhone', input.contactPhone, { max: 30 });
  if (contactPhone && !PHONE.test(contactPhone)) throw badInput('contactPhone', 'contactPhone must be a phone number.');
  if (input.budgetPublic > MAX_PROPOSAL_BUDGET) throw badInput('budgetPublic', 'budgetPublic is beyond any proposal.');
  if (input.budgetPrivate > MAX_PROPOSAL_BUDGET)
    throw badInput('budgetPrivate', 'budgetPrivate is beyond any proposal.');
  if (input.budgetPublic + input.budgetPrivate === 0n)
    throw badInput('budgetPublic', 'Give the budget: its public part, its private part, or both.');
  const { contactEmail, locale } = publicContact(input);
  return {
    priorityTaskId: optionalId('priorityTaskId', input.priorityTaskId),
    organization: requireText('organization', input.organization, { max: 300 }),
    organizationKind: requireEnum('organizationKind', input.organizationKind, PPP_ORGANIZATION_KINDS),
    contactName: requireText('contactName', input.contactName, { max: 200 }),
    contactEmail,
    contactPhone,
    title: requireText('title', input.title, { min: 5, max: 300 }),
    summary: requireText('summary', input.summary, { min: 50, max: 20_000, multiline: true }),
    budgetPublic: input.budgetPublic,
    budgetPrivate: input.budgetPrivate,
    locale,
  };
}

/** At most this many files go with one proposal. */
export const MAX_PPP_ATTACHMENTS = 5;

/** Files sent with a proposal, already checked by content and size (documents module), and where to keep them. */
export interface ProposalFiles {
  store: DocumentStore;
  attachments: readonly CheckedFile[];
}

export async function submitPppProposal(
  em: EntityManager,
  input: SubmitPppProposalInput,
  today: string,
  files: ProposalFiles | null = null,
) {
  const { priorityTaskId, ...data } = parseProposal(input);
  const attachments = files?.attachments ?? [];
  if (attachments.length > MAX_PPP_ATTACHMENTS)
    throw badInput('attachments', `Attach at most ${MAX_PPP_ATTACHMENTS} files.`);
  const { written: proposal, receiptCode } = await submitPublicForm(em, today, {
    form: 'submitPppProposal',
    target: priorityTaskId
      ? {
          field: 'priorityTaskId',
          load: (tx) => tx.findOne(PriorityTaskSchema, priorityTaskId),
          closed: 'This priority task is not open for proposals.',
          passed: 'The deadline of this task has passed.',
        }
      : null,
    duplicate: {
      field: 'title',
      message: 'A proposal with this title was already sent from this e-mail.',
      sql: `select count(*) as n from ppp_proposals
              where lower(contact_email) = lower(?) and lower(title) = lower(?) and status <> 'REFUSED'`,
      params: [data.contactEmail, data.title],
    },
    write: async (tx, priorityTask) => {
      const code = await uniqueReceiptCode('PPP-', async (c) => (await tx.count(PppProposalSchema, { code: c })) > 0);
      const created = tx.create(PppProposalSchema, {
        ...data,
        code,
        priorityTask,
        status: 'RECEIVED',
        reason: null,
        outcome: null,
        challenge: null,
        pilotId: null,
        contractStartup: null,
      });
      tx.create(PppProposalMoveSchema, { proposal: created, from: null, to: 'RECEIVED', reason: null, actorId: null });
      for (const [position, file] of attachments.entries()) {
        // Content-addressed: a file kept before a failed commit is only an unreferenced copy of itself.
        await files!.store.put(file.sha256, file.bytes, file.mediaType);
        tx.create(PppProposalAttachmentSchema, {
          proposal: created,
          position,
          fileName: file.fileName,
          mediaType: file.mediaType,
          size: BigInt(file.size),
          sha256: file.sha256,
        });
      }
      await tx.flush();
      return created;
    },
    receiptCode: (created) => created.code,
    audit: (created) => ({
      action: 'ppp-proposal.submitted',
      entityType: 'PppProposal',
      entityId: created.id,
      after: {
        code: created.code,
        organization: data.organization,
        title: data.title,
        priorityTaskId,
        attachments: attachments.map((f) => ({ fileName: f.fileName, size: f.size, sha256: f.sha256 })),
      },
    }),
    notify: (created) => ({
      kind: 'PPP_PROPOSAL_RECEIVED',
      to: data.contactEmail,
      locale: data.locale,
      code: created.code,
      title: data.title,
      organization: data.organization,
    }),
  });
  return proposalReceiptView(proposal, receiptCode);
}

/** A proposal's attachment for a manager's download; NOT_FOUND otherwise. */
export async function attachmentForDownload(em: EntityManager, id: string) {
  const attachment = await em.findOne(PppProposalAttachmentSchema, requireId('id', id));
  if (!attachment) throw notFound('Attachment');
  return attachment;
}

/** Anyone with the code: status and the latest reasons, never the contact details. */
export async function proposalStatusByCode(em: EntityManager, code: string) {
  const given = requireText('code', code, { max: 20 }).toUpperCase();
  if (!PPP_CODE_PATTERN.test(given)) throw badInput('code', 'A receipt code looks like PPP-7K2M9QXA.');
  const proposal = await em.findOne(PppProposalSchema, { code: given });
  return proposal && proposalStatusView(proposal);
}

async function lockedProposal(tx: EntityManager, id: string, field = 'id'): Promise<PppProposal> {
  const proposal = await tx.findOne(PppProposalSchema, requireId(field, id), {
    lockMode: LockMode.PESSIMISTIC_WRITE,
  });
  if (!proposal) throw notFound('PPP proposal');
  return proposal;
}

export async function movePppProposal(
  em: EntityManager,
  actor: Actor,
  id: string,
  to: string,
  reason?: string | null,
): Promise<PppProposal> {
  const target = requireEnum('to', to, PPP_PROPOSAL_STATUSES);
  const why = optionalText('reason', reason, { max: 5000, multiline: true });
  if (pppReasonRequired(target) && !why) throw badInput('reason', 'Give the reasons: they are sent to the contact.');
  return em.transactional(async (tx) => {
    const proposal = await lockedProposal(tx, id);
    const from = proposal.status as PppProposalStatus;
    if (!mayMovePppProposal(from, target))
      throw badInput('to', `A proposal that is ${from} cannot be moved to ${target}.`);
    proposal.status = target;
    if (target !== 'UNDER_REVIEW') proposal.reason = why;
    tx.create(PppProposalMoveSchema, { proposal, from, to: target, reason: why, actorId: actor.userId });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'ppp-proposal.moved',
      entityType: 'PppProposal',
      entityId: proposal.id,
      before: { status: from },
      after: { status: target, reason: why },
    });
    if (target === 'ACCEPTED' || target === 'RETURNED' || target === 'REFUSED') {
      await notifications.emit(tx, {
        kind: 'PPP_PROPOSAL_DECIDED',
        to: proposal.contactEmail,
        locale: proposal.locale,
        code: proposal.code,
        title: proposal.title,
        organization: proposal.organization,
        status: target,
        reason: why ?? '',
      });
    }
    return proposal;
  });
}

const DEFAULT_RUBRIC = [
  { name: 'Tính khả thi', weight: 40 },
  { name: 'Tác động với thành phố', weight: 40 },
  { name: 'Năng lực đội ngũ', weight: 20 },
];

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function acceptedProposal(tx: EntityManager, id: string): Promise<PppProposal> {
  const proposal = await lockedProposal(tx, id);
  if (proposal.status !== 'ACCEPTED') throw badInput('id', 'Only an ACCEPTED proposal can become something.');
  if (proposal.outcome) throw badInput('id', `This proposal already became a ${proposal.outcome}.`);
  return proposal;
}

export async function convertPppProposal(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: { outcome: string; startupId?: string | null },
  today: string,
): Promise<PppProposal> {
  const outcome = requireEnum('input.outcome', input.outcome, PPP_OUTCOMES);
  if (outcome === 'PILOT')
    throw badInput('input.outcome', 'A pilot is made with createPilotAgreement, naming this proposal.');
  const startupId = outcome === 'PPP_CONTRACT' ? requireId('input.startupId', input.startupId) : null;
  return em.transactional(async (tx) => {
    const proposal = await acceptedProposal(tx, id);
    if (outcome === 'CHALLENGE') {
      const task = proposal.priorityTask ? await tx.findOne(PriorityTaskSchema, proposal.priorityTask.id) : null;
      const challenge = await createChallenge(tx, actor, {
        title: proposal.title,
        sponsorName: proposal.organization,
        sponsorKind: 'ENTERPRISE',
        sector: task?.field ?? 'smart-transport',
        description: proposal.summary,
        expectedOutcome: task?.expectedResultVi ?? proposal.summary,
        rubric: DEFAULT_RUBRIC,
        deadline: addDays(today, 60),
      });
      proposal.challenge = challenge;
    } else {
      const startup = await tx.findOne(StartupSchema, startupId!);
      if (!startup) throw badInput('input.startupId', 'No startup has this id.');
      proposal.contractStartup = startup;
    }
    proposal.outcome = outcome;
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'ppp-proposal.converted',
      entityType: 'PppProposal',
      entityId: proposal.id,
      after: { outcome, challengeId: proposal.challenge?.id ?? null, startupId },
    });
    return proposal;
  });
}

/** For the pilots module: an accepted proposal becomes the pilot `pilotId`, inside the caller's transaction. */
export async function markProposalPilot(tx: EntityManager, proposalId: string, pilotId: string) {
  const proposal = await acceptedProposal(tx, proposalId);
  proposal.outcome = 'PILOT';
  proposal.pilotId = pilotId;
  return proposal;
}

/** The public page's figures: tasks open today (published, deadline not passed), proposals received and accepted. */
export async function proposalCounts(em: EntityManager, today: string) {
  const [row] = await em.execute<{ received: string; accepted: string; open: string }[]>(
    `select (select count(*) from ppp_proposals) as received,
            (select count(*) from ppp_proposals where status = 'ACCEPTED') as accepted,
            (select count(*) from priority_tasks where status = 'PUBLISHED' and deadline >= ?) as open`,
    [today],
  );
  return {
    pppProposalsReceived: Number(row?.received ?? 0),
    pppProposalsAccepted: Number(row?.accepted ?? 0),
    priorityTasksOpen: Number(row?.open ?? 0),
  };
}
