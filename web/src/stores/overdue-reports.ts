// Monthly metric reports past their due date, across startups (managers and the board).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import { OverdueReportsQuery } from '../api/notifications';
import type { OverdueReportsQuery as OverdueData } from '../api/generated/graphql';

export type OverdueReport = OverdueData['overdueReports'][number];

export const useOverdueReportsStore = defineStore('overdue-reports', () => {
  const rows = ref<OverdueReport[]>([]);

  async function load(): Promise<void> {
    rows.value = (await request(OverdueReportsQuery, {})).overdueReports;
  }

  return { rows, load };
});
