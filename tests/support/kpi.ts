// The KPI targets the KPI migration seeds (kpi_targets): more than 200 startups incubated and VND 500 billion
// mobilized in 2026–2030. The server reads them from the table; tests state them as the expected data.
import type { KpiMetric, KpiPlan } from '@launchpad/shared';

const BN = 10n ** 9n;

export const SEEDED_TARGETS: Record<KpiMetric, KpiPlan> = {
  STARTUPS_INCUBATED: { total: 200n, yearly: [20n, 30n, 40n, 50n, 60n] },
  CAPITAL_MOBILIZED: { total: 500n * BN, yearly: [50n * BN, 75n * BN, 100n * BN, 125n * BN, 150n * BN] },
};
