// The audit log as BOARD and ADMIN read it: filters by who, what and when, cursor pages (newest first).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import { AuditChainStatusQuery, AuditFacetsQuery, AuditLogQuery } from '../api/audit';
import type { AuditEntryFieldsFragment, AuditFacetsQuery as AuditFacetsData } from '../api/generated/graphql';
import { hanoiDayStart, nextHanoiDay } from '../format/dates';

export const AUDIT_PAGE_SIZE = 25;

interface AuditFilters {
  /** Who: one acting user. */
  actorId: string | null;
  /** What: one action, e.g. `fund.capital_committed`. */
  action: string | null;
  /** What: one kind of record, e.g. `Startup`. */
  entityType: string | null;
  /** When: from the start of this Hanoi day ('YYYY-MM-DD') … */
  from: string | null;
  /** … to the end of this Hanoi day. */
  to: string | null;
}

const emptyFilters = (): AuditFilters => ({ actorId: null, action: null, entityType: null, from: null, to: null });

export const useAuditStore = defineStore('audit', () => {
  const filters = ref<AuditFilters>(emptyFilters());
  /** The current page's entries. */
  const rows = ref<AuditEntryFieldsFragment[]>([]);
  const hasNextPage = ref(false);
  /** `after` cursors of the pages visited so far; the last one is the current page's. */
  const cursors = ref<(string | null)[]>([null]);
  const loading = ref(false);
  const loadError = ref<unknown>(null);
  /** Pick-list values for the filters. */
  const facets = ref<AuditFacetsData['auditFacets']>({ actions: [], entityTypes: [], actorEmails: [], actors: [] });
  /** How far the log's hash chain checks out (null until loaded): edited or removed entries break it. */
  const chain = ref<{ verifiedUpTo: string | null; brokenAt: string | null; tailMissing: boolean } | null>(null);
  let endCursor: string | null = null;

  async function fetchPage(after: string | null): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      const f = filters.value;
      const data = await request(AuditLogQuery, {
        filter: {
          actorId: f.actorId,
          action: f.action,
          entityType: f.entityType,
          // Days are Hanoi days, whatever the reader's machine is set to.
          from: f.from ? hanoiDayStart(f.from).toISOString() : null,
          to: f.to ? hanoiDayStart(nextHanoiDay(f.to)).toISOString() : null,
        },
        first: AUDIT_PAGE_SIZE,
        after,
      });
      rows.value = data.auditLog.edges.map((edge) => edge.node);
      hasNextPage.value = data.auditLog.pageInfo.hasNextPage;
      endCursor = data.auditLog.pageInfo.endCursor ?? null;
    } catch (error) {
      loadError.value = error;
      rows.value = [];
      hasNextPage.value = false;
    } finally {
      loading.value = false;
    }
  }

  /** The first page for the current filters. */
  async function reload(): Promise<void> {
    cursors.value = [null];
    await fetchPage(null);
  }

  async function next(): Promise<void> {
    if (!hasNextPage.value || !endCursor) return;
    cursors.value.push(endCursor);
    await fetchPage(endCursor);
  }

  async function previous(): Promise<void> {
    if (cursors.value.length <= 1) return;
    cursors.value.pop();
    await fetchPage(cursors.value.at(-1) ?? null);
  }

  const pageIndex = () => cursors.value.length - 1;

  async function loadFacets(): Promise<void> {
    facets.value = (await request(AuditFacetsQuery)).auditFacets;
  }

  async function loadChainStatus(): Promise<void> {
    chain.value = (await request(AuditChainStatusQuery)).auditChainStatus;
  }

  function clearFilters(): void {
    filters.value = emptyFilters();
  }

  return {
    filters,
    rows,
    hasNextPage,
    loading,
    loadError,
    facets,
    chain,
    reload,
    next,
    previous,
    pageIndex,
    loadFacets,
    loadChainStatus,
    clearFilters,
  };
});
