// What GraphQL reads of the KPIs: the dashboard, the public summary, the targets and the live change event.
// engine.ts computes the figures into these shapes; service.ts maps the target rows through kpiTargetView.
import type { KpiMetric, RunRateProjection } from '@launchpad/shared';
import type { FundComplianceRow } from './fund-compliance';

export interface KpiFigure<T extends bigint | number> {
  actual: T;
  target: T;
  planToDate: T;
  /** actual / target in basis points, clamped to the GraphQL Int range. */
  percentBp: number;
  /** The same, exact, as a decimal string (it passes 2^31 when the actual dwarfs the target). */
  percentBpExact: string;
  onPlan: boolean;
}

export interface KpiYearRow {
  year: number;
  startupsIncubated: number;
  startupsPlan: number;
  startupsCumulative: number;
  startupsPlanCumulative: number;
  capitalMobilized: bigint;
  capitalPlan: bigint;
  capitalCumulative: bigint;
  capitalPlanCumulative: bigint;
}

export type CapitalSource = 'FUND' | 'OTHER_FUND' | 'PRIVATE';

export interface KpiTargetView {
  metric: KpiMetric;
  total: string;
  yearly: { year: number; amount: string }[];
  updatedAt: Date;
}

export interface KpiSummaryView {
  from: string;
  to: string;
  asOf: string;
  startupsIncubated: KpiFigure<number>;
  capitalMobilized: KpiFigure<bigint>;
}

export interface KpiDashboardView extends KpiSummaryView {
  capitalBySource: { source: CapitalSource; amount: bigint }[];
  privateCommittedToFund: bigint;
  byYear: KpiYearRow[];
  funnel: { stage: string; count: number }[];
  bySector: { sector: string; nameVi: string; nameEn: string; startups: number; incubated: number; capital: bigint }[];
  byCohort: {
    cohortId: string | null;
    name: string | null;
    startups: number;
    incubated: number;
    milestonesVerified: number;
    milestonesTotal: number;
    capital: bigint;
  }[];
  milestones: { verified: number; total: number; completionBp: number };
  fundCompliance: FundComplianceRow[];
  projections: {
    startupsIncubated: {
      actualToDate: number;
      target: number;
      projectedTotal: number;
      metInYear: number | null;
      shortfall: number;
    };
    capitalMobilized: RunRateProjection & { actualToDate: bigint; target: bigint };
  };
  targets: KpiTargetView[];
}

/** A metric's yearly plan (whole units or VND, as decimal text) and when it last changed. */
export function kpiTargetView(
  metric: KpiMetric,
  plan: { year: number; amount: bigint }[],
  updatedAt: Date,
): KpiTargetView {
  return {
    metric,
    total: plan.reduce((sum, entry) => sum + entry.amount, 0n).toString(),
    yearly: plan.map(({ year, amount }) => ({ year, amount: amount.toString() })),
    updatedAt,
  };
}

/** The `kpiChanged` event: which write moved the KPIs, when. */
export interface KpiChangeView {
  reason: string;
  at: Date;
  /** The startups whose cap tables the change touched; absent when it may have touched any. */
  startupIds?: string[];
}
