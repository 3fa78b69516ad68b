// The pipeline board: startups per stage with counts, newest first, for the chosen cohort/sector/search.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import { StageCountsQuery, StartupFiltersQuery, StartupsQuery } from '../api/startups';
import type { Stage, StartupRowFieldsFragment } from '../api/generated/graphql';
import { STAGES } from '@launchpad/shared';

type StartupRow = StartupRowFieldsFragment;

/** How many cards each column shows; the rest are one click away in the list. */
export const COLUMN_SIZE = 8;

interface PipelineFilters {
  cohortId: string | null;
  sector: string | null;
  search: string;
}

export const usePipelineStore = defineStore('pipeline', () => {
  /** Startups shown per stage (newest first, at most COLUMN_SIZE). */
  const byStage = ref<Partial<Record<Stage, StartupRow[]>>>({});
  /** Startups per stage for the filters (the column headers). */
  const counts = ref<Partial<Record<Stage, number>>>({});
  const filters = ref<PipelineFilters>({ cohortId: null, sector: null, search: '' });
  /** Filter choices. */
  const sectors = ref<string[]>([]);
  const cohorts = ref<{ id: string; name: string }[]>([]);
  const loading = ref(false);
  const loadError = ref<unknown>(null);

  async function loadFilterOptions(): Promise<void> {
    const data = await request(StartupFiltersQuery);
    sectors.value = data.startupSectors;
    cohorts.value = data.cohorts;
  }

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    const vars = {
      cohortId: filters.value.cohortId,
      sector: filters.value.sector,
      search: filters.value.search.trim() || null,
    };
    try {
      const [countData, ...columns] = await Promise.all([
        request(StageCountsQuery, vars),
        ...STAGES.map((stage) => request(StartupsQuery, { ...vars, stage, sort: 'CREATED_DESC', first: COLUMN_SIZE })),
      ]);
      counts.value = Object.fromEntries(countData.startupStageCounts.map((c) => [c.stage, c.count]));
      byStage.value = Object.fromEntries(
        STAGES.map((stage, i) => [stage, columns[i]?.startups.edges.map((e) => e.node) ?? []]),
      );
    } catch (error) {
      loadError.value = error;
    } finally {
      loading.value = false;
    }
  }

  return { byStage, counts, filters, sectors, cohorts, loading, loadError, load, loadFilterOptions };
});
