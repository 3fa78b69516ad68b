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

export const CreateCohortMutation = graphql(`
  mutation CreateCohort($input: CohortInput!) {
    createCohort(input: $input) {
      id
      name
    }
  }
`);

export const UpdateCohortMutation = graphql(`
  mutation UpdateCohort($id: ID!, $input: CohortInput!) {
    updateCohort(id: $id, input: $input) {
      id
      name
      startDate
      endDate
    }
  }
`);
