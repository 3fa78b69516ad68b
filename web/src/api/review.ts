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

// --- managing a selection: reviewers, level descriptors, feedback, rounds, decisions and appeals ---------------

export const SelectionAdminQuery = graphql(`
  query SelectionAdmin($challengeId: ID!) {
    challenge(id: $challengeId) {
      id
      title
      status
      decidedAt
      appealUntil
      rubric {
        id
        name
        weight
        levels {
          score
          description
        }
      }
    }
    reviewerCandidates {
      id
      displayName
      role
    }
    applications(challengeId: $challengeId) {
      id
      teamName
      shortlisted
    }
    appeals(challengeId: $challengeId) {
      id
      applicationId
      text
      submittedAt
      answer
      answeredAt
    }
  }
`);

export const AssignReviewersMutation = graphql(`
  mutation AssignReviewers($input: AssignReviewersInput!) {
    assignReviewers(input: $input) {
      id
    }
  }
`);

export const SetCriterionLevelsMutation = graphql(`
  mutation SetCriterionLevels($criterionId: ID!, $levels: [LevelDescriptorInput!]!) {
    setCriterionLevels(criterionId: $criterionId, levels: $levels) {
      id
    }
  }
`);

export const ApplicationFeedbackQuery = graphql(`
  query ApplicationFeedback($applicationId: ID!) {
    applicationFeedback(applicationId: $applicationId) {
      criterionId
      text
    }
  }
`);

export const SetApplicationFeedbackMutation = graphql(`
  mutation SetApplicationFeedback($input: CriterionFeedbackInput!) {
    setApplicationFeedback(input: $input) {
      criterionId
    }
  }
`);

export const ShortlistForDemoMutation = graphql(`
  mutation ShortlistForDemo($challengeId: ID!, $applicationIds: [ID!]!) {
    shortlistForDemo(challengeId: $challengeId, applicationIds: $applicationIds) {
      id
    }
  }
`);

export const DeclarePhaseWinnersMutation = graphql(`
  mutation DeclarePhaseWinners($input: PhaseWinnersInput!) {
    declarePhaseWinners(input: $input) {
      id
    }
  }
`);

export const SendDecisionsMutation = graphql(`
  mutation SendDecisions($input: SendDecisionsInput!) {
    sendDecisions(input: $input) {
      id
    }
  }
`);

export const AnswerAppealMutation = graphql(`
  mutation AnswerAppeal($appealId: ID!, $answer: String!) {
    answerAppeal(appealId: $appealId, answer: $answer) {
      id
    }
  }
`);

export const AppealDecisionMutation = graphql(`
  mutation AppealDecision($input: AppealInput!) {
    appealDecision(input: $input) {
      id
      appealUntil
    }
  }
`);
