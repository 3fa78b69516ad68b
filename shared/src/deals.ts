// The investment-decision pipeline as pure rules: a deal's steps and the moves between them, and the
// investment committee's outcome (majority of the non-conflicted members present, with quorum). The law's
// principle "accept controlled risk" protects officials only if every decision can be reconstructed, so the
// server keeps every move and vote; these functions only say what is allowed.
import { DomainError, ErrorCode } from './errors.js';

export const DEAL_STEPS = [
  'SOURCED',
  'SCREENING',
  'DUE_DILIGENCE',
  'INVESTMENT_COMMITTEE',
  'APPROVED',
  'REJECTED',
  'CLOSED',
] as const;
export type DealStep = (typeof DEAL_STEPS)[number];

/** The forward path a deal walks before the committee decides. */
const FORWARD: Partial<Record<DealStep, DealStep>> = {
  SOURCED: 'SCREENING',
  SCREENING: 'DUE_DILIGENCE',
  DUE_DILIGENCE: 'INVESTMENT_COMMITTEE',
  APPROVED: 'CLOSED',
  REJECTED: 'CLOSED',
};

/** Steps only the committee's outcome reaches (never a manual move). */
export const COMMITTEE_OUTCOMES = ['APPROVED', 'REJECTED'] as const satisfies readonly DealStep[];

export function isDealStep(value: unknown): value is DealStep {
  return typeof value === 'string' && (DEAL_STEPS as readonly string[]).includes(value);
}

/** The steps a person may move a deal to by hand: the next step, or REJECTED before the committee decides. */
export function manualMovesFrom(step: DealStep): DealStep[] {
  const moves: DealStep[] = [];
  const next = FORWARD[step];
  if (next) moves.push(next);
  if (step === 'SOURCED' || step === 'SCREENING' || step === 'DUE_DILIGENCE') moves.push('REJECTED');
  return moves;
}

/**
 * Throws DEAL_STEP_INVALID unless a person may move a deal from `from` to `to`. APPROVED is never a manual
 * move (only the committee approves); a REJECTED before the committee needs a reason.
 */
export function assertManualMove(from: DealStep, to: DealStep, reason: string | null): void {
  if (!manualMovesFrom(from).includes(to)) {
    throw new DomainError(
      ErrorCode.DEAL_STEP_INVALID,
      to === 'APPROVED'
        ? 'Only the investment committee approves a deal.'
        : `A deal cannot move from ${from} to ${to}; allowed: ${manualMovesFrom(from).join(', ') || 'none'}.`,
      { field: 'to', from, to },
    );
  }
  if (to === 'REJECTED' && !reason) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Say why the deal is rejected.', { field: 'reason' });
  }
}

export const VOTE_CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** One committee member as the outcome rule sees them. */
export interface CommitteeMemberState {
  id: string;
  present: boolean;
  /** null: not declared yet; true: declared a conflict of interest (may not vote). */
  conflicted: boolean | null;
  vote: VoteChoice | null;
}

/**
 * Throws VOTE_NOT_ALLOWED unless this member may cast a vote now: present, declared without a conflict, and
 * not voted yet.
 */
export function assertMayVote(member: CommitteeMemberState): void {
  const refuse = (message: string, reason: string) => {
    throw new DomainError(ErrorCode.VOTE_NOT_ALLOWED, message, { field: 'memberId', reason });
  };
  if (!member.present) refuse('An absent member cannot vote.', 'ABSENT');
  if (member.conflicted === null)
    refuse('The member must declare any conflict of interest before voting.', 'UNDECLARED');
  if (member.conflicted) refuse('A member with a declared conflict of interest cannot vote.', 'CONFLICTED');
  if (member.vote !== null) refuse('This member has already voted; a vote is never changed.', 'ALREADY_VOTED');
}

export interface CommitteeOutcome {
  outcome: 'APPROVED' | 'REJECTED';
  /** Present members who declared no conflict: the body that decides. */
  eligible: number;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  quorumMet: boolean;
}

/**
 * The fund's rule: with at least `quorum` present, non-conflicted members, the deal is approved when the
 * FOR votes are a strict majority of those members (an abstention or a missing vote counts against).
 * Throws DEAL_STEP_INVALID without quorum or while an eligible member has not voted.
 */
export function committeeOutcome(members: readonly CommitteeMemberState[], quorum: number): CommitteeOutcome {
  const eligible = members.filter((m) => m.present && m.conflicted === false);
  const undeclared = members.filter((m) => m.present && m.conflicted === null);
  if (undeclared.length > 0) {
    throw new DomainError(
      ErrorCode.DEAL_STEP_INVALID,
      `${undeclared.length} present member(s) have not declared their conflicts of interest yet.`,
      { field: 'meetingId' },
    );
  }
  const quorumMet = eligible.length >= quorum && eligible.length > 0;
  if (!quorumMet) {
    throw new DomainError(
      ErrorCode.DEAL_STEP_INVALID,
      `No quorum: ${eligible.length} present member(s) without a conflict, ${quorum} needed.`,
      { field: 'meetingId', eligible: eligible.length, quorum },
    );
  }
  const missing = eligible.filter((m) => m.vote === null).length;
  if (missing > 0) {
    throw new DomainError(ErrorCode.DEAL_STEP_INVALID, `${missing} eligible member(s) have not voted yet.`, {
      field: 'meetingId',
    });
  }
  const count = (choice: VoteChoice) => eligible.filter((m) => m.vote === choice).length;
  const votesFor = count('FOR');
  return {
    outcome: votesFor * 2 > eligible.length ? 'APPROVED' : 'REJECTED',
    eligible: eligible.length,
    votesFor,
    votesAgainst: count('AGAINST'),
    abstentions: count('ABSTAIN'),
    quorumMet,
  };
}

/** The due-diligence areas a fund starts with; each fund may edit its list. */
export const DEFAULT_DD_AREAS = ['LEGAL', 'FINANCIAL', 'TECHNICAL', 'IP', 'TEAM', 'MARKET'] as const;

export const DD_STATUSES = ['OPEN', 'SATISFIED', 'CONCERN', 'RED_FLAG'] as const;
export type DdStatus = (typeof DD_STATUSES)[number];

/** Document kinds: a fund memo is the fund's own (never shown to founders); the rest is the startup's evidence. */
export const DOCUMENT_KINDS = ['STARTUP_EVIDENCE', 'FUND_MEMO'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
