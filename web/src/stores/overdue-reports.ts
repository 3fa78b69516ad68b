// Monthly metric reports and milestones past their due date, across startups (managers and the board).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import { OverdueMilestonesQuery, OverdueReportsQuery } from '../api/notifications';
import type {
  OverdueMilestonesQuery as OverdueMilestonesData,
  OverdueReportsQuery as OverdueData,
} from '../api/generated/graphql';

export type OverdueReport = OverdueData['overdueReports'][number];
export type OverdueMilestone = OverdueMilestonesData['overdueMilestones'][number];

export const useOverdueReportsStore = defineStore('overdue-reports', () => {
  const rows = ref<OverdueReport[]>([]);
  const milestones = ref<OverdueMilestone[]>([]);

  async function load(): Promise<void> {
    const [reports, late] = await Promise.all([request(OverdueReportsQuery, {}), request(OverdueMilestonesQuery, {})]);
    rows.value = reports.overdueReports;
    milestones.value = late.overdueMilestones;
  }

  return { rows, milestones, load };
});
