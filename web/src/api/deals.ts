// Operations of the investment-decision pipeline: the board, one deal with its committee, and the writes.
import { graphql } from './generated';

export const DealCardFields = graphql(`
  fragment DealCardFields on DealCard {
    id
    title
    step
    fundId
    fundName
    startupId
    startupName
    instrument
    amountAsked
    preMoney
    updatedAt
    decisionId
    decisionRemaining
  }
`);

export const DealFields = graphql(`
  fragment DealFields on Deal {
    id
    title
    step
    fundId
    fundName
    startupId
    startupName
    instrument
    amountAsked
    preMoney
    updatedAt
    allowedMoves
    history {
      from
      to
      reason
      actorEmail
      actorName
      at
    }
    dueDiligence {
      id
      area
      status
      finding
      updatedBy
      updatedAt
    }
    documents {
      id
      kind
      area
      fileName
      mediaType
      size
      sha256
      uploadedBy
      uploadedAt
    }
    meeting {
      id
      heldOn
      quorum
      outcome
      approvedAmount
      minutes
      decidedAt
      members {
        id
        name
        present
        declaration {
          conflicted
          statement
        }
        vote {
          choice
          reason
        }
      }
    }
    decision {
      id
      amount
      used
      approvedAt
      checks {
        phase
        passed
        amount
        checkedAt
        result
        onDate
        cashHeadroom
        rules {
          kind
          citation
          version
          limit
          current
          headroom
          ok
        }
      }
      rounds {
        roundId
        date
        amount
      }
    }
  }
`);

export const DealsQuery = graphql(`
  query Deals($fundId: ID, $startupId: ID, $step: DealStep) {
    deals(fundId: $fundId, startupId: $startupId, step: $step) {
      ...DealCardFields
    }
  }
`);

export const DealQuery = graphql(`
  query Deal($id: ID!) {
    deal(id: $id) {
      ...DealFields
    }
  }
`);

export const CreateDealMutation = graphql(`
  mutation CreateDeal($input: CreateDealInput!) {
    createDeal(input: $input) {
      ...DealFields
    }
  }
`);

export const MoveDealMutation = graphql(`
  mutation MoveDeal($id: ID!, $to: DealStep!, $reason: String) {
    moveDeal(id: $id, to: $to, reason: $reason) {
      ...DealFields
    }
  }
`);

export const UpdateDueDiligenceItemMutation = graphql(`
  mutation UpdateDueDiligenceItem($id: ID!, $status: DueDiligenceStatus!, $finding: String) {
    updateDueDiligenceItem(id: $id, status: $status, finding: $finding) {
      id
    }
  }
`);

export const OpenCommitteeMeetingMutation = graphql(`
  mutation OpenCommitteeMeeting($input: OpenCommitteeMeetingInput!) {
    openCommitteeMeeting(input: $input) {
      ...DealFields
    }
  }
`);

export const DeclareCommitteeConflictMutation = graphql(`
  mutation DeclareCommitteeConflict($memberId: ID!, $conflicted: Boolean!, $statement: String) {
    declareCommitteeConflict(memberId: $memberId, conflicted: $conflicted, statement: $statement) {
      ...DealFields
    }
  }
`);

export const CastVoteMutation = graphql(`
  mutation CastVote($memberId: ID!, $choice: VoteChoice!, $reason: String!) {
    castVote(memberId: $memberId, choice: $choice, reason: $reason) {
      ...DealFields
    }
  }
`);

export const DecideDealMutation = graphql(`
  mutation DecideDeal($dealId: ID!, $minutes: String!, $approvedAmount: VND) {
    decideDeal(dealId: $dealId, minutes: $minutes, approvedAmount: $approvedAmount) {
      ...DealFields
    }
  }
`);

export const DueDiligenceAreasQuery = graphql(`
  query DueDiligenceAreas($fundId: ID!) {
    dueDiligenceAreas(fundId: $fundId)
  }
`);

export const SetDueDiligenceAreasMutation = graphql(`
  mutation SetDueDiligenceAreas($fundId: ID!, $areas: [String!]!) {
    setDueDiligenceAreas(fundId: $fundId, areas: $areas)
  }
`);
