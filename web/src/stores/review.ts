// Blind review: the reviewer's applications (declare, then score) and the managers' ranking, raw beside normalized.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
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
  async function scoresCsv(challengeId: string): Promise<string> {
    return (await request(ReviewScoresCsvQuery, { challengeId })).reviewScoresCsv;
  }

  return { mine, ranking, loadMine, declare, score, loadRanking, scoresCsv };
});
