// Operations of the city's channels: priority tasks and PPP proposals (public and for managers), partners, pilots,
// R&D expenses with the 200% deduction and the state-support ledger.
import { graphql } from './generated';

export const PriorityTaskFields = graphql(`
  fragment PriorityTaskFields on PriorityTask {
    id
    titleVi
    titleEn
    field
    expectedResultVi
    expectedResultEn
    budgetMin
    budgetMax
    riskTolerant
    deadline
    status
    legalDocuments {
      id
      number
      titleVi
      titleEn
      issuer
      issuedOn
      url
    }
  }
`);

export const PriorityTasksQuery = graphql(`
  query PriorityTasks {
    priorityTasks {
      ...PriorityTaskFields
    }
  }
`);

export const ChannelsSummaryQuery = graphql(`
  query ChannelsSummary {
    channelsSummary {
      priorityTasksOpen
      pppProposalsReceived
      pppProposalsAccepted
      activePilots
    }
  }
`);

export const SubmitPppProposalMutation = graphql(`
  mutation SubmitPppProposal($input: SubmitPppProposalInput!) {
    submitPppProposal(input: $input) {
      code
      status
      submittedAt
    }
  }
`);

export const PppProposalStatusQuery = graphql(`
  query PppProposalStatus($code: String!) {
    pppProposalStatus(code: $code) {
      code
      title
      organization
      status
      submittedAt
      updatedAt
      reason
    }
  }
`);

export const PppProposalsQuery = graphql(`
  query PppProposals($status: PppStatus) {
    pppProposals(status: $status) {
      id
      code
      priorityTask {
        id
        titleVi
        titleEn
      }
      organization
      organizationKind
      contactName
      contactEmail
      title
      summary
      budgetPublic
      budgetPrivate
      budgetTotal
      status
      reason
      nextStatuses
      outcome
      challengeId
      pilotId
      contractStartupId
      submittedAt
      attachments {
        id
        fileName
        size
      }
    }
  }
`);

export const MovePppProposalMutation = graphql(`
  mutation MovePppProposal($id: ID!, $to: PppStatus!, $reason: String) {
    movePppProposal(id: $id, to: $to, reason: $reason) {
      id
      status
    }
  }
`);

export const ConvertPppProposalMutation = graphql(`
  mutation ConvertPppProposal($id: ID!, $input: ConvertPppProposalInput!) {
    convertPppProposal(id: $id, input: $input) {
      id
      outcome
    }
  }
`);

/** The startups a PPP contract may be signed with. */
export const PppContractStartupsQuery = graphql(`
  query PppContractStartups {
    startups(first: 100, sort: NAME_ASC) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const PartnersAndPilotsQuery = graphql(`
  query PartnersAndPilots {
    strategicPartners {
      id
      name
      kind
      country
      website
      fundMemberId
      fundMemberName
      agreements {
        id
        title
        signedOn
        validTo
        scope
      }
      sponsoredChallenges {
        id
        title
      }
      pilotStartups {
        id
        name
      }
    }
    pilotAgreements {
      ...PilotFields
    }
  }
`);

export const PilotFields = graphql(`
  fragment PilotFields on PilotAgreement {
    id
    startupId
    startupName
    publicBody
    partnerName
    scope
    conditions
    startDate
    endDate
    responsibleOfficer
    status
    outcome
    evidenceUrl
  }
`);

export const PilotsQuery = graphql(`
  query Pilots($status: PilotStatus) {
    pilotAgreements(status: $status) {
      ...PilotFields
    }
  }
`);

export const CreatePartnerMutation = graphql(`
  mutation CreateStrategicPartner($input: StrategicPartnerInput!) {
    createStrategicPartner(input: $input) {
      id
    }
  }
`);

export const UpdatePartnerMutation = graphql(`
  mutation UpdateStrategicPartner($id: ID!, $input: StrategicPartnerInput!) {
    updateStrategicPartner(id: $id, input: $input) {
      id
    }
  }
`);

export const PilotFormOptionsQuery = graphql(`
  query PilotFormOptions {
    startups(first: 100, sort: NAME_ASC) {
      edges {
        node {
          id
          name
        }
      }
    }
    pppProposals(status: ACCEPTED) {
      id
      code
      title
      outcome
    }
  }
`);

export const AddPartnerAgreementMutation = graphql(`
  mutation AddPartnerAgreement($input: PartnerAgreementInput!) {
    addPartnerAgreement(input: $input) {
      id
    }
  }
`);

export const CreatePilotMutation = graphql(`
  mutation CreatePilotAgreement($input: CreatePilotAgreementInput!) {
    createPilotAgreement(input: $input) {
      id
    }
  }
`);

export const UpdatePilotMutation = graphql(`
  mutation UpdatePilotAgreement($id: ID!, $input: UpdatePilotAgreementInput!) {
    updatePilotAgreement(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const RdDossierQuery = graphql(`
  query RdDossier($startupId: ID!, $year: Int) {
    rdDossier(startupId: $startupId, year: $year) {
      year
      actualCost
      preTaxProfit
      capAtRate
      uplift
      deductible
      limitedByProfit
      lines {
        id
        category
        date
        amount
        invoiceNumber
        description
      }
    }
  }
`);

export const RecordRdExpenseMutation = graphql(`
  mutation RecordRdExpense($input: RdExpenseInput!) {
    recordRdExpense(input: $input) {
      id
    }
  }
`);

export const ReportRdProfitMutation = graphql(`
  mutation ReportRdProfit($startupId: ID!, $year: Int!, $preTaxProfit: String!) {
    reportRdProfit(startupId: $startupId, year: $year, preTaxProfit: $preTaxProfit) {
      deductible
    }
  }
`);

export const RdDossierCsvQuery = graphql(`
  query RdDossierCsv($startupId: ID!, $year: Int!, $lang: Language) {
    rdDossierCsv(startupId: $startupId, year: $year, lang: $lang)
  }
`);

export const RdDossierPdfQuery = graphql(`
  query RdDossierPdf($startupId: ID!, $year: Int!, $lang: Language) {
    rdDossierPdf(startupId: $startupId, year: $year, lang: $lang)
  }
`);

export const StartupStateSupportQuery = graphql(`
  query StartupStateSupport($startupId: ID!) {
    startupStateSupport(startupId: $startupId) {
      total
      bySource {
        label
        amount
        hours
        entries
      }
      entries {
        id
        kind
        source
        legalBasis
        amount
        hours
        date
        costRef
      }
      warnings {
        costRef
        amount
        entries {
          source
        }
      }
    }
  }
`);

export const RecordStateSupportMutation = graphql(`
  mutation RecordStateSupport($input: StateSupportInput!) {
    recordStateSupport(input: $input) {
      entry {
        id
      }
      warning {
        costRef
      }
    }
  }
`);

export const StateSupportOverviewQuery = graphql(`
  query StateSupportOverview {
    stateSupportOverview {
      total
      byBeneficiary {
        label
        startupId
        amount
        hours
      }
      bySource {
        label
        amount
        hours
      }
      warnings {
        startupId
        startupName
        costRef
        amount
        entries {
          source
        }
      }
    }
  }
`);

export const PriorityTasksAdminQuery = graphql(`
  query PriorityTasksAdmin {
    allPriorityTasks {
      ...PriorityTaskFields
    }
    legalDocuments {
      id
      number
      titleVi
      titleEn
      issuer
      issuedOn
      url
    }
  }
`);

export const CreatePriorityTaskMutation = graphql(`
  mutation CreatePriorityTask($input: PriorityTaskInput!) {
    createPriorityTask(input: $input) {
      id
    }
  }
`);

export const UpdatePriorityTaskMutation = graphql(`
  mutation UpdatePriorityTask($id: ID!, $input: PriorityTaskInput!) {
    updatePriorityTask(id: $id, input: $input) {
      id
    }
  }
`);

export const PublishPriorityTaskMutation = graphql(`
  mutation PublishPriorityTask($id: ID!) {
    publishPriorityTask(id: $id) {
      id
      status
    }
  }
`);

export const ClosePriorityTaskMutation = graphql(`
  mutation ClosePriorityTask($id: ID!) {
    closePriorityTask(id: $id) {
      id
      status
    }
  }
`);

export const CreateLegalDocumentMutation = graphql(`
  mutation CreateLegalDocument($input: LegalDocumentInput!) {
    createLegalDocument(input: $input) {
      id
    }
  }
`);
