// Cohorts: the list and one cohort with its startups.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { useLoadState } from './load-state';
import { request } from '../api/client';
import { CohortQuery, CohortsQuery, CreateCohortMutation, UpdateCohortMutation } from '../api/cohorts';
import type { CohortInput, CohortQuery as CohortData, CohortsQuery as CohortsData } from '../api/generated/graphql';

type CohortSummary = CohortsData['cohorts'][number];
type CohortDetail = NonNullable<CohortData['cohort']>;

export const useCohortsStore = defineStore('cohorts', () => {
  const list = ref<CohortSummary[]>([]);
  const current = ref<CohortDetail | null>(null);
  /** `loading` while a load runs, and its failure (the page explains it). */
  const { loading, loadError, track: guarded } = useLoadState();

  const loadAll = () =>
    guarded(async () => {
      list.value = (await request(CohortsQuery)).cohorts;
    });

  const loadOne = (id: string) =>
    guarded(async () => {
      current.value = (await request(CohortQuery, { id })).cohort;
    });

  /** Creates a cohort; resolves with its id. Refusals are thrown for the form to show. */
  async function create(input: CohortInput): Promise<string> {
    const { createCohort } = await request(CreateCohortMutation, { input });
    await loadAll();
    return createCohort.id;
  }

  async function update(id: string, input: CohortInput): Promise<void> {
    await request(UpdateCohortMutation, { id, input });
    await loadOne(id);
  }

  return { list, current, loading, loadError, loadAll, loadOne, create, update };
});
