// Fund compliance for the board, through the fund module's own read functions (overview figures from the
// fund row's running totals, holdings from the cap-table replay) — the KPI module does not re-derive them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { compareVietnamese } from '@launchpad/shared';
import { FundSchema } from '../fund';
import { fundOverview, holdingsOf, type HoldingView } from '../fund';

export interface FundComplianceRow {
  fundId: string;
  name: string;
  charterCapital: bigint;
  stateCommitted: bigint;
  privateCommitted: bigint;
  stateShareBp: number;
  charterCapBp: number;
  paidIn: bigint;
  invested: bigint;
  available: bigint;
  stakeCapBp: number;
  /** Holdings not exited, how many sit at ≥ 95% of the cap, how many above it (should be none). */
  holdings: number;
  holdingsNearCap: number;
  holdingsOverCap: number;
  /** The largest stakes only: a board reads the ones closest to the cap, not thousands of rows. */
  stakes: { startupId: string; startupName: string; stakeBp: number; capBp: number; invested: bigint }[];
}

export const LARGEST_STAKES = 10;

export async function fundCompliance(em: EntityManager): Promise<FundComplianceRow[]> {
  const funds = await em.find(FundSchema, {}, { orderBy: { name: 'asc' } });
  const holdings = await holdingsOf(em, funds);
  return funds.map((fund) => {
    const overview = fundOverview(fund);
    return {
      fundId: fund.id,
      name: fund.name,
      charterCapital: fund.charterCapital,
      stateCommitted: fund.stateCommitted,
      privateCommitted: overview.privateCommitted,
      stateShareBp: overview.stateShareBp,
      charterCapBp: fund.charterCapBp,
      paidIn: fund.paidIn,
      invested: fund.invested,
      available: overview.available,
      stakeCapBp: fund.stakeCapBp,
      ...stakeFigures(holdings.get(fund.id) ?? []),
    };
  });
}

function stakeFigures(all: HoldingView[]) {
  // Exited holdings no longer count against the cap; written-off ones still hold their (worthless) stake.
  const held = all
    .filter((holding) => holding.status !== 'EXITED')
    .sort((a, b) => b.stakeBp - a.stakeBp || compareVietnamese(a.startupName, b.startupName));
  return {
    holdings: held.length,
    holdingsNearCap: held.filter((h) => h.stakeBp <= h.stakeCapBp && h.stakeBp * 100 >= h.stakeCapBp * 95).length,
    holdingsOverCap: held.filter((h) => h.stakeBp > h.stakeCapBp).length,
    stakes: held.slice(0, LARGEST_STAKES).map((holding) => ({
      startupId: holding.startupId,
      startupName: holding.startupName,
      stakeBp: holding.stakeBp,
      capBp: holding.stakeCapBp,
      invested: holding.invested,
    })),
  };
}
