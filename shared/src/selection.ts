// Transparent selection of applications: the weighted rubric score and the ranking.

export const MIN_SCORE = 0;
export const MAX_SCORE = 10;

export type RubricCriterionRef = { id: string; weight: number };
export type CriterionScore = { criterionId: string; score: number };

export type ScorePartResult = {
  criterionId: string;
  weight: number;
  /** Mean of the reviewers' scores on this criterion, null when nobody scored it yet. */
  averageScore: number | null;
  reviewerCount: number;
  /** weight × averageScore / Σ weights: the points this criterion adds to the total (0 when unscored). */
  contribution: number;
};

export type WeightedScoreResult = { total: number; parts: ScorePartResult[]; complete: boolean };

/**
 * The weighted score of one application on 0–10: Σ weight × mean score / Σ weight. An unscored criterion
 * adds 0 (and the score is not `complete`), so an application cannot rank higher by being scored less.
 */
export function weightedScore(
  rubric: readonly RubricCriterionRef[],
  scores: readonly CriterionScore[],
): WeightedScoreResult {
  const totalWeight = rubric.reduce((sum, c) => sum + c.weight, 0);
  const parts = rubric.map((criterion): ScorePartResult => {
    const given = scores.filter((s) => s.criterionId === criterion.id).map((s) => s.score);
    const averageScore = given.length === 0 ? null : given.reduce((a, b) => a + b, 0) / given.length;
    const contribution =
      averageScore === null || totalWeight === 0 ? 0 : (criterion.weight * averageScore) / totalWeight;
    return {
      criterionId: criterion.id,
      weight: criterion.weight,
      averageScore,
      reviewerCount: given.length,
      contribution,
    };
  });
  const total = parts.reduce((sum, part) => sum + part.contribution, 0);
  return { total: Math.round(total * 1000) / 1000, parts, complete: parts.every((part) => part.reviewerCount > 0) };
}

export type Ranked<T> = { rank: number; item: T; score: WeightedScoreResult };

/**
 * Ranks by total score, highest first; equal totals share a rank (1, 2, 2, 4) and keep a stable order by `key`
 * (e.g. submission time), so the ranking is reproducible.
 */
export function rankByScore<T>(items: readonly { item: T; score: WeightedScoreResult; key: string }[]): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => b.score.total - a.score.total || a.key.localeCompare(b.key));
  let rank = 0;
  return sorted.map((entry, index) => {
    if (index === 0 || entry.score.total !== sorted[index - 1]!.score.total) rank = index + 1;
    return { rank, item: entry.item, score: entry.score };
  });
}

/** A reporting period 'YYYY-MM' (month 01–12). */
export function isValidPeriod(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}
