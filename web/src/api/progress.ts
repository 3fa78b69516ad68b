// Operations on a startup's progress: milestones (founders update, managers verify), checklist, metric reports.
import { graphql } from './generated';

export const CreateMilestoneMutation = graphql(`
  mutation CreateMilestone($input: CreateMilestoneInput!) {
    createMilestone(input: $input) {
      ...MilestoneFields
    }
  }
`);

export const UpdateMilestoneMutation = graphql(`
  mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {
    updateMilestone(id: $id, input: $input) {
      ...MilestoneFields
    }
  }
`);

export const VerifyMilestoneMutation = graphql(`
  mutation VerifyMilestone($id: ID!) {
    verifyMilestone(id: $id) {
      ...MilestoneFields
    }
  }
`);

export const UpdateChecklistItemMutation = graphql(`
  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {
    updateChecklistItem(input: $input) {
      ...ChecklistItemFields
    }
  }
`);

export const SubmitMetricReportMutation = graphql(`
  mutation SubmitMetricReport($input: SubmitMetricReportInput!) {
    submitMetricReport(input: $input) {
      ...MetricReportFields
    }
  }
`);
