import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserEntity } from '../modules/users/entities';
import type { GraphQLContext } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, "2026-03-01". */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 in UTC. */
  DateTime: { input: unknown; output: unknown; }
  /** Whole Vietnamese dong as a decimal string, e.g. "600000000000". */
  VND: { input: bigint; output: bigint; }
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  token: Scalars['String']['output'];
  user: User;
};

/** The ownership of one startup after every recorded round (dilution applied) and exit. */
export type CapTable = {
  __typename?: 'CapTable';
  entries: Array<CapTableEntry>;
  /** Post-money of the latest round, null before the first round. */
  lastPostMoney?: Maybe<Scalars['VND']['output']>;
  rounds: Array<FundingRound>;
  startupId: Scalars['ID']['output'];
  startupName: Scalars['String']['output'];
};

export type CapTableEntry = {
  __typename?: 'CapTableEntry';
  /** Kind FUND only: the fund's stake cap and the basis points left under it. */
  capBp?: Maybe<Scalars['Int']['output']>;
  fundId?: Maybe<Scalars['ID']['output']>;
  headroomBp?: Maybe<Scalars['Int']['output']>;
  holderName: Scalars['String']['output'];
  /** Total put in across rounds. */
  invested: Scalars['VND']['output'];
  kind: HolderKind;
  /** Stake in basis points, floored (the exact fraction is stakeNumerator / stakeDenominator). */
  stakeBp: Scalars['Int']['output'];
  stakeDenominator: Scalars['String']['output'];
  stakeNumerator: Scalars['String']['output'];
};

export type CapitalPayment = {
  __typename?: 'CapitalPayment';
  amount: Scalars['VND']['output'];
  commitmentId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  fundId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  memberType: MemberType;
};

export type CommitCapitalInput = {
  amount: Scalars['VND']['input'];
  fundId: Scalars['ID']['input'];
  memberName: Scalars['String']['input'];
  memberType: MemberType;
};

export type Commitment = {
  __typename?: 'Commitment';
  /** The current committed amount (after every change; 0 when withdrawn). */
  amount: Scalars['VND']['output'];
  /** Every change of this commitment, oldest first (append-only). */
  changes: Array<CommitmentChange>;
  createdAt: Scalars['DateTime']['output'];
  fundId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  memberId: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  memberType: MemberType;
  /** amount − paidIn: what may still be paid in. */
  outstanding: Scalars['VND']['output'];
  paidIn: Scalars['VND']['output'];
};

export type CommitmentChange = {
  __typename?: 'CommitmentChange';
  amountAfter: Scalars['VND']['output'];
  amountBefore: Scalars['VND']['output'];
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type CreateFundInput = {
  /** Default 4900 (49.00%). */
  charterCapBp?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** Default 4900 (49.00%). */
  stakeCapBp?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: Role;
};

export type Exit = {
  __typename?: 'Exit';
  buyerName?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  fundId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: ExitKind;
  proceeds: Scalars['VND']['output'];
  startupId: Scalars['ID']['output'];
};

export type ExitKind =
  /** The fund sold its whole holding for `proceeds`; its stake passes to `buyerName`. */
  | 'EXIT'
  /** The holding is written off: it is worth nothing; proceeds are usually 0. */
  | 'WRITE_OFF';

export type Fund = {
  __typename?: 'Fund';
  /** paidIn − invested. */
  available: Scalars['VND']['output'];
  /** The largest further investment the cash rule allows now (= available). */
  cashHeadroom: Scalars['VND']['output'];
  /** Cap on the STATE members' share of the charter capital, basis points (default 4900 = 49.00%). */
  charterCapBp: Scalars['Int']['output'];
  /** Sum of all members' current commitments. */
  charterCapital: Scalars['VND']['output'];
  /** The largest further STATE commitment the charter rule allows now. */
  charterHeadroom: Scalars['VND']['output'];
  commitments: Array<Commitment>;
  createdAt: Scalars['DateTime']['output'];
  /** One row per startup the fund has invested in. */
  holdings: Array<Holding>;
  id: Scalars['ID']['output'];
  /** Sum of the fund's participations in funding rounds. */
  invested: Scalars['VND']['output'];
  members: Array<FundMember>;
  name: Scalars['String']['output'];
  paidIn: Scalars['VND']['output'];
  /** Pay-ins, newest first; optionally of one commitment. */
  payments: Array<CapitalPayment>;
  performance: FundPerformance;
  privateCommitted: Scalars['VND']['output'];
  /** The largest PRIVATE withdrawal the charter rule allows now. */
  privateWithdrawalHeadroom: Scalars['VND']['output'];
  /** Funding rounds the fund took part in, newest first. */
  rounds: Array<FundingRound>;
  /** The fund's current stake in the startup (basis points, floored) after every recorded round. */
  stakeBp: Scalars['Int']['output'];
  /** Cap on the fund's stake in any one startup, basis points (default 4900 = 49.00%). */
  stakeCapBp: Scalars['Int']['output'];
  /**
   * The largest amount this fund could put into a new round of the startup with the given pre-money,
   * next to `othersAmount` from the other participants, and stay within its stake cap after dilution.
   */
  stakeHeadroom: Scalars['VND']['output'];
  stateCommitted: Scalars['VND']['output'];
  /** stateCommitted / charterCapital in basis points, floored (0 when there is no capital). */
  stateShareBp: Scalars['Int']['output'];
};


export type FundPaymentsArgs = {
  commitmentId?: InputMaybe<Scalars['ID']['input']>;
};


export type FundStakeBpArgs = {
  startupId: Scalars['ID']['input'];
};


export type FundStakeHeadroomArgs = {
  othersAmount?: InputMaybe<Scalars['VND']['input']>;
  preMoney: Scalars['VND']['input'];
  startupId: Scalars['ID']['input'];
};

/** The tables a fund can be exported as (CSV, see `fundCsv`). */
export type FundCsvTable =
  | 'CAP_TABLE'
  | 'COMMITMENTS'
  | 'HOLDINGS'
  | 'MEMBERS'
  | 'PAYMENTS'
  | 'ROUNDS';

export type FundMember = {
  __typename?: 'FundMember';
  commitments: Array<Commitment>;
  committed: Scalars['VND']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  paidIn: Scalars['VND']['output'];
  type: MemberType;
};

/** Multiples are basis points of 1× (10000 = 1.00×), floored; 0 when the denominator is 0. */
export type FundPerformance = {
  __typename?: 'FundPerformance';
  /** realized / paid-in. */
  dpiBp: Scalars['Int']['output'];
  invested: Scalars['VND']['output'];
  /** (realized + unrealized) / invested. */
  moicBp: Scalars['Int']['output'];
  /** Net asset value: the unrealized value of the holdings. */
  nav: Scalars['VND']['output'];
  paidIn: Scalars['VND']['output'];
  realized: Scalars['VND']['output'];
  /** (realized + unrealized) / paid-in. */
  tvpiBp: Scalars['Int']['output'];
  unrealized: Scalars['VND']['output'];
};

export type FundingRound = {
  __typename?: 'FundingRound';
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  instrument: Instrument;
  participations: Array<Participation>;
  /** preMoney + raised. */
  postMoney: Scalars['VND']['output'];
  preMoney: Scalars['VND']['output'];
  /** Sum of the participations. */
  raised: Scalars['VND']['output'];
  startupId: Scalars['ID']['output'];
  startupName: Scalars['String']['output'];
};

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

export type Holding = {
  __typename?: 'Holding';
  exit?: Maybe<Exit>;
  fundId: Scalars['ID']['output'];
  invested: Scalars['VND']['output'];
  latestValuation?: Maybe<ValuationMark>;
  /** Exit proceeds. */
  realizedValue: Scalars['VND']['output'];
  stakeBp: Scalars['Int']['output'];
  stakeCapBp: Scalars['Int']['output'];
  startupId: Scalars['ID']['output'];
  startupName: Scalars['String']['output'];
  status: HoldingStatus;
  /** Latest mark (or cost without a mark) while ACTIVE; 0 once exited or written off. */
  unrealizedValue: Scalars['VND']['output'];
  valuations: Array<ValuationMark>;
};

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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Sets a commitment to a new amount (0 withdraws it). Never below what was already paid in
   * (BAD_USER_INPUT on amount); refused with CHARTER_LIMIT_EXCEEDED when the state share would pass the cap.
   */
  changeCommitment: Commitment;
  changePassword: Scalars['Boolean']['output'];
  /** A member (found by name in the fund, created if new) commits capital; refused with CHARTER_LIMIT_EXCEEDED past the cap. */
  commitCapital: Commitment;
  createFund: Fund;
  createUser: User;
  login: AuthPayload;
  /** Ends the current session: the token stops working at once. */
  logout: Scalars['Boolean']['output'];
  /** A pay-in against a commitment; above what is outstanding → CASH_LIMIT_EXCEEDED (field amount). */
  payInCapital: CapitalPayment;
  /** Closes a fund's holding in a startup: an exit with proceeds, or a write-off. */
  recordExit: Exit;
  /** Records a round; every participating fund's cash rule and stake rule must hold after it. */
  recordFundingRound: FundingRound;
  /** Marks the value of a fund's holding in a startup at a date. */
  recordValuation: ValuationMark;
  setUserActive: User;
};


export type MutationChangeCommitmentArgs = {
  amount: Scalars['VND']['input'];
  commitmentId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCommitCapitalArgs = {
  input: CommitCapitalInput;
};


export type MutationCreateFundArgs = {
  input: CreateFundInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationPayInCapitalArgs = {
  input: PayInCapitalInput;
};


export type MutationRecordExitArgs = {
  input: RecordExitInput;
};


export type MutationRecordFundingRoundArgs = {
  input: RecordFundingRoundInput;
};


export type MutationRecordValuationArgs = {
  input: RecordValuationInput;
};


export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Participation = {
  __typename?: 'Participation';
  amount: Scalars['VND']['output'];
  /** Set when kind = FUND. */
  fundId?: Maybe<Scalars['ID']['output']>;
  /** The fund's name (kind FUND) or the investor's name. */
  holderName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: HolderKind;
  /** amount / postMoney of its round, basis points floored. */
  roundStakeBp: Scalars['Int']['output'];
};

/** Exactly one of fundId (a fund in this ledger) and investorName (another fund or a private investor). */
export type ParticipationInput = {
  amount: Scalars['VND']['input'];
  fundId?: InputMaybe<Scalars['ID']['input']>;
  investorName?: InputMaybe<Scalars['String']['input']>;
  /** For investorName: OTHER_FUND or PRIVATE (default PRIVATE); ignored with fundId. */
  kind?: InputMaybe<HolderKind>;
};

export type PayInCapitalInput = {
  amount: Scalars['VND']['input'];
  commitmentId: Scalars['ID']['input'];
  /** Defaults to today. */
  date?: InputMaybe<Scalars['Date']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** The cap table of one startup after dilution, with each fund's stake vs its cap. */
  capTable: CapTable;
  fund?: Maybe<Fund>;
  /**
   * One ledger table of a fund as CSV text (RFC 4180, comma-separated, header row, amounts as whole dong,
   * shares as basis points): MEMBERS, COMMITMENTS, PAYMENTS, ROUNDS (one row per participation of the
   * fund's rounds), CAP_TABLE (one row per holder of every startup the fund holds), HOLDINGS.
   * Same access as `fund`.
   */
  fundCsv: Scalars['String']['output'];
  /** Funding rounds, newest first, optionally of one startup and/or with one fund participating. */
  fundingRounds: Array<FundingRound>;
  /** Every fund with its overview figures (FUND_MANAGER, ADMIN, BOARD, INCUBATOR_MANAGER). */
  funds: Array<Fund>;
  /** The signed-in user, or null without a valid token. */
  me?: Maybe<User>;
  /** Every account (ADMIN). */
  users: Array<User>;
};


export type QueryCapTableArgs = {
  startupId: Scalars['ID']['input'];
};


export type QueryFundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFundCsvArgs = {
  fundId: Scalars['ID']['input'];
  table: FundCsvTable;
};


export type QueryFundingRoundsArgs = {
  fundId?: InputMaybe<Scalars['ID']['input']>;
  startupId?: InputMaybe<Scalars['ID']['input']>;
};

export type RecordExitInput = {
  buyerName?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['Date']['input'];
  fundId: Scalars['ID']['input'];
  kind?: InputMaybe<ExitKind>;
  proceeds: Scalars['VND']['input'];
  startupId: Scalars['ID']['input'];
};

export type RecordFundingRoundInput = {
  date: Scalars['Date']['input'];
  instrument?: InputMaybe<Instrument>;
  participations: Array<ParticipationInput>;
  preMoney: Scalars['VND']['input'];
  startupId: Scalars['ID']['input'];
};

export type RecordValuationInput = {
  date: Scalars['Date']['input'];
  fundId: Scalars['ID']['input'];
  startupId: Scalars['ID']['input'];
  value: Scalars['VND']['input'];
};

export type Role =
  | 'ADMIN'
  | 'BOARD'
  | 'FOUNDER'
  | 'FUND_MANAGER'
  | 'INCUBATOR_MANAGER';

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};

export type ValuationMark = {
  __typename?: 'ValuationMark';
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  fundId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  startupId: Scalars['ID']['output'];
  /** Value of the fund's holding in the startup. */
  value: Scalars['VND']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CapTable: ResolverTypeWrapper<CapTable>;
  CapTableEntry: ResolverTypeWrapper<CapTableEntry>;
  CapitalPayment: ResolverTypeWrapper<CapitalPayment>;
  CommitCapitalInput: CommitCapitalInput;
  Commitment: ResolverTypeWrapper<Commitment>;
  CommitmentChange: ResolverTypeWrapper<CommitmentChange>;
  CreateFundInput: CreateFundInput;
  CreateUserInput: CreateUserInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Exit: ResolverTypeWrapper<Exit>;
  ExitKind: ExitKind;
  Fund: ResolverTypeWrapper<Fund>;
  FundCsvTable: FundCsvTable;
  FundMember: ResolverTypeWrapper<FundMember>;
  FundPerformance: ResolverTypeWrapper<FundPerformance>;
  FundingRound: ResolverTypeWrapper<FundingRound>;
  HolderKind: HolderKind;
  Holding: ResolverTypeWrapper<Holding>;
  HoldingStatus: HoldingStatus;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Instrument: Instrument;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MemberType: MemberType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participation: ResolverTypeWrapper<Participation>;
  ParticipationInput: ParticipationInput;
  PayInCapitalInput: PayInCapitalInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordExitInput: RecordExitInput;
  RecordFundingRoundInput: RecordFundingRoundInput;
  RecordValuationInput: RecordValuationInput;
  Role: Role;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  User: ResolverTypeWrapper<UserEntity>;
  VND: ResolverTypeWrapper<Scalars['VND']['output']>;
  ValuationMark: ResolverTypeWrapper<ValuationMark>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  Boolean: Scalars['Boolean']['output'];
  CapTable: CapTable;
  CapTableEntry: CapTableEntry;
  CapitalPayment: CapitalPayment;
  CommitCapitalInput: CommitCapitalInput;
  Commitment: Commitment;
  CommitmentChange: CommitmentChange;
  CreateFundInput: CreateFundInput;
  CreateUserInput: CreateUserInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Exit: Exit;
  Fund: Fund;
  FundMember: FundMember;
  FundPerformance: FundPerformance;
  FundingRound: FundingRound;
  Holding: Holding;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Participation: Participation;
  ParticipationInput: ParticipationInput;
  PayInCapitalInput: PayInCapitalInput;
  Query: Record<PropertyKey, never>;
  RecordExitInput: RecordExitInput;
  RecordFundingRoundInput: RecordFundingRoundInput;
  RecordValuationInput: RecordValuationInput;
  String: Scalars['String']['output'];
  User: UserEntity;
  VND: Scalars['VND']['output'];
  ValuationMark: ValuationMark;
};

export type AuthPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type CapTableResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapTable'] = ResolversParentTypes['CapTable']> = {
  entries?: Resolver<Array<ResolversTypes['CapTableEntry']>, ParentType, ContextType>;
  lastPostMoney?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['FundingRound']>, ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CapTableEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapTableEntry'] = ResolversParentTypes['CapTableEntry']> = {
  capBp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fundId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  headroomBp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invested?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HolderKind'], ParentType, ContextType>;
  stakeBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stakeDenominator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stakeNumerator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CapitalPaymentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapitalPayment'] = ResolversParentTypes['CapitalPayment']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  commitmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberType?: Resolver<ResolversTypes['MemberType'], ParentType, ContextType>;
};

export type CommitmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Commitment'] = ResolversParentTypes['Commitment']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['CommitmentChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberType?: Resolver<ResolversTypes['MemberType'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  paidIn?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
};

export type CommitmentChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommitmentChange'] = ResolversParentTypes['CommitmentChange']> = {
  amountAfter?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  amountBefore?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Exit'] = ResolversParentTypes['Exit']> = {
  buyerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ExitKind'], ParentType, ContextType>;
  proceeds?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type FundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Fund'] = ResolversParentTypes['Fund']> = {
  available?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  cashHeadroom?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  charterCapBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  charterCapital?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  charterHeadroom?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['Commitment']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invested?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['FundMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidIn?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['CapitalPayment']>, ParentType, ContextType, Partial<FundPaymentsArgs>>;
  performance?: Resolver<ResolversTypes['FundPerformance'], ParentType, ContextType>;
  privateCommitted?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  privateWithdrawalHeadroom?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['FundingRound']>, ParentType, ContextType>;
  stakeBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<FundStakeBpArgs, 'startupId'>>;
  stakeCapBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stakeHeadroom?: Resolver<ResolversTypes['VND'], ParentType, ContextType, RequireFields<FundStakeHeadroomArgs, 'othersAmount' | 'preMoney' | 'startupId'>>;
  stateCommitted?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  stateShareBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundMember'] = ResolversParentTypes['FundMember']> = {
  commitments?: Resolver<Array<ResolversTypes['Commitment']>, ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidIn?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MemberType'], ParentType, ContextType>;
};

export type FundPerformanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundPerformance'] = ResolversParentTypes['FundPerformance']> = {
  dpiBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invested?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  moicBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nav?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  paidIn?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  realized?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  tvpiBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unrealized?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
};

export type FundingRoundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundingRound'] = ResolversParentTypes['FundingRound']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  postMoney?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  preMoney?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  raised?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HoldingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Holding'] = ResolversParentTypes['Holding']> = {
  exit?: Resolver<Maybe<ResolversTypes['Exit']>, ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invested?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  latestValuation?: Resolver<Maybe<ResolversTypes['ValuationMark']>, ParentType, ContextType>;
  realizedValue?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  stakeBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stakeCapBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HoldingStatus'], ParentType, ContextType>;
  unrealizedValue?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  valuations?: Resolver<Array<ResolversTypes['ValuationMark']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changeCommitment?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType, RequireFields<MutationChangeCommitmentArgs, 'amount' | 'commitmentId'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  commitCapital?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType, RequireFields<MutationCommitCapitalArgs, 'input'>>;
  createFund?: Resolver<ResolversTypes['Fund'], ParentType, ContextType, RequireFields<MutationCreateFundArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  payInCapital?: Resolver<ResolversTypes['CapitalPayment'], ParentType, ContextType, RequireFields<MutationPayInCapitalArgs, 'input'>>;
  recordExit?: Resolver<ResolversTypes['Exit'], ParentType, ContextType, RequireFields<MutationRecordExitArgs, 'input'>>;
  recordFundingRound?: Resolver<ResolversTypes['FundingRound'], ParentType, ContextType, RequireFields<MutationRecordFundingRoundArgs, 'input'>>;
  recordValuation?: Resolver<ResolversTypes['ValuationMark'], ParentType, ContextType, RequireFields<MutationRecordValuationArgs, 'input'>>;
  setUserActive?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserActiveArgs, 'active' | 'id'>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  fundId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HolderKind'], ParentType, ContextType>;
  roundStakeBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  capTable?: Resolver<ResolversTypes['CapTable'], ParentType, ContextType, RequireFields<QueryCapTableArgs, 'startupId'>>;
  fund?: Resolver<Maybe<ResolversTypes['Fund']>, ParentType, ContextType, RequireFields<QueryFundArgs, 'id'>>;
  fundCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryFundCsvArgs, 'fundId' | 'table'>>;
  fundingRounds?: Resolver<Array<ResolversTypes['FundingRound']>, ParentType, ContextType, Partial<QueryFundingRoundsArgs>>;
  funds?: Resolver<Array<ResolversTypes['Fund']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export interface VndScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['VND'], any> {
  name: 'VND';
}

export type ValuationMarkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ValuationMark'] = ResolversParentTypes['ValuationMark']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  CapTable?: CapTableResolvers<ContextType>;
  CapTableEntry?: CapTableEntryResolvers<ContextType>;
  CapitalPayment?: CapitalPaymentResolvers<ContextType>;
  Commitment?: CommitmentResolvers<ContextType>;
  CommitmentChange?: CommitmentChangeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Exit?: ExitResolvers<ContextType>;
  Fund?: FundResolvers<ContextType>;
  FundMember?: FundMemberResolvers<ContextType>;
  FundPerformance?: FundPerformanceResolvers<ContextType>;
  FundingRound?: FundingRoundResolvers<ContextType>;
  Holding?: HoldingResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  VND?: GraphQLScalarType;
  ValuationMark?: ValuationMarkResolvers<ContextType>;
};

