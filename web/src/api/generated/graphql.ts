/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CommitCapitalInput = {
  amount: string;
  fundId: string | number;
  memberName: string;
  memberType: MemberType;
};

/** The tables a fund can be exported as (CSV, see `fundCsv`). */
export type FundCsvTable =
  | 'CAP_TABLE'
  | 'COMMITMENTS'
  | 'HOLDINGS'
  | 'MEMBERS'
  | 'PAYMENTS'
  | 'ROUNDS';

/** Who a participation or cap-table holder is. */
export type HolderKind =
  /** The founders' original ownership before the first recorded round. */
  | 'FOUNDERS'
  /** A fund kept in this ledger (has fundId; its cash and stake rules are enforced). */
  | 'FUND'
  /** Another fund, outside this ledger, named by investorName. */
  | 'OTHER_FUND'
  /** A named private investor (angel, corporation, bank). */
  | 'PRIVATE';

export type HoldingStatus =
  | 'ACTIVE'
  | 'EXITED'
  | 'WRITTEN_OFF';

/** How a funding round's money comes in; CONVERTIBLE and SAFE count as-converted at the round's pre-money. */
export type Instrument =
  | 'CONVERTIBLE'
  | 'EQUITY'
  | 'SAFE';

export type MemberType =
  | 'PRIVATE'
  | 'STATE';

/** Exactly one of fundId (a fund in this ledger) and investorName (another fund or a private investor). */
export type ParticipationInput = {
  amount: string;
  fundId?: string | number | null | undefined;
  investorName?: string | null | undefined;
  /** For investorName: OTHER_FUND or PRIVATE (default PRIVATE); ignored with fundId. */
  kind?: HolderKind | null | undefined;
};

export type PayInCapitalInput = {
  amount: string;
  commitmentId: string | number;
  /** Defaults to today. */
  date?: string | null | undefined;
};

export type RecordFundingRoundInput = {
  date: string;
  instrument?: Instrument | null | undefined;
  participations: Array<ParticipationInput>;
  preMoney: string;
  startupId: string | number;
};

export type Role =
  | 'ADMIN'
  | 'BOARD'
  | 'FOUNDER'
  | 'FUND_MANAGER'
  | 'INCUBATOR_MANAGER';

export type Stage =
  | 'CONNECTION'
  | 'DISCONTINUED'
  | 'GRADUATED'
  | 'INCUBATION'
  | 'PLATFORM_BUILDING'
  | 'SCALING_UP';

export type FundFiguresFieldsFragment = { id: string, name: string, charterCapBp: number, stakeCapBp: number, charterCapital: string, stateCommitted: string, privateCommitted: string, stateShareBp: number, paidIn: string, invested: string, available: string, charterHeadroom: string, privateWithdrawalHeadroom: string, cashHeadroom: string, performance: { paidIn: string, invested: string, realized: string, unrealized: string, nav: string, moicBp: number, tvpiBp: number, dpiBp: number } };

export type FundingRoundFieldsFragment = { id: string, startupId: string, startupName: string, date: string, instrument: Instrument, preMoney: string, raised: string, postMoney: string, participations: Array<{ id: string, kind: HolderKind, fundId: string | null, holderName: string, amount: string, roundStakeBp: number }> };

export type FundsQueryVariables = Exact<{ [key: string]: never; }>;


export type FundsQuery = { funds: Array<{ id: string, name: string, charterCapBp: number, stakeCapBp: number, charterCapital: string, stateCommitted: string, privateCommitted: string, stateShareBp: number, paidIn: string, invested: string, available: string, charterHeadroom: string, privateWithdrawalHeadroom: string, cashHeadroom: string, performance: { paidIn: string, invested: string, realized: string, unrealized: string, nav: string, moicBp: number, tvpiBp: number, dpiBp: number } }> };

export type FundLedgerQueryVariables = Exact<{
  id: string | number;
}>;


export type FundLedgerQuery = { fund: { id: string, name: string, charterCapBp: number, stakeCapBp: number, charterCapital: string, stateCommitted: string, privateCommitted: string, stateShareBp: number, paidIn: string, invested: string, available: string, charterHeadroom: string, privateWithdrawalHeadroom: string, cashHeadroom: string, members: Array<{ id: string, name: string, type: MemberType, committed: string, paidIn: string }>, commitments: Array<{ id: string, memberId: string, memberName: string, memberType: MemberType, amount: string, paidIn: string, outstanding: string, createdAt: unknown, changes: Array<{ id: string, amountBefore: string, amountAfter: string, reason: string | null, at: unknown }> }>, payments: Array<{ id: string, commitmentId: string, memberName: string, memberType: MemberType, amount: string, date: string }>, rounds: Array<{ id: string, startupId: string, startupName: string, date: string, instrument: Instrument, preMoney: string, raised: string, postMoney: string, participations: Array<{ id: string, kind: HolderKind, fundId: string | null, holderName: string, amount: string, roundStakeBp: number }> }>, holdings: Array<{ startupId: string, startupName: string, invested: string, stakeBp: number, stakeCapBp: number, status: HoldingStatus, unrealizedValue: string, realizedValue: string }>, performance: { paidIn: string, invested: string, realized: string, unrealized: string, nav: string, moicBp: number, tvpiBp: number, dpiBp: number } } | null };

export type CapTableQueryVariables = Exact<{
  startupId: string | number;
}>;


export type CapTableQuery = { capTable: { startupId: string, startupName: string, lastPostMoney: string | null, rounds: Array<{ id: string, startupId: string, startupName: string, date: string, instrument: Instrument, preMoney: string, raised: string, postMoney: string, participations: Array<{ id: string, kind: HolderKind, fundId: string | null, holderName: string, amount: string, roundStakeBp: number }> }>, entries: Array<{ holderName: string, kind: HolderKind, fundId: string | null, stakeBp: number, stakeNumerator: string, stakeDenominator: string, invested: string, capBp: number | null, headroomBp: number | null }> } };

export type FundCsvQueryVariables = Exact<{
  fundId: string | number;
  table: FundCsvTable;
}>;


export type FundCsvQuery = { fundCsv: string };

export type RoundStartupOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoundStartupOptionsQuery = { startups: { edges: Array<{ node: { id: string, name: string, stage: Stage } }> } };

export type CommitCapitalMutationVariables = Exact<{
  input: CommitCapitalInput;
}>;


export type CommitCapitalMutation = { commitCapital: { id: string, amount: string } };

export type ChangeCommitmentMutationVariables = Exact<{
  commitmentId: string | number;
  amount: string;
  reason?: string | null | undefined;
}>;


export type ChangeCommitmentMutation = { changeCommitment: { id: string, amount: string } };

export type PayInCapitalMutationVariables = Exact<{
  input: PayInCapitalInput;
}>;


export type PayInCapitalMutation = { payInCapital: { id: string, amount: string } };

export type RecordFundingRoundMutationVariables = Exact<{
  input: RecordFundingRoundInput;
}>;


export type RecordFundingRoundMutation = { recordFundingRound: { id: string } };

export type SessionUserFieldsFragment = { id: string, email: string, role: Role, displayName: string };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { id: string, email: string, role: Role, displayName: string } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, role: Role, displayName: string } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export const FundFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charterCapBp"}},{"kind":"Field","name":{"kind":"Name","value":"stakeCapBp"}},{"kind":"Field","name":{"kind":"Name","value":"charterCapital"}},{"kind":"Field","name":{"kind":"Name","value":"stateCommitted"}},{"kind":"Field","name":{"kind":"Name","value":"privateCommitted"}},{"kind":"Field","name":{"kind":"Name","value":"stateShareBp"}},{"kind":"Field","name":{"kind":"Name","value":"paidIn"}},{"kind":"Field","name":{"kind":"Name","value":"invested"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"charterHeadroom"}},{"kind":"Field","name":{"kind":"Name","value":"privateWithdrawalHeadroom"}},{"kind":"Field","name":{"kind":"Name","value":"cashHeadroom"}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidIn"}},{"kind":"Field","name":{"kind":"Name","value":"invested"}},{"kind":"Field","name":{"kind":"Name","value":"realized"}},{"kind":"Field","name":{"kind":"Name","value":"unrealized"}},{"kind":"Field","name":{"kind":"Name","value":"nav"}},{"kind":"Field","name":{"kind":"Name","value":"moicBp"}},{"kind":"Field","name":{"kind":"Name","value":"tvpiBp"}},{"kind":"Field","name":{"kind":"Name","value":"dpiBp"}}]}}]}}]} as unknown as DocumentNode<FundFiguresFieldsFragment, unknown>;
export const FundingRoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startupId"}},{"kind":"Field","name":{"kind":"Name","value":"startupName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"preMoney"}},{"kind":"Field","name":{"kind":"Name","value":"raised"}},{"kind":"Field","name":{"kind":"Name","value":"postMoney"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"roundStakeBp"}}]}}]}}]} as unknown as DocumentNode<FundingRoundFieldsFragment, unknown>;
export const SessionUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<SessionUserFieldsFragment, unknown>;
export const FundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundFiguresFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charterCapBp"}},{"kind":"Field","name":{"kind":"Name","value":"stakeCapBp"}},{"kind":"Field","name":{"kind":"Name","value":"charterCapital"}},{"kind":"Field","name":{"kind":"Name","value":"stateCommitted"}},{"kind":"Field","name":{"kind":"Name","value":"privateCommitted"}},{"kind":"Field","name":{"kind":"Name","value":"stateShareBp"}},{"kind":"Field","name":{"kind":"Name","value":"paidIn"}},{"kind":"Field","name":{"kind":"Name","value":"invested"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"charterHeadroom"}},{"kind":"Field","name":{"kind":"Name","value":"privateWithdrawalHeadroom"}},{"kind":"Field","name":{"kind":"Name","value":"cashHeadroom"}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidIn"}},{"kind":"Field","name":{"kind":"Name","value":"invested"}},{"kind":"Field","name":{"kind":"Name","value":"realized"}},{"kind":"Field","name":{"kind":"Name","value":"unrealized"}},{"kind":"Field","name":{"kind":"Name","value":"nav"}},{"kind":"Field","name":{"kind":"Name","value":"moicBp"}},{"kind":"Field","name":{"kind":"Name","value":"tvpiBp"}},{"kind":"Field","name":{"kind":"Name","value":"dpiBp"}}]}}]}}]} as unknown as DocumentNode<FundsQuery, FundsQueryVariables>;
export const FundLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundFiguresFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"paidIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"memberType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidIn"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountBefore"}},{"kind":"Field","name":{"kind":"Name","value":"amountAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"memberType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingRoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startupId"}},{"kind":"Field","name":{"kind":"Name","value":"startupName"}},{"kind":"Field","name":{"kind":"Name","value":"invested"}},{"kind":"Field","name":{"kind":"Name","value":"stakeBp"}},{"kind":"Field","name":{"kind":"Name","value":"stakeCapBp"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unrealizedValue"}},{"kind":"Field","name":{"kind":"Name","value":"realizedValue"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charterCapBp"}},{"kind":"Field","name":{"kind":"Name","value":"stakeCapBp"}},{"kind":"Field","name":{"kind":"Name","value":"charterCapital"}},{"kind":"Field","name":{"kind":"Name","value":"stateCommitted"}},{"kind":"Field","name":{"kind":"Name","value":"privateCommitted"}},{"kind":"Field","name":{"kind":"Name","value":"stateShareBp"}},{"kind":"Field","name":{"kind":"Name","value":"paidIn"}},{"kind":"Field","name":{"kind":"Name","value":"invested"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"charterHeadroom"}},{"kind":"Field","name":{"kind":"Name","value":"privateWithdrawalHeadroom"}},{"kind":"Field","name":{"kind":"Name","value":"cashHeadroom"}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidIn"}},{"kind":"Field","name":{"kind":"Name","value":"invested"}},{"kind":"Field","name":{"kind":"Name","value":"realized"}},{"kind":"Field","name":{"kind":"Name","value":"unrealized"}},{"kind":"Field","name":{"kind":"Name","value":"nav"}},{"kind":"Field","name":{"kind":"Name","value":"moicBp"}},{"kind":"Field","name":{"kind":"Name","value":"tvpiBp"}},{"kind":"Field","name":{"kind":"Name","value":"dpiBp"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startupId"}},{"kind":"Field","name":{"kind":"Name","value":"startupName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"preMoney"}},{"kind":"Field","name":{"kind":"Name","value":"raised"}},{"kind":"Field","name":{"kind":"Name","value":"postMoney"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"roundStakeBp"}}]}}]}}]} as unknown as DocumentNode<FundLedgerQuery, FundLedgerQueryVariables>;
export const CapTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CapTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startupId"}},{"kind":"Field","name":{"kind":"Name","value":"startupName"}},{"kind":"Field","name":{"kind":"Name","value":"lastPostMoney"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingRoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"stakeBp"}},{"kind":"Field","name":{"kind":"Name","value":"stakeNumerator"}},{"kind":"Field","name":{"kind":"Name","value":"stakeDenominator"}},{"kind":"Field","name":{"kind":"Name","value":"invested"}},{"kind":"Field","name":{"kind":"Name","value":"capBp"}},{"kind":"Field","name":{"kind":"Name","value":"headroomBp"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startupId"}},{"kind":"Field","name":{"kind":"Name","value":"startupName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"preMoney"}},{"kind":"Field","name":{"kind":"Name","value":"raised"}},{"kind":"Field","name":{"kind":"Name","value":"postMoney"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"roundStakeBp"}}]}}]}}]} as unknown as DocumentNode<CapTableQuery, CapTableQueryVariables>;
export const FundCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"table"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundCsvTable"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"table"},"value":{"kind":"Variable","name":{"kind":"Name","value":"table"}}}]}]}}]} as unknown as DocumentNode<FundCsvQuery, FundCsvQueryVariables>;
export const RoundStartupOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundStartupOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoundStartupOptionsQuery, RoundStartupOptionsQueryVariables>;
export const CommitCapitalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitCapital"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitCapitalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitCapital"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<CommitCapitalMutation, CommitCapitalMutationVariables>;
export const ChangeCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commitmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VND"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commitmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commitmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<ChangeCommitmentMutation, ChangeCommitmentMutationVariables>;
export const PayInCapitalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayInCapital"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayInCapitalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payInCapital"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<PayInCapitalMutation, PayInCapitalMutationVariables>;
export const RecordFundingRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFundingRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFundingRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFundingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordFundingRoundMutation, RecordFundingRoundMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;