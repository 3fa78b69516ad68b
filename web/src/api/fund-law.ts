// Operations of the fund under the law: vehicle, rules with their history and their standing on a day, the loss
// threshold, capital calls, statements and the annual risk report.
import { graphql } from './generated';

export const FundLawQuery = graphql(`
  query FundLaw($id: ID!, $day: Date) {
    fund(id: $id) {
      id
      name
      vehicle {
        kind
        legalBasis
        cycleStart
        termYears
        reviewAfterYears
      }
      rules(asOf: $day) {
        id
        kind
        limit
        minimum
        unit
        scope
        citation
        effectiveFrom
        effectiveTo
        version
      }
      ruleHistory {
        id
        kind
        limit
        minimum
        unit
        scope
        citation
        effectiveFrom
        effectiveTo
        version
        reason
        ended
        createdAt
      }
      ruleChecks(onDate: $day) {
        kind
        citation
        ruleId
        version
        limit
        minimum
        current
        headroom
        ok
      }
      lossThreshold(asOf: $day) {
        cycleStart
        asOf
        losses
        realized
        unrealized
        threshold
        usedBp
        level
        limitBp
        citation
      }
      capitalCalls {
        id
        callDate
        dueDate
        percentBp
        amount
        paid
        lines {
          id
          commitmentId
          memberName
          amount
          paid
          overdue
        }
      }
      overdueCallLines {
        id
        callId
        commitmentId
        memberName
        amount
        paid
        dueDate
      }
      members {
        id
        name
        type
      }
    }
  }
`);

export const FundLossQuery = graphql(`
  query FundLoss {
    funds {
      id
      name
      lossThreshold {
        cycleStart
        losses
        threshold
        usedBp
        level
        limitBp
        citation
      }
    }
  }
`);

export const AddFundRuleVersionMutation = graphql(`
  mutation AddFundRuleVersion($input: AddFundRuleVersionInput!) {
    addFundRuleVersion(input: $input) {
      id
      version
    }
  }
`);

export const EndFundRuleMutation = graphql(`
  mutation EndFundRule($input: EndFundRuleInput!) {
    endFundRule(input: $input) {
      id
      version
    }
  }
`);

export const ApplyFundRuleSetMutation = graphql(`
  mutation ApplyFundRuleSet($input: ApplyFundRuleSetInput!) {
    applyFundRuleSet(input: $input) {
      id
      version
    }
  }
`);

export const SetFundVehicleMutation = graphql(`
  mutation SetFundVehicle($input: SetFundVehicleInput!) {
    setFundVehicle(input: $input) {
      kind
    }
  }
`);

export const CreateCapitalCallMutation = graphql(`
  mutation CreateCapitalCall($input: CreateCapitalCallInput!) {
    createCapitalCall(input: $input) {
      id
    }
  }
`);

export const StatementPdfQuery = graphql(`
  query StatementPdf($fundId: ID!, $memberId: ID!, $from: Date!, $to: Date!, $lang: Language) {
    fundMemberStatementPdf(fundId: $fundId, memberId: $memberId, from: $from, to: $to, lang: $lang)
  }
`);

export const StatementCsvQuery = graphql(`
  query StatementCsv($fundId: ID!, $memberId: ID!, $from: Date!, $to: Date!, $lang: Language) {
    fundMemberStatementCsv(fundId: $fundId, memberId: $memberId, from: $from, to: $to, lang: $lang)
  }
`);

export const CallNoticePdfQuery = graphql(`
  query CallNoticePdf($fundId: ID!, $callId: ID!, $commitmentId: ID!, $lang: Language) {
    capitalCallNoticePdf(fundId: $fundId, callId: $callId, commitmentId: $commitmentId, lang: $lang)
  }
`);

export const AnnualReportPdfQuery = graphql(`
  query AnnualReportPdf($fundId: ID!, $year: Int!, $lang: Language) {
    fundAnnualReportPdf(fundId: $fundId, year: $year, lang: $lang)
  }
`);
