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
        // Resolvers return views: each GraphQL type maps to a `…View` of its module's read.ts.
        mappers: {
          User: '../modules/users/read#UserView',
          Program: '../modules/programs/read#ProgramView',
          Challenge: '../modules/challenges/read#ChallengeView',
          RubricCriterion: '../modules/challenges/read#RubricCriterionView',
          Application: '../modules/challenges/read#ApplicationView',
          ApplicationScore: '../modules/challenges/read#ApplicationScoreView',
          Invitation: '../modules/invitations/read#InvitationView',
          OverdueReport: '../modules/deadlines/read#OverdueReportView',
          OverdueMilestone: '../modules/deadlines/read#OverdueMilestoneView',
          Startup: '../modules/startups/read#StartupView',
          StageMove: '../modules/startups/read#StageMoveView',
          Cohort: '../modules/cohorts/read#CohortView',
          Milestone: '../modules/milestones/read#MilestoneView',
          MetricReport: '../modules/metrics/read#MetricReportView',
          Fund: '../modules/fund/read#FundView',
          FundMember: '../modules/fund/read#MemberView',
          Commitment: '../modules/fund/read#CommitmentView',
          CommitmentChange: '../modules/fund/read#CommitmentChangeView',
          CapitalPayment: '../modules/fund/read#CapitalPaymentView',
          FundingRound: '../modules/fund/read#FundingRoundView',
          Participation: '../modules/fund/read#ParticipationView',
          ValuationMark: '../modules/fund/read#ValuationMarkView',
          Exit: '../modules/fund/read#ExitView',
          Holding: '../modules/fund/read#HoldingView',
          KpiDashboard: '../modules/kpi/read#KpiDashboardView',
          PublicKpiSummary: '../modules/kpi/read#KpiSummaryView',
          KpiTarget: '../modules/kpi/read#KpiTargetView',
          KpiChange: '../modules/kpi/read#KpiChangeView',
          Mentor: '../modules/mentors/read#MentorView',
          Sector: '../modules/sectors/read#SectorView',
          PilotAgreement: '../modules/pilots/read#PilotAgreementView',
          StrategicPartner: '../modules/partners/read#StrategicPartnerView',
          PartnerAgreement: '../modules/partners/read#PartnerAgreementView',
          PartnerChallenge: '../modules/partners/read#PartnerChallengeView',
          RdExpense: '../modules/rd-expenses/read#RdExpenseView',
          RdDossier: '../modules/rd-expenses/read#RdDossierView',
          StateSupportEntry: '../modules/state-support/read#StateSupportEntryView',
          AuditEntry: '../modules/audit/read#AuditEntryView',
          AuditSubject: '../modules/audit/read#AuditSubjectView',
          Notification: '../modules/notifications/read#NotificationView',
          MailMessage: '../modules/notifications/read#MailMessageView',
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
