// A fund's ledger and its legal position for today, asked for by the router as soon as the route is known (see
// `prefetch` in api/client.ts); the page and its law section take these answers instead of asking again.
import { prefetch } from '../../api/client';
import { useFundStore } from '../../stores/fund';
import { useFundLawStore } from '../../stores/fund-law';
import { todayIso } from './fund-format';

export function prefetchFund(fundId: string): void {
  const fund = useFundStore();
  const law = useFundLawStore();
  // A refusal reaches the page through its own (identical) request.
  prefetch(() => {
    fund.loadLedger(fundId).catch(() => undefined);
    law.load(fundId, todayIso()).catch(() => undefined);
  });
}
