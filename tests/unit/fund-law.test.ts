// The fund under the law, as pure arithmetic: versions in force, derived end days, budget and member-count
// checks, the loss threshold and its warning levels, capital-call lines settled oldest first.
import { describe, expect, it } from 'vitest';
import {
  appliedRule,
  FUND_RULE_SET,
  callLineAmount,
  checkInvestorCount,
  checkOtherMembers,
  formatRuleLimit,
  requireRuleMinimum,
  checkStateBudget,
  dayBefore,
  lossFigures,
  lossLevel,
  proRata,
  requireCallPercent,
  ruleInForce,
  dayAfter,
  settleLines,
  withEffectiveTo,
  type FundRuleVersion,
} from '@launchpad/shared';

const v = (id: string, effectiveFrom: string, limit: bigint, version: number): FundRuleVersion => ({
  id,
  kind: 'STAKE_PER_STARTUP',
  limit,
  scope: 's',
  citation: `c${version}`,
  effectiveFrom,
  version,
});
const versions = [v('a', '2026-01-01', 4900n, 1), v('b', '2026-07-01', 3000n, 2)];

describe('rule versions', () => {
  it('applies the version that started on or before the day, and none before the first', () => {
    expect(ruleInForce(versions, 'STAKE_PER_STARTUP', '2025-12-31')).toBeNull();
    expect(ruleInForce(versions, 'STAKE_PER_STARTUP', '2026-06-30')?.id).toBe('a');
    expect(ruleInForce(versions, 'STAKE_PER_STARTUP', '2026-07-01')?.id).toBe('b');
  });

  it('ends a version the day before the next one starts, across month and year ends', () => {
    expect(withEffectiveTo(versions).map((x) => x.effectiveTo)).toEqual(['2026-06-30', null]);
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
  });

  it('applies no version once a version ends the rule, and a later version starts it again', () => {
    const ended = [...versions, { ...v('end', '2026-10-01', 3000n, 3), ends: true }];
    expect(ruleInForce(ended, 'STAKE_PER_STARTUP', '2026-09-30')?.id).toBe('b');
    expect(ruleInForce(ended, 'STAKE_PER_STARTUP', '2026-10-01')).toBeNull();
    expect(appliedRule(ended, 'STAKE_PER_STARTUP', '2026-10-01', 4900n)).toMatchObject({ ruleId: null, limit: 4900n });
    expect(withEffectiveTo(ended).map((x) => x.effectiveTo)).toEqual(['2026-06-30', '2026-09-30', null]);
    const again = [...ended, v('c', '2027-01-01', 2000n, 4)];
    expect(ruleInForce(again, 'STAKE_PER_STARTUP', '2027-01-01')?.id).toBe('c');
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
  });

  it('falls back to the fund policy, cited as such, when no version is recorded', () => {
    const rule = appliedRule([], 'STATE_SHARE_OF_CHARTER', '2026-05-01', 4900n);
    expect(rule).toMatchObject({ ruleId: null, limit: 4900n });
    expect(rule.citation).toMatch(/Fund policy/);
  });
});

describe('amount and count rules', () => {
  const budget = appliedRule(
    [{ ...v('x', '2026-01-01', 600n, 1), kind: 'STATE_BUDGET_AMOUNT' }],
    'STATE_BUDGET_AMOUNT',
    '2026-02-01',
    0n,
  );
  it('holds the state budget at its amount and always lets the state commit less', () => {
    expect(checkStateBudget(budget, 500n, 600n)).toMatchObject({ ok: true, headroom: 100n });
    expect(checkStateBudget(budget, 500n, 601n)).toMatchObject({ ok: false, headroom: 100n });
    expect(checkStateBudget(budget, 700n, 650n).ok).toBe(true);
  });
  it('counts other members and lets no one join past the limit', () => {
    const count = { ...budget, kind: 'OTHER_MEMBERS_COUNT' as const, limit: 6n };
    expect(checkOtherMembers(count, 5, 6)).toMatchObject({ ok: true, headroom: 1n });
    expect(checkOtherMembers(count, 6, 7)).toMatchObject({ ok: false, headroom: 0n });
  });
});

describe('the investors range (Decree 38/2018/NĐ-CP as amended: 2–30 investors)', () => {
  const range = {
    ...appliedRule([], 'INVESTORS_COUNT', '2026-01-01', 30n),
    ruleId: 'r',
    version: 1,
    minimum: 2n,
  };
  it('lets no one join past 30 and no one leave below 2, but lets a fund grow towards the range', () => {
    expect(checkInvestorCount(range, 29, 30)).toMatchObject({ ok: true, headroom: 1n, minimum: 2n });
    expect(checkInvestorCount(range, 30, 31)).toMatchObject({ ok: false, headroom: 0n });
    expect(checkInvestorCount(range, 2, 1).ok).toBe(false);
    expect(checkInvestorCount(range, 3, 2).ok).toBe(true);
    // The first investor of a new fund, and an existing one committing more, are accepted.
    expect(checkInvestorCount(range, 0, 1).ok).toBe(true);
    expect(checkInvestorCount(range, 31, 31).ok).toBe(true);
  });
  it('reads as a range and accepts a minimum only for a count, at most the limit', () => {
    expect(formatRuleLimit('INVESTORS_COUNT', 30n, 'en', 2n)).toBe('2–30');
    expect(formatRuleLimit('OTHER_MEMBERS_COUNT', 6n)).toBe('≤ 6');
    expect(requireRuleMinimum('INVESTORS_COUNT', 2n, 30n)).toBe(2n);
    expect(() => requireRuleMinimum('INVESTORS_COUNT', 31n, 30n)).toThrow(/above the limit/);
    expect(() => requireRuleMinimum('STAKE_PER_STARTUP', 1n, 5000n)).toThrow(/Only a member count/);
  });
});

describe('the legal rule sets', () => {
  it('hold Hanoi’s fund to the five rules with their citations', () => {
    expect(FUND_RULE_SET.HANOI_RESOLUTION_30.rules.map((r) => [r.kind, r.limit, r.citation])).toEqual([
      ['STATE_SHARE_OF_CHARTER', 4900n, 'Decree 264/2025/NĐ-CP, Art. 6(4)(b); Resolution 30/2025/NQ-HĐND'],
      ['STATE_BUDGET_AMOUNT', 600_000_000_000n, 'Resolution 30/2025/NQ-HĐND'],
      ['OTHER_MEMBERS_COUNT', 6n, 'Resolution 30/2025/NQ-HĐND (Capital Law 2024, Art. 36)'],
      ['STAKE_PER_STARTUP', 4900n, 'Program policy: the fund is only a minority co-investor'],
      ['PORTFOLIO_LOSS_THRESHOLD', 5000n, 'Decree 264/2025/NĐ-CP, Art. 10(4)'],
    ]);
  });
  it('hold a Decree 38 fund to 50% of a startup after the investment and 2–30 investors instead', () => {
    const citation = 'Decree 38/2018/NĐ-CP, Art. 5, as amended by Decree 210/2025/NĐ-CP (from 15 Sep 2025)';
    expect(FUND_RULE_SET.DECREE_38_STARTUP_FUND).toMatchObject({
      vehicle: 'COMPANY',
      rules: [
        { kind: 'STAKE_PER_STARTUP', limit: 5000n, citation },
        { kind: 'INVESTORS_COUNT', limit: 30n, minimum: 2n, citation },
      ],
    });
  });
});

describe('the loss threshold', () => {
  it('adds exits below cost, write-offs and marks below cost, never gains', () => {
    const figures = lossFigures(
      [
        { cost: 30n, mark: null, exit: { kind: 'WRITE_OFF', proceeds: 0n } },
        { cost: 30n, mark: null, exit: { kind: 'EXIT', proceeds: 20n } },
        { cost: 30n, mark: null, exit: { kind: 'EXIT', proceeds: 90n } },
        { cost: 30n, mark: 5n, exit: null },
        { cost: 30n, mark: 60n, exit: null },
        { cost: 30n, mark: null, exit: null },
      ],
      200n,
      5000,
    );
    expect(figures).toEqual({
      realized: 40n,
      unrealized: 25n,
      losses: 65n,
      threshold: 100n,
      usedBp: 6500,
      level: 'OK',
    });
  });
  it('warns at 70% and 90% and says when the threshold is reached', () => {
    expect([6999, 7000, 8999, 9000, 9999, 10000].map(lossLevel)).toEqual([
      'OK',
      'WARNING',
      'WARNING',
      'CRITICAL',
      'CRITICAL',
      'EXCEEDED',
    ]);
  });
});

describe('capital calls', () => {
  it('calls a floored share of the commitment and never more than 100% in all', () => {
    expect(callLineAmount(1_000_000_003n, 2500)).toBe(250_000_000n);
    expect(requireCallPercent(2000, 8000)).toBe(2000);
    expect(() => requireCallPercent(2001, 8000)).toThrow(/more than the commitments/);
    expect(() => requireCallPercent(0, 0)).toThrow();
  });
  it('settles lines oldest first from what was paid in', () => {
    expect(settleLines([100n, 100n, 50n], 170n)).toEqual([100n, 70n, 0n]);
    expect(settleLines([100n], 0n)).toEqual([0n]);
  });
  it('shares a figure pro rata to paid-in, floored, and 0 of nothing', () => {
    expect(proRata(100n, 1n, 3n)).toBe(33n);
    expect(proRata(100n, 0n, 0n)).toBe(0n);
  });
});
