import { describe, expect, it } from 'vitest';
import {
  DomainError,
  assertManualMove,
  assertMayVote,
  committeeOutcome,
  manualMovesFrom,
  type CommitteeMemberState,
} from '@launchpad/shared';

function member(overrides: Partial<CommitteeMemberState> = {}): CommitteeMemberState {
  return { id: Math.random().toString(36), present: true, conflicted: false, vote: 'FOR', ...overrides };
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
  return undefined;
}

describe('the deal pipeline', () => {
  it('walks sourced → screening → due diligence → committee one step at a time', () => {
    expect(manualMovesFrom('SOURCED')).toEqual(['SCREENING', 'REJECTED']);
    expect(manualMovesFrom('SCREENING')).toEqual(['DUE_DILIGENCE', 'REJECTED']);
    expect(manualMovesFrom('DUE_DILIGENCE')).toEqual(['INVESTMENT_COMMITTEE', 'REJECTED']);
    expect(codeOf(() => assertManualMove('SOURCED', 'DUE_DILIGENCE', null))).toBe('DEAL_STEP_INVALID');
  });

  it('leaves approval and rejection in the committee step to the committee', () => {
    expect(manualMovesFrom('INVESTMENT_COMMITTEE')).toEqual([]);
    expect(codeOf(() => assertManualMove('INVESTMENT_COMMITTEE', 'APPROVED', null))).toBe('DEAL_STEP_INVALID');
    expect(codeOf(() => assertManualMove('DUE_DILIGENCE', 'APPROVED', null))).toBe('DEAL_STEP_INVALID');
  });

  it('closes a decided deal and nothing moves out of a closed one', () => {
    expect(manualMovesFrom('APPROVED')).toEqual(['CLOSED']);
    expect(manualMovesFrom('REJECTED')).toEqual(['CLOSED']);
    expect(manualMovesFrom('CLOSED')).toEqual([]);
  });

  it('needs a reason to reject a deal', () => {
    expect(codeOf(() => assertManualMove('SCREENING', 'REJECTED', null))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => assertManualMove('SCREENING', 'REJECTED', 'No market'))).toBeUndefined();
  });
});

describe('the investment committee', () => {
  it('refuses a vote by an absent, undeclared, conflicted member or a second vote', () => {
    const fresh = { vote: null } as const;
    expect(codeOf(() => assertMayVote(member({ ...fresh, present: false })))).toBe('VOTE_NOT_ALLOWED');
    expect(codeOf(() => assertMayVote(member({ ...fresh, conflicted: null })))).toBe('VOTE_NOT_ALLOWED');
    expect(codeOf(() => assertMayVote(member({ ...fresh, conflicted: true })))).toBe('VOTE_NOT_ALLOWED');
    expect(codeOf(() => assertMayVote(member({ vote: 'AGAINST' })))).toBe('VOTE_NOT_ALLOWED');
    expect(codeOf(() => assertMayVote(member(fresh)))).toBeUndefined();
  });

  it('approves with a strict majority of the non-conflicted members present', () => {
    const members = [
      member(),
      member(),
      member({ vote: 'AGAINST' }),
      member({ conflicted: true, vote: null }),
      member({ present: false, conflicted: null, vote: null }),
    ];
    expect(committeeOutcome(members, 3)).toMatchObject({ outcome: 'APPROVED', eligible: 3, votesFor: 2 });
  });

  it('rejects on a tie, abstentions counting against', () => {
    const members = [member(), member({ vote: 'ABSTAIN' })];
    expect(committeeOutcome(members, 2)).toMatchObject({ outcome: 'REJECTED', votesFor: 1, abstentions: 1 });
  });

  it('decides nothing without quorum, an open declaration or a missing vote', () => {
    expect(codeOf(() => committeeOutcome([member(), member({ conflicted: true, vote: null })], 2))).toBe(
      'DEAL_STEP_INVALID',
    );
    expect(codeOf(() => committeeOutcome([member(), member({ conflicted: null, vote: null })], 1))).toBe(
      'DEAL_STEP_INVALID',
    );
    expect(codeOf(() => committeeOutcome([member(), member({ vote: null })], 1))).toBe('DEAL_STEP_INVALID');
  });
});
