// Operations of the Venture Investment Fund ledger: overview figures, ledger tables, cap tables, CSV and writes.
import { graphql } from './generated';

export const FundFiguresFields = graphql(`
  fragment FundFiguresFields on Fund {
    id
    name
    charterCapBp
    stakeCapBp
    charterCapital
    stateCommitted
    privateCommitted
    stateShareBp
    paidIn
    invested
    available
    charterHeadroom
    privateWithdrawalHeadroom
    cashHeadroom
    performance {
      asOf
      paidIn
      invested
      realized
      unrealized
      uninvestedCash
      nav
      distributions
      moicBp
      tvpiBp
      dpiBp
      rvpiBp
      moicBpExact
      tvpiBpExact
      dpiBpExact
      rvpiBpExact
      grossIrrBp
      netIrrBp
    }
  }
`);

export const FundingRoundFields = graphql(`
  fragment FundingRoundFields on FundingRound {
    id
    startupId
    startupName
    date
    instrument
    preMoney
    raised
    postMoney
    participations {
      id
      kind
      fundId
      holderName
      amount
      roundStakeBp
    }
  }
`);

export const FundsQuery = graphql(`
  query Funds {
    funds {
      ...FundFiguresFields
    }
  }
`);

export const FundLedgerQuery = graphql(`
  query FundLedger($id: ID!) {
    fund(id: $id) {
      ...FundFiguresFields
      members {
        id
        name
        type
        committed
        paidIn
      }
      commitments {
        id
        memberId
        memberName
        memberType
        amount
        paidIn
        outstanding
        createdAt
        changes {
          id
          amountBefore
          amountAfter
          reason
          at
        }
      }
      payments {
        id
        commitmentId
        memberName
        memberType
        amount
        date
      }
      rounds {
        ...FundingRoundFields
      }
      holdings {
        startupId
        startupName
        invested
        stakeBp
        stakeCapBp
        status
        unrealizedValue
        realizedValue
      }
    }
  }
`);

export const CapTableQuery = graphql(`
  query CapTable($startupId: ID!) {
    capTable(startupId: $startupId) {
      startupId
      startupName
      lastPostMoney
      rounds {
        ...FundingRoundFields
      }
      entries {
        holderName
        kind
        fundId
        stakeBp
        stakeNumerator
        stakeDenominator
        invested
        capBp
        headroomBp
      }
    }
  }
`);

export const FundCsvQuery = graphql(`
  query FundCsv($fundId: ID!, $table: FundCsvTable!, $lang: Language) {
    fundCsv(fundId: $fundId, table: $table, lang: $lang)
  }
`);

/** The startups a round can be recorded for (the picker of the funding-round form). */
export const RoundStartupOptionsQuery = graphql(`
  query RoundStartupOptions {
    startups(first: 100) {
      edges {
        node {
          id
          name
          stage
        }
      }
    }
  }
`);

export const CommitCapitalMutation = graphql(`
  mutation CommitCapital($input: CommitCapitalInput!) {
    commitCapital(input: $input) {
      id
      amount
    }
  }
`);

export const ChangeCommitmentMutation = graphql(`
  mutation ChangeCommitment($commitmentId: ID!, $amount: VND!, $reason: String) {
    changeCommitment(commitmentId: $commitmentId, amount: $amount, reason: $reason) {
      id
      amount
    }
  }
`);

export const PayInCapitalMutation = graphql(`
  mutation PayInCapital($input: PayInCapitalInput!) {
    payInCapital(input: $input) {
      id
      amount
    }
  }
`);

export const RecordFundingRoundMutation = graphql(`
  mutation RecordFundingRound($input: RecordFundingRoundInput!) {
    recordFundingRound(input: $input) {
      id
    }
  }
`);

export const CreateFundMutation = graphql(`
  mutation CreateFund($input: CreateFundInput!) {
    createFund(input: $input) {
      id
      name
    }
  }
`);

export const RecordValuationMutation = graphql(`
  mutation RecordValuation($input: RecordValuationInput!) {
    recordValuation(input: $input) {
      id
    }
  }
`);

export const RecordExitMutation = graphql(`
  mutation RecordExit($input: RecordExitInput!) {
    recordExit(input: $input) {
      id
    }
  }
`);
