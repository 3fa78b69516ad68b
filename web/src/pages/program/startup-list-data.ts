// The startup list's first page (for the filters in the address) and its filter options, asked for by the router
// as soon as the route is known (see `prefetch` in api/client.ts); the page takes these answers when it mounts.
import type { LocationQuery } from 'vue-router';
import { prefetch } from '../../api/client';
import { filtersFromQuery, useStartupListStore } from '../../stores/startup-list';
import { usePipelineStore } from '../../stores/pipeline';
import { useSectorsStore } from '../../stores/sectors';

export function prefetchStartupList(query: LocationQuery): void {
  const list = useStartupListStore();
  const options = usePipelineStore();
  prefetch(() => {
    list.filters = filtersFromQuery(query);
    void list.reload();
    options.loadFilterOptions().catch(() => undefined);
  });
  // Loaded once per visit by its own store, so not kept as an early answer.
  void useSectorsStore().ensureLoaded();
}
