// Operations of the startups domain: the pipeline, the list with filters, a startup's page and stage moves.
import { graphql } from './generated';

export const StartupRowFields = graphql(`
  fragment StartupRowFields on Startup {
    id
    name
    sector
    stage
    createdAt
    cohort {
      id
      name
    }
    founders {
      id
      displayName
    }
    latestStageMove {
      id
      from
      to
      at
    }
  }
`);

export const StartupsQuery = graphql(`
  query Startups(
    $stage: Stage
    $cohortId: ID
    $sector: String
    $search: String
    $sort: StartupSort
    $first: Int
    $after: String
  ) {
    startups(
      stage: $stage
      cohortId: $cohortId
      sector: $sector
      search: $search
      sort: $sort
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...StartupRowFields
        }
      }
    }
  }
`);

export const StartupFiltersQuery = graphql(`
  query StartupFilters {
    startupSectors
    cohorts {
      id
      name
    }
  }
`);

export const StageCountsQuery = graphql(`
  query StageCounts($cohortId: ID, $sector: String, $search: String) {
    startupStageCounts(cohortId: $cohortId, sector: $sector, search: $search) {
      stage
      count
    }
  }
`);

export const StageMoveFields = graphql(`
  fragment StageMoveFields on StageMove {
    id
    from
    to
    at
    reason
    by {
      id
      displayName
    }
  }
`);

export const MilestoneFields = graphql(`
  fragment MilestoneFields on Milestone {
    id
    kind
    title
    dueDate
    status
    evidenceUrl
    evidenceText
    pilot {
      partner
      scope
      startDate
      endDate
    }
    verifiedAt
    verifiedBy {
      id
      displayName
    }
    updatedAt
  }
`);

export const ChecklistItemFields = graphql(`
  fragment ChecklistItemFields on ChecklistItem {
    kind
    done
    doneDate
    evidence
    enterpriseCode
    updatedAt
  }
`);

export const MetricReportFields = graphql(`
  fragment MetricReportFields on MetricReport {
    id
    period
    revenue
    customers
    employees
    submittedAt
  }
`);

export const StartupDetailFields = graphql(`
  fragment StartupDetailFields on Startup {
    id
    name
    sector
    stage
    description
    createdAt
    enterpriseCode
    nextStage
    nextGate {
      kind
      message
      met
    }
    challenge {
      id
      title
      sponsorName
    }
    cohort {
      id
      name
      startDate
      endDate
    }
    founders {
      id
      displayName
      email
    }
    stageHistory {
      ...StageMoveFields
    }
    milestones {
      ...MilestoneFields
    }
    checklist {
      ...ChecklistItemFields
    }
    metricReports {
      ...MetricReportFields
    }
  }
`);

export const StartupQuery = graphql(`
  query Startup($id: ID!) {
    startup(id: $id) {
      ...StartupDetailFields
    }
  }
`);

export const MyStartupsQuery = graphql(`
  query MyStartups {
    myStartups {
      ...StartupDetailFields
    }
  }
`);

export const MoveStartupMutation = graphql(`
  mutation MoveStartup($id: ID!, $to: Stage!, $reason: String) {
    moveStartup(id: $id, to: $to, reason: $reason) {
      ...StartupRowFields
    }
  }
`);

export const CreateStartupMutation = graphql(`
  mutation CreateStartup($input: CreateStartupInput!) {
    createStartup(input: $input) {
      id
      name
    }
  }
`);
