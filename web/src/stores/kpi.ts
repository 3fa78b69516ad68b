// The board's KPIs: the chosen period, its figures, a live link that refetches when something lands, and the
// figures as the CSV file the server writes.
import { defineStore } from 'pinia';
import { KPI_WINDOW } from '@launchpad/shared';
import { ref } from 'vue';
import { ApiError, request, requestPublic } from '../api/client';
import { exportLanguage, saveCsv } from '../api/download';
import {
  KPI_CHANGED_SUBSCRIPTION,
  KpiCsvQuery,
  KpiDashboardQuery,
  PublicKpiSummaryQuery,
  UpdateKpiTargetMutation,
} from '../api/kpi';
import type {
  KpiMetric,
  KpiDashboardQuery as KpiDashboardData,
  PublicKpiSummaryQuery as PublicSummaryData,
} from '../api/generated/graphql';
import { subscribe } from '../api/subscriptions';
import { useAuthStore } from './auth';
import { useLocaleStore } from './locale';

export type KpiDashboard = KpiDashboardData['kpiDashboard'];
export type PublicKpiSummary = PublicSummaryData['publicKpiSummary'];

export const useKpiStore = defineStore('kpi', () => {
  /** The period shown; both bounds inclusive. */
  const from = ref<string>(KPI_WINDOW.from);
  const to = ref<string>(KPI_WINDOW.to);
  /** Figures of the period last loaded. */
  const dashboard = ref<KpiDashboard | null>(null);
  const loading = ref(false);
  const error = ref<ApiError | null>(null);
  /** Whether the live link is up (changes arrive without a reload). */
  const live = ref(false);
  /** When the figures were last refreshed because of a change elsewhere. */
  const lastChangeAt = ref<Date | null>(null);

  let sequence = 0;
  async function load(): Promise<void> {
    const mine = ++sequence;
    loading.value = true;
    try {
      const data = await request(KpiDashboardQuery, { from: from.value, to: to.value });
      // A slower, older answer never overwrites a newer one.
      if (mine === sequence) {
        dashboard.value = data.kpiDashboard;
        error.value = null;
      }
    } catch (cause) {
      if (mine === sequence) error.value = cause instanceof ApiError ? cause : new ApiError('INTERNAL', String(cause));
    } finally {
      if (mine === sequence) loading.value = false;
    }
  }

  async function setPeriod(nextFrom: string, nextTo: string): Promise<void> {
    from.value = nextFrom;
    to.value = nextTo;
    await load();
  }

  let stopLive: (() => void) | null = null;
  /** Follows `kpiChanged`: every change (and every reconnect, which may have missed some) refetches. */
  function startLive(): void {
    if (stopLive) return;
    const auth = useAuthStore();
    let connectedBefore = false;
    stopLive = subscribe<{ kpiChanged: { reason: string; at: string } }>(KPI_CHANGED_SUBSCRIPTION, () => auth.token, {
      next: (data) => {
        lastChangeAt.value = new Date(data.kpiChanged.at);
        void load();
      },
      status: (connected) => {
        live.value = connected;
        if (connected && connectedBefore) void load();
        if (connected) connectedBefore = true;
      },
      error: () => {
        live.value = false;
      },
    });
  }

  /** ADMIN: a new yearly plan for one metric; refusals (ApiError) go to the caller's form. */
  async function updateTarget(metric: KpiMetric, yearly: string[]): Promise<void> {
    await request(UpdateKpiTargetMutation, { metric, yearly });
    await load();
  }

  /** Downloads the period's figures as CSV, labels in the interface language. */
  async function downloadCsv(): Promise<void> {
    const period = { from: from.value, to: to.value };
    const { kpiCsv } = await request(KpiCsvQuery, { ...period, lang: exportLanguage(useLocaleStore().locale) });
    saveCsv(`launchpad-kpi-${period.from}-${period.to}.csv`, kpiCsv);
  }

  function stop(): void {
    stopLive?.();
    stopLive = null;
    live.value = false;
  }

  return {
    from,
    to,
    dashboard,
    loading,
    error,
    live,
    lastChangeAt,
    load,
    setPeriod,
    startLive,
    stop,
    updateTarget,
    downloadCsv,
  };
});

/** The public page's totals (no sign-in). */
export async function loadPublicSummary(): Promise<PublicKpiSummary> {
  return (await requestPublic(PublicKpiSummaryQuery)).publicKpiSummary;
}
