// Types come from the SDL in the repository, never from a running server.
import type { CodegenConfig } from '@graphql-codegen/cli';

const schema = ['server/src/graphql/schema.graphql', 'server/src/modules/*/schema.graphql'];

const config: CodegenConfig = {
  schema,
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    'server/src/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: './context#GraphQLContext',
        scalars: { VND: 'bigint', Date: 'string' },
        enumsAsTypes: true,
        // Resolvers return entities; each module names its mapped types here.
        mappers: {
          User: '../modules/users/read#UserView',
          Program: '../modules/programs/entities#Program as ProgramEntity',
          Challenge: '../modules/challenges/entities#Challenge as ChallengeEntity',
          RubricCriterion: '../modules/challenges/entities#ChallengeCriterion as ChallengeCriterionEntity',
          Application: '../modules/challenges/entities#Application as ApplicationEntity',
          ApplicationScore: '../modules/challenges/entities#ApplicationScore as ApplicationScoreEntity',
          Invitation: '../modules/invitations/entities#Invitation as InvitationEntity',
          OverdueReport: '../modules/deadlines/service#OverdueReportRow',
          OverdueMilestone: '../modules/deadlines/service#OverdueMilestoneRow',
          Startup: '../modules/startups/read#StartupView',
          StageMove: '../modules/startups/read#StageMoveView',
          Cohort: '../modules/cohorts/read#CohortView',
          Milestone: '../modules/milestones/read#MilestoneView',
          MetricReport: '../modules/metrics/read#MetricReportView',
          Fund: '../modules/fund/entities#Fund as FundEntity',
          FundMember: '../modules/fund/read#MemberView',
          Commitment: '../modules/fund/entities#Commitment as CommitmentEntity',
          CommitmentChange: '../modules/fund/entities#CommitmentChange as CommitmentChangeEntity',
          CapitalPayment: '../modules/fund/entities#CapitalPayment as CapitalPaymentEntity',
          FundingRound: '../modules/fund/entities#FundingRound as FundingRoundEntity',
          Participation: '../modules/fund/read#ParticipationView',
          ValuationMark: '../modules/fund/entities#ValuationMark as ValuationMarkEntity',
          Exit: '../modules/fund/entities#Exit as ExitEntity',
          Holding: '../modules/fund/read#HoldingView',
          KpiDashboard: '../modules/kpi/engine#KpiDashboardData',
          PublicKpiSummary: '../modules/kpi/engine#KpiSummaryData',
          KpiTarget: '../modules/kpi/engine#KpiTargetRow',
          KpiChange: '../modules/kpi/live#KpiChange as KpiChangeEvent',
          Mentor: '../modules/mentors/read#MentorView',
        },
      },
    },
    'web/src/api/generated/': {
      documents: ['web/src/**/*.{ts,vue}', '!web/src/api/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { VND: 'string', Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
