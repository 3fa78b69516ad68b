// Operations of the connection stage: problem statements (challenges), public applications, scoring and selection.
import { graphql } from './generated';

export const RubricCriterionFields = graphql(`
  fragment RubricCriterionFields on RubricCriterion {
    id
    name
    weight
  }
`);

export const ChallengeFields = graphql(`
  fragment ChallengeFields on Challenge {
    id
    title
    sponsorName
    sponsorKind
    sector
    description
    expectedOutcome
    deadline
    status
    publishedAt
    rubric {
      ...RubricCriterionFields
    }
  }
`);

export const PublishedChallengesQuery = graphql(`
  query PublishedChallenges {
    publishedChallenges {
      ...ChallengeFields
    }
  }
`);

export const ChallengeQuery = graphql(`
  query Challenge($id: ID!) {
    challenge(id: $id) {
      ...ChallengeFields
    }
  }
`);

export const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      id
      challengeId
      teamName
      submittedAt
      receiptCode
    }
  }
`);

/** Every statement with its status, for reviewers. */
export const ChallengesQuery = graphql(`
  query Challenges($status: ChallengeStatus) {
    challenges(status: $status) {
      ...ChallengeFields
    }
  }
`);

export const WeightedScoreFields = graphql(`
  fragment WeightedScoreFields on WeightedScore {
    total
    complete
    parts {
      criterion {
        id
        name
      }
      weight
      averageScore
      reviewerCount
      contribution
    }
  }
`);

export const ApplicationFields = graphql(`
  fragment ApplicationFields on Application {
    id
    teamName
    blind
    members {
      name
      background
    }
    proposal
    contactEmail
    status
    submittedAt
    scores {
      criterion {
        id
      }
      reviewer {
        id
        displayName
      }
      score
    }
    startup {
      id
      name
      stage
    }
  }
`);

/** A statement with its ranked applications (the ranking carries each score's parts). */
export const ApplicationReviewQuery = graphql(`
  query ApplicationReview($challengeId: ID!) {
    challenge(id: $challengeId) {
      ...ChallengeFields
    }
    applicationRanking(challengeId: $challengeId) {
      rank
      score {
        ...WeightedScoreFields
      }
      application {
        ...ApplicationFields
      }
    }
  }
`);

export const ScoreApplicationMutation = graphql(`
  mutation ScoreApplication($applicationId: ID!, $scores: [CriterionScoreInput!]!) {
    scoreApplication(applicationId: $applicationId, scores: $scores) {
      ...ApplicationFields
    }
  }
`);

export const SelectApplicationMutation = graphql(`
  mutation SelectApplication($applicationId: ID!, $startupName: String, $sector: String) {
    selectApplication(applicationId: $applicationId, startupName: $startupName, sector: $sector) {
      application {
        id
        status
      }
      startup {
        id
        name
        stage
      }
      invitation {
        id
        email
        token
        expiresAt
      }
    }
  }
`);
