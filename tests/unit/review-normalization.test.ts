import { describe, expect, it } from 'vitest';
import { assignReviewers, normalizeReviews, reviewerStats, zScores, type ReviewerScore } from '@launchpad/shared';

const s = (reviewerId: string, applicationId: string, total: number): ReviewerScore => ({
  reviewerId,
  applicationId,
  total,
});

describe('per-reviewer normalization', () => {
  it("turns each reviewer's scores into z-scores around their own mean", () => {
    const z = zScores([s('r', 'a', 8), s('r', 'b', 10), s('r', 'c', 9)]);
    expect(z.map((x) => x.z)).toEqual([-1.225, 1.225, 0]);
  });

  it('gives 0 to every score of a reviewer who rated all alike', () => {
    expect(zScores([s('r', 'a', 7), s('r', 'b', 7)]).map((x) => x.z)).toEqual([0, 0]);
  });

  it('undoes a generous reviewer: the normalized ranking can differ from the raw one', () => {
    // The generous reviewer scores only A and B (9, 10); the strict one scores B and C (2, 5).
    const result = normalizeReviews([s('gen', 'A', 9), s('gen', 'B', 10), s('strict', 'B', 2), s('strict', 'C', 5)]);
    expect(result.raw.map((r) => r.applicationId)).toEqual(['A', 'B', 'C']);
    const byId = new Map(result.normalized.map((r) => [r.applicationId, r.value]));
    expect(byId.get('A')).toBe(-1);
    expect(byId.get('B')).toBe(0);
    expect(byId.get('C')).toBe(1);
    expect(result.normalized[0]).toMatchObject({ applicationId: 'C', rank: 1 });
  });

  it('flags a reviewer whose spread is far from the others', () => {
    const stats = reviewerStats([
      s('a', '1', 2),
      s('a', '2', 8),
      s('b', '1', 3),
      s('b', '2', 7),
      s('c', '1', 5),
      s('c', '2', 5.5),
    ]);
    expect(stats.map((r) => [r.reviewerId, r.flagged])).toEqual([
      ['a', false],
      ['b', false],
      ['c', true],
    ]);
  });

  it('shares a rank between equal values', () => {
    const result = normalizeReviews([s('r', 'a', 5), s('r', 'b', 5), s('r', 'c', 1)]);
    expect(result.raw.map((r) => r.rank)).toEqual([1, 1, 3]);
  });
});

describe('reviewer assignment', () => {
  it('gives every application N distinct reviewers with loads differing by at most one', () => {
    const apps = ['a1', 'a2', 'a3', 'a4', 'a5'];
    const result = assignReviewers(apps, ['r1', 'r2', 'r3', 'r4'], 3);
    const load = new Map<string, number>();
    for (const reviewers of result.values()) {
      expect(new Set(reviewers).size).toBe(3);
      for (const r of reviewers) load.set(r, (load.get(r) ?? 0) + 1);
    }
    const loads = [...load.values()];
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it('never assigns an excluded reviewer', () => {
    const result = assignReviewers(['a'], ['r1', 'r2', 'r3'], 2, new Map(), (_a, r) => r === 'r1');
    expect(result.get('a')).toEqual(['r2', 'r3']);
  });

  it('tops up each application by as many as it still needs, counting only the reviewers it gets', () => {
    // 'a' lost one of its two reviewers to a conflict; 'b' needs two. r1 already carries two reviews.
    const needs = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    const result = assignReviewers(['a', 'b'], ['r1', 'r2', 'r3'], (id) => needs.get(id)!, new Map([['r1', 2]]));
    expect(result.get('a')).toEqual(['r2']);
    expect(result.get('b')).toEqual(['r3', 'r2']);
  });
});
