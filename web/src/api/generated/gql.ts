/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    actorId\n    actorEmail\n    action\n    entityType\n    entityId\n    before\n    after\n    actorName\n    subject {\n      name\n      startupId\n      startupName\n      fundId\n      fundName\n      challengeId\n      challengeTitle\n      dealId\n      dealTitle\n      cohortId\n      mentorId\n      mentorName\n    }\n  }\n": typeof types.AuditEntryFieldsFragmentDoc,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditFacets {\n    auditFacets {\n      actions\n      entityTypes\n      actorEmails\n      actors {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.AuditFacetsDocument,
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      verifiedUpTo\n      brokenAt\n      tailMissing\n    }\n  }\n": typeof types.AuditChainStatusDocument,
    "\n  mutation CreateChallenge($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.CreateChallengeDocument,
    "\n  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.UpdateChallengeDocument,
    "\n  mutation PublishChallenge($id: ID!) {\n    publishChallenge(id: $id) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.PublishChallengeDocument,
    "\n  mutation CloseChallenge($id: ID!) {\n    closeChallenge(id: $id) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.CloseChallengeDocument,
    "\n  fragment ProgramFields on Program {\n    id\n    name\n    description\n    gates {\n      stage\n      requirements {\n        kind\n        milestoneKinds\n        description\n      }\n    }\n  }\n": typeof types.ProgramFieldsFragmentDoc,
    "\n  query Programs {\n    programs {\n      id\n    }\n  }\n": typeof types.ProgramsDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramFields\n    }\n  }\n": typeof types.ProgramDocument,
    "\n  mutation SetProgramGates($id: ID!, $gates: [StageGateInput!]!) {\n    setProgramGates(id: $id, gates: $gates) {\n      ...ProgramFields\n    }\n  }\n": typeof types.SetProgramGatesDocument,
    "\n  fragment RubricCriterionFields on RubricCriterion {\n    id\n    name\n    weight\n  }\n": typeof types.RubricCriterionFieldsFragmentDoc,
    "\n  fragment ChallengeFields on Challenge {\n    id\n    title\n    sponsorName\n    sponsorKind\n    sector\n    description\n    expectedOutcome\n    deadline\n    status\n    publishedAt\n    rubric {\n      ...RubricCriterionFields\n    }\n  }\n": typeof types.ChallengeFieldsFragmentDoc,
    "\n  query PublishedChallenges {\n    publishedChallenges {\n      ...ChallengeFields\n    }\n  }\n": typeof types.PublishedChallengesDocument,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.ChallengeDocument,
    "\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n      challengeId\n      teamName\n      submittedAt\n      receiptCode\n    }\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  query Challenges($status: ChallengeStatus) {\n    challenges(status: $status) {\n      ...ChallengeFields\n    }\n  }\n": typeof types.ChallengesDocument,
    "\n  fragment WeightedScoreFields on WeightedScore {\n    total\n    complete\n    parts {\n      criterion {\n        id\n        name\n      }\n      weight\n      averageScore\n      reviewerCount\n      contribution\n    }\n  }\n": typeof types.WeightedScoreFieldsFragmentDoc,
    "\n  fragment ApplicationFields on Application {\n    id\n    teamName\n    blind\n    members {\n      name\n      background\n    }\n    proposal\n    contactEmail\n    status\n    submittedAt\n    scores {\n      criterion {\n        id\n      }\n      reviewer {\n        id\n        displayName\n      }\n      score\n    }\n    startup {\n      id\n      name\n      stage\n    }\n  }\n": typeof types.ApplicationFieldsFragmentDoc,
    "\n  query ApplicationReview($challengeId: ID!) {\n    challenge(id: $challengeId) {\n      ...ChallengeFields\n    }\n    applicationRanking(challengeId: $challengeId) {\n      rank\n      score {\n        ...WeightedScoreFields\n      }\n      application {\n        ...ApplicationFields\n      }\n    }\n  }\n": typeof types.ApplicationReviewDocument,
    "\n  mutation ScoreApplication($applicationId: ID!, $scores: [CriterionScoreInput!]!) {\n    scoreApplication(applicationId: $applicationId, scores: $scores) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.ScoreApplicationDocument,
    "\n  mutation SelectApplication($applicationId: ID!, $startupName: String, $sector: String) {\n    selectApplication(applicationId: $applicationId, startupName: $startupName, sector: $sector) {\n      application {\n        id\n        status\n      }\n      startup {\n        id\n        name\n        stage\n      }\n      invitation {\n        id\n        email\n        token\n        expiresAt\n      }\n    }\n  }\n": typeof types.SelectApplicationDocument,
    "\n  fragment PriorityTaskFields on PriorityTask {\n    id\n    titleVi\n    titleEn\n    field\n    expectedResultVi\n    expectedResultEn\n    budgetMin\n    budgetMax\n    riskTolerant\n    deadline\n    status\n    legalDocuments {\n      id\n      number\n      titleVi\n      titleEn\n      issuer\n      issuedOn\n      url\n    }\n  }\n": typeof types.PriorityTaskFieldsFragmentDoc,
    "\n  query PriorityTasks {\n    priorityTasks {\n      ...PriorityTaskFields\n    }\n  }\n": typeof types.PriorityTasksDocument,
    "\n  query ChannelsSummary {\n    channelsSummary {\n      priorityTasksOpen\n      pppProposalsReceived\n      pppProposalsAccepted\n      activePilots\n    }\n  }\n": typeof types.ChannelsSummaryDocument,
    "\n  mutation SubmitPppProposal($input: SubmitPppProposalInput!) {\n    submitPppProposal(input: $input) {\n      code\n      status\n      submittedAt\n    }\n  }\n": typeof types.SubmitPppProposalDocument,
    "\n  query PppProposalStatus($code: String!) {\n    pppProposalStatus(code: $code) {\n      code\n      title\n      organization\n      status\n      submittedAt\n      updatedAt\n      reason\n    }\n  }\n": typeof types.PppProposalStatusDocument,
    "\n  query PppProposals($status: PppStatus) {\n    pppProposals(status: $status) {\n      id\n      code\n      priorityTask {\n        id\n        titleVi\n        titleEn\n      }\n      organization\n      organizationKind\n      contactName\n      contactEmail\n      title\n      summary\n      budgetPublic\n      budgetPrivate\n      budgetTotal\n      status\n      reason\n      nextStatuses\n      outcome\n      challengeId\n      pilotId\n      contractStartupId\n      submittedAt\n      attachments {\n        id\n        fileName\n        size\n      }\n    }\n  }\n": typeof types.PppProposalsDocument,
    "\n  mutation MovePppProposal($id: ID!, $to: PppStatus!, $reason: String) {\n    movePppProposal(id: $id, to: $to, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.MovePppProposalDocument,
    "\n  mutation ConvertPppProposal($id: ID!, $input: ConvertPppProposalInput!) {\n    convertPppProposal(id: $id, input: $input) {\n      id\n      outcome\n    }\n  }\n": typeof types.ConvertPppProposalDocument,
    "\n  query PppContractStartups {\n    startups(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PppContractStartupsDocument,
    "\n  query PartnersAndPilots {\n    strategicPartners {\n      id\n      name\n      kind\n      country\n      website\n      fundMemberId\n      fundMemberName\n      agreements {\n        id\n        title\n        signedOn\n        validTo\n        scope\n      }\n      sponsoredChallenges {\n        id\n        title\n      }\n      pilotStartups {\n        id\n        name\n      }\n    }\n    pilotAgreements {\n      ...PilotFields\n    }\n  }\n": typeof types.PartnersAndPilotsDocument,
    "\n  fragment PilotFields on PilotAgreement {\n    id\n    startupId\n    startupName\n    publicBody\n    partnerName\n    scope\n    conditions\n    startDate\n    endDate\n    responsibleOfficer\n    status\n    outcome\n    evidenceUrl\n  }\n": typeof types.PilotFieldsFragmentDoc,
    "\n  query Pilots($status: PilotStatus) {\n    pilotAgreements(status: $status) {\n      ...PilotFields\n    }\n  }\n": typeof types.PilotsDocument,
    "\n  mutation CreateStrategicPartner($input: StrategicPartnerInput!) {\n    createStrategicPartner(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateStrategicPartnerDocument,
    "\n  mutation UpdateStrategicPartner($id: ID!, $input: StrategicPartnerInput!) {\n    updateStrategicPartner(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateStrategicPartnerDocument,
    "\n  query PilotFormOptions {\n    startups(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    pppProposals(status: ACCEPTED) {\n      id\n      code\n      title\n      outcome\n    }\n  }\n": typeof types.PilotFormOptionsDocument,
    "\n  mutation AddPartnerAgreement($input: PartnerAgreementInput!) {\n    addPartnerAgreement(input: $input) {\n      id\n    }\n  }\n": typeof types.AddPartnerAgreementDocument,
    "\n  mutation CreatePilotAgreement($input: CreatePilotAgreementInput!) {\n    createPilotAgreement(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePilotAgreementDocument,
    "\n  mutation UpdatePilotAgreement($id: ID!, $input: UpdatePilotAgreementInput!) {\n    updatePilotAgreement(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdatePilotAgreementDocument,
    "\n  query RdDossier($startupId: ID!, $year: Int) {\n    rdDossier(startupId: $startupId, year: $year) {\n      year\n      actualCost\n      preTaxProfit\n      capAtRate\n      uplift\n      deductible\n      limitedByProfit\n      lines {\n        id\n        category\n        date\n        amount\n        invoiceNumber\n        description\n      }\n    }\n  }\n": typeof types.RdDossierDocument,
    "\n  mutation RecordRdExpense($input: RdExpenseInput!) {\n    recordRdExpense(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordRdExpenseDocument,
    "\n  mutation ReportRdProfit($startupId: ID!, $year: Int!, $preTaxProfit: String!) {\n    reportRdProfit(startupId: $startupId, year: $year, preTaxProfit: $preTaxProfit) {\n      deductible\n    }\n  }\n": typeof types.ReportRdProfitDocument,
    "\n  query RdDossierCsv($startupId: ID!, $year: Int!, $lang: Language) {\n    rdDossierCsv(startupId: $startupId, year: $year, lang: $lang)\n  }\n": typeof types.RdDossierCsvDocument,
    "\n  query RdDossierPdf($startupId: ID!, $year: Int!, $lang: Language) {\n    rdDossierPdf(startupId: $startupId, year: $year, lang: $lang)\n  }\n": typeof types.RdDossierPdfDocument,
    "\n  query StartupStateSupport($startupId: ID!) {\n    startupStateSupport(startupId: $startupId) {\n      total\n      bySource {\n        label\n        amount\n        hours\n        entries\n      }\n      entries {\n        id\n        kind\n        source\n        legalBasis\n        amount\n        hours\n        date\n        costRef\n      }\n      warnings {\n        costRef\n        amount\n        entries {\n          source\n        }\n      }\n    }\n  }\n": typeof types.StartupStateSupportDocument,
    "\n  mutation RecordStateSupport($input: StateSupportInput!) {\n    recordStateSupport(input: $input) {\n      entry {\n        id\n      }\n      warning {\n        costRef\n      }\n    }\n  }\n": typeof types.RecordStateSupportDocument,
    "\n  query StateSupportOverview {\n    stateSupportOverview {\n      total\n      byBeneficiary {\n        label\n        startupId\n        amount\n        hours\n      }\n      bySource {\n        label\n        amount\n        hours\n      }\n      warnings {\n        startupId\n        startupName\n        costRef\n        amount\n        entries {\n          source\n        }\n      }\n    }\n  }\n": typeof types.StateSupportOverviewDocument,
    "\n  query PriorityTasksAdmin {\n    allPriorityTasks {\n      ...PriorityTaskFields\n    }\n    legalDocuments {\n      id\n      number\n      titleVi\n      titleEn\n      issuer\n      issuedOn\n      url\n    }\n  }\n": typeof types.PriorityTasksAdminDocument,
    "\n  mutation CreatePriorityTask($input: PriorityTaskInput!) {\n    createPriorityTask(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePriorityTaskDocument,
    "\n  mutation UpdatePriorityTask($id: ID!, $input: PriorityTaskInput!) {\n    updatePriorityTask(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdatePriorityTaskDocument,
    "\n  mutation PublishPriorityTask($id: ID!) {\n    publishPriorityTask(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishPriorityTaskDocument,
    "\n  mutation ClosePriorityTask($id: ID!) {\n    closePriorityTask(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ClosePriorityTaskDocument,
    "\n  mutation CreateLegalDocument($input: LegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateLegalDocumentDocument,
    "\n  query Cohorts {\n    cohorts {\n      id\n      name\n      startDate\n      endDate\n      startupCount\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CohortsDocument,
    "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      startDate\n      endDate\n      startupCount\n      manager {\n        id\n        displayName\n      }\n      startups {\n        ...StartupRowFields\n      }\n    }\n  }\n": typeof types.CohortDocument,
    "\n  mutation AssignStartupToCohort($startupId: ID!, $cohortId: ID) {\n    assignStartupToCohort(startupId: $startupId, cohortId: $cohortId) {\n      id\n      cohort {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AssignStartupToCohortDocument,
    "\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  mutation UpdateCohort($id: ID!, $input: CohortInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n      name\n      startDate\n      endDate\n    }\n  }\n": typeof types.UpdateCohortDocument,
    "\n  fragment DealCardFields on DealCard {\n    id\n    title\n    step\n    fundId\n    fundName\n    startupId\n    startupName\n    instrument\n    amountAsked\n    preMoney\n    updatedAt\n    decisionId\n    decisionRemaining\n  }\n": typeof types.DealCardFieldsFragmentDoc,
    "\n  fragment DealFields on Deal {\n    id\n    title\n    step\n    fundId\n    fundName\n    startupId\n    startupName\n    instrument\n    amountAsked\n    preMoney\n    updatedAt\n    allowedMoves\n    history {\n      from\n      to\n      reason\n      actorEmail\n      actorName\n      at\n    }\n    dueDiligence {\n      id\n      area\n      status\n      finding\n      updatedBy\n      updatedAt\n    }\n    documents {\n      id\n      kind\n      area\n      fileName\n      mediaType\n      size\n      sha256\n      uploadedBy\n      uploadedAt\n    }\n    meeting {\n      id\n      heldOn\n      quorum\n      outcome\n      approvedAmount\n      minutes\n      decidedAt\n      members {\n        id\n        name\n        present\n        declaration {\n          conflicted\n          statement\n        }\n        vote {\n          choice\n          reason\n        }\n      }\n    }\n    decision {\n      id\n      amount\n      used\n      approvedAt\n      checks {\n        phase\n        passed\n        amount\n        checkedAt\n        result\n        onDate\n        cashHeadroom\n        rules {\n          kind\n          citation\n          version\n          limit\n          current\n          headroom\n          ok\n        }\n      }\n      rounds {\n        roundId\n        date\n        amount\n      }\n    }\n  }\n": typeof types.DealFieldsFragmentDoc,
    "\n  query Deals($fundId: ID, $startupId: ID, $step: DealStep) {\n    deals(fundId: $fundId, startupId: $startupId, step: $step) {\n      ...DealCardFields\n    }\n  }\n": typeof types.DealsDocument,
    "\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      ...DealFields\n    }\n  }\n": typeof types.DealDocument,
    "\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) {\n      ...DealFields\n    }\n  }\n": typeof types.CreateDealDocument,
    "\n  mutation MoveDeal($id: ID!, $to: DealStep!, $reason: String) {\n    moveDeal(id: $id, to: $to, reason: $reason) {\n      ...DealFields\n    }\n  }\n": typeof types.MoveDealDocument,
    "\n  mutation UpdateDueDiligenceItem($id: ID!, $status: DueDiligenceStatus!, $finding: String) {\n    updateDueDiligenceItem(id: $id, status: $status, finding: $finding) {\n      id\n    }\n  }\n": typeof types.UpdateDueDiligenceItemDocument,
    "\n  mutation OpenCommitteeMeeting($input: OpenCommitteeMeetingInput!) {\n    openCommitteeMeeting(input: $input) {\n      ...DealFields\n    }\n  }\n": typeof types.OpenCommitteeMeetingDocument,
    "\n  mutation DeclareCommitteeConflict($memberId: ID!, $conflicted: Boolean!, $statement: String) {\n    declareCommitteeConflict(memberId: $memberId, conflicted: $conflicted, statement: $statement) {\n      ...DealFields\n    }\n  }\n": typeof types.DeclareCommitteeConflictDocument,
    "\n  mutation CastVote($memberId: ID!, $choice: VoteChoice!, $reason: String!) {\n    castVote(memberId: $memberId, choice: $choice, reason: $reason) {\n      ...DealFields\n    }\n  }\n": typeof types.CastVoteDocument,
    "\n  mutation DecideDeal($dealId: ID!, $minutes: String!, $approvedAmount: VND) {\n    decideDeal(dealId: $dealId, minutes: $minutes, approvedAmount: $approvedAmount) {\n      ...DealFields\n    }\n  }\n": typeof types.DecideDealDocument,
    "\n  query DueDiligenceAreas($fundId: ID!) {\n    dueDiligenceAreas(fundId: $fundId)\n  }\n": typeof types.DueDiligenceAreasDocument,
    "\n  mutation SetDueDiligenceAreas($fundId: ID!, $areas: [String!]!) {\n    setDueDiligenceAreas(fundId: $fundId, areas: $areas)\n  }\n": typeof types.SetDueDiligenceAreasDocument,
    "\n  query FundLaw($id: ID!, $day: Date) {\n    fund(id: $id) {\n      id\n      name\n      vehicle {\n        kind\n        legalBasis\n        cycleStart\n        termYears\n        reviewAfterYears\n      }\n      rules(asOf: $day) {\n        id\n        kind\n        limit\n        minimum\n        unit\n        scope\n        citation\n        effectiveFrom\n        effectiveTo\n        version\n      }\n      ruleHistory {\n        id\n        kind\n        limit\n        minimum\n        unit\n        scope\n        citation\n        effectiveFrom\n        effectiveTo\n        version\n        reason\n        ended\n        createdAt\n      }\n      ruleChecks(onDate: $day) {\n        kind\n        citation\n        ruleId\n        version\n        limit\n        minimum\n        current\n        headroom\n        ok\n      }\n      lossThreshold(asOf: $day) {\n        cycleStart\n        asOf\n        losses\n        realized\n        unrealized\n        threshold\n        usedBp\n        level\n        limitBp\n        citation\n      }\n      capitalCalls {\n        id\n        callDate\n        dueDate\n        percentBp\n        amount\n        paid\n        lines {\n          id\n          commitmentId\n          memberName\n          amount\n          paid\n          overdue\n        }\n      }\n      overdueCallLines {\n        id\n        callId\n        commitmentId\n        memberName\n        amount\n        paid\n        dueDate\n      }\n      members {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.FundLawDocument,
    "\n  query FundLoss {\n    funds {\n      id\n      name\n      lossThreshold {\n        cycleStart\n        losses\n        threshold\n        usedBp\n        level\n        limitBp\n        citation\n      }\n    }\n  }\n": typeof types.FundLossDocument,
    "\n  mutation AddFundRuleVersion($input: AddFundRuleVersionInput!) {\n    addFundRuleVersion(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddFundRuleVersionDocument,
    "\n  mutation EndFundRule($input: EndFundRuleInput!) {\n    endFundRule(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.EndFundRuleDocument,
    "\n  mutation ApplyFundRuleSet($input: ApplyFundRuleSetInput!) {\n    applyFundRuleSet(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ApplyFundRuleSetDocument,
    "\n  mutation SetFundVehicle($input: SetFundVehicleInput!) {\n    setFundVehicle(input: $input) {\n      kind\n    }\n  }\n": typeof types.SetFundVehicleDocument,
    "\n  mutation CreateCapitalCall($input: CreateCapitalCallInput!) {\n    createCapitalCall(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCapitalCallDocument,
    "\n  query StatementPdf($fundId: ID!, $memberId: ID!, $from: Date!, $to: Date!, $lang: Language) {\n    fundMemberStatementPdf(fundId: $fundId, memberId: $memberId, from: $from, to: $to, lang: $lang)\n  }\n": typeof types.StatementPdfDocument,
    "\n  query StatementCsv($fundId: ID!, $memberId: ID!, $from: Date!, $to: Date!, $lang: Language) {\n    fundMemberStatementCsv(fundId: $fundId, memberId: $memberId, from: $from, to: $to, lang: $lang)\n  }\n": typeof types.StatementCsvDocument,
    "\n  query CallNoticePdf($fundId: ID!, $callId: ID!, $commitmentId: ID!, $lang: Language) {\n    capitalCallNoticePdf(fundId: $fundId, callId: $callId, commitmentId: $commitmentId, lang: $lang)\n  }\n": typeof types.CallNoticePdfDocument,
    "\n  query AnnualReportPdf($fundId: ID!, $year: Int!, $lang: Language) {\n    fundAnnualReportPdf(fundId: $fundId, year: $year, lang: $lang)\n  }\n": typeof types.AnnualReportPdfDocument,
    "\n  fragment FundFiguresFields on Fund {\n    id\n    name\n    charterCapBp\n    stakeCapBp\n    charterCapital\n    stateCommitted\n    privateCommitted\n    stateShareBp\n    paidIn\n    invested\n    available\n    charterHeadroom\n    privateWithdrawalHeadroom\n    cashHeadroom\n    performance {\n      asOf\n      paidIn\n      invested\n      realized\n      unrealized\n      uninvestedCash\n      nav\n      distributions\n      moicBp\n      tvpiBp\n      dpiBp\n      rvpiBp\n      moicBpExact\n      tvpiBpExact\n      dpiBpExact\n      rvpiBpExact\n      grossIrrBp\n      netIrrBp\n    }\n  }\n": typeof types.FundFiguresFieldsFragmentDoc,
    "\n  fragment FundingRoundFields on FundingRound {\n    id\n    startupId\n    startupName\n    date\n    instrument\n    preMoney\n    raised\n    postMoney\n    participations {\n      id\n      kind\n      fundId\n      holderName\n      amount\n      roundStakeBp\n    }\n  }\n": typeof types.FundingRoundFieldsFragmentDoc,
    "\n  query Funds {\n    funds {\n      ...FundFiguresFields\n    }\n  }\n": typeof types.FundsDocument,
    "\n  query FundLedger($id: ID!) {\n    fund(id: $id) {\n      ...FundFiguresFields\n      members {\n        id\n        name\n        type\n        committed\n        paidIn\n      }\n      commitments {\n        id\n        memberId\n        memberName\n        memberType\n        amount\n        paidIn\n        outstanding\n        createdAt\n        changes {\n          id\n          amountBefore\n          amountAfter\n          reason\n          at\n        }\n      }\n      payments {\n        id\n        commitmentId\n        memberName\n        memberType\n        amount\n        date\n      }\n      rounds {\n        ...FundingRoundFields\n      }\n      holdings {\n        startupId\n        startupName\n        invested\n        stakeBp\n        stakeCapBp\n        status\n        unrealizedValue\n        realizedValue\n      }\n    }\n  }\n": typeof types.FundLedgerDocument,
    "\n  query CapTable($startupId: ID!) {\n    capTable(startupId: $startupId) {\n      startupId\n      startupName\n      lastPostMoney\n      rounds {\n        ...FundingRoundFields\n      }\n      entries {\n        holderName\n        kind\n        fundId\n        stakeBp\n        stakeNumerator\n        stakeDenominator\n        invested\n        capBp\n        headroomBp\n      }\n    }\n  }\n": typeof types.CapTableDocument,
    "\n  query FundCsv($fundId: ID!, $table: FundCsvTable!, $lang: Language) {\n    fundCsv(fundId: $fundId, table: $table, lang: $lang)\n  }\n": typeof types.FundCsvDocument,
    "\n  query RoundStartupOptions {\n    startups(first: 100) {\n      edges {\n        node {\n          id\n          name\n          stage\n        }\n      }\n    }\n  }\n": typeof types.RoundStartupOptionsDocument,
    "\n  mutation CommitCapital($input: CommitCapitalInput!) {\n    commitCapital(input: $input) {\n      id\n      amount\n    }\n  }\n": typeof types.CommitCapitalDocument,
    "\n  mutation ChangeCommitment($commitmentId: ID!, $amount: VND!, $reason: String) {\n    changeCommitment(commitmentId: $commitmentId, amount: $amount, reason: $reason) {\n      id\n      amount\n    }\n  }\n": typeof types.ChangeCommitmentDocument,
    "\n  mutation PayInCapital($input: PayInCapitalInput!) {\n    payInCapital(input: $input) {\n      id\n      amount\n    }\n  }\n": typeof types.PayInCapitalDocument,
    "\n  mutation RecordFundingRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordFundingRoundDocument,
    "\n  mutation CreateFund($input: CreateFundInput!) {\n    createFund(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateFundDocument,
    "\n  mutation RecordValuation($input: RecordValuationInput!) {\n    recordValuation(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordValuationDocument,
    "\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordExitDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      startupName\n      expired\n      accepted\n      existingAccount\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query StartupInvitations($startupId: ID!) {\n    invitations(startupId: $startupId) {\n      id\n      email\n      token\n      createdAt\n      expiresAt\n      acceptedAt\n    }\n  }\n": typeof types.StartupInvitationsDocument,
    "\n  mutation InviteFounder($startupId: ID!, $email: String!) {\n    inviteFounder(startupId: $startupId, email: $email) {\n      id\n      email\n      token\n      createdAt\n      expiresAt\n      acceptedAt\n    }\n  }\n": typeof types.InviteFounderDocument,
    "\n  query KpiDashboard($from: Date, $to: Date) {\n    kpiDashboard(from: $from, to: $to) {\n      from\n      to\n      asOf\n      startupsIncubated {\n        actual\n        target\n        planToDate\n        percentBp\n        percentBpExact\n        onPlan\n      }\n      capitalMobilized {\n        actual\n        target\n        planToDate\n        percentBp\n        percentBpExact\n        onPlan\n      }\n      capitalBySource {\n        source\n        amount\n      }\n      privateCommittedToFund\n      byYear {\n        year\n        startupsIncubated\n        startupsPlan\n        startupsCumulative\n        startupsPlanCumulative\n        capitalMobilized\n        capitalPlan\n        capitalCumulative\n        capitalPlanCumulative\n      }\n      funnel {\n        stage\n        count\n      }\n      bySector {\n        sector\n        nameVi\n        nameEn\n        startups\n        incubated\n        capital\n      }\n      byCohort {\n        cohortId\n        name\n        startups\n        incubated\n        milestonesVerified\n        milestonesTotal\n        capital\n      }\n      milestones {\n        verified\n        total\n        completionBp\n      }\n      fundCompliance {\n        fundId\n        name\n        charterCapital\n        stateCommitted\n        privateCommitted\n        stateShareBp\n        charterCapBp\n        paidIn\n        invested\n        available\n        stakeCapBp\n        holdings\n        holdingsNearCap\n        holdingsOverCap\n        stakes {\n          startupId\n          startupName\n          stakeBp\n          capBp\n          invested\n        }\n      }\n      targets {\n        metric\n        total\n        yearly {\n          year\n          amount\n        }\n        updatedAt\n      }\n      projections {\n        startupsIncubated {\n          actualToDate\n          target\n          projectedTotal\n          metInYear\n          shortfall\n        }\n        capitalMobilized {\n          actualToDate\n          target\n          projectedTotal\n          metInYear\n          shortfall\n        }\n      }\n    }\n  }\n": typeof types.KpiDashboardDocument,
    "\n  query PublicKpiSummary {\n    publicKpiSummary {\n      from\n      to\n      asOf\n      startupsIncubated {\n        actual\n        target\n        percentBp\n        percentBpExact\n      }\n      capitalMobilized {\n        actual\n        target\n        percentBp\n        percentBpExact\n      }\n    }\n  }\n": typeof types.PublicKpiSummaryDocument,
    "\n  mutation UpdateKpiTarget($metric: KpiMetric!, $yearly: [String!]!) {\n    updateKpiTarget(metric: $metric, yearly: $yearly) {\n      metric\n      total\n    }\n  }\n": typeof types.UpdateKpiTargetDocument,
    "\n  query KpiCsv($from: Date, $to: Date, $lang: Language) {\n    kpiCsv(from: $from, to: $to, lang: $lang)\n  }\n": typeof types.KpiCsvDocument,
    "\n  fragment MentorFields on Mentor {\n    id\n    email\n    displayName\n    background\n    organization\n    sectors\n    expertise\n    languages\n    bio\n    availability\n    maxActiveStartups\n    activeStartups\n    hasAccount\n  }\n": typeof types.MentorFieldsFragmentDoc,
    "\n  fragment SlotFields on OfficeHourSlot {\n    id\n    startsAt\n    endsAt\n    startsAtHanoi\n    location\n    booked\n    mentor {\n      id\n      displayName\n      background\n      organization\n    }\n  }\n": typeof types.SlotFieldsFragmentDoc,
    "\n  fragment BookingFields on OfficeHourBooking {\n    id\n    startupId\n    startupName\n    topic\n    bookedAt\n    cancelledAt\n    notes\n    notesShared\n    rating\n    ratingComment\n    ics\n    slot {\n      ...SlotFields\n    }\n  }\n": typeof types.BookingFieldsFragmentDoc,
    "\n  query Mentors($background: MentorBackground, $sector: String, $need: MentorNeed) {\n    mentors(background: $background, sector: $sector, need: $need) {\n      ...MentorFields\n    }\n  }\n": typeof types.MentorsDocument,
    "\n  query Mentor($id: ID!) {\n    mentor(id: $id) {\n      ...MentorFields\n    }\n    mentorAssignments(mentorId: $id) {\n      id\n      startupId\n      startupName\n      startedAt\n      endedAt\n    }\n  }\n": typeof types.MentorDocument,
    "\n  query MentorMatches($startupId: ID!) {\n    startup(id: $startupId) {\n      id\n      name\n    }\n    mentorMatches(startupId: $startupId) {\n      score\n      available\n      reasons {\n        kind\n        sector\n        need\n        active\n        cap\n      }\n      mentor {\n        ...MentorFields\n      }\n    }\n    startupNeeds(startupId: $startupId) {\n      needs\n      note\n    }\n    mentorAssignments(startupId: $startupId, activeOnly: true) {\n      id\n      mentor {\n        id\n        displayName\n      }\n      startedAt\n      history {\n        kind\n        at\n        actorName\n        reason\n      }\n    }\n  }\n": typeof types.MentorMatchesDocument,
    "\n  mutation AssignMentor($startupId: ID!, $mentorId: ID!, $reason: String) {\n    assignMentor(startupId: $startupId, mentorId: $mentorId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.AssignMentorDocument,
    "\n  query MentorHome {\n    myMentorProfile {\n      ...MentorFields\n    }\n    mentoredStartups {\n      id\n      name\n      sector\n      stage\n      needs\n      needsNote\n      founders\n      metricReports {\n        period\n        customers\n        employees\n      }\n    }\n    officeHours {\n      ...SlotFields\n    }\n    officeHourBookings {\n      ...BookingFields\n    }\n    calendarFeedUrl\n  }\n": typeof types.MentorHomeDocument,
    "\n  mutation PublishOfficeHour($input: PublishOfficeHourInput!) {\n    publishOfficeHour(input: $input) {\n      id\n    }\n  }\n": typeof types.PublishOfficeHourDocument,
    "\n  mutation WriteSessionNotes($input: SessionNotesInput!) {\n    writeSessionNotes(input: $input) {\n      id\n    }\n  }\n": typeof types.WriteSessionNotesDocument,
    "\n  query FounderMentoring {\n    myStartups {\n      id\n      name\n    }\n    myMentors {\n      ...MentorFields\n    }\n    officeHours {\n      ...SlotFields\n    }\n    officeHourBookings {\n      ...BookingFields\n    }\n    calendarFeedUrl\n  }\n": typeof types.FounderMentoringDocument,
    "\n  mutation BookOfficeHour($input: BookOfficeHourInput!) {\n    bookOfficeHour(input: $input) {\n      id\n    }\n  }\n": typeof types.BookOfficeHourDocument,
    "\n  mutation CancelOfficeHourBooking($bookingId: ID!) {\n    cancelOfficeHourBooking(bookingId: $bookingId) {\n      id\n    }\n  }\n": typeof types.CancelOfficeHourBookingDocument,
    "\n  mutation RateSession($input: RateSessionInput!) {\n    rateSession(input: $input) {\n      id\n    }\n  }\n": typeof types.RateSessionDocument,
    "\n  query Sessions {\n    officeHourBookings {\n      ...BookingFields\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  query MentoringBoard {\n    mentoringBoard {\n      hoursByStartup {\n        key\n        label\n        sessions\n        hours\n      }\n      hoursByStage {\n        key\n        label\n        sessions\n        hours\n      }\n      hoursBySector {\n        key\n        label\n        sessions\n        hours\n      }\n      activeMentorsByBackground {\n        background\n        active\n      }\n      sessionsHeld\n      sessionsRated\n      averageRating\n    }\n  }\n": typeof types.MentoringBoardDocument,
    "\n  mutation InviteMentor($input: MentorProfileInput!) {\n    inviteMentor(input: $input) {\n      ...MentorFields\n    }\n  }\n": typeof types.InviteMentorDocument,
    "\n  mutation UpdateMentorProfile($id: ID!, $input: MentorProfileInput!) {\n    updateMentorProfile(id: $id, input: $input) {\n      ...MentorFields\n    }\n  }\n": typeof types.UpdateMentorProfileDocument,
    "\n  mutation EndMentorAssignment($id: ID!, $reason: String) {\n    endMentorAssignment(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.EndMentorAssignmentDocument,
    "\n  query StartupNeeds($startupId: ID!) {\n    startupNeeds(startupId: $startupId) {\n      startupId\n      needs\n      note\n      shareMetricsWithMentors\n    }\n  }\n": typeof types.StartupNeedsDocument,
    "\n  mutation SetStartupNeeds($startupId: ID!, $input: StartupNeedsInput!) {\n    setStartupNeeds(startupId: $startupId, input: $input) {\n      startupId\n      needs\n      note\n      shareMetricsWithMentors\n    }\n  }\n": typeof types.SetStartupNeedsDocument,
    "\n  mutation WithdrawOfficeHour($slotId: ID!) {\n    withdrawOfficeHour(slotId: $slotId) {\n      id\n    }\n  }\n": typeof types.WithdrawOfficeHourDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          body\n          link\n          at\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query Mailbox($first: Int) {\n    mailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      locale\n      kind\n      transport\n      sentAt\n    }\n  }\n": typeof types.MailboxDocument,
    "\n  query JobQueue {\n    jobQueue {\n      id\n      queue\n      kind\n      to\n      createdAt\n      attempts\n      lastError\n      state\n    }\n  }\n": typeof types.JobQueueDocument,
    "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id)\n  }\n": typeof types.RetryJobDocument,
    "\n  query OverdueReports {\n    overdueReports {\n      startup {\n        id\n        name\n      }\n      period\n      dueDate\n      daysOverdue\n    }\n  }\n": typeof types.OverdueReportsDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      locale\n      emailOff\n      dailyDigest\n      kinds\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      locale\n      emailOff\n      dailyDigest\n      kinds\n    }\n  }\n": typeof types.SetNotificationPreferencesDocument,
    "\n  query OverdueMilestones {\n    overdueMilestones {\n      milestoneId\n      startup {\n        id\n        name\n      }\n      title\n      status\n      dueDate\n      daysOverdue\n    }\n  }\n": typeof types.OverdueMilestonesDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.CreateMilestoneDocument,
    "\n  mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {\n    updateMilestone(id: $id, input: $input) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.UpdateMilestoneDocument,
    "\n  mutation VerifyMilestone($id: ID!) {\n    verifyMilestone(id: $id) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.VerifyMilestoneDocument,
    "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n": typeof types.UpdateChecklistItemDocument,
    "\n  mutation SubmitMetricReport($input: SubmitMetricReportInput!) {\n    submitMetricReport(input: $input) {\n      ...MetricReportFields\n    }\n  }\n": typeof types.SubmitMetricReportDocument,
    "\n  query MyReviews {\n    myReviews {\n      assignmentId\n      applicationId\n      reference\n      phase\n      declaration\n      challengeId\n      challengeTitle\n      proposal\n      teamName\n      members {\n        name\n        background\n      }\n      rubric {\n        id\n        name\n        weight\n        levels {\n          score\n          description\n        }\n      }\n      myScores {\n        criterionId\n        score\n      }\n    }\n  }\n": typeof types.MyReviewsDocument,
    "\n  mutation DeclareConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      assignmentId\n    }\n  }\n": typeof types.DeclareConflictDocument,
    "\n  mutation ScoreReview($applicationId: ID!, $scores: [CriterionScoreInput!]!) {\n    scoreApplication(applicationId: $applicationId, scores: $scores) {\n      id\n    }\n  }\n": typeof types.ScoreReviewDocument,
    "\n  query ReviewRanking($challengeId: ID!, $phase: ReviewPhase!) {\n    reviewRanking(challengeId: $challengeId, phase: $phase) {\n      phase\n      rows {\n        applicationId\n        teamName\n        rawRank\n        rawScore\n        normalizedRank\n        normalizedScore\n        reviewerCount\n        shortlisted\n        winner\n      }\n      reviewers {\n        reviewerId\n        reviewerName\n        count\n        mean\n        spread\n        flagged\n      }\n    }\n    reviewAssignments(challengeId: $challengeId, phase: $phase) {\n      id\n      reviewerName\n      teamName\n      declaration\n      declarationNote\n    }\n  }\n": typeof types.ReviewRankingDocument,
    "\n  query ReviewScoresCsv($challengeId: ID!, $lang: Language) {\n    reviewScoresCsv(challengeId: $challengeId, lang: $lang)\n  }\n": typeof types.ReviewScoresCsvDocument,
    "\n  query SelectionAdmin($challengeId: ID!) {\n    challenge(id: $challengeId) {\n      id\n      title\n      status\n      decidedAt\n      appealUntil\n      rubric {\n        id\n        name\n        weight\n        levels {\n          score\n          description\n        }\n      }\n    }\n    reviewerCandidates {\n      id\n      displayName\n      role\n    }\n    applications(challengeId: $challengeId) {\n      id\n      teamName\n      shortlisted\n    }\n    appeals(challengeId: $challengeId) {\n      id\n      applicationId\n      text\n      submittedAt\n      answer\n      answeredAt\n    }\n  }\n": typeof types.SelectionAdminDocument,
    "\n  mutation AssignReviewers($input: AssignReviewersInput!) {\n    assignReviewers(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignReviewersDocument,
    "\n  mutation SetCriterionLevels($criterionId: ID!, $levels: [LevelDescriptorInput!]!) {\n    setCriterionLevels(criterionId: $criterionId, levels: $levels) {\n      id\n    }\n  }\n": typeof types.SetCriterionLevelsDocument,
    "\n  query ApplicationFeedback($applicationId: ID!) {\n    applicationFeedback(applicationId: $applicationId) {\n      criterionId\n      text\n    }\n  }\n": typeof types.ApplicationFeedbackDocument,
    "\n  mutation SetApplicationFeedback($input: CriterionFeedbackInput!) {\n    setApplicationFeedback(input: $input) {\n      criterionId\n    }\n  }\n": typeof types.SetApplicationFeedbackDocument,
    "\n  mutation ShortlistForDemo($challengeId: ID!, $applicationIds: [ID!]!) {\n    shortlistForDemo(challengeId: $challengeId, applicationIds: $applicationIds) {\n      id\n    }\n  }\n": typeof types.ShortlistForDemoDocument,
    "\n  mutation DeclarePhaseWinners($input: PhaseWinnersInput!) {\n    declarePhaseWinners(input: $input) {\n      id\n    }\n  }\n": typeof types.DeclarePhaseWinnersDocument,
    "\n  mutation SendDecisions($input: SendDecisionsInput!) {\n    sendDecisions(input: $input) {\n      id\n    }\n  }\n": typeof types.SendDecisionsDocument,
    "\n  mutation AnswerAppeal($appealId: ID!, $answer: String!) {\n    answerAppeal(appealId: $appealId, answer: $answer) {\n      id\n    }\n  }\n": typeof types.AnswerAppealDocument,
    "\n  mutation AppealDecision($input: AppealInput!) {\n    appealDecision(input: $input) {\n      id\n      appealUntil\n    }\n  }\n": typeof types.AppealDecisionDocument,
    "\n  fragment SectorFields on Sector {\n    code\n    nameVi\n    nameEn\n  }\n": typeof types.SectorFieldsFragmentDoc,
    "\n  query Sectors {\n    sectors {\n      ...SectorFields\n    }\n  }\n": typeof types.SectorsDocument,
    "\n  mutation CreateSector($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      ...SectorFields\n    }\n  }\n": typeof types.CreateSectorDocument,
    "\n  mutation RenameSector($code: String!, $input: RenameSectorInput!) {\n    renameSector(code: $code, input: $input) {\n      ...SectorFields\n    }\n  }\n": typeof types.RenameSectorDocument,
    "\n  mutation MergeSector($code: String!, $into: String!) {\n    mergeSector(code: $code, into: $into) {\n      ...SectorFields\n    }\n  }\n": typeof types.MergeSectorDocument,
    "\n  fragment StartupRowFields on Startup {\n    id\n    name\n    sector\n    stage\n    createdAt\n    cohort {\n      id\n      name\n    }\n    founders {\n      id\n      displayName\n    }\n    latestStageMove {\n      id\n      from\n      to\n      at\n    }\n  }\n": typeof types.StartupRowFieldsFragmentDoc,
    "\n  query Startups(\n    $stage: Stage\n    $cohortId: ID\n    $sector: String\n    $search: String\n    $sort: StartupSort\n    $first: Int\n    $after: String\n  ) {\n    startups(\n      stage: $stage\n      cohortId: $cohortId\n      sector: $sector\n      search: $search\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StartupRowFields\n        }\n      }\n    }\n  }\n": typeof types.StartupsDocument,
    "\n  query StartupFilters {\n    startupSectors\n    cohorts {\n      id\n      name\n    }\n  }\n": typeof types.StartupFiltersDocument,
    "\n  query StageCounts($cohortId: ID, $sector: String, $search: String) {\n    startupStageCounts(cohortId: $cohortId, sector: $sector, search: $search) {\n      stage\n      count\n    }\n  }\n": typeof types.StageCountsDocument,
    "\n  fragment StageMoveFields on StageMove {\n    id\n    from\n    to\n    at\n    reason\n    by {\n      id\n      displayName\n    }\n  }\n": typeof types.StageMoveFieldsFragmentDoc,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    kind\n    title\n    dueDate\n    status\n    evidenceUrl\n    evidenceText\n    pilot {\n      partner\n      scope\n      startDate\n      endDate\n    }\n    verifiedAt\n    verifiedBy {\n      id\n      displayName\n    }\n    updatedAt\n  }\n": typeof types.MilestoneFieldsFragmentDoc,
    "\n  fragment ChecklistItemFields on ChecklistItem {\n    kind\n    done\n    doneDate\n    evidence\n    enterpriseCode\n    updatedAt\n  }\n": typeof types.ChecklistItemFieldsFragmentDoc,
    "\n  fragment MetricReportFields on MetricReport {\n    id\n    period\n    revenue\n    customers\n    employees\n    submittedAt\n  }\n": typeof types.MetricReportFieldsFragmentDoc,
    "\n  fragment StartupDetailFields on Startup {\n    id\n    name\n    sector\n    stage\n    description\n    createdAt\n    enterpriseCode\n    nextStage\n    nextGate {\n      kind\n      message\n      met\n    }\n    challenge {\n      id\n      title\n      sponsorName\n    }\n    cohort {\n      id\n      name\n      startDate\n      endDate\n    }\n    founders {\n      id\n      displayName\n      email\n    }\n    stageHistory {\n      ...StageMoveFields\n    }\n    milestones {\n      ...MilestoneFields\n    }\n    checklist {\n      ...ChecklistItemFields\n    }\n    metricReports {\n      ...MetricReportFields\n    }\n  }\n": typeof types.StartupDetailFieldsFragmentDoc,
    "\n  query Startup($id: ID!) {\n    startup(id: $id) {\n      ...StartupDetailFields\n    }\n  }\n": typeof types.StartupDocument,
    "\n  query MyStartups {\n    myStartups {\n      ...StartupDetailFields\n    }\n  }\n": typeof types.MyStartupsDocument,
    "\n  mutation MoveStartup($id: ID!, $to: Stage!, $reason: String) {\n    moveStartup(id: $id, to: $to, reason: $reason) {\n      ...StartupRowFields\n    }\n  }\n": typeof types.MoveStartupDocument,
    "\n  mutation CreateStartup($input: CreateStartupInput!) {\n    createStartup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateStartupDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    role\n    displayName\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment AccountFields on User {\n    id\n    email\n    role\n    displayName\n    active\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...AccountFields\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AccountFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      ...AccountFields\n    }\n  }\n": typeof types.SetUserActiveDocument,
};
const documents: Documents = {
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    actorId\n    actorEmail\n    action\n    entityType\n    entityId\n    before\n    after\n    actorName\n    subject {\n      name\n      startupId\n      startupName\n      fundId\n      fundName\n      challengeId\n      challengeTitle\n      dealId\n      dealTitle\n      cohortId\n      mentorId\n      mentorName\n    }\n  }\n": types.AuditEntryFieldsFragmentDoc,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditFacets {\n    auditFacets {\n      actions\n      entityTypes\n      actorEmails\n      actors {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.AuditFacetsDocument,
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      verifiedUpTo\n      brokenAt\n      tailMissing\n    }\n  }\n": types.AuditChainStatusDocument,
    "\n  mutation CreateChallenge($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeFields\n    }\n  }\n": types.CreateChallengeDocument,
    "\n  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      ...ChallengeFields\n    }\n  }\n": types.UpdateChallengeDocument,
    "\n  mutation PublishChallenge($id: ID!) {\n    publishChallenge(id: $id) {\n      ...ChallengeFields\n    }\n  }\n": types.PublishChallengeDocument,
    "\n  mutation CloseChallenge($id: ID!) {\n    closeChallenge(id: $id) {\n      ...ChallengeFields\n    }\n  }\n": types.CloseChallengeDocument,
    "\n  fragment ProgramFields on Program {\n    id\n    name\n    description\n    gates {\n      stage\n      requirements {\n        kind\n        milestoneKinds\n        description\n      }\n    }\n  }\n": types.ProgramFieldsFragmentDoc,
    "\n  query Programs {\n    programs {\n      id\n    }\n  }\n": types.ProgramsDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramFields\n    }\n  }\n": types.ProgramDocument,
    "\n  mutation SetProgramGates($id: ID!, $gates: [StageGateInput!]!) {\n    setProgramGates(id: $id, gates: $gates) {\n      ...ProgramFields\n    }\n  }\n": types.SetProgramGatesDocument,
    "\n  fragment RubricCriterionFields on RubricCriterion {\n    id\n    name\n    weight\n  }\n": types.RubricCriterionFieldsFragmentDoc,
    "\n  fragment ChallengeFields on Challenge {\n    id\n    title\n    sponsorName\n    sponsorKind\n    sector\n    description\n    expectedOutcome\n    deadline\n    status\n    publishedAt\n    rubric {\n      ...RubricCriterionFields\n    }\n  }\n": types.ChallengeFieldsFragmentDoc,
    "\n  query PublishedChallenges {\n    publishedChallenges {\n      ...ChallengeFields\n    }\n  }\n": types.PublishedChallengesDocument,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeFields\n    }\n  }\n": types.ChallengeDocument,
    "\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n      challengeId\n      teamName\n      submittedAt\n      receiptCode\n    }\n  }\n": types.SubmitApplicationDocument,
    "\n  query Challenges($status: ChallengeStatus) {\n    challenges(status: $status) {\n      ...ChallengeFields\n    }\n  }\n": types.ChallengesDocument,
    "\n  fragment WeightedScoreFields on WeightedScore {\n    total\n    complete\n    parts {\n      criterion {\n        id\n        name\n      }\n      weight\n      averageScore\n      reviewerCount\n      contribution\n    }\n  }\n": types.WeightedScoreFieldsFragmentDoc,
    "\n  fragment ApplicationFields on Application {\n    id\n    teamName\n    blind\n    members {\n      name\n      background\n    }\n    proposal\n    contactEmail\n    status\n    submittedAt\n    scores {\n      criterion {\n        id\n      }\n      reviewer {\n        id\n        displayName\n      }\n      score\n    }\n    startup {\n      id\n      name\n      stage\n    }\n  }\n": types.ApplicationFieldsFragmentDoc,
    "\n  query ApplicationReview($challengeId: ID!) {\n    challenge(id: $challengeId) {\n      ...ChallengeFields\n    }\n    applicationRanking(challengeId: $challengeId) {\n      rank\n      score {\n        ...WeightedScoreFields\n      }\n      application {\n        ...ApplicationFields\n      }\n    }\n  }\n": types.ApplicationReviewDocument,
    "\n  mutation ScoreApplication($applicationId: ID!, $scores: [CriterionScoreInput!]!) {\n    scoreApplication(applicationId: $applicationId, scores: $scores) {\n      ...ApplicationFields\n    }\n  }\n": types.ScoreApplicationDocument,
    "\n  mutation SelectApplication($applicationId: ID!, $startupName: String, $sector: String) {\n    selectApplication(applicationId: $applicationId, startupName: $startupName, sector: $sector) {\n      application {\n        id\n        status\n      }\n      startup {\n        id\n        name\n        stage\n      }\n      invitation {\n        id\n        email\n        token\n        expiresAt\n      }\n    }\n  }\n": types.SelectApplicationDocument,
    "\n  fragment PriorityTaskFields on PriorityTask {\n    id\n    titleVi\n    titleEn\n    field\n    expectedResultVi\n    expectedResultEn\n    budgetMin\n    budgetMax\n    riskTolerant\n    deadline\n    status\n    legalDocuments {\n      id\n      number\n      titleVi\n      titleEn\n      issuer\n      issuedOn\n      url\n    }\n  }\n": types.PriorityTaskFieldsFragmentDoc,
    "\n  query PriorityTasks {\n    priorityTasks {\n      ...PriorityTaskFields\n    }\n  }\n": types.PriorityTasksDocument,
    "\n  query ChannelsSummary {\n    channelsSummary {\n      priorityTasksOpen\n      pppProposalsReceived\n      pppProposalsAccepted\n      activePilots\n    }\n  }\n": types.ChannelsSummaryDocument,
    "\n  mutation SubmitPppProposal($input: SubmitPppProposalInput!) {\n    submitPppProposal(input: $input) {\n      code\n      status\n      submittedAt\n    }\n  }\n": types.SubmitPppProposalDocument,
    "\n  query PppProposalStatus($code: String!) {\n    pppProposalStatus(code: $code) {\n      code\n      title\n      organization\n      status\n      submittedAt\n      updatedAt\n      reason\n    }\n  }\n": types.PppProposalStatusDocument,
    "\n  query PppProposals($status: PppStatus) {\n    pppProposals(status: $status) {\n      id\n      code\n      priorityTask {\n        id\n        titleVi\n        titleEn\n      }\n      organization\n      organizationKind\n      contactName\n      contactEmail\n      title\n      summary\n      budgetPublic\n      budgetPrivate\n      budgetTotal\n      status\n      reason\n      nextStatuses\n      outcome\n      challengeId\n      pilotId\n      contractStartupId\n      submittedAt\n      attachments {\n        id\n        fileName\n        size\n      }\n    }\n  }\n": types.PppProposalsDocument,
    "\n  mutation MovePppProposal($id: ID!, $to: PppStatus!, $reason: String) {\n    movePppProposal(id: $id, to: $to, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.MovePppProposalDocument,
    "\n  mutation ConvertPppProposal($id: ID!, $input: ConvertPppProposalInput!) {\n    convertPppProposal(id: $id, input: $input) {\n      id\n      outcome\n    }\n  }\n": types.ConvertPppProposalDocument,
    "\n  query PppContractStartups {\n    startups(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PppContractStartupsDocument,
    "\n  query PartnersAndPilots {\n    strategicPartners {\n      id\n      name\n      kind\n      country\n      website\n      fundMemberId\n      fundMemberName\n      agreements {\n        id\n        title\n        signedOn\n        validTo\n        scope\n      }\n      sponsoredChallenges {\n        id\n        title\n      }\n      pilotStartups {\n        id\n        name\n      }\n    }\n    pilotAgreements {\n      ...PilotFields\n    }\n  }\n": types.PartnersAndPilotsDocument,
    "\n  fragment PilotFields on PilotAgreement {\n    id\n    startupId\n    startupName\n    publicBody\n    partnerName\n    scope\n    conditions\n    startDate\n    endDate\n    responsibleOfficer\n    status\n    outcome\n    evidenceUrl\n  }\n": types.PilotFieldsFragmentDoc,
    "\n  query Pilots($status: PilotStatus) {\n    pilotAgreements(status: $status) {\n      ...PilotFields\n    }\n  }\n": types.PilotsDocument,
    "\n  mutation CreateStrategicPartner($input: StrategicPartnerInput!) {\n    createStrategicPartner(input: $input) {\n      id\n    }\n  }\n": types.CreateStrategicPartnerDocument,
    "\n  mutation UpdateStrategicPartner($id: ID!, $input: StrategicPartnerInput!) {\n    updateStrategicPartner(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateStrategicPartnerDocument,
    "\n  query PilotFormOptions {\n    startups(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    pppProposals(status: ACCEPTED) {\n      id\n      code\n      title\n      outcome\n    }\n  }\n": types.PilotFormOptionsDocument,
    "\n  mutation AddPartnerAgreement($input: PartnerAgreementInput!) {\n    addPartnerAgreement(input: $input) {\n      id\n    }\n  }\n": types.AddPartnerAgreementDocument,
    "\n  mutation CreatePilotAgreement($input: CreatePilotAgreementInput!) {\n    createPilotAgreement(input: $input) {\n      id\n    }\n  }\n": types.CreatePilotAgreementDocument,
    "\n  mutation UpdatePilotAgreement($id: ID!, $input: UpdatePilotAgreementInput!) {\n    updatePilotAgreement(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdatePilotAgreementDocument,
    "\n  query RdDossier($startupId: ID!, $year: Int) {\n    rdDossier(startupId: $startupId, year: $year) {\n      year\n      actualCost\n      preTaxProfit\n      capAtRate\n      uplift\n      deductible\n      limitedByProfit\n      lines {\n        id\n        category\n        date\n        amount\n        invoiceNumber\n        description\n      }\n    }\n  }\n": types.RdDossierDocument,
    "\n  mutation RecordRdExpense($input: RdExpenseInput!) {\n    recordRdExpense(input: $input) {\n      id\n    }\n  }\n": types.RecordRdExpenseDocument,
    "\n  mutation ReportRdProfit($startupId: ID!, $year: Int!, $preTaxProfit: String!) {\n    reportRdProfit(startupId: $startupId, year: $year, preTaxProfit: $preTaxProfit) {\n      deductible\n    }\n  }\n": types.ReportRdProfitDocument,
    "\n  query RdDossierCsv($startupId: ID!, $year: Int!, $lang: Language) {\n    rdDossierCsv(startupId: $startupId, year: $year, lang: $lang)\n  }\n": types.RdDossierCsvDocument,
    "\n  query RdDossierPdf($startupId: ID!, $year: Int!, $lang: Language) {\n    rdDossierPdf(startupId: $startupId, year: $year, lang: $lang)\n  }\n": types.RdDossierPdfDocument,
    "\n  query StartupStateSupport($startupId: ID!) {\n    startupStateSupport(startupId: $startupId) {\n      total\n      bySource {\n        label\n        amount\n        hours\n        entries\n      }\n      entries {\n        id\n        kind\n        source\n        legalBasis\n        amount\n        hours\n        date\n        costRef\n      }\n      warnings {\n        costRef\n        amount\n        entries {\n          source\n        }\n      }\n    }\n  }\n": types.StartupStateSupportDocument,
    "\n  mutation RecordStateSupport($input: StateSupportInput!) {\n    recordStateSupport(input: $input) {\n      entry {\n        id\n      }\n      warning {\n        costRef\n      }\n    }\n  }\n": types.RecordStateSupportDocument,
    "\n  query StateSupportOverview {\n    stateSupportOverview {\n      total\n      byBeneficiary {\n        label\n        startupId\n        amount\n        hours\n      }\n      bySource {\n        label\n        amount\n        hours\n      }\n      warnings {\n        startupId\n        startupName\n        costRef\n        amount\n        entries {\n          source\n        }\n      }\n    }\n  }\n": types.StateSupportOverviewDocument,
    "\n  query PriorityTasksAdmin {\n    allPriorityTasks {\n      ...PriorityTaskFields\n    }\n    legalDocuments {\n      id\n      number\n      titleVi\n      titleEn\n      issuer\n      issuedOn\n      url\n    }\n  }\n": types.PriorityTasksAdminDocument,
    "\n  mutation CreatePriorityTask($input: PriorityTaskInput!) {\n    createPriorityTask(input: $input) {\n      id\n    }\n  }\n": types.CreatePriorityTaskDocument,
    "\n  mutation UpdatePriorityTask($id: ID!, $input: PriorityTaskInput!) {\n    updatePriorityTask(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdatePriorityTaskDocument,
    "\n  mutation PublishPriorityTask($id: ID!) {\n    publishPriorityTask(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishPriorityTaskDocument,
    "\n  mutation ClosePriorityTask($id: ID!) {\n    closePriorityTask(id: $id) {\n      id\n      status\n    }\n  }\n": types.ClosePriorityTaskDocument,
    "\n  mutation CreateLegalDocument($input: LegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n    }\n  }\n": types.CreateLegalDocumentDocument,
    "\n  query Cohorts {\n    cohorts {\n      id\n      name\n      startDate\n      endDate\n      startupCount\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n": types.CohortsDocument,
    "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      startDate\n      endDate\n      startupCount\n      manager {\n        id\n        displayName\n      }\n      startups {\n        ...StartupRowFields\n      }\n    }\n  }\n": types.CohortDocument,
    "\n  mutation AssignStartupToCohort($startupId: ID!, $cohortId: ID) {\n    assignStartupToCohort(startupId: $startupId, cohortId: $cohortId) {\n      id\n      cohort {\n        id\n        name\n      }\n    }\n  }\n": types.AssignStartupToCohortDocument,
    "\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateCohortDocument,
    "\n  mutation UpdateCohort($id: ID!, $input: CohortInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n      name\n      startDate\n      endDate\n    }\n  }\n": types.UpdateCohortDocument,
    "\n  fragment DealCardFields on DealCard {\n    id\n    title\n    step\n    fundId\n    fundName\n    startupId\n    startupName\n    instrument\n    amountAsked\n    preMoney\n    updatedAt\n    decisionId\n    decisionRemaining\n  }\n": types.DealCardFieldsFragmentDoc,
    "\n  fragment DealFields on Deal {\n    id\n    title\n    step\n    fundId\n    fundName\n    startupId\n    startupName\n    instrument\n    amountAsked\n    preMoney\n    updatedAt\n    allowedMoves\n    history {\n      from\n      to\n      reason\n      actorEmail\n      actorName\n      at\n    }\n    dueDiligence {\n      id\n      area\n      status\n      finding\n      updatedBy\n      updatedAt\n    }\n    documents {\n      id\n      kind\n      area\n      fileName\n      mediaType\n      size\n      sha256\n      uploadedBy\n      uploadedAt\n    }\n    meeting {\n      id\n      heldOn\n      quorum\n      outcome\n      approvedAmount\n      minutes\n      decidedAt\n      members {\n        id\n        name\n        present\n        declaration {\n          conflicted\n          statement\n        }\n        vote {\n          choice\n          reason\n        }\n      }\n    }\n    decision {\n      id\n      amount\n      used\n      approvedAt\n      checks {\n        phase\n        passed\n        amount\n        checkedAt\n        result\n        onDate\n        cashHeadroom\n        rules {\n          kind\n          citation\n          version\n          limit\n          current\n          headroom\n          ok\n        }\n      }\n      rounds {\n        roundId\n        date\n        amount\n      }\n    }\n  }\n": types.DealFieldsFragmentDoc,
    "\n  query Deals($fundId: ID, $startupId: ID, $step: DealStep) {\n    deals(fundId: $fundId, startupId: $startupId, step: $step) {\n      ...DealCardFields\n    }\n  }\n": types.DealsDocument,
    "\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      ...DealFields\n    }\n  }\n": types.DealDocument,
    "\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) {\n      ...DealFields\n    }\n  }\n": types.CreateDealDocument,
    "\n  mutation MoveDeal($id: ID!, $to: DealStep!, $reason: String) {\n    moveDeal(id: $id, to: $to, reason: $reason) {\n      ...DealFields\n    }\n  }\n": types.MoveDealDocument,
    "\n  mutation UpdateDueDiligenceItem($id: ID!, $status: DueDiligenceStatus!, $finding: String) {\n    updateDueDiligenceItem(id: $id, status: $status, finding: $finding) {\n      id\n    }\n  }\n": types.UpdateDueDiligenceItemDocument,
    "\n  mutation OpenCommitteeMeeting($input: OpenCommitteeMeetingInput!) {\n    openCommitteeMeeting(input: $input) {\n      ...DealFields\n    }\n  }\n": types.OpenCommitteeMeetingDocument,
    "\n  mutation DeclareCommitteeConflict($memberId: ID!, $conflicted: Boolean!, $statement: String) {\n    declareCommitteeConflict(memberId: $memberId, conflicted: $conflicted, statement: $statement) {\n      ...DealFields\n    }\n  }\n": types.DeclareCommitteeConflictDocument,
    "\n  mutation CastVote($memberId: ID!, $choice: VoteChoice!, $reason: String!) {\n    castVote(memberId: $memberId, choice: $choice, reason: $reason) {\n      ...DealFields\n    }\n  }\n": types.CastVoteDocument,
    "\n  mutation DecideDeal($dealId: ID!, $minutes: String!, $approvedAmount: VND) {\n    decideDeal(dealId: $dealId, minutes: $minutes, approvedAmount: $approvedAmount) {\n      ...DealFields\n    }\n  }\n": types.DecideDealDocument,
    "\n  query DueDiligenceAreas($fundId: ID!) {\n    dueDiligenceAreas(fundId: $fundId)\n  }\n": types.DueDiligenceAreasDocument,
    "\n  mutation SetDueDiligenceAreas($fundId: ID!, $areas: [String!]!) {\n    setDueDiligenceAreas(fundId: $fundId, areas: $areas)\n  }\n": types.SetDueDiligenceAreasDocument,
    "\n  query FundLaw($id: ID!, $day: Date) {\n    fund(id: $id) {\n      id\n      name\n      vehicle {\n        kind\n        legalBasis\n        cycleStart\n        termYears\n        reviewAfterYears\n      }\n      rules(asOf: $day) {\n        id\n        kind\n        limit\n        minimum\n        unit\n        scope\n        citation\n        effectiveFrom\n        effectiveTo\n        version\n      }\n      ruleHistory {\n        id\n        kind\n        limit\n        minimum\n        unit\n        scope\n        citation\n        effectiveFrom\n        effectiveTo\n        version\n        reason\n        ended\n        createdAt\n      }\n      ruleChecks(onDate: $day) {\n        kind\n        citation\n        ruleId\n        version\n        limit\n        minimum\n        current\n        headroom\n        ok\n      }\n      lossThreshold(asOf: $day) {\n        cycleStart\n        asOf\n        losses\n        realized\n        unrealized\n        threshold\n        usedBp\n        level\n        limitBp\n        citation\n      }\n      capitalCalls {\n        id\n        callDate\n        dueDate\n        percentBp\n        amount\n        paid\n        lines {\n          id\n          commitmentId\n          memberName\n          amount\n          paid\n          overdue\n        }\n      }\n      overdueCallLines {\n        id\n        callId\n        commitmentId\n        memberName\n        amount\n        paid\n        dueDate\n      }\n      members {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.FundLawDocument,
    "\n  query FundLoss {\n    funds {\n      id\n      name\n      lossThreshold {\n        cycleStart\n        losses\n        threshold\n        usedBp\n        level\n        limitBp\n        citation\n      }\n    }\n  }\n": types.FundLossDocument,
    "\n  mutation AddFundRuleVersion($input: AddFundRuleVersionInput!) {\n    addFundRuleVersion(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddFundRuleVersionDocument,
    "\n  mutation EndFundRule($input: EndFundRuleInput!) {\n    endFundRule(input: $input) {\n      id\n      version\n    }\n  }\n": types.EndFundRuleDocument,
    "\n  mutation ApplyFundRuleSet($input: ApplyFundRuleSetInput!) {\n    applyFundRuleSet(input: $input) {\n      id\n      version\n    }\n  }\n": types.ApplyFundRuleSetDocument,
    "\n  mutation SetFundVehicle($input: SetFundVehicleInput!) {\n    setFundVehicle(input: $input) {\n      kind\n    }\n  }\n": types.SetFundVehicleDocument,
    "\n  mutation CreateCapitalCall($input: CreateCapitalCallInput!) {\n    createCapitalCall(input: $input) {\n      id\n    }\n  }\n": types.CreateCapitalCallDocument,
    "\n  query StatementPdf($fundId: ID!, $memberId: ID!, $from: Date!, $to: Date!, $lang: Language) {\n    fundMemberStatementPdf(fundId: $fundId, memberId: $memberId, from: $from, to: $to, lang: $lang)\n  }\n": types.StatementPdfDocument,
    "\n  query StatementCsv($fundId: ID!, $memberId: ID!, $from: Date!, $to: Date!, $lang: Language) {\n    fundMemberStatementCsv(fundId: $fundId, memberId: $memberId, from: $from, to: $to, lang: $lang)\n  }\n": types.StatementCsvDocument,
    "\n  query CallNoticePdf($fundId: ID!, $callId: ID!, $commitmentId: ID!, $lang: Language) {\n    capitalCallNoticePdf(fundId: $fundId, callId: $callId, commitmentId: $commitmentId, lang: $lang)\n  }\n": types.CallNoticePdfDocument,
    "\n  query AnnualReportPdf($fundId: ID!, $year: Int!, $lang: Language) {\n    fundAnnualReportPdf(fundId: $fundId, year: $year, lang: $lang)\n  }\n": types.AnnualReportPdfDocument,
    "\n  fragment FundFiguresFields on Fund {\n    id\n    name\n    charterCapBp\n    stakeCapBp\n    charterCapital\n    stateCommitted\n    privateCommitted\n    stateShareBp\n    paidIn\n    invested\n    available\n    charterHeadroom\n    privateWithdrawalHeadroom\n    cashHeadroom\n    performance {\n      asOf\n      paidIn\n      invested\n      realized\n      unrealized\n      uninvestedCash\n      nav\n      distributions\n      moicBp\n      tvpiBp\n      dpiBp\n      rvpiBp\n      moicBpExact\n      tvpiBpExact\n      dpiBpExact\n      rvpiBpExact\n      grossIrrBp\n      netIrrBp\n    }\n  }\n": types.FundFiguresFieldsFragmentDoc,
    "\n  fragment FundingRoundFields on FundingRound {\n    id\n    startupId\n    startupName\n    date\n    instrument\n    preMoney\n    raised\n    postMoney\n    participations {\n      id\n      kind\n      fundId\n      holderName\n      amount\n      roundStakeBp\n    }\n  }\n": types.FundingRoundFieldsFragmentDoc,
    "\n  query Funds {\n    funds {\n      ...FundFiguresFields\n    }\n  }\n": types.FundsDocument,
    "\n  query FundLedger($id: ID!) {\n    fund(id: $id) {\n      ...FundFiguresFields\n      members {\n        id\n        name\n        type\n        committed\n        paidIn\n      }\n      commitments {\n        id\n        memberId\n        memberName\n        memberType\n        amount\n        paidIn\n        outstanding\n        createdAt\n        changes {\n          id\n          amountBefore\n          amountAfter\n          reason\n          at\n        }\n      }\n      payments {\n        id\n        commitmentId\n        memberName\n        memberType\n        amount\n        date\n      }\n      rounds {\n        ...FundingRoundFields\n      }\n      holdings {\n        startupId\n        startupName\n        invested\n        stakeBp\n        stakeCapBp\n        status\n        unrealizedValue\n        realizedValue\n      }\n    }\n  }\n": types.FundLedgerDocument,
    "\n  query CapTable($startupId: ID!) {\n    capTable(startupId: $startupId) {\n      startupId\n      startupName\n      lastPostMoney\n      rounds {\n        ...FundingRoundFields\n      }\n      entries {\n        holderName\n        kind\n        fundId\n        stakeBp\n        stakeNumerator\n        stakeDenominator\n        invested\n        capBp\n        headroomBp\n      }\n    }\n  }\n": types.CapTableDocument,
    "\n  query FundCsv($fundId: ID!, $table: FundCsvTable!, $lang: Language) {\n    fundCsv(fundId: $fundId, table: $table, lang: $lang)\n  }\n": types.FundCsvDocument,
    "\n  query RoundStartupOptions {\n    startups(first: 100) {\n      edges {\n        node {\n          id\n          name\n          stage\n        }\n      }\n    }\n  }\n": types.RoundStartupOptionsDocument,
    "\n  mutation CommitCapital($input: CommitCapitalInput!) {\n    commitCapital(input: $input) {\n      id\n      amount\n    }\n  }\n": types.CommitCapitalDocument,
    "\n  mutation ChangeCommitment($commitmentId: ID!, $amount: VND!, $reason: String) {\n    changeCommitment(commitmentId: $commitmentId, amount: $amount, reason: $reason) {\n      id\n      amount\n    }\n  }\n": types.ChangeCommitmentDocument,
    "\n  mutation PayInCapital($input: PayInCapitalInput!) {\n    payInCapital(input: $input) {\n      id\n      amount\n    }\n  }\n": types.PayInCapitalDocument,
    "\n  mutation RecordFundingRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      id\n    }\n  }\n": types.RecordFundingRoundDocument,
    "\n  mutation CreateFund($input: CreateFundInput!) {\n    createFund(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateFundDocument,
    "\n  mutation RecordValuation($input: RecordValuationInput!) {\n    recordValuation(input: $input) {\n      id\n    }\n  }\n": types.RecordValuationDocument,
    "\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n    }\n  }\n": types.RecordExitDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      startupName\n      expired\n      accepted\n      existingAccount\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query StartupInvitations($startupId: ID!) {\n    invitations(startupId: $startupId) {\n      id\n      email\n      token\n      createdAt\n      expiresAt\n      acceptedAt\n    }\n  }\n": types.StartupInvitationsDocument,
    "\n  mutation InviteFounder($startupId: ID!, $email: String!) {\n    inviteFounder(startupId: $startupId, email: $email) {\n      id\n      email\n      token\n      createdAt\n      expiresAt\n      acceptedAt\n    }\n  }\n": types.InviteFounderDocument,
    "\n  query KpiDashboard($from: Date, $to: Date) {\n    kpiDashboard(from: $from, to: $to) {\n      from\n      to\n      asOf\n      startupsIncubated {\n        actual\n        target\n        planToDate\n        percentBp\n        percentBpExact\n        onPlan\n      }\n      capitalMobilized {\n        actual\n        target\n        planToDate\n        percentBp\n        percentBpExact\n        onPlan\n      }\n      capitalBySource {\n        source\n        amount\n      }\n      privateCommittedToFund\n      byYear {\n        year\n        startupsIncubated\n        startupsPlan\n        startupsCumulative\n        startupsPlanCumulative\n        capitalMobilized\n        capitalPlan\n        capitalCumulative\n        capitalPlanCumulative\n      }\n      funnel {\n        stage\n        count\n      }\n      bySector {\n        sector\n        nameVi\n        nameEn\n        startups\n        incubated\n        capital\n      }\n      byCohort {\n        cohortId\n        name\n        startups\n        incubated\n        milestonesVerified\n        milestonesTotal\n        capital\n      }\n      milestones {\n        verified\n        total\n        completionBp\n      }\n      fundCompliance {\n        fundId\n        name\n        charterCapital\n        stateCommitted\n        privateCommitted\n        stateShareBp\n        charterCapBp\n        paidIn\n        invested\n        available\n        stakeCapBp\n        holdings\n        holdingsNearCap\n        holdingsOverCap\n        stakes {\n          startupId\n          startupName\n          stakeBp\n          capBp\n          invested\n        }\n      }\n      targets {\n        metric\n        total\n        yearly {\n          year\n          amount\n        }\n        updatedAt\n      }\n      projections {\n        startupsIncubated {\n          actualToDate\n          target\n          projectedTotal\n          metInYear\n          shortfall\n        }\n        capitalMobilized {\n          actualToDate\n          target\n          projectedTotal\n          metInYear\n          shortfall\n        }\n      }\n    }\n  }\n": types.KpiDashboardDocument,
    "\n  query PublicKpiSummary {\n    publicKpiSummary {\n      from\n      to\n      asOf\n      startupsIncubated {\n        actual\n        target\n        percentBp\n        percentBpExact\n      }\n      capitalMobilized {\n        actual\n        target\n        percentBp\n        percentBpExact\n      }\n    }\n  }\n": types.PublicKpiSummaryDocument,
    "\n  mutation UpdateKpiTarget($metric: KpiMetric!, $yearly: [String!]!) {\n    updateKpiTarget(metric: $metric, yearly: $yearly) {\n      metric\n      total\n    }\n  }\n": types.UpdateKpiTargetDocument,
    "\n  query KpiCsv($from: Date, $to: Date, $lang: Language) {\n    kpiCsv(from: $from, to: $to, lang: $lang)\n  }\n": types.KpiCsvDocument,
    "\n  fragment MentorFields on Mentor {\n    id\n    email\n    displayName\n    background\n    organization\n    sectors\n    expertise\n    languages\n    bio\n    availability\n    maxActiveStartups\n    activeStartups\n    hasAccount\n  }\n": types.MentorFieldsFragmentDoc,
    "\n  fragment SlotFields on OfficeHourSlot {\n    id\n    startsAt\n    endsAt\n    startsAtHanoi\n    location\n    booked\n    mentor {\n      id\n      displayName\n      background\n      organization\n    }\n  }\n": types.SlotFieldsFragmentDoc,
    "\n  fragment BookingFields on OfficeHourBooking {\n    id\n    startupId\n    startupName\n    topic\n    bookedAt\n    cancelledAt\n    notes\n    notesShared\n    rating\n    ratingComment\n    ics\n    slot {\n      ...SlotFields\n    }\n  }\n": types.BookingFieldsFragmentDoc,
    "\n  query Mentors($background: MentorBackground, $sector: String, $need: MentorNeed) {\n    mentors(background: $background, sector: $sector, need: $need) {\n      ...MentorFields\n    }\n  }\n": types.MentorsDocument,
    "\n  query Mentor($id: ID!) {\n    mentor(id: $id) {\n      ...MentorFields\n    }\n    mentorAssignments(mentorId: $id) {\n      id\n      startupId\n      startupName\n      startedAt\n      endedAt\n    }\n  }\n": types.MentorDocument,
    "\n  query MentorMatches($startupId: ID!) {\n    startup(id: $startupId) {\n      id\n      name\n    }\n    mentorMatches(startupId: $startupId) {\n      score\n      available\n      reasons {\n        kind\n        sector\n        need\n        active\n        cap\n      }\n      mentor {\n        ...MentorFields\n      }\n    }\n    startupNeeds(startupId: $startupId) {\n      needs\n      note\n    }\n    mentorAssignments(startupId: $startupId, activeOnly: true) {\n      id\n      mentor {\n        id\n        displayName\n      }\n      startedAt\n      history {\n        kind\n        at\n        actorName\n        reason\n      }\n    }\n  }\n": types.MentorMatchesDocument,
    "\n  mutation AssignMentor($startupId: ID!, $mentorId: ID!, $reason: String) {\n    assignMentor(startupId: $startupId, mentorId: $mentorId, reason: $reason) {\n      id\n    }\n  }\n": types.AssignMentorDocument,
    "\n  query MentorHome {\n    myMentorProfile {\n      ...MentorFields\n    }\n    mentoredStartups {\n      id\n      name\n      sector\n      stage\n      needs\n      needsNote\n      founders\n      metricReports {\n        period\n        customers\n        employees\n      }\n    }\n    officeHours {\n      ...SlotFields\n    }\n    officeHourBookings {\n      ...BookingFields\n    }\n    calendarFeedUrl\n  }\n": types.MentorHomeDocument,
    "\n  mutation PublishOfficeHour($input: PublishOfficeHourInput!) {\n    publishOfficeHour(input: $input) {\n      id\n    }\n  }\n": types.PublishOfficeHourDocument,
    "\n  mutation WriteSessionNotes($input: SessionNotesInput!) {\n    writeSessionNotes(input: $input) {\n      id\n    }\n  }\n": types.WriteSessionNotesDocument,
    "\n  query FounderMentoring {\n    myStartups {\n      id\n      name\n    }\n    myMentors {\n      ...MentorFields\n    }\n    officeHours {\n      ...SlotFields\n    }\n    officeHourBookings {\n      ...BookingFields\n    }\n    calendarFeedUrl\n  }\n": types.FounderMentoringDocument,
    "\n  mutation BookOfficeHour($input: BookOfficeHourInput!) {\n    bookOfficeHour(input: $input) {\n      id\n    }\n  }\n": types.BookOfficeHourDocument,
    "\n  mutation CancelOfficeHourBooking($bookingId: ID!) {\n    cancelOfficeHourBooking(bookingId: $bookingId) {\n      id\n    }\n  }\n": types.CancelOfficeHourBookingDocument,
    "\n  mutation RateSession($input: RateSessionInput!) {\n    rateSession(input: $input) {\n      id\n    }\n  }\n": types.RateSessionDocument,
    "\n  query Sessions {\n    officeHourBookings {\n      ...BookingFields\n    }\n  }\n": types.SessionsDocument,
    "\n  query MentoringBoard {\n    mentoringBoard {\n      hoursByStartup {\n        key\n        label\n        sessions\n        hours\n      }\n      hoursByStage {\n        key\n        label\n        sessions\n        hours\n      }\n      hoursBySector {\n        key\n        label\n        sessions\n        hours\n      }\n      activeMentorsByBackground {\n        background\n        active\n      }\n      sessionsHeld\n      sessionsRated\n      averageRating\n    }\n  }\n": types.MentoringBoardDocument,
    "\n  mutation InviteMentor($input: MentorProfileInput!) {\n    inviteMentor(input: $input) {\n      ...MentorFields\n    }\n  }\n": types.InviteMentorDocument,
    "\n  mutation UpdateMentorProfile($id: ID!, $input: MentorProfileInput!) {\n    updateMentorProfile(id: $id, input: $input) {\n      ...MentorFields\n    }\n  }\n": types.UpdateMentorProfileDocument,
    "\n  mutation EndMentorAssignment($id: ID!, $reason: String) {\n    endMentorAssignment(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.EndMentorAssignmentDocument,
    "\n  query StartupNeeds($startupId: ID!) {\n    startupNeeds(startupId: $startupId) {\n      startupId\n      needs\n      note\n      shareMetricsWithMentors\n    }\n  }\n": types.StartupNeedsDocument,
    "\n  mutation SetStartupNeeds($startupId: ID!, $input: StartupNeedsInput!) {\n    setStartupNeeds(startupId: $startupId, input: $input) {\n      startupId\n      needs\n      note\n      shareMetricsWithMentors\n    }\n  }\n": types.SetStartupNeedsDocument,
    "\n  mutation WithdrawOfficeHour($slotId: ID!) {\n    withdrawOfficeHour(slotId: $slotId) {\n      id\n    }\n  }\n": types.WithdrawOfficeHourDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          body\n          link\n          at\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query Mailbox($first: Int) {\n    mailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      locale\n      kind\n      transport\n      sentAt\n    }\n  }\n": types.MailboxDocument,
    "\n  query JobQueue {\n    jobQueue {\n      id\n      queue\n      kind\n      to\n      createdAt\n      attempts\n      lastError\n      state\n    }\n  }\n": types.JobQueueDocument,
    "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id)\n  }\n": types.RetryJobDocument,
    "\n  query OverdueReports {\n    overdueReports {\n      startup {\n        id\n        name\n      }\n      period\n      dueDate\n      daysOverdue\n    }\n  }\n": types.OverdueReportsDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      locale\n      emailOff\n      dailyDigest\n      kinds\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      locale\n      emailOff\n      dailyDigest\n      kinds\n    }\n  }\n": types.SetNotificationPreferencesDocument,
    "\n  query OverdueMilestones {\n    overdueMilestones {\n      milestoneId\n      startup {\n        id\n        name\n      }\n      title\n      status\n      dueDate\n      daysOverdue\n    }\n  }\n": types.OverdueMilestonesDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      ...MilestoneFields\n    }\n  }\n": types.CreateMilestoneDocument,
    "\n  mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {\n    updateMilestone(id: $id, input: $input) {\n      ...MilestoneFields\n    }\n  }\n": types.UpdateMilestoneDocument,
    "\n  mutation VerifyMilestone($id: ID!) {\n    verifyMilestone(id: $id) {\n      ...MilestoneFields\n    }\n  }\n": types.VerifyMilestoneDocument,
    "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n": types.UpdateChecklistItemDocument,
    "\n  mutation SubmitMetricReport($input: SubmitMetricReportInput!) {\n    submitMetricReport(input: $input) {\n      ...MetricReportFields\n    }\n  }\n": types.SubmitMetricReportDocument,
    "\n  query MyReviews {\n    myReviews {\n      assignmentId\n      applicationId\n      reference\n      phase\n      declaration\n      challengeId\n      challengeTitle\n      proposal\n      teamName\n      members {\n        name\n        background\n      }\n      rubric {\n        id\n        name\n        weight\n        levels {\n          score\n          description\n        }\n      }\n      myScores {\n        criterionId\n        score\n      }\n    }\n  }\n": types.MyReviewsDocument,
    "\n  mutation DeclareConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      assignmentId\n    }\n  }\n": types.DeclareConflictDocument,
    "\n  mutation ScoreReview($applicationId: ID!, $scores: [CriterionScoreInput!]!) {\n    scoreApplication(applicationId: $applicationId, scores: $scores) {\n      id\n    }\n  }\n": types.ScoreReviewDocument,
    "\n  query ReviewRanking($challengeId: ID!, $phase: ReviewPhase!) {\n    reviewRanking(challengeId: $challengeId, phase: $phase) {\n      phase\n      rows {\n        applicationId\n        teamName\n        rawRank\n        rawScore\n        normalizedRank\n        normalizedScore\n        reviewerCount\n        shortlisted\n        winner\n      }\n      reviewers {\n        reviewerId\n        reviewerName\n        count\n        mean\n        spread\n        flagged\n      }\n    }\n    reviewAssignments(challengeId: $challengeId, phase: $phase) {\n      id\n      reviewerName\n      teamName\n      declaration\n      declarationNote\n    }\n  }\n": types.ReviewRankingDocument,
    "\n  query ReviewScoresCsv($challengeId: ID!, $lang: Language) {\n    reviewScoresCsv(challengeId: $challengeId, lang: $lang)\n  }\n": types.ReviewScoresCsvDocument,
    "\n  query SelectionAdmin($challengeId: ID!) {\n    challenge(id: $challengeId) {\n      id\n      title\n      status\n      decidedAt\n      appealUntil\n      rubric {\n        id\n        name\n        weight\n        levels {\n          score\n          description\n        }\n      }\n    }\n    reviewerCandidates {\n      id\n      displayName\n      role\n    }\n    applications(challengeId: $challengeId) {\n      id\n      teamName\n      shortlisted\n    }\n    appeals(challengeId: $challengeId) {\n      id\n      applicationId\n      text\n      submittedAt\n      answer\n      answeredAt\n    }\n  }\n": types.SelectionAdminDocument,
    "\n  mutation AssignReviewers($input: AssignReviewersInput!) {\n    assignReviewers(input: $input) {\n      id\n    }\n  }\n": types.AssignReviewersDocument,
    "\n  mutation SetCriterionLevels($criterionId: ID!, $levels: [LevelDescriptorInput!]!) {\n    setCriterionLevels(criterionId: $criterionId, levels: $levels) {\n      id\n    }\n  }\n": types.SetCriterionLevelsDocument,
    "\n  query ApplicationFeedback($applicationId: ID!) {\n    applicationFeedback(applicationId: $applicationId) {\n      criterionId\n      text\n    }\n  }\n": types.ApplicationFeedbackDocument,
    "\n  mutation SetApplicationFeedback($input: CriterionFeedbackInput!) {\n    setApplicationFeedback(input: $input) {\n      criterionId\n    }\n  }\n": types.SetApplicationFeedbackDocument,
    "\n  mutation ShortlistForDemo($challengeId: ID!, $applicationIds: [ID!]!) {\n    shortlistForDemo(challengeId: $challengeId, applicationIds: $applicationIds) {\n      id\n    }\n  }\n": types.ShortlistForDemoDocument,
    "\n  mutation DeclarePhaseWinners($input: PhaseWinnersInput!) {\n    declarePhaseWinners(input: $input) {\n      id\n    }\n  }\n": types.DeclarePhaseWinnersDocument,
    "\n  mutation SendDecisions($input: SendDecisionsInput!) {\n    sendDecisions(input: $input) {\n      id\n    }\n  }\n": types.SendDecisionsDocument,
    "\n  mutation AnswerAppeal($appealId: ID!, $answer: String!) {\n    answerAppeal(appealId: $appealId, answer: $answer) {\n      id\n    }\n  }\n": types.AnswerAppealDocument,
    "\n  mutation AppealDecision($input: AppealInput!) {\n    appealDecision(input: $input) {\n      id\n      appealUntil\n    }\n  }\n": types.AppealDecisionDocument,
    "\n  fragment SectorFields on Sector {\n    code\n    nameVi\n    nameEn\n  }\n": types.SectorFieldsFragmentDoc,
    "\n  query Sectors {\n    sectors {\n      ...SectorFields\n    }\n  }\n": types.SectorsDocument,
    "\n  mutation CreateSector($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      ...SectorFields\n    }\n  }\n": types.CreateSectorDocument,
    "\n  mutation RenameSector($code: String!, $input: RenameSectorInput!) {\n    renameSector(code: $code, input: $input) {\n      ...SectorFields\n    }\n  }\n": types.RenameSectorDocument,
    "\n  mutation MergeSector($code: String!, $into: String!) {\n    mergeSector(code: $code, into: $into) {\n      ...SectorFields\n    }\n  }\n": types.MergeSectorDocument,
    "\n  fragment StartupRowFields on Startup {\n    id\n    name\n    sector\n    stage\n    createdAt\n    cohort {\n      id\n      name\n    }\n    founders {\n      id\n      displayName\n    }\n    latestStageMove {\n      id\n      from\n      to\n      at\n    }\n  }\n": types.StartupRowFieldsFragmentDoc,
    "\n  query Startups(\n    $stage: Stage\n    $cohortId: ID\n    $sector: String\n    $search: String\n    $sort: StartupSort\n    $first: Int\n    $after: String\n  ) {\n    startups(\n      stage: $stage\n      cohortId: $cohortId\n      sector: $sector\n      search: $search\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StartupRowFields\n        }\n      }\n    }\n  }\n": types.StartupsDocument,
    "\n  query StartupFilters {\n    startupSectors\n    cohorts {\n      id\n      name\n    }\n  }\n": types.StartupFiltersDocument,
    "\n  query StageCounts($cohortId: ID, $sector: String, $search: String) {\n    startupStageCounts(cohortId: $cohortId, sector: $sector, search: $search) {\n      stage\n      count\n    }\n  }\n": types.StageCountsDocument,
    "\n  fragment StageMoveFields on StageMove {\n    id\n    from\n    to\n    at\n    reason\n    by {\n      id\n      displayName\n    }\n  }\n": types.StageMoveFieldsFragmentDoc,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    kind\n    title\n    dueDate\n    status\n    evidenceUrl\n    evidenceText\n    pilot {\n      partner\n      scope\n      startDate\n      endDate\n    }\n    verifiedAt\n    verifiedBy {\n      id\n      displayName\n    }\n    updatedAt\n  }\n": types.MilestoneFieldsFragmentDoc,
    "\n  fragment ChecklistItemFields on ChecklistItem {\n    kind\n    done\n    doneDate\n    evidence\n    enterpriseCode\n    updatedAt\n  }\n": types.ChecklistItemFieldsFragmentDoc,
    "\n  fragment MetricReportFields on MetricReport {\n    id\n    period\n    revenue\n    customers\n    employees\n    submittedAt\n  }\n": types.MetricReportFieldsFragmentDoc,
    "\n  fragment StartupDetailFields on Startup {\n    id\n    name\n    sector\n    stage\n    description\n    createdAt\n    enterpriseCode\n    nextStage\n    nextGate {\n      kind\n      message\n      met\n    }\n    challenge {\n      id\n      title\n      sponsorName\n    }\n    cohort {\n      id\n      name\n      startDate\n      endDate\n    }\n    founders {\n      id\n      displayName\n      email\n    }\n    stageHistory {\n      ...StageMoveFields\n    }\n    milestones {\n      ...MilestoneFields\n    }\n    checklist {\n      ...ChecklistItemFields\n    }\n    metricReports {\n      ...MetricReportFields\n    }\n  }\n": types.StartupDetailFieldsFragmentDoc,
    "\n  query Startup($id: ID!) {\n    startup(id: $id) {\n      ...StartupDetailFields\n    }\n  }\n": types.StartupDocument,
    "\n  query MyStartups {\n    myStartups {\n      ...StartupDetailFields\n    }\n  }\n": types.MyStartupsDocument,
    "\n  mutation MoveStartup($id: ID!, $to: Stage!, $reason: String) {\n    moveStartup(id: $id, to: $to, reason: $reason) {\n      ...StartupRowFields\n    }\n  }\n": types.MoveStartupDocument,
    "\n  mutation CreateStartup($input: CreateStartupInput!) {\n    createStartup(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateStartupDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    role\n    displayName\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment AccountFields on User {\n    id\n    email\n    role\n    displayName\n    active\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...AccountFields\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AccountFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      ...AccountFields\n    }\n  }\n": types.SetUserActiveDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    actorId\n    actorEmail\n    action\n    entityType\n    entityId\n    before\n    after\n    actorName\n    subject {\n      name\n      startupId\n      startupName\n      fundId\n      fundName\n      challengeId\n      challengeTitle\n      dealId\n      dealTitle\n      cohortId\n      mentorId\n      mentorName\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    actorId\n    actorEmail\n    action\n    entityType\n    entityId\n    before\n    after\n    actorName\n    subject {\n      name\n      startupId\n      startupName\n      fundId\n      fundName\n      challengeId\n      challengeTitle\n      dealId\n      dealTitle\n      cohortId\n      mentorId\n      mentorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFacets {\n    auditFacets {\n      actions\n      entityTypes\n      actorEmails\n      actors {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditFacets {\n    auditFacets {\n      actions\n      entityTypes\n      actorEmails\n      actors {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainStatus {\n    auditChainStatus {\n      verifiedUpTo\n      brokenAt\n      tailMissing\n    }\n  }\n"): (typeof documents)["\n  query AuditChainStatus {\n    auditChainStatus {\n      verifiedUpTo\n      brokenAt\n      tailMissing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChallenge($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChallenge($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishChallenge($id: ID!) {\n    publishChallenge(id: $id) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishChallenge($id: ID!) {\n    publishChallenge(id: $id) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseChallenge($id: ID!) {\n    closeChallenge(id: $id) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseChallenge($id: ID!) {\n    closeChallenge(id: $id) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramFields on Program {\n    id\n    name\n    description\n    gates {\n      stage\n      requirements {\n        kind\n        milestoneKinds\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramFields on Program {\n    id\n    name\n    description\n    gates {\n      stage\n      requirements {\n        kind\n        milestoneKinds\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programs {\n    programs {\n      id\n    }\n  }\n"): (typeof documents)["\n  query Programs {\n    programs {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramFields\n    }\n  }\n"): (typeof documents)["\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProgramGates($id: ID!, $gates: [StageGateInput!]!) {\n    setProgramGates(id: $id, gates: $gates) {\n      ...ProgramFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetProgramGates($id: ID!, $gates: [StageGateInput!]!) {\n    setProgramGates(id: $id, gates: $gates) {\n      ...ProgramFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RubricCriterionFields on RubricCriterion {\n    id\n    name\n    weight\n  }\n"): (typeof documents)["\n  fragment RubricCriterionFields on RubricCriterion {\n    id\n    name\n    weight\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeFields on Challenge {\n    id\n    title\n    sponsorName\n    sponsorKind\n    sector\n    description\n    expectedOutcome\n    deadline\n    status\n    publishedAt\n    rubric {\n      ...RubricCriterionFields\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeFields on Challenge {\n    id\n    title\n    sponsorName\n    sponsorKind\n    sector\n    description\n    expectedOutcome\n    deadline\n    status\n    publishedAt\n    rubric {\n      ...RubricCriterionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedChallenges {\n    publishedChallenges {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  query PublishedChallenges {\n    publishedChallenges {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n      challengeId\n      teamName\n      submittedAt\n      receiptCode\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n      challengeId\n      teamName\n      submittedAt\n      receiptCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenges($status: ChallengeStatus) {\n    challenges(status: $status) {\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  query Challenges($status: ChallengeStatus) {\n    challenges(status: $status) {\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeightedScoreFields on WeightedScore {\n    total\n    complete\n    parts {\n      criterion {\n        id\n        name\n      }\n      weight\n      averageScore\n      reviewerCount\n      contribution\n    }\n  }\n"): (typeof documents)["\n  fragment WeightedScoreFields on WeightedScore {\n    total\n    complete\n    parts {\n      criterion {\n        id\n        name\n      }\n      weight\n      averageScore\n      reviewerCount\n      contribution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationFields on Application {\n    id\n    teamName\n    blind\n    members {\n      name\n      background\n    }\n    proposal\n    contactEmail\n    status\n    submittedAt\n    scores {\n      criterion {\n        id\n      }\n      reviewer {\n        id\n        displayName\n      }\n      score\n    }\n    startup {\n      id\n      name\n      stage\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationFields on Application {\n    id\n    teamName\n    blind\n    members {\n      name\n      background\n    }\n    proposal\n    contactEmail\n    status\n    submittedAt\n    scores {\n      criterion {\n        id\n      }\n      reviewer {\n        id\n        displayName\n      }\n      score\n    }\n    startup {\n      id\n      name\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationReview($challengeId: ID!) {\n    challenge(id: $challengeId) {\n      ...ChallengeFields\n    }\n    applicationRanking(challengeId: $challengeId) {\n      rank\n      score {\n        ...WeightedScoreFields\n      }\n      application {\n        ...ApplicationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationReview($challengeId: ID!) {\n    challenge(id: $challengeId) {\n      ...ChallengeFields\n    }\n    applicationRanking(challengeId: $challengeId) {\n      rank\n      score {\n        ...WeightedScoreFields\n      }\n      application {\n        ...ApplicationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreApplication($applicationId: ID!, $scores: [CriterionScoreInput!]!) {\n    scoreApplication(applicationId: $applicationId, scores: $scores) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScoreApplication($applicationId: ID!, $scores: [CriterionScoreInput!]!) {\n    scoreApplication(applicationId: $applicationId, scores: $scores) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SelectApplication($applicationId: ID!, $startupName: String, $sector: String) {\n    selectApplication(applicationId: $applicationId, startupName: $startupName, sector: $sector) {\n      application {\n        id\n        status\n      }\n      startup {\n        id\n        name\n        stage\n      }\n      invitation {\n        id\n        email\n        token\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SelectApplication($applicationId: ID!, $startupName: String, $sector: String) {\n    selectApplication(applicationId: $applicationId, startupName: $startupName, sector: $sector) {\n      application {\n        id\n        status\n      }\n      startup {\n        id\n        name\n        stage\n      }\n      invitation {\n        id\n        email\n        token\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriorityTaskFields on PriorityTask {\n    id\n    titleVi\n    titleEn\n    field\n    expectedResultVi\n    expectedResultEn\n    budgetMin\n    budgetMax\n    riskTolerant\n    deadline\n    status\n    legalDocuments {\n      id\n      number\n      titleVi\n      titleEn\n      issuer\n      issuedOn\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment PriorityTaskFields on PriorityTask {\n    id\n    titleVi\n    titleEn\n    field\n    expectedResultVi\n    expectedResultEn\n    budgetMin\n    budgetMax\n    riskTolerant\n    deadline\n    status\n    legalDocuments {\n      id\n      number\n      titleVi\n      titleEn\n      issuer\n      issuedOn\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriorityTasks {\n    priorityTasks {\n      ...PriorityTaskFields\n    }\n  }\n"): (typeof documents)["\n  query PriorityTasks {\n    priorityTasks {\n      ...PriorityTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelsSummary {\n    channelsSummary {\n      priorityTasksOpen\n      pppProposalsReceived\n      pppProposalsAccepted\n      activePilots\n    }\n  }\n"): (typeof documents)["\n  query ChannelsSummary {\n    channelsSummary {\n      priorityTasksOpen\n      pppProposalsReceived\n      pppProposalsAccepted\n      activePilots\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPppProposal($input: SubmitPppProposalInput!) {\n    submitPppProposal(input: $input) {\n      code\n      status\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPppProposal($input: SubmitPppProposalInput!) {\n    submitPppProposal(input: $input) {\n      code\n      status\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PppProposalStatus($code: String!) {\n    pppProposalStatus(code: $code) {\n      code\n      title\n      organization\n      status\n      submittedAt\n      updatedAt\n      reason\n    }\n  }\n"): (typeof documents)["\n  query PppProposalStatus($code: String!) {\n    pppProposalStatus(code: $code) {\n      code\n      title\n      organization\n      status\n      submittedAt\n      updatedAt\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PppProposals($status: PppStatus) {\n    pppProposals(status: $status) {\n      id\n      code\n      priorityTask {\n        id\n        titleVi\n        titleEn\n      }\n      organization\n      organizationKind\n      contactName\n      contactEmail\n      title\n      summary\n      budgetPublic\n      budgetPrivate\n      budgetTotal\n      status\n      reason\n      nextStatuses\n      outcome\n      challengeId\n      pilotId\n      contractStartupId\n      submittedAt\n      attachments {\n        id\n        fileName\n        size\n      }\n    }\n  }\n"): (typeof documents)["\n  query PppProposals($status: PppStatus) {\n    pppProposals(status: $status) {\n      id\n      code\n      priorityTask {\n        id\n        titleVi\n        titleEn\n      }\n      organization\n      organizationKind\n      contactName\n      contactEmail\n      title\n      summary\n      budgetPublic\n      budgetPrivate\n      budgetTotal\n      status\n      reason\n      nextStatuses\n      outcome\n      challengeId\n      pilotId\n      contractStartupId\n      submittedAt\n      attachments {\n        id\n        fileName\n        size\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MovePppProposal($id: ID!, $to: PppStatus!, $reason: String) {\n    movePppProposal(id: $id, to: $to, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MovePppProposal($id: ID!, $to: PppStatus!, $reason: String) {\n    movePppProposal(id: $id, to: $to, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertPppProposal($id: ID!, $input: ConvertPppProposalInput!) {\n    convertPppProposal(id: $id, input: $input) {\n      id\n      outcome\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertPppProposal($id: ID!, $input: ConvertPppProposalInput!) {\n    convertPppProposal(id: $id, input: $input) {\n      id\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PppContractStartups {\n    startups(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PppContractStartups {\n    startups(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersAndPilots {\n    strategicPartners {\n      id\n      name\n      kind\n      country\n      website\n      fundMemberId\n      fundMemberName\n      agreements {\n        id\n        title\n        signedOn\n        validTo\n        scope\n      }\n      sponsoredChallenges {\n        id\n        title\n      }\n      pilotStartups {\n        id\n        name\n      }\n    }\n    pilotAgreements {\n      ...PilotFields\n    }\n  }\n"): (typeof documents)["\n  query PartnersAndPilots {\n    strategicPartners {\n      id\n      name\n      kind\n      country\n      website\n      fundMemberId\n      fundMemberName\n      agreements {\n        id\n        title\n        signedOn\n        validTo\n        scope\n      }\n      sponsoredChallenges {\n        id\n        title\n      }\n      pilotStartups {\n        id\n        name\n      }\n    }\n    pilotAgreements {\n      ...PilotFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PilotFields on PilotAgreement {\n    id\n    startupId\n    startupName\n    publicBody\n    partnerName\n    scope\n    conditions\n    startDate\n    endDate\n    responsibleOfficer\n    status\n    outcome\n    evidenceUrl\n  }\n"): (typeof documents)["\n  fragment PilotFields on PilotAgreement {\n    id\n    startupId\n    startupName\n    publicBody\n    partnerName\n    scope\n    conditions\n    startDate\n    endDate\n    responsibleOfficer\n    status\n    outcome\n    evidenceUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pilots($status: PilotStatus) {\n    pilotAgreements(status: $status) {\n      ...PilotFields\n    }\n  }\n"): (typeof documents)["\n  query Pilots($status: PilotStatus) {\n    pilotAgreements(status: $status) {\n      ...PilotFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStrategicPartner($input: StrategicPartnerInput!) {\n    createStrategicPartner(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStrategicPartner($input: StrategicPartnerInput!) {\n    createStrategicPartner(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStrategicPartner($id: ID!, $input: StrategicPartnerInput!) {\n    updateStrategicPartner(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStrategicPartner($id: ID!, $input: StrategicPartnerInput!) {\n    updateStrategicPartner(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PilotFormOptions {\n    startups(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    pppProposals(status: ACCEPTED) {\n      id\n      code\n      title\n      outcome\n    }\n  }\n"): (typeof documents)["\n  query PilotFormOptions {\n    startups(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    pppProposals(status: ACCEPTED) {\n      id\n      code\n      title\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPartnerAgreement($input: PartnerAgreementInput!) {\n    addPartnerAgreement(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddPartnerAgreement($input: PartnerAgreementInput!) {\n    addPartnerAgreement(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePilotAgreement($input: CreatePilotAgreementInput!) {\n    createPilotAgreement(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePilotAgreement($input: CreatePilotAgreementInput!) {\n    createPilotAgreement(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePilotAgreement($id: ID!, $input: UpdatePilotAgreementInput!) {\n    updatePilotAgreement(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePilotAgreement($id: ID!, $input: UpdatePilotAgreementInput!) {\n    updatePilotAgreement(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RdDossier($startupId: ID!, $year: Int) {\n    rdDossier(startupId: $startupId, year: $year) {\n      year\n      actualCost\n      preTaxProfit\n      capAtRate\n      uplift\n      deductible\n      limitedByProfit\n      lines {\n        id\n        category\n        date\n        amount\n        invoiceNumber\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query RdDossier($startupId: ID!, $year: Int) {\n    rdDossier(startupId: $startupId, year: $year) {\n      year\n      actualCost\n      preTaxProfit\n      capAtRate\n      uplift\n      deductible\n      limitedByProfit\n      lines {\n        id\n        category\n        date\n        amount\n        invoiceNumber\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRdExpense($input: RdExpenseInput!) {\n    recordRdExpense(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRdExpense($input: RdExpenseInput!) {\n    recordRdExpense(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportRdProfit($startupId: ID!, $year: Int!, $preTaxProfit: String!) {\n    reportRdProfit(startupId: $startupId, year: $year, preTaxProfit: $preTaxProfit) {\n      deductible\n    }\n  }\n"): (typeof documents)["\n  mutation ReportRdProfit($startupId: ID!, $year: Int!, $preTaxProfit: String!) {\n    reportRdProfit(startupId: $startupId, year: $year, preTaxProfit: $preTaxProfit) {\n      deductible\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RdDossierCsv($startupId: ID!, $year: Int!, $lang: Language) {\n    rdDossierCsv(startupId: $startupId, year: $year, lang: $lang)\n  }\n"): (typeof documents)["\n  query RdDossierCsv($startupId: ID!, $year: Int!, $lang: Language) {\n    rdDossierCsv(startupId: $startupId, year: $year, lang: $lang)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RdDossierPdf($startupId: ID!, $year: Int!, $lang: Language) {\n    rdDossierPdf(startupId: $startupId, year: $year, lang: $lang)\n  }\n"): (typeof documents)["\n  query RdDossierPdf($startupId: ID!, $year: Int!, $lang: Language) {\n    rdDossierPdf(startupId: $startupId, year: $year, lang: $lang)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartupStateSupport($startupId: ID!) {\n    startupStateSupport(startupId: $startupId) {\n      total\n      bySource {\n        label\n        amount\n        hours\n        entries\n      }\n      entries {\n        id\n        kind\n        source\n        legalBasis\n        amount\n        hours\n        date\n        costRef\n      }\n      warnings {\n        costRef\n        amount\n        entries {\n          source\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StartupStateSupport($startupId: ID!) {\n    startupStateSupport(startupId: $startupId) {\n      total\n      bySource {\n        label\n        amount\n        hours\n        entries\n      }\n      entries {\n        id\n        kind\n        source\n        legalBasis\n        amount\n        hours\n        date\n        costRef\n      }\n      warnings {\n        costRef\n        amount\n        entries {\n          source\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordStateSupport($input: StateSupportInput!) {\n    recordStateSupport(input: $input) {\n      entry {\n        id\n      }\n      warning {\n        costRef\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordStateSupport($input: StateSupportInput!) {\n    recordStateSupport(input: $input) {\n      entry {\n        id\n      }\n      warning {\n        costRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateSupportOverview {\n    stateSupportOverview {\n      total\n      byBeneficiary {\n        label\n        startupId\n        amount\n        hours\n      }\n      bySource {\n        label\n        amount\n        hours\n      }\n      warnings {\n        startupId\n        startupName\n        costRef\n        amount\n        entries {\n          source\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StateSupportOverview {\n    stateSupportOverview {\n      total\n      byBeneficiary {\n        label\n        startupId\n        amount\n        hours\n      }\n      bySource {\n        label\n        amount\n        hours\n      }\n      warnings {\n        startupId\n        startupName\n        costRef\n        amount\n        entries {\n          source\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriorityTasksAdmin {\n    allPriorityTasks {\n      ...PriorityTaskFields\n    }\n    legalDocuments {\n      id\n      number\n      titleVi\n      titleEn\n      issuer\n      issuedOn\n      url\n    }\n  }\n"): (typeof documents)["\n  query PriorityTasksAdmin {\n    allPriorityTasks {\n      ...PriorityTaskFields\n    }\n    legalDocuments {\n      id\n      number\n      titleVi\n      titleEn\n      issuer\n      issuedOn\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePriorityTask($input: PriorityTaskInput!) {\n    createPriorityTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePriorityTask($input: PriorityTaskInput!) {\n    createPriorityTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePriorityTask($id: ID!, $input: PriorityTaskInput!) {\n    updatePriorityTask(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePriorityTask($id: ID!, $input: PriorityTaskInput!) {\n    updatePriorityTask(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPriorityTask($id: ID!) {\n    publishPriorityTask(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPriorityTask($id: ID!) {\n    publishPriorityTask(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePriorityTask($id: ID!) {\n    closePriorityTask(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePriorityTask($id: ID!) {\n    closePriorityTask(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLegalDocument($input: LegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLegalDocument($input: LegalDocumentInput!) {\n    createLegalDocument(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohorts {\n    cohorts {\n      id\n      name\n      startDate\n      endDate\n      startupCount\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cohorts {\n    cohorts {\n      id\n      name\n      startDate\n      endDate\n      startupCount\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      startDate\n      endDate\n      startupCount\n      manager {\n        id\n        displayName\n      }\n      startups {\n        ...StartupRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      startDate\n      endDate\n      startupCount\n      manager {\n        id\n        displayName\n      }\n      startups {\n        ...StartupRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignStartupToCohort($startupId: ID!, $cohortId: ID) {\n    assignStartupToCohort(startupId: $startupId, cohortId: $cohortId) {\n      id\n      cohort {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignStartupToCohort($startupId: ID!, $cohortId: ID) {\n    assignStartupToCohort(startupId: $startupId, cohortId: $cohortId) {\n      id\n      cohort {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCohort($id: ID!, $input: CohortInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n      name\n      startDate\n      endDate\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCohort($id: ID!, $input: CohortInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n      name\n      startDate\n      endDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealCardFields on DealCard {\n    id\n    title\n    step\n    fundId\n    fundName\n    startupId\n    startupName\n    instrument\n    amountAsked\n    preMoney\n    updatedAt\n    decisionId\n    decisionRemaining\n  }\n"): (typeof documents)["\n  fragment DealCardFields on DealCard {\n    id\n    title\n    step\n    fundId\n    fundName\n    startupId\n    startupName\n    instrument\n    amountAsked\n    preMoney\n    updatedAt\n    decisionId\n    decisionRemaining\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealFields on Deal {\n    id\n    title\n    step\n    fundId\n    fundName\n    startupId\n    startupName\n    instrument\n    amountAsked\n    preMoney\n    updatedAt\n    allowedMoves\n    history {\n      from\n      to\n      reason\n      actorEmail\n      actorName\n      at\n    }\n    dueDiligence {\n      id\n      area\n      status\n      finding\n      updatedBy\n      updatedAt\n    }\n    documents {\n      id\n      kind\n      area\n      fileName\n      mediaType\n      size\n      sha256\n      uploadedBy\n      uploadedAt\n    }\n    meeting {\n      id\n      heldOn\n      quorum\n      outcome\n      approvedAmount\n      minutes\n      decidedAt\n      members {\n        id\n        name\n        present\n        declaration {\n          conflicted\n          statement\n        }\n        vote {\n          choice\n          reason\n        }\n      }\n    }\n    decision {\n      id\n      amount\n      used\n      approvedAt\n      checks {\n        phase\n        passed\n        amount\n        checkedAt\n        result\n        onDate\n        cashHeadroom\n        rules {\n          kind\n          citation\n          version\n          limit\n          current\n          headroom\n          ok\n        }\n      }\n      rounds {\n        roundId\n        date\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DealFields on Deal {\n    id\n    title\n    step\n    fundId\n    fundName\n    startupId\n    startupName\n    instrument\n    amountAsked\n    preMoney\n    updatedAt\n    allowedMoves\n    history {\n      from\n      to\n      reason\n      actorEmail\n      actorName\n      at\n    }\n    dueDiligence {\n      id\n      area\n      status\n      finding\n      updatedBy\n      updatedAt\n    }\n    documents {\n      id\n      kind\n      area\n      fileName\n      mediaType\n      size\n      sha256\n      uploadedBy\n      uploadedAt\n    }\n    meeting {\n      id\n      heldOn\n      quorum\n      outcome\n      approvedAmount\n      minutes\n      decidedAt\n      members {\n        id\n        name\n        present\n        declaration {\n          conflicted\n          statement\n        }\n        vote {\n          choice\n          reason\n        }\n      }\n    }\n    decision {\n      id\n      amount\n      used\n      approvedAt\n      checks {\n        phase\n        passed\n        amount\n        checkedAt\n        result\n        onDate\n        cashHeadroom\n        rules {\n          kind\n          citation\n          version\n          limit\n          current\n          headroom\n          ok\n        }\n      }\n      rounds {\n        roundId\n        date\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deals($fundId: ID, $startupId: ID, $step: DealStep) {\n    deals(fundId: $fundId, startupId: $startupId, step: $step) {\n      ...DealCardFields\n    }\n  }\n"): (typeof documents)["\n  query Deals($fundId: ID, $startupId: ID, $step: DealStep) {\n    deals(fundId: $fundId, startupId: $startupId, step: $step) {\n      ...DealCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      ...DealFields\n    }\n  }\n"): (typeof documents)["\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      ...DealFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) {\n      ...DealFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) {\n      ...DealFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveDeal($id: ID!, $to: DealStep!, $reason: String) {\n    moveDeal(id: $id, to: $to, reason: $reason) {\n      ...DealFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveDeal($id: ID!, $to: DealStep!, $reason: String) {\n    moveDeal(id: $id, to: $to, reason: $reason) {\n      ...DealFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDueDiligenceItem($id: ID!, $status: DueDiligenceStatus!, $finding: String) {\n    updateDueDiligenceItem(id: $id, status: $status, finding: $finding) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDueDiligenceItem($id: ID!, $status: DueDiligenceStatus!, $finding: String) {\n    updateDueDiligenceItem(id: $id, status: $status, finding: $finding) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCommitteeMeeting($input: OpenCommitteeMeetingInput!) {\n    openCommitteeMeeting(input: $input) {\n      ...DealFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCommitteeMeeting($input: OpenCommitteeMeetingInput!) {\n    openCommitteeMeeting(input: $input) {\n      ...DealFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareCommitteeConflict($memberId: ID!, $conflicted: Boolean!, $statement: String) {\n    declareCommitteeConflict(memberId: $memberId, conflicted: $conflicted, statement: $statement) {\n      ...DealFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareCommitteeConflict($memberId: ID!, $conflicted: Boolean!, $statement: String) {\n    declareCommitteeConflict(memberId: $memberId, conflicted: $conflicted, statement: $statement) {\n      ...DealFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($memberId: ID!, $choice: VoteChoice!, $reason: String!) {\n    castVote(memberId: $memberId, choice: $choice, reason: $reason) {\n      ...DealFields\n    }\n  }\n"): (typeof documents)["\n  mutation CastVote($memberId: ID!, $choice: VoteChoice!, $reason: String!) {\n    castVote(memberId: $memberId, choice: $choice, reason: $reason) {\n      ...DealFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideDeal($dealId: ID!, $minutes: String!, $approvedAmount: VND) {\n    decideDeal(dealId: $dealId, minutes: $minutes, approvedAmount: $approvedAmount) {\n      ...DealFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideDeal($dealId: ID!, $minutes: String!, $approvedAmount: VND) {\n    decideDeal(dealId: $dealId, minutes: $minutes, approvedAmount: $approvedAmount) {\n      ...DealFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DueDiligenceAreas($fundId: ID!) {\n    dueDiligenceAreas(fundId: $fundId)\n  }\n"): (typeof documents)["\n  query DueDiligenceAreas($fundId: ID!) {\n    dueDiligenceAreas(fundId: $fundId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDueDiligenceAreas($fundId: ID!, $areas: [String!]!) {\n    setDueDiligenceAreas(fundId: $fundId, areas: $areas)\n  }\n"): (typeof documents)["\n  mutation SetDueDiligenceAreas($fundId: ID!, $areas: [String!]!) {\n    setDueDiligenceAreas(fundId: $fundId, areas: $areas)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundLaw($id: ID!, $day: Date) {\n    fund(id: $id) {\n      id\n      name\n      vehicle {\n        kind\n        legalBasis\n        cycleStart\n        termYears\n        reviewAfterYears\n      }\n      rules(asOf: $day) {\n        id\n        kind\n        limit\n        minimum\n        unit\n        scope\n        citation\n        effectiveFrom\n        effectiveTo\n        version\n      }\n      ruleHistory {\n        id\n        kind\n        limit\n        minimum\n        unit\n        scope\n        citation\n        effectiveFrom\n        effectiveTo\n        version\n        reason\n        ended\n        createdAt\n      }\n      ruleChecks(onDate: $day) {\n        kind\n        citation\n        ruleId\n        version\n        limit\n        minimum\n        current\n        headroom\n        ok\n      }\n      lossThreshold(asOf: $day) {\n        cycleStart\n        asOf\n        losses\n        realized\n        unrealized\n        threshold\n        usedBp\n        level\n        limitBp\n        citation\n      }\n      capitalCalls {\n        id\n        callDate\n        dueDate\n        percentBp\n        amount\n        paid\n        lines {\n          id\n          commitmentId\n          memberName\n          amount\n          paid\n          overdue\n        }\n      }\n      overdueCallLines {\n        id\n        callId\n        commitmentId\n        memberName\n        amount\n        paid\n        dueDate\n      }\n      members {\n        id\n        name\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundLaw($id: ID!, $day: Date) {\n    fund(id: $id) {\n      id\n      name\n      vehicle {\n        kind\n        legalBasis\n        cycleStart\n        termYears\n        reviewAfterYears\n      }\n      rules(asOf: $day) {\n        id\n        kind\n        limit\n        minimum\n        unit\n        scope\n        citation\n        effectiveFrom\n        effectiveTo\n        version\n      }\n      ruleHistory {\n        id\n        kind\n        limit\n        minimum\n        unit\n        scope\n        citation\n        effectiveFrom\n        effectiveTo\n        version\n        reason\n        ended\n        createdAt\n      }\n      ruleChecks(onDate: $day) {\n        kind\n        citation\n        ruleId\n        version\n        limit\n        minimum\n        current\n        headroom\n        ok\n      }\n      lossThreshold(asOf: $day) {\n        cycleStart\n        asOf\n        losses\n        realized\n        unrealized\n        threshold\n        usedBp\n        level\n        limitBp\n        citation\n      }\n      capitalCalls {\n        id\n        callDate\n        dueDate\n        percentBp\n        amount\n        paid\n        lines {\n          id\n          commitmentId\n          memberName\n          amount\n          paid\n          overdue\n        }\n      }\n      overdueCallLines {\n        id\n        callId\n        commitmentId\n        memberName\n        amount\n        paid\n        dueDate\n      }\n      members {\n        id\n        name\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundLoss {\n    funds {\n      id\n      name\n      lossThreshold {\n        cycleStart\n        losses\n        threshold\n        usedBp\n        level\n        limitBp\n        citation\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundLoss {\n    funds {\n      id\n      name\n      lossThreshold {\n        cycleStart\n        losses\n        threshold\n        usedBp\n        level\n        limitBp\n        citation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFundRuleVersion($input: AddFundRuleVersionInput!) {\n    addFundRuleVersion(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddFundRuleVersion($input: AddFundRuleVersionInput!) {\n    addFundRuleVersion(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndFundRule($input: EndFundRuleInput!) {\n    endFundRule(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation EndFundRule($input: EndFundRuleInput!) {\n    endFundRule(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyFundRuleSet($input: ApplyFundRuleSetInput!) {\n    applyFundRuleSet(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyFundRuleSet($input: ApplyFundRuleSetInput!) {\n    applyFundRuleSet(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFundVehicle($input: SetFundVehicleInput!) {\n    setFundVehicle(input: $input) {\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation SetFundVehicle($input: SetFundVehicleInput!) {\n    setFundVehicle(input: $input) {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCapitalCall($input: CreateCapitalCallInput!) {\n    createCapitalCall(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCapitalCall($input: CreateCapitalCallInput!) {\n    createCapitalCall(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementPdf($fundId: ID!, $memberId: ID!, $from: Date!, $to: Date!, $lang: Language) {\n    fundMemberStatementPdf(fundId: $fundId, memberId: $memberId, from: $from, to: $to, lang: $lang)\n  }\n"): (typeof documents)["\n  query StatementPdf($fundId: ID!, $memberId: ID!, $from: Date!, $to: Date!, $lang: Language) {\n    fundMemberStatementPdf(fundId: $fundId, memberId: $memberId, from: $from, to: $to, lang: $lang)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementCsv($fundId: ID!, $memberId: ID!, $from: Date!, $to: Date!, $lang: Language) {\n    fundMemberStatementCsv(fundId: $fundId, memberId: $memberId, from: $from, to: $to, lang: $lang)\n  }\n"): (typeof documents)["\n  query StatementCsv($fundId: ID!, $memberId: ID!, $from: Date!, $to: Date!, $lang: Language) {\n    fundMemberStatementCsv(fundId: $fundId, memberId: $memberId, from: $from, to: $to, lang: $lang)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallNoticePdf($fundId: ID!, $callId: ID!, $commitmentId: ID!, $lang: Language) {\n    capitalCallNoticePdf(fundId: $fundId, callId: $callId, commitmentId: $commitmentId, lang: $lang)\n  }\n"): (typeof documents)["\n  query CallNoticePdf($fundId: ID!, $callId: ID!, $commitmentId: ID!, $lang: Language) {\n    capitalCallNoticePdf(fundId: $fundId, callId: $callId, commitmentId: $commitmentId, lang: $lang)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualReportPdf($fundId: ID!, $year: Int!, $lang: Language) {\n    fundAnnualReportPdf(fundId: $fundId, year: $year, lang: $lang)\n  }\n"): (typeof documents)["\n  query AnnualReportPdf($fundId: ID!, $year: Int!, $lang: Language) {\n    fundAnnualReportPdf(fundId: $fundId, year: $year, lang: $lang)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FundFiguresFields on Fund {\n    id\n    name\n    charterCapBp\n    stakeCapBp\n    charterCapital\n    stateCommitted\n    privateCommitted\n    stateShareBp\n    paidIn\n    invested\n    available\n    charterHeadroom\n    privateWithdrawalHeadroom\n    cashHeadroom\n    performance {\n      asOf\n      paidIn\n      invested\n      realized\n      unrealized\n      uninvestedCash\n      nav\n      distributions\n      moicBp\n      tvpiBp\n      dpiBp\n      rvpiBp\n      moicBpExact\n      tvpiBpExact\n      dpiBpExact\n      rvpiBpExact\n      grossIrrBp\n      netIrrBp\n    }\n  }\n"): (typeof documents)["\n  fragment FundFiguresFields on Fund {\n    id\n    name\n    charterCapBp\n    stakeCapBp\n    charterCapital\n    stateCommitted\n    privateCommitted\n    stateShareBp\n    paidIn\n    invested\n    available\n    charterHeadroom\n    privateWithdrawalHeadroom\n    cashHeadroom\n    performance {\n      asOf\n      paidIn\n      invested\n      realized\n      unrealized\n      uninvestedCash\n      nav\n      distributions\n      moicBp\n      tvpiBp\n      dpiBp\n      rvpiBp\n      moicBpExact\n      tvpiBpExact\n      dpiBpExact\n      rvpiBpExact\n      grossIrrBp\n      netIrrBp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FundingRoundFields on FundingRound {\n    id\n    startupId\n    startupName\n    date\n    instrument\n    preMoney\n    raised\n    postMoney\n    participations {\n      id\n      kind\n      fundId\n      holderName\n      amount\n      roundStakeBp\n    }\n  }\n"): (typeof documents)["\n  fragment FundingRoundFields on FundingRound {\n    id\n    startupId\n    startupName\n    date\n    instrument\n    preMoney\n    raised\n    postMoney\n    participations {\n      id\n      kind\n      fundId\n      holderName\n      amount\n      roundStakeBp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Funds {\n    funds {\n      ...FundFiguresFields\n    }\n  }\n"): (typeof documents)["\n  query Funds {\n    funds {\n      ...FundFiguresFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundLedger($id: ID!) {\n    fund(id: $id) {\n      ...FundFiguresFields\n      members {\n        id\n        name\n        type\n        committed\n        paidIn\n      }\n      commitments {\n        id\n        memberId\n        memberName\n        memberType\n        amount\n        paidIn\n        outstanding\n        createdAt\n        changes {\n          id\n          amountBefore\n          amountAfter\n          reason\n          at\n        }\n      }\n      payments {\n        id\n        commitmentId\n        memberName\n        memberType\n        amount\n        date\n      }\n      rounds {\n        ...FundingRoundFields\n      }\n      holdings {\n        startupId\n        startupName\n        invested\n        stakeBp\n        stakeCapBp\n        status\n        unrealizedValue\n        realizedValue\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundLedger($id: ID!) {\n    fund(id: $id) {\n      ...FundFiguresFields\n      members {\n        id\n        name\n        type\n        committed\n        paidIn\n      }\n      commitments {\n        id\n        memberId\n        memberName\n        memberType\n        amount\n        paidIn\n        outstanding\n        createdAt\n        changes {\n          id\n          amountBefore\n          amountAfter\n          reason\n          at\n        }\n      }\n      payments {\n        id\n        commitmentId\n        memberName\n        memberType\n        amount\n        date\n      }\n      rounds {\n        ...FundingRoundFields\n      }\n      holdings {\n        startupId\n        startupName\n        invested\n        stakeBp\n        stakeCapBp\n        status\n        unrealizedValue\n        realizedValue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapTable($startupId: ID!) {\n    capTable(startupId: $startupId) {\n      startupId\n      startupName\n      lastPostMoney\n      rounds {\n        ...FundingRoundFields\n      }\n      entries {\n        holderName\n        kind\n        fundId\n        stakeBp\n        stakeNumerator\n        stakeDenominator\n        invested\n        capBp\n        headroomBp\n      }\n    }\n  }\n"): (typeof documents)["\n  query CapTable($startupId: ID!) {\n    capTable(startupId: $startupId) {\n      startupId\n      startupName\n      lastPostMoney\n      rounds {\n        ...FundingRoundFields\n      }\n      entries {\n        holderName\n        kind\n        fundId\n        stakeBp\n        stakeNumerator\n        stakeDenominator\n        invested\n        capBp\n        headroomBp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundCsv($fundId: ID!, $table: FundCsvTable!, $lang: Language) {\n    fundCsv(fundId: $fundId, table: $table, lang: $lang)\n  }\n"): (typeof documents)["\n  query FundCsv($fundId: ID!, $table: FundCsvTable!, $lang: Language) {\n    fundCsv(fundId: $fundId, table: $table, lang: $lang)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundStartupOptions {\n    startups(first: 100) {\n      edges {\n        node {\n          id\n          name\n          stage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundStartupOptions {\n    startups(first: 100) {\n      edges {\n        node {\n          id\n          name\n          stage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitCapital($input: CommitCapitalInput!) {\n    commitCapital(input: $input) {\n      id\n      amount\n    }\n  }\n"): (typeof documents)["\n  mutation CommitCapital($input: CommitCapitalInput!) {\n    commitCapital(input: $input) {\n      id\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCommitment($commitmentId: ID!, $amount: VND!, $reason: String) {\n    changeCommitment(commitmentId: $commitmentId, amount: $amount, reason: $reason) {\n      id\n      amount\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCommitment($commitmentId: ID!, $amount: VND!, $reason: String) {\n    changeCommitment(commitmentId: $commitmentId, amount: $amount, reason: $reason) {\n      id\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayInCapital($input: PayInCapitalInput!) {\n    payInCapital(input: $input) {\n      id\n      amount\n    }\n  }\n"): (typeof documents)["\n  mutation PayInCapital($input: PayInCapitalInput!) {\n    payInCapital(input: $input) {\n      id\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFundingRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFundingRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFund($input: CreateFundInput!) {\n    createFund(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFund($input: CreateFundInput!) {\n    createFund(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordValuation($input: RecordValuationInput!) {\n    recordValuation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordValuation($input: RecordValuationInput!) {\n    recordValuation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      startupName\n      expired\n      accepted\n      existingAccount\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      startupName\n      expired\n      accepted\n      existingAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartupInvitations($startupId: ID!) {\n    invitations(startupId: $startupId) {\n      id\n      email\n      token\n      createdAt\n      expiresAt\n      acceptedAt\n    }\n  }\n"): (typeof documents)["\n  query StartupInvitations($startupId: ID!) {\n    invitations(startupId: $startupId) {\n      id\n      email\n      token\n      createdAt\n      expiresAt\n      acceptedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteFounder($startupId: ID!, $email: String!) {\n    inviteFounder(startupId: $startupId, email: $email) {\n      id\n      email\n      token\n      createdAt\n      expiresAt\n      acceptedAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteFounder($startupId: ID!, $email: String!) {\n    inviteFounder(startupId: $startupId, email: $email) {\n      id\n      email\n      token\n      createdAt\n      expiresAt\n      acceptedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiDashboard($from: Date, $to: Date) {\n    kpiDashboard(from: $from, to: $to) {\n      from\n      to\n      asOf\n      startupsIncubated {\n        actual\n        target\n        planToDate\n        percentBp\n        percentBpExact\n        onPlan\n      }\n      capitalMobilized {\n        actual\n        target\n        planToDate\n        percentBp\n        percentBpExact\n        onPlan\n      }\n      capitalBySource {\n        source\n        amount\n      }\n      privateCommittedToFund\n      byYear {\n        year\n        startupsIncubated\n        startupsPlan\n        startupsCumulative\n        startupsPlanCumulative\n        capitalMobilized\n        capitalPlan\n        capitalCumulative\n        capitalPlanCumulative\n      }\n      funnel {\n        stage\n        count\n      }\n      bySector {\n        sector\n        nameVi\n        nameEn\n        startups\n        incubated\n        capital\n      }\n      byCohort {\n        cohortId\n        name\n        startups\n        incubated\n        milestonesVerified\n        milestonesTotal\n        capital\n      }\n      milestones {\n        verified\n        total\n        completionBp\n      }\n      fundCompliance {\n        fundId\n        name\n        charterCapital\n        stateCommitted\n        privateCommitted\n        stateShareBp\n        charterCapBp\n        paidIn\n        invested\n        available\n        stakeCapBp\n        holdings\n        holdingsNearCap\n        holdingsOverCap\n        stakes {\n          startupId\n          startupName\n          stakeBp\n          capBp\n          invested\n        }\n      }\n      targets {\n        metric\n        total\n        yearly {\n          year\n          amount\n        }\n        updatedAt\n      }\n      projections {\n        startupsIncubated {\n          actualToDate\n          target\n          projectedTotal\n          metInYear\n          shortfall\n        }\n        capitalMobilized {\n          actualToDate\n          target\n          projectedTotal\n          metInYear\n          shortfall\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KpiDashboard($from: Date, $to: Date) {\n    kpiDashboard(from: $from, to: $to) {\n      from\n      to\n      asOf\n      startupsIncubated {\n        actual\n        target\n        planToDate\n        percentBp\n        percentBpExact\n        onPlan\n      }\n      capitalMobilized {\n        actual\n        target\n        planToDate\n        percentBp\n        percentBpExact\n        onPlan\n      }\n      capitalBySource {\n        source\n        amount\n      }\n      privateCommittedToFund\n      byYear {\n        year\n        startupsIncubated\n        startupsPlan\n        startupsCumulative\n        startupsPlanCumulative\n        capitalMobilized\n        capitalPlan\n        capitalCumulative\n        capitalPlanCumulative\n      }\n      funnel {\n        stage\n        count\n      }\n      bySector {\n        sector\n        nameVi\n        nameEn\n        startups\n        incubated\n        capital\n      }\n      byCohort {\n        cohortId\n        name\n        startups\n        incubated\n        milestonesVerified\n        milestonesTotal\n        capital\n      }\n      milestones {\n        verified\n        total\n        completionBp\n      }\n      fundCompliance {\n        fundId\n        name\n        charterCapital\n        stateCommitted\n        privateCommitted\n        stateShareBp\n        charterCapBp\n        paidIn\n        invested\n        available\n        stakeCapBp\n        holdings\n        holdingsNearCap\n        holdingsOverCap\n        stakes {\n          startupId\n          startupName\n          stakeBp\n          capBp\n          invested\n        }\n      }\n      targets {\n        metric\n        total\n        yearly {\n          year\n          amount\n        }\n        updatedAt\n      }\n      projections {\n        startupsIncubated {\n          actualToDate\n          target\n          projectedTotal\n          metInYear\n          shortfall\n        }\n        capitalMobilized {\n          actualToDate\n          target\n          projectedTotal\n          metInYear\n          shortfall\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicKpiSummary {\n    publicKpiSummary {\n      from\n      to\n      asOf\n      startupsIncubated {\n        actual\n        target\n        percentBp\n        percentBpExact\n      }\n      capitalMobilized {\n        actual\n        target\n        percentBp\n        percentBpExact\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicKpiSummary {\n    publicKpiSummary {\n      from\n      to\n      asOf\n      startupsIncubated {\n        actual\n        target\n        percentBp\n        percentBpExact\n      }\n      capitalMobilized {\n        actual\n        target\n        percentBp\n        percentBpExact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKpiTarget($metric: KpiMetric!, $yearly: [String!]!) {\n    updateKpiTarget(metric: $metric, yearly: $yearly) {\n      metric\n      total\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateKpiTarget($metric: KpiMetric!, $yearly: [String!]!) {\n    updateKpiTarget(metric: $metric, yearly: $yearly) {\n      metric\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiCsv($from: Date, $to: Date, $lang: Language) {\n    kpiCsv(from: $from, to: $to, lang: $lang)\n  }\n"): (typeof documents)["\n  query KpiCsv($from: Date, $to: Date, $lang: Language) {\n    kpiCsv(from: $from, to: $to, lang: $lang)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorFields on Mentor {\n    id\n    email\n    displayName\n    background\n    organization\n    sectors\n    expertise\n    languages\n    bio\n    availability\n    maxActiveStartups\n    activeStartups\n    hasAccount\n  }\n"): (typeof documents)["\n  fragment MentorFields on Mentor {\n    id\n    email\n    displayName\n    background\n    organization\n    sectors\n    expertise\n    languages\n    bio\n    availability\n    maxActiveStartups\n    activeStartups\n    hasAccount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlotFields on OfficeHourSlot {\n    id\n    startsAt\n    endsAt\n    startsAtHanoi\n    location\n    booked\n    mentor {\n      id\n      displayName\n      background\n      organization\n    }\n  }\n"): (typeof documents)["\n  fragment SlotFields on OfficeHourSlot {\n    id\n    startsAt\n    endsAt\n    startsAtHanoi\n    location\n    booked\n    mentor {\n      id\n      displayName\n      background\n      organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingFields on OfficeHourBooking {\n    id\n    startupId\n    startupName\n    topic\n    bookedAt\n    cancelledAt\n    notes\n    notesShared\n    rating\n    ratingComment\n    ics\n    slot {\n      ...SlotFields\n    }\n  }\n"): (typeof documents)["\n  fragment BookingFields on OfficeHourBooking {\n    id\n    startupId\n    startupName\n    topic\n    bookedAt\n    cancelledAt\n    notes\n    notesShared\n    rating\n    ratingComment\n    ics\n    slot {\n      ...SlotFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mentors($background: MentorBackground, $sector: String, $need: MentorNeed) {\n    mentors(background: $background, sector: $sector, need: $need) {\n      ...MentorFields\n    }\n  }\n"): (typeof documents)["\n  query Mentors($background: MentorBackground, $sector: String, $need: MentorNeed) {\n    mentors(background: $background, sector: $sector, need: $need) {\n      ...MentorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mentor($id: ID!) {\n    mentor(id: $id) {\n      ...MentorFields\n    }\n    mentorAssignments(mentorId: $id) {\n      id\n      startupId\n      startupName\n      startedAt\n      endedAt\n    }\n  }\n"): (typeof documents)["\n  query Mentor($id: ID!) {\n    mentor(id: $id) {\n      ...MentorFields\n    }\n    mentorAssignments(mentorId: $id) {\n      id\n      startupId\n      startupName\n      startedAt\n      endedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorMatches($startupId: ID!) {\n    startup(id: $startupId) {\n      id\n      name\n    }\n    mentorMatches(startupId: $startupId) {\n      score\n      available\n      reasons {\n        kind\n        sector\n        need\n        active\n        cap\n      }\n      mentor {\n        ...MentorFields\n      }\n    }\n    startupNeeds(startupId: $startupId) {\n      needs\n      note\n    }\n    mentorAssignments(startupId: $startupId, activeOnly: true) {\n      id\n      mentor {\n        id\n        displayName\n      }\n      startedAt\n      history {\n        kind\n        at\n        actorName\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentorMatches($startupId: ID!) {\n    startup(id: $startupId) {\n      id\n      name\n    }\n    mentorMatches(startupId: $startupId) {\n      score\n      available\n      reasons {\n        kind\n        sector\n        need\n        active\n        cap\n      }\n      mentor {\n        ...MentorFields\n      }\n    }\n    startupNeeds(startupId: $startupId) {\n      needs\n      note\n    }\n    mentorAssignments(startupId: $startupId, activeOnly: true) {\n      id\n      mentor {\n        id\n        displayName\n      }\n      startedAt\n      history {\n        kind\n        at\n        actorName\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignMentor($startupId: ID!, $mentorId: ID!, $reason: String) {\n    assignMentor(startupId: $startupId, mentorId: $mentorId, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignMentor($startupId: ID!, $mentorId: ID!, $reason: String) {\n    assignMentor(startupId: $startupId, mentorId: $mentorId, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorHome {\n    myMentorProfile {\n      ...MentorFields\n    }\n    mentoredStartups {\n      id\n      name\n      sector\n      stage\n      needs\n      needsNote\n      founders\n      metricReports {\n        period\n        customers\n        employees\n      }\n    }\n    officeHours {\n      ...SlotFields\n    }\n    officeHourBookings {\n      ...BookingFields\n    }\n    calendarFeedUrl\n  }\n"): (typeof documents)["\n  query MentorHome {\n    myMentorProfile {\n      ...MentorFields\n    }\n    mentoredStartups {\n      id\n      name\n      sector\n      stage\n      needs\n      needsNote\n      founders\n      metricReports {\n        period\n        customers\n        employees\n      }\n    }\n    officeHours {\n      ...SlotFields\n    }\n    officeHourBookings {\n      ...BookingFields\n    }\n    calendarFeedUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishOfficeHour($input: PublishOfficeHourInput!) {\n    publishOfficeHour(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PublishOfficeHour($input: PublishOfficeHourInput!) {\n    publishOfficeHour(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteSessionNotes($input: SessionNotesInput!) {\n    writeSessionNotes(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WriteSessionNotes($input: SessionNotesInput!) {\n    writeSessionNotes(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FounderMentoring {\n    myStartups {\n      id\n      name\n    }\n    myMentors {\n      ...MentorFields\n    }\n    officeHours {\n      ...SlotFields\n    }\n    officeHourBookings {\n      ...BookingFields\n    }\n    calendarFeedUrl\n  }\n"): (typeof documents)["\n  query FounderMentoring {\n    myStartups {\n      id\n      name\n    }\n    myMentors {\n      ...MentorFields\n    }\n    officeHours {\n      ...SlotFields\n    }\n    officeHourBookings {\n      ...BookingFields\n    }\n    calendarFeedUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookOfficeHour($input: BookOfficeHourInput!) {\n    bookOfficeHour(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BookOfficeHour($input: BookOfficeHourInput!) {\n    bookOfficeHour(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOfficeHourBooking($bookingId: ID!) {\n    cancelOfficeHourBooking(bookingId: $bookingId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOfficeHourBooking($bookingId: ID!) {\n    cancelOfficeHourBooking(bookingId: $bookingId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateSession($input: RateSessionInput!) {\n    rateSession(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RateSession($input: RateSessionInput!) {\n    rateSession(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions {\n    officeHourBookings {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  query Sessions {\n    officeHourBookings {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentoringBoard {\n    mentoringBoard {\n      hoursByStartup {\n        key\n        label\n        sessions\n        hours\n      }\n      hoursByStage {\n        key\n        label\n        sessions\n        hours\n      }\n      hoursBySector {\n        key\n        label\n        sessions\n        hours\n      }\n      activeMentorsByBackground {\n        background\n        active\n      }\n      sessionsHeld\n      sessionsRated\n      averageRating\n    }\n  }\n"): (typeof documents)["\n  query MentoringBoard {\n    mentoringBoard {\n      hoursByStartup {\n        key\n        label\n        sessions\n        hours\n      }\n      hoursByStage {\n        key\n        label\n        sessions\n        hours\n      }\n      hoursBySector {\n        key\n        label\n        sessions\n        hours\n      }\n      activeMentorsByBackground {\n        background\n        active\n      }\n      sessionsHeld\n      sessionsRated\n      averageRating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMentor($input: MentorProfileInput!) {\n    inviteMentor(input: $input) {\n      ...MentorFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMentor($input: MentorProfileInput!) {\n    inviteMentor(input: $input) {\n      ...MentorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMentorProfile($id: ID!, $input: MentorProfileInput!) {\n    updateMentorProfile(id: $id, input: $input) {\n      ...MentorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMentorProfile($id: ID!, $input: MentorProfileInput!) {\n    updateMentorProfile(id: $id, input: $input) {\n      ...MentorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMentorAssignment($id: ID!, $reason: String) {\n    endMentorAssignment(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EndMentorAssignment($id: ID!, $reason: String) {\n    endMentorAssignment(id: $id, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartupNeeds($startupId: ID!) {\n    startupNeeds(startupId: $startupId) {\n      startupId\n      needs\n      note\n      shareMetricsWithMentors\n    }\n  }\n"): (typeof documents)["\n  query StartupNeeds($startupId: ID!) {\n    startupNeeds(startupId: $startupId) {\n      startupId\n      needs\n      note\n      shareMetricsWithMentors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStartupNeeds($startupId: ID!, $input: StartupNeedsInput!) {\n    setStartupNeeds(startupId: $startupId, input: $input) {\n      startupId\n      needs\n      note\n      shareMetricsWithMentors\n    }\n  }\n"): (typeof documents)["\n  mutation SetStartupNeeds($startupId: ID!, $input: StartupNeedsInput!) {\n    setStartupNeeds(startupId: $startupId, input: $input) {\n      startupId\n      needs\n      note\n      shareMetricsWithMentors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawOfficeHour($slotId: ID!) {\n    withdrawOfficeHour(slotId: $slotId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawOfficeHour($slotId: ID!) {\n    withdrawOfficeHour(slotId: $slotId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          body\n          link\n          at\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          body\n          link\n          at\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mailbox($first: Int) {\n    mailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      locale\n      kind\n      transport\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  query Mailbox($first: Int) {\n    mailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      locale\n      kind\n      transport\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobQueue {\n    jobQueue {\n      id\n      queue\n      kind\n      to\n      createdAt\n      attempts\n      lastError\n      state\n    }\n  }\n"): (typeof documents)["\n  query JobQueue {\n    jobQueue {\n      id\n      queue\n      kind\n      to\n      createdAt\n      attempts\n      lastError\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id)\n  }\n"): (typeof documents)["\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueReports {\n    overdueReports {\n      startup {\n        id\n        name\n      }\n      period\n      dueDate\n      daysOverdue\n    }\n  }\n"): (typeof documents)["\n  query OverdueReports {\n    overdueReports {\n      startup {\n        id\n        name\n      }\n      period\n      dueDate\n      daysOverdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      locale\n      emailOff\n      dailyDigest\n      kinds\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      locale\n      emailOff\n      dailyDigest\n      kinds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      locale\n      emailOff\n      dailyDigest\n      kinds\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      locale\n      emailOff\n      dailyDigest\n      kinds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueMilestones {\n    overdueMilestones {\n      milestoneId\n      startup {\n        id\n        name\n      }\n      title\n      status\n      dueDate\n      daysOverdue\n    }\n  }\n"): (typeof documents)["\n  query OverdueMilestones {\n    overdueMilestones {\n      milestoneId\n      startup {\n        id\n        name\n      }\n      title\n      status\n      dueDate\n      daysOverdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {\n    updateMilestone(id: $id, input: $input) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {\n    updateMilestone(id: $id, input: $input) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyMilestone($id: ID!) {\n    verifyMilestone(id: $id) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyMilestone($id: ID!) {\n    verifyMilestone(id: $id) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      ...ChecklistItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMetricReport($input: SubmitMetricReportInput!) {\n    submitMetricReport(input: $input) {\n      ...MetricReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMetricReport($input: SubmitMetricReportInput!) {\n    submitMetricReport(input: $input) {\n      ...MetricReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReviews {\n    myReviews {\n      assignmentId\n      applicationId\n      reference\n      phase\n      declaration\n      challengeId\n      challengeTitle\n      proposal\n      teamName\n      members {\n        name\n        background\n      }\n      rubric {\n        id\n        name\n        weight\n        levels {\n          score\n          description\n        }\n      }\n      myScores {\n        criterionId\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReviews {\n    myReviews {\n      assignmentId\n      applicationId\n      reference\n      phase\n      declaration\n      challengeId\n      challengeTitle\n      proposal\n      teamName\n      members {\n        name\n        background\n      }\n      rubric {\n        id\n        name\n        weight\n        levels {\n          score\n          description\n        }\n      }\n      myScores {\n        criterionId\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      assignmentId\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      assignmentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreReview($applicationId: ID!, $scores: [CriterionScoreInput!]!) {\n    scoreApplication(applicationId: $applicationId, scores: $scores) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScoreReview($applicationId: ID!, $scores: [CriterionScoreInput!]!) {\n    scoreApplication(applicationId: $applicationId, scores: $scores) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewRanking($challengeId: ID!, $phase: ReviewPhase!) {\n    reviewRanking(challengeId: $challengeId, phase: $phase) {\n      phase\n      rows {\n        applicationId\n        teamName\n        rawRank\n        rawScore\n        normalizedRank\n        normalizedScore\n        reviewerCount\n        shortlisted\n        winner\n      }\n      reviewers {\n        reviewerId\n        reviewerName\n        count\n        mean\n        spread\n        flagged\n      }\n    }\n    reviewAssignments(challengeId: $challengeId, phase: $phase) {\n      id\n      reviewerName\n      teamName\n      declaration\n      declarationNote\n    }\n  }\n"): (typeof documents)["\n  query ReviewRanking($challengeId: ID!, $phase: ReviewPhase!) {\n    reviewRanking(challengeId: $challengeId, phase: $phase) {\n      phase\n      rows {\n        applicationId\n        teamName\n        rawRank\n        rawScore\n        normalizedRank\n        normalizedScore\n        reviewerCount\n        shortlisted\n        winner\n      }\n      reviewers {\n        reviewerId\n        reviewerName\n        count\n        mean\n        spread\n        flagged\n      }\n    }\n    reviewAssignments(challengeId: $challengeId, phase: $phase) {\n      id\n      reviewerName\n      teamName\n      declaration\n      declarationNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewScoresCsv($challengeId: ID!, $lang: Language) {\n    reviewScoresCsv(challengeId: $challengeId, lang: $lang)\n  }\n"): (typeof documents)["\n  query ReviewScoresCsv($challengeId: ID!, $lang: Language) {\n    reviewScoresCsv(challengeId: $challengeId, lang: $lang)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelectionAdmin($challengeId: ID!) {\n    challenge(id: $challengeId) {\n      id\n      title\n      status\n      decidedAt\n      appealUntil\n      rubric {\n        id\n        name\n        weight\n        levels {\n          score\n          description\n        }\n      }\n    }\n    reviewerCandidates {\n      id\n      displayName\n      role\n    }\n    applications(challengeId: $challengeId) {\n      id\n      teamName\n      shortlisted\n    }\n    appeals(challengeId: $challengeId) {\n      id\n      applicationId\n      text\n      submittedAt\n      answer\n      answeredAt\n    }\n  }\n"): (typeof documents)["\n  query SelectionAdmin($challengeId: ID!) {\n    challenge(id: $challengeId) {\n      id\n      title\n      status\n      decidedAt\n      appealUntil\n      rubric {\n        id\n        name\n        weight\n        levels {\n          score\n          description\n        }\n      }\n    }\n    reviewerCandidates {\n      id\n      displayName\n      role\n    }\n    applications(challengeId: $challengeId) {\n      id\n      teamName\n      shortlisted\n    }\n    appeals(challengeId: $challengeId) {\n      id\n      applicationId\n      text\n      submittedAt\n      answer\n      answeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignReviewers($input: AssignReviewersInput!) {\n    assignReviewers(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignReviewers($input: AssignReviewersInput!) {\n    assignReviewers(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCriterionLevels($criterionId: ID!, $levels: [LevelDescriptorInput!]!) {\n    setCriterionLevels(criterionId: $criterionId, levels: $levels) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetCriterionLevels($criterionId: ID!, $levels: [LevelDescriptorInput!]!) {\n    setCriterionLevels(criterionId: $criterionId, levels: $levels) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationFeedback($applicationId: ID!) {\n    applicationFeedback(applicationId: $applicationId) {\n      criterionId\n      text\n    }\n  }\n"): (typeof documents)["\n  query ApplicationFeedback($applicationId: ID!) {\n    applicationFeedback(applicationId: $applicationId) {\n      criterionId\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetApplicationFeedback($input: CriterionFeedbackInput!) {\n    setApplicationFeedback(input: $input) {\n      criterionId\n    }\n  }\n"): (typeof documents)["\n  mutation SetApplicationFeedback($input: CriterionFeedbackInput!) {\n    setApplicationFeedback(input: $input) {\n      criterionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortlistForDemo($challengeId: ID!, $applicationIds: [ID!]!) {\n    shortlistForDemo(challengeId: $challengeId, applicationIds: $applicationIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ShortlistForDemo($challengeId: ID!, $applicationIds: [ID!]!) {\n    shortlistForDemo(challengeId: $challengeId, applicationIds: $applicationIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclarePhaseWinners($input: PhaseWinnersInput!) {\n    declarePhaseWinners(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeclarePhaseWinners($input: PhaseWinnersInput!) {\n    declarePhaseWinners(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendDecisions($input: SendDecisionsInput!) {\n    sendDecisions(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendDecisions($input: SendDecisionsInput!) {\n    sendDecisions(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerAppeal($appealId: ID!, $answer: String!) {\n    answerAppeal(appealId: $appealId, answer: $answer) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerAppeal($appealId: ID!, $answer: String!) {\n    answerAppeal(appealId: $appealId, answer: $answer) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppealDecision($input: AppealInput!) {\n    appealDecision(input: $input) {\n      id\n      appealUntil\n    }\n  }\n"): (typeof documents)["\n  mutation AppealDecision($input: AppealInput!) {\n    appealDecision(input: $input) {\n      id\n      appealUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectorFields on Sector {\n    code\n    nameVi\n    nameEn\n  }\n"): (typeof documents)["\n  fragment SectorFields on Sector {\n    code\n    nameVi\n    nameEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sectors {\n    sectors {\n      ...SectorFields\n    }\n  }\n"): (typeof documents)["\n  query Sectors {\n    sectors {\n      ...SectorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSector($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      ...SectorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSector($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      ...SectorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameSector($code: String!, $input: RenameSectorInput!) {\n    renameSector(code: $code, input: $input) {\n      ...SectorFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameSector($code: String!, $input: RenameSectorInput!) {\n    renameSector(code: $code, input: $input) {\n      ...SectorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeSector($code: String!, $into: String!) {\n    mergeSector(code: $code, into: $into) {\n      ...SectorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeSector($code: String!, $into: String!) {\n    mergeSector(code: $code, into: $into) {\n      ...SectorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StartupRowFields on Startup {\n    id\n    name\n    sector\n    stage\n    createdAt\n    cohort {\n      id\n      name\n    }\n    founders {\n      id\n      displayName\n    }\n    latestStageMove {\n      id\n      from\n      to\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment StartupRowFields on Startup {\n    id\n    name\n    sector\n    stage\n    createdAt\n    cohort {\n      id\n      name\n    }\n    founders {\n      id\n      displayName\n    }\n    latestStageMove {\n      id\n      from\n      to\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Startups(\n    $stage: Stage\n    $cohortId: ID\n    $sector: String\n    $search: String\n    $sort: StartupSort\n    $first: Int\n    $after: String\n  ) {\n    startups(\n      stage: $stage\n      cohortId: $cohortId\n      sector: $sector\n      search: $search\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StartupRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Startups(\n    $stage: Stage\n    $cohortId: ID\n    $sector: String\n    $search: String\n    $sort: StartupSort\n    $first: Int\n    $after: String\n  ) {\n    startups(\n      stage: $stage\n      cohortId: $cohortId\n      sector: $sector\n      search: $search\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StartupRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartupFilters {\n    startupSectors\n    cohorts {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query StartupFilters {\n    startupSectors\n    cohorts {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StageCounts($cohortId: ID, $sector: String, $search: String) {\n    startupStageCounts(cohortId: $cohortId, sector: $sector, search: $search) {\n      stage\n      count\n    }\n  }\n"): (typeof documents)["\n  query StageCounts($cohortId: ID, $sector: String, $search: String) {\n    startupStageCounts(cohortId: $cohortId, sector: $sector, search: $search) {\n      stage\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StageMoveFields on StageMove {\n    id\n    from\n    to\n    at\n    reason\n    by {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment StageMoveFields on StageMove {\n    id\n    from\n    to\n    at\n    reason\n    by {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MilestoneFields on Milestone {\n    id\n    kind\n    title\n    dueDate\n    status\n    evidenceUrl\n    evidenceText\n    pilot {\n      partner\n      scope\n      startDate\n      endDate\n    }\n    verifiedAt\n    verifiedBy {\n      id\n      displayName\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment MilestoneFields on Milestone {\n    id\n    kind\n    title\n    dueDate\n    status\n    evidenceUrl\n    evidenceText\n    pilot {\n      partner\n      scope\n      startDate\n      endDate\n    }\n    verifiedAt\n    verifiedBy {\n      id\n      displayName\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistItemFields on ChecklistItem {\n    kind\n    done\n    doneDate\n    evidence\n    enterpriseCode\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ChecklistItemFields on ChecklistItem {\n    kind\n    done\n    doneDate\n    evidence\n    enterpriseCode\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetricReportFields on MetricReport {\n    id\n    period\n    revenue\n    customers\n    employees\n    submittedAt\n  }\n"): (typeof documents)["\n  fragment MetricReportFields on MetricReport {\n    id\n    period\n    revenue\n    customers\n    employees\n    submittedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StartupDetailFields on Startup {\n    id\n    name\n    sector\n    stage\n    description\n    createdAt\n    enterpriseCode\n    nextStage\n    nextGate {\n      kind\n      message\n      met\n    }\n    challenge {\n      id\n      title\n      sponsorName\n    }\n    cohort {\n      id\n      name\n      startDate\n      endDate\n    }\n    founders {\n      id\n      displayName\n      email\n    }\n    stageHistory {\n      ...StageMoveFields\n    }\n    milestones {\n      ...MilestoneFields\n    }\n    checklist {\n      ...ChecklistItemFields\n    }\n    metricReports {\n      ...MetricReportFields\n    }\n  }\n"): (typeof documents)["\n  fragment StartupDetailFields on Startup {\n    id\n    name\n    sector\n    stage\n    description\n    createdAt\n    enterpriseCode\n    nextStage\n    nextGate {\n      kind\n      message\n      met\n    }\n    challenge {\n      id\n      title\n      sponsorName\n    }\n    cohort {\n      id\n      name\n      startDate\n      endDate\n    }\n    founders {\n      id\n      displayName\n      email\n    }\n    stageHistory {\n      ...StageMoveFields\n    }\n    milestones {\n      ...MilestoneFields\n    }\n    checklist {\n      ...ChecklistItemFields\n    }\n    metricReports {\n      ...MetricReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Startup($id: ID!) {\n    startup(id: $id) {\n      ...StartupDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Startup($id: ID!) {\n    startup(id: $id) {\n      ...StartupDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyStartups {\n    myStartups {\n      ...StartupDetailFields\n    }\n  }\n"): (typeof documents)["\n  query MyStartups {\n    myStartups {\n      ...StartupDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveStartup($id: ID!, $to: Stage!, $reason: String) {\n    moveStartup(id: $id, to: $to, reason: $reason) {\n      ...StartupRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveStartup($id: ID!, $to: Stage!, $reason: String) {\n    moveStartup(id: $id, to: $to, reason: $reason) {\n      ...StartupRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStartup($input: CreateStartupInput!) {\n    createStartup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStartup($input: CreateStartupInput!) {\n    createStartup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    email\n    role\n    displayName\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    email\n    role\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on User {\n    id\n    email\n    role\n    displayName\n    active\n  }\n"): (typeof documents)["\n  fragment AccountFields on User {\n    id\n    email\n    role\n    displayName\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      ...AccountFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;