// Fund compliance for the board, through the fund module's own read functions (overview figures from the
// fund row's running totals, holdings from the cap-table replay) — the KPI module does not re-derive them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { FundSchema } from '../fund/entities';
import { fundOverview, holdingsOf } from '../fund/queries';

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
  stakes: { startupId: string; startupName: string; stakeBp: number; capBp: number; invested: bigint }[];
}

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
      // Exited holdings no longer count against the cap; written-off ones still hold their (worthless) stake.
      stakes: (holdings.get(fund.id) ?? [])
        .filter((holding) => holding.status !== 'EXITED')
        .map((holding) => ({
          startupId: holding.startupId,
          startupName: holding.startupName,
          stakeBp: holding.stakeBp,
          capBp: holding.stakeCapBp,
          invested: holding.invested,
        }))
        .sort((a, b) => b.stakeBp - a.stakeBp || a.startupName.localeCompare(b.startupName)),
    };
  });
}
