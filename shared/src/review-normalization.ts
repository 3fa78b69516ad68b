// Judging a team can trust: each reviewer's scores as z-scores, so a reviewer who rates everything 7–10 and one
// who rates 2–5 count alike; raw and normalized rankings side by side; reviewers whose spread is far from the
// others' flagged for calibration; reviewers assigned to applications with balanced load.

export interface ReviewerScore {
  reviewerId: string;
  applicationId: string;
  /** The reviewer's weighted total for the application (0–10). */
  total: number;
}

export interface ReviewerStats {
  reviewerId: string;
  count: number;
  mean: number;
  /** Population standard deviation of the reviewer's totals (0 with fewer than two). */
  spread: number;
  /** Spread far from the others' (ratio to the median spread beyond the limits, or a flat reviewer). */
  flagged: boolean;
}

export interface RankedEntry {
  applicationId: string;
  rank: number;
  value: number;
}

export interface NormalizedRanking {
  raw: RankedEntry[];
  normalized: RankedEntry[];
  reviewers: ReviewerStats[];
}

/** A spread more than twice or less than half the median reviewer's is flagged. */
export const SPREAD_FLAG_RATIO = 2;

const round = (value: number) => Math.round(value * 1000) / 1000;

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function stdDev(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
}

function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Per reviewer: how many scored, mean, spread, and the flag against the median spread of the reviewers. */
export function reviewerStats(scores: readonly ReviewerScore[]): ReviewerStats[] {
  const byReviewer = new Map<string, number[]>();
  for (const s of scores) byReviewer.set(s.reviewerId, [...(byReviewer.get(s.reviewerId) ?? []), s.total]);
  const rows = [...byReviewer.entries()]
    .map(([reviewerId, totals]) => ({ reviewerId, count: totals.length, mean: mean(totals), spread: stdDev(totals) }))
    .sort((a, b) => a.reviewerId.localeCompare(b.reviewerId));
  const typical = median(rows.filter((r) => r.count > 1).map((r) => r.spread));
  return rows.map((row) => ({
    ...row,
    mean: round(row.mean),
    spread: round(row.spread),
    flagged:
      row.count > 1 &&
      rows.filter((r) => r.count > 1).length > 1 &&
      (typical === 0
        ? row.spread > 0
        : row.spread > typical * SPREAD_FLAG_RATIO || row.spread < typical / SPREAD_FLAG_RATIO),
  }));
}

/** Each score as the reviewer's z-score: (total − reviewer's mean) / reviewer's spread; 0 when the spread is 0. */
export function zScores(scores: readonly ReviewerScore[]): (ReviewerScore & { z: number })[] {
  const stats = new Map<string, { mean: number; spread: number }>();
  for (const id of new Set(scores.map((s) => s.reviewerId))) {
    const totals = scores.filter((s) => s.reviewerId === id).map((s) => s.total);
    stats.set(id, { mean: mean(totals), spread: stdDev(totals) });
  }
  return scores.map((s) => {
    const { mean: m, spread } = stats.get(s.reviewerId)!;
    return { ...s, z: spread === 0 ? 0 : round((s.total - m) / spread) };
  });
}

/** Highest first; equal values share a rank (1, 2, 2, 4); ties in id order so the ranking is reproducible. */
export function rankValues(values: ReadonlyMap<string, number>): RankedEntry[] {
  const sorted = [...values.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  let rank = 0;
  return sorted.map(([applicationId, value], index) => {
    if (index === 0 || value !== sorted[index - 1]![1]) rank = index + 1;
    return { applicationId, rank, value: round(value) };
  });
}

/** Raw ranking (mean of reviewers' totals) beside the normalized one (mean of their z-scores), and reviewer stats. */
export function normalizeReviews(scores: readonly ReviewerScore[]): NormalizedRanking {
  const group = (pick: (s: ReviewerScore & { z: number }) => number) => {
    const sums = new Map<string, number[]>();
    for (const s of zScores(scores)) sums.set(s.applicationId, [...(sums.get(s.applicationId) ?? []), pick(s)]);
    return new Map([...sums.entries()].map(([id, values]) => [id, mean(values)]));
  };
  return {
    raw: rankValues(group((s) => s.total)),
    normalized: rankValues(group((s) => s.z)),
    reviewers: reviewerStats(scores),
  };
}

/**
 * Assigns `perApplication` distinct reviewers to each application (or, given a function, as many as that
 * application still needs), always picking the least-loaded eligible reviewers (ties by id), so loads differ by at
 * most one when nobody is excluded.
 */
export function assignReviewers(
  applicationIds: readonly string[],
  reviewerIds: readonly string[],
  perApplication: number | ((applicationId: string) => number),
  currentLoad: ReadonlyMap<string, number> = new Map(),
  excluded: (applicationId: string, reviewerId: string) => boolean = () => false,
): Map<string, string[]> {
  const load = new Map(reviewerIds.map((id) => [id, currentLoad.get(id) ?? 0]));
  const result = new Map<string, string[]>();
  for (const applicationId of applicationIds) {
    const wanted = typeof perApplication === 'number' ? perApplication : perApplication(applicationId);
    const chosen = reviewerIds
      .filter((id) => !excluded(applicationId, id))
      .sort((a, b) => load.get(a)! - load.get(b)! || a.localeCompare(b))
      .slice(0, Math.max(0, wanted));
    for (const id of chosen) load.set(id, load.get(id)! + 1);
    result.set(applicationId, chosen);
  }
  return result;
}
