// The board's figures, asked for by the router as soon as the route is known (see `prefetch` in api/client.ts):
// the page, once its code and the session check are in, takes this answer instead of asking again.
import { prefetch } from '../../api/client';
import { useKpiStore } from '../../stores/kpi';

export function prefetchBoard(): void {
  const kpi = useKpiStore();
  prefetch(() => void kpi.load());
}
