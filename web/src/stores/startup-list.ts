// The startup list: filters (stage, cohort, sector, search), sorting and cursor pagination.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { LocationQuery } from 'vue-router';
import { isStage } from '@launchpad/shared';
import { request } from '../api/client';
import { StartupsQuery } from '../api/startups';
import type { Stage, StartupRowFieldsFragment, StartupSort } from '../api/generated/graphql';
import { STARTUP_LIST_PAGE_SIZE } from '../api/page-sizes';

export const PAGE_SIZE = STARTUP_LIST_PAGE_SIZE;

interface StartupListFilters {
  stage: Stage | null;
  cohortId: string | null;
  sector: string | null;
  search: string;
  sort: StartupSort;
}

export const STARTUP_SORTS: StartupSort[] = ['NAME_ASC', 'NAME_DESC', 'CREATED_DESC'];

const nonEmpty = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** The filters a list address carries (`?stage=…&sort=…`); anything unknown falls back to no filter. */
export function filtersFromQuery(q: LocationQuery): StartupListFilters {
  return {
    stage: isStage(q.stage) ? q.stage : null,
    cohortId: nonEmpty(q.cohortId),
    sector: nonEmpty(q.sector),
    search: nonEmpty(q.search) ?? '',
    sort: STARTUP_SORTS.includes(q.sort as StartupSort) ? (q.sort as StartupSort) : 'NAME_ASC',
  };
}

export const useStartupListStore = defineStore('startup-list', () => {
  const filters = ref<StartupListFilters>({ stage: null, cohortId: null, sector: null, search: '', sort: 'NAME_ASC' });
  const rows = ref<StartupRowFieldsFragment[]>([]);
  const totalCount = ref(0);
  const hasNextPage = ref(false);
  /** `after` cursors of the pages visited so far; the last one is the current page's. */
  const cursors = ref<(string | null)[]>([null]);
  const loading = ref(false);
  const loadError = ref<unknown>(null);

  async function fetchPage(after: string | null): Promise<string | null> {
    loading.value = true;
    loadError.value = null;
    try {
      const f = filters.value;
      const data = await request(StartupsQuery, {
        stage: f.stage,
        cohortId: f.cohortId,
        sector: f.sector,
        search: f.search.trim() || null,
        sort: f.sort,
        first: PAGE_SIZE,
        after,
      });
      rows.value = data.startups.edges.map((e) => e.node);
      totalCount.value = data.startups.totalCount;
      hasNextPage.value = data.startups.pageInfo.hasNextPage;
      return data.startups.pageInfo.endCursor ?? null;
    } catch (error) {
      loadError.value = error;
      return null;
    } finally {
      loading.value = false;
    }
  }

  let endCursor: string | null = null;

  /** First page for the current filters. */
  async function reload(): Promise<void> {
    cursors.value = [null];
    endCursor = await fetchPage(null);
  }

  async function next(): Promise<void> {
    if (!hasNextPage.value || !endCursor) return;
    const after = endCursor;
    const fetched = await fetchPage(after);
    if (!loadError.value) {
      cursors.value = [...cursors.value, after];
      endCursor = fetched;
    }
  }

  async function previous(): Promise<void> {
    if (cursors.value.length <= 1) return;
    const stack = cursors.value.slice(0, -1);
    const fetched = await fetchPage(stack[stack.length - 1] ?? null);
    if (!loadError.value) {
      cursors.value = stack;
      endCursor = fetched;
    }
  }

  /** 0-based index of the current page. */
  const pageIndex = () => cursors.value.length - 1;

  return { filters, rows, totalCount, hasNextPage, cursors, loading, loadError, reload, next, previous, pageIndex };
});
