// Operations of blind review: the reviewer's applications, declarations and scores; the ranking side by side.
import { graphql } from './generated';

export const MyReviewsQuery = graphql(`
  query MyReviews {
    myReviews {
      assignmentId
      applicationId
      reference
      phase
      declaration
      challengeId
      challengeTitle
      proposal
      teamName
      members {
        name
        background
      }
      rubric {
        id
        name
        weight
        levels {
          score
          description
        }
      }
      myScores {
        criterionId
        score
      }
    }
  }
`);

export const DeclareConflictMutation = graphql(`
  mutation DeclareConflict($input: DeclareConflictInput!) {
    declareConflict(input: $input) {
      assignmentId
    }
  }
`);

export const ScoreReviewMutation = graphql(`
  mutation ScoreReview($applicationId: ID!, $scores: [CriterionScoreInput!]!) {
    scoreApplication(applicationId: $applicationId, scores: $scores) {
      id
    }
  }
`);

export const ReviewRankingQuery = graphql(`
  query ReviewRanking($challengeId: ID!, $phase: ReviewPhase!) {
    reviewRanking(challengeId: $challengeId, phase: $phase) {
      phase
      rows {
        applicationId
        teamName
        rawRank
        rawScore
        normalizedRank
        normalizedScore
        reviewerCount
        shortlisted
        winner
      }
      reviewers {
        reviewerId
        reviewerName
        count
        mean
        spread
        flagged
      }
    }
    reviewAssignments(challengeId: $challengeId, phase: $phase) {
      id
      reviewerName
      teamName
      declaration
      declarationNote
    }
  }
`);

export const ReviewScoresCsvQuery = graphql(`
  query ReviewScoresCsv($challengeId: ID!, $lang: Language) {
    reviewScoresCsv(challengeId: $challengeId, lang: $lang)
  }
`);
