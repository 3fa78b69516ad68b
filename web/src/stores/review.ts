// Blind review: the reviewer's applications (declare, then score) and the managers' ranking, raw beside normalized.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import { exportLanguage, saveCsv } from '../api/download';
import { useLocaleStore } from './locale';
import {
  DeclareConflictMutation,
  MyReviewsQuery,
  ReviewRankingQuery,
  ReviewScoresCsvQuery,
  ScoreReviewMutation,
} from '../api/review';
import type {
  MyReviewsQuery as MyReviews,
  ReviewPhase,
  ReviewRankingQuery as ReviewRanking,
} from '../api/generated/graphql';

export const useReviewStore = defineStore('review', () => {
  const mine = ref<MyReviews['myReviews']>([]);
  const ranking = ref<ReviewRanking | null>(null);

  async function loadMine() {
    mine.value = (await request(MyReviewsQuery)).myReviews;
  }
  async function declare(assignmentId: string, conflict: boolean, note: string | null) {
    await request(DeclareConflictMutation, { input: { assignmentId, conflict, note } });
    await loadMine();
  }
  async function score(applicationId: string, scores: { criterionId: string; score: number }[]) {
    await request(ScoreReviewMutation, { applicationId, scores });
    await loadMine();
  }
  async function loadRanking(challengeId: string, phase: ReviewPhase) {
    ranking.value = await request(ReviewRankingQuery, { challengeId, phase });
  }
  /** Downloads every criterion-level score as the server's CSV, headers in the interface language. */
  async function downloadScoresCsv(challengeId: string): Promise<void> {
    const lang = exportLanguage(useLocaleStore().locale);
    saveCsv(`scores-${challengeId}.csv`, (await request(ReviewScoresCsvQuery, { challengeId, lang })).reviewScoresCsv);
  }

  return { mine, ranking, loadMine, declare, score, loadRanking, downloadScoresCsv };
});
