// The deal pipeline's use cases: create a deal, move it step by step (append-only history), keep its
// due-diligence checklist, and run its investment committee — members, declarations before voting, votes with
// reasons, and the outcome by the fund's rule, which (when approved) issues the fund's investment decision
// with the rule checks previewed. Each write: one transaction, the deal row locked first, then audited.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DD_STATUSES,
  DEFAULT_DD_AREAS,
  DomainError,
  ErrorCode,
  MAX_VND,
  VOTE_CHOICES,
  assertManualMove,
  assertMayVote,
  committeeOutcome,
  optionalText,
  requireDate,
  requireEnum,
  requirePositiveVnd,
  requireText,
  isDealStep,
  type CommitteeMemberState,
  type DealStep,
} from '@launchpad/shared';
import { badInput, notFound, requireId, type Actor } from '../../kernel';
import { recordAudit } from '../audit';
import { FundSchema, INSTRUMENTS, issueInvestmentDecision } from '../fund';
import { StartupSchema } from '../startups';
import { checkParticipationRules } from './rules';
import {
  CommitteeMeetingSchema,
  CommitteeMemberSchema,
  CommitteeVoteSchema,
  ConflictDeclarationSchema,
  DdAreaSchema,
  DdItemSchema,
  DealMoveSchema,
  DealSchema,
  type CommitteeMeeting,
  type Deal,
  type DdItem,
} from './entities';

type Who = Pick<Actor, 'userId' | 'email'> | null;

const REASON = { max: 2000, multiline: true } as const;

/** A date column as its ISO day (the driver may answer a string or a Date). */
function isoDay(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/** Locks the deal row: every write to a deal and its committee goes through this lock. */
async function lockDeal(tx: EntityManager, dealId: string): Promise<Deal> {
  const rows = await tx.execute<{ id: string }[]>('select id from deals where id = ? for update', [dealId]);
  if (rows.length === 0) throw notFound('Deal');
  return tx.findOneOrFail(DealSchema, dealId, { refresh: true });
}

function recordMove(
  tx: EntityManager,
  actor: Who,
  deal: Deal,
  from: DealStep | null,
  to: DealStep,
  reason: string | null,
) {
  tx.create(DealMoveSchema, {
    deal,
    fromStep: from,
    toStep: to,
    reason,
    actorId: actor?.userId ?? null,
    actorEmail: actor?.email ?? null,
  });
}

/** A fund's due-diligence areas, in order; the default list until the fund edits it. */
export async function dueDiligenceAreas(em: EntityManager, fundId: string): Promise<string[]> {
  const rows = await em.find(DdAreaSchema, { fund: fundId }, { orderBy: { position: 'asc' } });
  return rows.length > 0 ? rows.map((r) => r.name) : [...DEFAULT_DD_AREAS];
}

export async function setDueDiligenceAreas(
  em: EntityManager,
  actor: Who,
  input: { fundId: string; areas: readonly string[] },
): Promise<string[]> {
  const fundId = requireId('fundId', input.fundId);
  if (!Array.isArray(input.areas) || input.areas.length === 0 || input.areas.length > 30) {
    throw badInput('areas', 'List between 1 and 30 due-diligence areas.');
  }
  const areas = input.areas.map((a) => requireText('areas', a, { max: 100 }));
  if (new Set(areas.map((a) => a.toLowerCase())).size !== areas.length) {
    throw badInput('areas', 'Each due-diligence area is listed once.');
  }
  return em.transactional(async (tx) => {
    const fund = await tx.findOne(FundSchema, fundId);
    if (!fund) throw notFound('Fund');
    const before = await dueDiligenceAreas(tx, fundId);
    await tx.nativeDelete(DdAreaSchema, { fund: fundId });
    areas.forEach((name, position) => tx.create(DdAreaSchema, { fund, name, position }));
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'deal.setDueDiligenceAreas',
      entityType: 'Fund',
      entityId: fundId,
      before: { areas: before },
      after: { areas },
    });
    return areas;
  });
}

export interface CreateDealInput {
  fundId: string;
  startupId: string;
  title: string;
  instrument?: string | null;
  amountAsked: bigint;
  preMoney: bigint;
  note?: string | null;
}

export async function createDeal(em: EntityManager, actor: Who, input: CreateDealInput): Promise<Deal> {
  const fundId = requireId('fundId', input.fundId);
  const startupId = requireId('startupId', input.startupId);
  const title = requireText('title', input.title, { max: 200 });
  const instrument = input.instrument ? requireEnum('instrument', input.instrument, INSTRUMENTS) : 'EQUITY';
  const amountAsked = requirePositiveVnd('amountAsked', input.amountAsked);
  if (input.preMoney < 0n) throw badInput('preMoney', 'preMoney cannot be negative.');
  if (input.preMoney > MAX_VND) throw badInput('preMoney', 'preMoney cannot exceed 10^18 dong.');
  const note = optionalText('note', input.note, REASON);
  return em.transactional(async (tx) => {
    const fund = await tx.findOne(FundSchema, fundId);
    if (!fund) throw notFound('Fund');
    const startup = await tx.findOne(StartupSchema, startupId, { fields: ['id'] });
    if (!startup) throw notFound('Startup');
    const deal = tx.create(DealSchema, {
      fund,
      startup: tx.getReference(StartupSchema, startupId),
      title,
      instrument,
      amountAsked,
      preMoney: input.preMoney,
      step: 'SOURCED',
    });
    recordMove(tx, actor, deal, null, 'SOURCED', note);
    const areas = await dueDiligenceAreas(tx, fundId);
    areas.forEach((area, position) => tx.create(DdItemSchema, { deal, area, position, status: 'OPEN' }));
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'deal.create',
      entityType: 'Deal',
      entityId: deal.id,
      after: { fundId, startupId, title, instrument, amountAsked, preMoney: input.preMoney, note },
    });
    return deal;
  });
}

export async function moveDeal(
  em: EntityManager,
  actor: Who,
  input: { id: string; to: string; reason?: string | null },
): Promise<Deal> {
  const id = requireId('id', input.id);
  if (!isDealStep(input.to)) throw badInput('to', 'Choose a step of the deal pipeline.');
  const to = input.to;
  const reason = optionalText('reason', input.reason, REASON);
  return em.transactional(async (tx) => {
    const deal = await lockDeal(tx, id);
    const from = deal.step;
    assertManualMove(from, to, reason);
    deal.step = to;
    recordMove(tx, actor, deal, from, to, reason);
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'deal.move',
      entityType: 'Deal',
      entityId: id,
      before: { step: from },
      after: { step: to, reason },
    });
    return deal;
  });
}

export async function updateDueDiligenceItem(
  em: EntityManager,
  actor: Who,
  input: { id: string; status: string; finding?: string | null },
): Promise<DdItem> {
  const id = requireId('id', input.id);
  const status = requireEnum('status', input.status, DD_STATUSES);
  const finding = optionalText('finding', input.finding, { max: 5000, multiline: true });
  return em.transactional(async (tx) => {
    const found = await tx.findOne(DdItemSchema, id, { fields: ['id', 'deal'] });
    if (!found) throw notFound('Due-diligence item');
    const deal = await lockDeal(tx, found.deal.id);
    if (deal.step !== 'DUE_DILIGENCE' && deal.step !== 'SCREENING') {
      throw new DomainError(ErrorCode.DEAL_STEP_INVALID, 'Findings are recorded during screening and due diligence.', {
        field: 'id',
        step: deal.step,
      });
    }
    const item = await tx.findOneOrFail(DdItemSchema, id, { refresh: true });
    const before = { status: item.status, finding: item.finding };
    item.status = status;
    item.finding = finding;
    item.updatedBy = actor?.email ?? null;
    item.updatedAt = new Date();
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'deal.dueDiligenceFinding',
      entityType: 'DdItem',
      entityId: id,
      before,
      after: { dealId: deal.id, area: item.area, status, finding },
    });
    return item;
  });
}

// ---- The investment committee ----

function notInCommittee(deal: Deal): DomainError {
  return new DomainError(
    ErrorCode.DEAL_STEP_INVALID,
    `The deal is in step ${deal.step}, not in the investment committee.`,
    { field: 'dealId', step: deal.step },
  );
}

export interface OpenMeetingInput {
  dealId: string;
  heldOn: string;
  quorum: number;
  members: readonly { name: string; present: boolean }[];
}

export async function openCommitteeMeeting(
  em: EntityManager,
  actor: Who,
  input: OpenMeetingInput,
): Promise<CommitteeMeeting> {
  const dealId = requireId('dealId', input.dealId);
  const heldOn = requireDate('heldOn', input.heldOn);
  if (!Array.isArray(input.members) || input.members.length === 0 || input.members.length > 25) {
    throw badInput('members', 'A committee has between 1 and 25 members.');
  }
  const members = input.members.map((m) => ({
    name: requireText('members', m.name, { max: 200 }),
    present: m.present === true,
  }));
  if (new Set(members.map((m) => m.name.toLowerCase())).size !== members.length) {
    throw badInput('members', 'Each member is listed once.');
  }
  if (!Number.isInteger(input.quorum) || input.quorum < 1 || input.quorum > members.length) {
    throw badInput('quorum', `The quorum is a whole number between 1 and the ${members.length} members.`);
  }
  return em.transactional(async (tx) => {
    const deal = await lockDeal(tx, dealId);
    if (deal.step !== 'INVESTMENT_COMMITTEE') throw notInCommittee(deal);
    if (await tx.count(CommitteeMeetingSchema, { deal })) {
      throw new DomainError(ErrorCode.CONFLICT, 'This deal already has its committee meeting.', { field: 'dealId' });
    }
    const meeting = tx.create(CommitteeMeetingSchema, { deal, heldOn, quorum: input.quorum });
    members.forEach((m, position) => tx.create(CommitteeMemberSchema, { meeting, ...m, position }));
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'deal.openCommitteeMeeting',
      entityType: 'CommitteeMeeting',
      entityId: meeting.id,
      after: { dealId, heldOn, quorum: input.quorum, members },
    });
    return meeting;
  });
}

/** Locks the deal of a member's meeting and checks the meeting is still deciding. */
async function openMeetingOf(tx: EntityManager, memberId: string) {
  const found = await tx.findOne(CommitteeMemberSchema, memberId, { populate: ['meeting'] });
  if (!found) throw notFound('Committee member');
  const deal = await lockDeal(tx, found.meeting.deal.id);
  const meeting = await tx.findOneOrFail(CommitteeMeetingSchema, found.meeting.id, { refresh: true });
  if (deal.step !== 'INVESTMENT_COMMITTEE' || meeting.outcome) throw notInCommittee(deal);
  return { deal, meeting, member: found };
}

async function memberStates(tx: EntityManager, meetingId: string): Promise<CommitteeMemberState[]> {
  const rows = await tx.execute<{ id: string; present: boolean; conflicted: boolean | null; vote: string | null }[]>(
    `select m.id, m.present, d.conflicted, v.choice as vote
       from committee_members m
       left join conflict_declarations d on d.member_id = m.id
       left join committee_votes v on v.member_id = m.id
      where m.meeting_id = ? order by m.position`,
    [meetingId],
  );
  return rows.map((r) => ({ id: r.id, present: r.present, conflicted: r.conflicted, vote: r.vote as never }));
}

export async function declareConflict(
  em: EntityManager,
  actor: Who,
  input: { memberId: string; conflicted: boolean; statement?: string | null },
) {
  const memberId = requireId('memberId', input.memberId);
  const statement = optionalText('statement', input.statement, REASON);
  if (input.conflicted && !statement) throw badInput('statement', 'Describe the conflict of interest.');
  return em.transactional(async (tx) => {
    const { member, deal } = await openMeetingOf(tx, memberId);
    if (!member.present) {
      throw new DomainError(ErrorCode.VOTE_NOT_ALLOWED, 'An absent member makes no declaration.', {
        field: 'memberId',
        reason: 'ABSENT',
      });
    }
    if (await tx.count(ConflictDeclarationSchema, { member })) {
      throw new DomainError(
        ErrorCode.VOTE_NOT_ALLOWED,
        'This member has already declared; a declaration is never changed.',
        {
          field: 'memberId',
          reason: 'ALREADY_DECLARED',
        },
      );
    }
    const declaration = tx.create(ConflictDeclarationSchema, {
      member,
      conflicted: input.conflicted === true,
      statement,
      recordedBy: actor?.email ?? null,
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'deal.declareConflict',
      entityType: 'CommitteeMember',
      entityId: memberId,
      after: { dealId: deal.id, member: member.name, conflicted: declaration.conflicted, statement },
    });
    return member;
  });
}

export async function castVote(
  em: EntityManager,
  actor: Who,
  input: { memberId: string; choice: string; reason: string },
) {
  const memberId = requireId('memberId', input.memberId);
  const choice = requireEnum('choice', input.choice, VOTE_CHOICES);
  const reason = requireText('reason', input.reason, REASON);
  return em.transactional(async (tx) => {
    const { member, deal, meeting } = await openMeetingOf(tx, memberId);
    const state = (await memberStates(tx, meeting.id)).find((m) => m.id === memberId)!;
    assertMayVote(state);
    tx.create(CommitteeVoteSchema, { member, choice, reason, recordedBy: actor?.email ?? null });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'deal.castVote',
      entityType: 'CommitteeMember',
      entityId: memberId,
      after: { dealId: deal.id, member: member.name, choice, reason },
    });
    return member;
  });
}

export async function decideDeal(
  em: EntityManager,
  actor: Who,
  input: { dealId: string; minutes: string; approvedAmount?: bigint | null },
): Promise<Deal> {
  const dealId = requireId('dealId', input.dealId);
  const minutes = requireText('minutes', input.minutes, { max: 20000, multiline: true });
  return em.transactional(async (tx) => {
    const deal = await lockDeal(tx, dealId);
    if (deal.step !== 'INVESTMENT_COMMITTEE') throw notInCommittee(deal);
    const meeting = await tx.findOne(CommitteeMeetingSchema, { deal }, { refresh: true });
    if (!meeting) {
      throw new DomainError(ErrorCode.DEAL_STEP_INVALID, 'The committee has not met on this deal yet.', {
        field: 'dealId',
      });
    }
    const tally = committeeOutcome(await memberStates(tx, meeting.id), meeting.quorum);
    const amount =
      input.approvedAmount === null || input.approvedAmount === undefined
        ? deal.amountAsked
        : requirePositiveVnd('approvedAmount', input.approvedAmount);
    if (amount > deal.amountAsked) throw badInput('approvedAmount', 'The committee approves at most the amount asked.');
    meeting.outcome = tally.outcome;
    meeting.minutes = minutes;
    meeting.decidedAt = new Date();
    let preview = null;
    if (tally.outcome === 'APPROVED') {
      meeting.approvedAmount = amount;
      // The rule versions in force on the committee's meeting day, as a round's recording checks those of its date.
      preview = await checkParticipationRules(tx, {
        fundId: deal.fund.id,
        onDate: isoDay(meeting.heldOn),
        startupId: deal.startup.id,
        preMoney: deal.preMoney,
        amount,
      });
    }
    const from = deal.step;
    deal.step = tally.outcome;
    // No sentence of the server's: the reader's page says the outcome and the tally from the meeting's votes.
    recordMove(tx, actor, deal, from, tally.outcome, null);
    await tx.flush();
    if (preview) {
      await issueInvestmentDecision(tx, actor, {
        fundId: deal.fund.id,
        startupId: deal.startup.id,
        dealId,
        amount,
        preview,
      });
    }
    recordAudit(tx, actor, {
      action: 'deal.decide',
      entityType: 'Deal',
      entityId: dealId,
      before: { step: from },
      after: { step: tally.outcome, tally, approvedAmount: tally.outcome === 'APPROVED' ? amount : null, minutes },
    });
    return deal;
  });
}
