import { describe, expect, it } from 'vitest';
import { isValidPeriod, rankByScore, weightedScore } from '@launchpad/shared';

const rubric = [
  { id: 'impact', weight: 3 },
  { id: 'feasibility', weight: 1 },
];

describe('weighted score', () => {
  it('weighs each criterion by weight / Σ weights', () => {
    const result = weightedScore(rubric, [
      { criterionId: 'impact', score: 8 },
      { criterionId: 'feasibility', score: 4 },
    ]);
    expect(result.total).toBe(7);
    expect(result.parts.map((part) => part.contribution)).toEqual([6, 1]);
    expect(result.complete).toBe(true);
  });

  it('averages several reviewers on one criterion', () => {
    const result = weightedScore(rubric, [
      { criterionId: 'impact', score: 10 },
      { criterionId: 'impact', score: 6 },
      { criterionId: 'feasibility', score: 0 },
    ]);
    expect(result.parts[0]).toMatchObject({ averageScore: 8, reviewerCount: 2, contribution: 6 });
    expect(result.total).toBe(6);
  });

  it('counts an unscored criterion as 0 and marks the score incomplete', () => {
    const result = weightedScore(rubric, [{ criterionId: 'feasibility', score: 10 }]);
    expect(result.parts[0]).toMatchObject({ averageScore: null, reviewerCount: 0, contribution: 0 });
    expect(result.total).toBe(2.5);
    expect(result.complete).toBe(false);
  });

  it('scores a perfect application 10 and an unscored one 0', () => {
    expect(
      weightedScore(rubric, [
        { criterionId: 'impact', score: 10 },
        { criterionId: 'feasibility', score: 10 },
      ]).total,
    ).toBe(10);
    expect(weightedScore(rubric, []).total).toBe(0);
  });
});

describe('ranking', () => {
  const score = (total: number) => ({ total, parts: [], complete: true });
  it('ranks highest first, ties share a rank and keep a stable order', () => {
    const ranked = rankByScore([
      { item: 'c', score: score(5), key: '3' },
      { item: 'a', score: score(9), key: '1' },
      { item: 'b', score: score(5), key: '2' },
      { item: 'd', score: score(1), key: '4' },
    ]);
    expect(ranked.map((r) => [r.rank, r.item])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [2, 'c'],
      [4, 'd'],
    ]);
  });
});

describe('reporting period', () => {
  it.each(['2026-01', '2026-12'])('accepts %s', (value) => expect(isValidPeriod(value)).toBe(true));
  it.each(['2026-13', '2026-00', '2026-1', '26-01', '2026-01-01', ''])('refuses %j', (value) =>
    expect(isValidPeriod(value)).toBe(false),
  );
});
