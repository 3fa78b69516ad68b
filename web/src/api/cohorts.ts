// Operations of cohorts: the list and one cohort with its startups.
import { graphql } from './generated';

export const CohortsQuery = graphql(`
  query Cohorts {
    cohorts {
      id
      name
      startDate
      endDate
      startupCount
      manager {
        id
        displayName
      }
    }
  }
`);

export const CohortQuery = graphql(`
  query Cohort($id: ID!) {
    cohort(id: $id) {
      id
      name
      startDate
      endDate
      startupCount
      manager {
        id
        displayName
      }
      startups {
        ...StartupRowFields
      }
    }
  }
`);

export const AssignStartupToCohortMutation = graphql(`
  mutation AssignStartupToCohort($startupId: ID!, $cohortId: ID) {
    assignStartupToCohort(startupId: $startupId, cohortId: $cohortId) {
      id
      cohort {
        id
        name
      }
    }
  }
`);
