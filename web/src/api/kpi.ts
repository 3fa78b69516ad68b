// Operations of the board's KPIs: the dashboard for a period, the public summary, targets, live changes.
import { graphql } from './generated';

export const KpiDashboardQuery = graphql(`
  query KpiDashboard($from: Date, $to: Date) {
    kpiDashboard(from: $from, to: $to) {
      from
      to
      asOf
      startupsIncubated {
        actual
        target
        planToDate
        percentBp
        percentBpExact
        onPlan
      }
      capitalMobilized {
        actual
        target
        planToDate
        percentBp
        percentBpExact
        onPlan
      }
      capitalBySource {
        source
        amount
      }
      privateCommittedToFund
      byYear {
        year
        startupsIncubated
        startupsPlan
        startupsCumulative
        startupsPlanCumulative
        capitalMobilized
        capitalPlan
        capitalCumulative
        capitalPlanCumulative
      }
      funnel {
        stage
        count
      }
      bySector {
        sector
        nameVi
        nameEn
        startups
        incubated
        capital
      }
      byCohort {
        cohortId
        name
        startups
        incubated
        milestonesVerified
        milestonesTotal
        capital
      }
      milestones {
        verified
        total
        completionBp
      }
      fundCompliance {
        fundId
        name
        charterCapital
        stateCommitted
        privateCommitted
        stateShareBp
        charterCapBp
        paidIn
        invested
        available
        stakeCapBp
        holdings
        holdingsNearCap
        holdingsOverCap
        stakes {
          startupId
          startupName
          stakeBp
          capBp
          invested
        }
      }
      targets {
        metric
        total
        yearly {
          year
          amount
        }
        updatedAt
      }
      projections {
        startupsIncubated {
          actualToDate
          target
          projectedTotal
          metInYear
          shortfall
        }
        capitalMobilized {
          actualToDate
          target
          projectedTotal
          metInYear
          shortfall
        }
      }
    }
  }
`);

export const PublicKpiSummaryQuery = graphql(`
  query PublicKpiSummary {
    publicKpiSummary {
      from
      to
      asOf
      startupsIncubated {
        actual
        target
        percentBp
        percentBpExact
      }
      capitalMobilized {
        actual
        target
        percentBp
        percentBpExact
      }
    }
  }
`);

/** ADMIN: replaces a metric's yearly plan (five whole numbers, 2026–2030); the total is their sum. */
export const UpdateKpiTargetMutation = graphql(`
  mutation UpdateKpiTarget($metric: KpiMetric!, $yearly: [String!]!) {
    updateKpiTarget(metric: $metric, yearly: $yearly) {
      metric
      total
    }
  }
`);

/** Pushed when something that moves the KPIs lands; the client refetches. */
export const KPI_CHANGED_SUBSCRIPTION = 'subscription KpiChanged { kpiChanged { reason at } }';

export const KpiCsvQuery = graphql(`
  query KpiCsv($from: Date, $to: Date, $lang: Language) {
    kpiCsv(from: $from, to: $to, lang: $lang)
  }
`);
