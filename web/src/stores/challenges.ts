// Problem statements: the public list and detail, the anonymous application, and the reviewers' work
// (scores per criterion, the weighted ranking, selection into a startup).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { useLoadState } from './load-state';
import { request, requestPublic } from '../api/client';
import {
  ApplicationReviewQuery,
  ChallengeQuery,
  ChallengesQuery,
  PublishedChallengesQuery,
  ScoreApplicationMutation,
  SelectApplicationMutation,
  SubmitApplicationMutation,
} from '../api/challenges';
import type {
  ApplicationReviewQuery as ApplicationReviewData,
  ChallengeFieldsFragment,
  CriterionScoreInput,
  SubmitApplicationInput,
} from '../api/generated/graphql';

export type Challenge = ChallengeFieldsFragment;
export type RankedApplication = ApplicationReviewData['applicationRanking'][number];

export const useChallengesStore = defineStore('challenges', () => {
  /** Published statements (public) or every statement (reviewers), as last loaded. */
  const list = ref<Challenge[]>([]);
  /** The statement being read, applied to or reviewed. */
  const current = ref<Challenge | null>(null);
  /** Its applications ranked by weighted score (reviewers only). */
  const ranking = ref<RankedApplication[]>([]);
  /** `loading` while a load runs, and its failure (the page explains it). */
  const { loading, loadError, track: guarded } = useLoadState();

  const loadPublished = () =>
    guarded(async () => {
      list.value = (await requestPublic(PublishedChallengesQuery)).publishedChallenges;
    });

  const loadAll = () =>
    guarded(async () => {
      list.value = (await request(ChallengesQuery, {})).challenges;
    });

  const loadOne = (id: string) =>
    guarded(async () => {
      current.value = (await request(ChallengeQuery, { id })).challenge;
    });

  const loadReview = (challengeId: string) =>
    guarded(async () => {
      const data = await request(ApplicationReviewQuery, { challengeId });
      current.value = data.challenge;
      ranking.value = data.applicationRanking;
    });

  async function submitApplication(input: SubmitApplicationInput) {
    return (await request(SubmitApplicationMutation, { input })).submitApplication;
  }

  async function score(applicationId: string, scores: CriterionScoreInput[]): Promise<void> {
    await request(ScoreApplicationMutation, { applicationId, scores });
    if (current.value)
      ranking.value = (await request(ApplicationReviewQuery, { challengeId: current.value.id })).applicationRanking;
  }

  async function select(applicationId: string, startupName: string | null, sector: string | null) {
    const result = (await request(SelectApplicationMutation, { applicationId, startupName, sector })).selectApplication;
    if (current.value)
      ranking.value = (await request(ApplicationReviewQuery, { challengeId: current.value.id })).applicationRanking;
    return result;
  }

  return {
    list,
    current,
    ranking,
    loading,
    loadError,
    loadPublished,
    loadAll,
    loadOne,
    loadReview,
    submitApplication,
    score,
    select,
  };
});
