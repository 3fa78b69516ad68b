// Operations of the incubator's managers on problem statements (create, edit a draft, publish, close)
// and of the admin on a program's stage gates.
import { graphql } from './generated';

export const CreateChallengeMutation = graphql(`
  mutation CreateChallenge($input: ChallengeInput!) {
    createChallenge(input: $input) {
      ...ChallengeFields
    }
  }
`);

export const UpdateChallengeMutation = graphql(`
  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!) {
    updateChallenge(id: $id, input: $input) {
      ...ChallengeFields
    }
  }
`);

export const PublishChallengeMutation = graphql(`
  mutation PublishChallenge($id: ID!) {
    publishChallenge(id: $id) {
      ...ChallengeFields
    }
  }
`);

export const CloseChallengeMutation = graphql(`
  mutation CloseChallenge($id: ID!) {
    closeChallenge(id: $id) {
      ...ChallengeFields
    }
  }
`);

export const ProgramFields = graphql(`
  fragment ProgramFields on Program {
    id
    name
    description
    gates {
      stage
      requirements {
        kind
        milestoneKinds
        description
      }
    }
  }
`);

/** The programs without their gates: gates × requirements of every program would pass the query cost limit. */
export const ProgramsQuery = graphql(`
  query Programs {
    programs {
      id
    }
  }
`);

export const ProgramQuery = graphql(`
  query Program($id: ID!) {
    program(id: $id) {
      ...ProgramFields
    }
  }
`);

export const SetProgramGatesMutation = graphql(`
  mutation SetProgramGates($id: ID!, $gates: [StageGateInput!]!) {
    setProgramGates(id: $id, gates: $gates) {
      ...ProgramFields
    }
  }
`);
