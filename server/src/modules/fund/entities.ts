// The Venture Investment Fund ledger: funds (policy + running totals), members, commitments and their
// append-only change history, pay-ins, funding rounds with participations, valuation marks and exits.
// The fund row carries the running totals so the rules can also be CHECK constraints;
// every write locks that row first.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { DEFAULT_CHARTER_CAP_BP, DEFAULT_STAKE_CAP_BP, MEMBER_TYPES } from '@launchpad/shared';
import { StartupSchema } from '../startups';
import { searchIndex, VI_COLLATION } from '../../db/search';

export const INSTRUMENTS = ['EQUITY', 'CONVERTIBLE', 'SAFE'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];
/** Holders of a participation (FOUNDERS only appears in cap tables, never as a participation). */
export const PARTICIPATION_KINDS = ['FUND', 'OTHER_FUND', 'PRIVATE'] as const;
export type ParticipationKind = (typeof PARTICIPATION_KINDS)[number];
export const EXIT_KINDS = ['EXIT', 'WRITE_OFF'] as const;
export type ExitKind = (typeof EXIT_KINDS)[number];

export const FundSchema = defineEntity({
  name: 'Fund',
  tableName: 'funds',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    name: p.string().length(200).collation(VI_COLLATION).unique(),
    charterCapBp: p.integer().default(DEFAULT_CHARTER_CAP_BP),
    stakeCapBp: p.integer().default(DEFAULT_STAKE_CAP_BP),
    /** Sum of all current commitments. */
    // A raw default: a plain `default(0)` would give a new entity the number 0, not a bigint, and the column `'0'`.
    charterCapital: p.bigint().defaultRaw('0'),
    stateCommitted: p.bigint().defaultRaw('0'),
    paidIn: p.bigint().defaultRaw('0'),
    invested: p.bigint().defaultRaw('0'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [
    {
      name: 'funds_policy_check',
      expression: 'charter_cap_bp >= 0 and charter_cap_bp <= 10000 and stake_cap_bp >= 0 and stake_cap_bp <= 10000',
    },
    {
      name: 'funds_totals_check',
      expression:
        'state_committed >= 0 and state_committed <= charter_capital and paid_in >= 0 and paid_in <= charter_capital and invested >= 0',
    },
    // The 49% charter rule, in numeric so 10^18 × 10000 cannot overflow bigint.
    {
      name: 'funds_charter_rule',
      expression: 'state_committed::numeric * 10000 <= charter_cap_bp::numeric * charter_capital',
    },
    { name: 'funds_cash_rule', expression: 'invested <= paid_in' },
  ],
});
export type Fund = InferEntity<typeof FundSchema>;

export const FundMemberSchema = defineEntity({
  name: 'FundMember',
  tableName: 'fund_members',
  indexes: [searchIndex('fund_members')],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    fund: () => p.manyToOne(FundSchema).deleteRule('cascade'),
    name: p.string().length(200).collation(VI_COLLATION),
    type: p.enum([...MEMBER_TYPES]).nativeEnumName('member_type'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'fund_members_fund_id_name_unique', properties: ['fund', 'name'] }],
});
export type FundMember = InferEntity<typeof FundMemberSchema>;

/** A member's commitment; `amount` is the current figure, its history is in commitment_changes. */
export const CommitmentSchema = defineEntity({
  name: 'Commitment',
  tableName: 'commitments',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    fund: () => p.manyToOne(FundSchema).deleteRule('cascade').index(),
    member: () => p.manyToOne(FundMemberSchema).deleteRule('cascade').index(),
    amount: p.bigint(),
    paidIn: p.bigint().defaultRaw('0'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  checks: [{ name: 'commitments_amounts_check', expression: 'amount >= 0 and paid_in >= 0 and paid_in <= amount' }],
});
export type Commitment = InferEntity<typeof CommitmentSchema>;

/** Append-only: one row per commitment, change or withdrawal. */
export const CommitmentChangeSchema = defineEntity({
  name: 'CommitmentChange',
  tableName: 'commitment_changes',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    commitment: () => p.manyToOne(CommitmentSchema).deleteRule('cascade').index(),
    amountBefore: p.bigint(),
    amountAfter: p.bigint(),
    reason: p.text().nullable(),
    actorId: p.uuid().nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
  checks: [{ name: 'commitment_changes_amounts_check', expression: 'amount_before >= 0 and amount_after >= 0' }],
});
export type CommitmentChange = InferEntity<typeof CommitmentChangeSchema>;

export const CapitalPaymentSchema = defineEntity({
  name: 'CapitalPayment',
  tableName: 'capital_payments',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    fund: () => p.manyToOne(FundSchema).deleteRule('cascade').index(),
    commitment: () => p.manyToOne(CommitmentSchema).deleteRule('cascade').index(),
    amount: p.bigint(),
    date: p.date(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [{ name: 'capital_payments_amount_check', expression: 'amount > 0' }],
});
export type CapitalPayment = InferEntity<typeof CapitalPaymentSchema>;

export const FundingRoundSchema = defineEntity({
  name: 'FundingRound',
  tableName: 'funding_rounds',
  // Capital mobilized in a period reads the rounds by date (Migration20261203600000KpiStartupFacts).
  indexes: [
    {
      name: 'funding_rounds_date_index',
      expression: `create index "funding_rounds_date_index" on "funding_rounds" ("date") include ("id", "startup_id")`,
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    startup: () => p.manyToOne(StartupSchema).deleteRule('restrict').index(),
    date: p.date(),
    instrument: p.enum([...INSTRUMENTS]).nativeEnumName('round_instrument'),
    preMoney: p.bigint(),
    raised: p.bigint(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [{ name: 'funding_rounds_amounts_check', expression: 'pre_money >= 0 and raised > 0' }],
});
export type FundingRound = InferEntity<typeof FundingRoundSchema>;

export const ParticipationSchema = defineEntity({
  name: 'Participation',
  tableName: 'round_participations',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    round: () => p.manyToOne(FundingRoundSchema).deleteRule('cascade').index(),
    kind: p.enum([...PARTICIPATION_KINDS]).nativeEnumName('participation_kind'),
    fund: () => p.manyToOne(FundSchema).deleteRule('restrict').nullable().index(),
    investorName: p.string().length(200).nullable(),
    amount: p.bigint(),
    /** The approved investment decision a fund participation rests on (rounds before decisions have none). */
    decision: () => p.manyToOne(InvestmentDecisionSchema).deleteRule('restrict').nullable().index(),
  },
  checks: [
    { name: 'round_participations_amount_check', expression: 'amount > 0' },
    {
      name: 'round_participations_holder_check',
      expression: "(kind = 'FUND') = (fund_id is not null) and (fund_id is null) = (investor_name is not null)",
    },
  ],
});
export type Participation = InferEntity<typeof ParticipationSchema>;

/** The value of a fund's holding in a startup at a date; the latest mark counts. */
export const ValuationMarkSchema = defineEntity({
  name: 'ValuationMark',
  tableName: 'valuation_marks',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    fund: () => p.manyToOne(FundSchema).deleteRule('cascade'),
    startup: () => p.manyToOne(StartupSchema).deleteRule('restrict').index(),
    date: p.date(),
    value: p.bigint(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ name: 'valuation_marks_fund_id_startup_id_index', properties: ['fund', 'startup'] }],
  checks: [{ name: 'valuation_marks_value_check', expression: 'value >= 0' }],
});
export type ValuationMark = InferEntity<typeof ValuationMarkSchema>;

/** Closes a holding: the whole stake sold (EXIT) or written off; at most one per fund and startup. */
export const ExitSchema = defineEntity({
  name: 'Exit',
  tableName: 'fund_exits',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    fund: () => p.manyToOne(FundSchema).deleteRule('cascade'),
    startup: () => p.manyToOne(StartupSchema).deleteRule('restrict').index(),
    kind: p.enum([...EXIT_KINDS]).nativeEnumName('exit_kind'),
    date: p.date(),
    proceeds: p.bigint(),
    buyerName: p.string().length(200).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'fund_exits_fund_id_startup_id_unique', properties: ['fund', 'startup'] }],
  checks: [{ name: 'fund_exits_proceeds_check', expression: 'proceeds >= 0' }],
});
export type Exit = InferEntity<typeof ExitSchema>;

/**
 * The fund's authority to invest: an investment committee approved putting up to `amount` into `startup`.
 * Issued only by the deals module's committee outcome (its door: issueInvestmentDecision); a fund
 * participation must name one (DECISION_REQUIRED otherwise). Never edited.
 */
export const InvestmentDecisionSchema = defineEntity({
  name: 'InvestmentDecision',
  tableName: 'investment_decisions',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    fund: () => p.manyToOne(FundSchema).deleteRule('restrict').index(),
    startup: () => p.manyToOne(StartupSchema).deleteRule('restrict').index(),
    amount: p.bigint(),
    /** The deal the committee decided (owned by the deals module; an id, not a foreign key across modules). */
    dealId: p.uuid().unique(),
    approvedAt: p.datetime(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [{ name: 'investment_decisions_amount_check', expression: 'amount > 0' }],
});
export type InvestmentDecision = InferEntity<typeof InvestmentDecisionSchema>;

export const DECISION_CHECK_PHASES = ['PREVIEW', 'RECORDING'] as const;
export type DecisionCheckPhase = (typeof DECISION_CHECK_PHASES)[number];

/**
 * The rule checks run for a decision: once as a preview when the committee approved it, again when a round
 * used it — each with the figures, headroom and rule versions it saw, so an inspector sees both. Append-only.
 */
export const DecisionCheckSchema = defineEntity({
  name: 'DecisionCheck',
  tableName: 'decision_checks',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    decision: () => p.manyToOne(InvestmentDecisionSchema).deleteRule('restrict').index(),
    phase: p.enum([...DECISION_CHECK_PHASES]).nativeEnumName('decision_check_phase'),
    round: () => p.manyToOne(FundingRoundSchema).deleteRule('restrict').nullable(),
    amount: p.bigint(),
    passed: p.boolean(),
    result: p.json<Record<string, unknown>>(),
    checkedAt: p.datetime().onCreate(() => new Date()),
  },
});
export type DecisionCheck = InferEntity<typeof DecisionCheckSchema>;

export const fundEntities = [
  FundSchema,
  FundMemberSchema,
  CommitmentSchema,
  CommitmentChangeSchema,
  CapitalPaymentSchema,
  FundingRoundSchema,
  ParticipationSchema,
  ValuationMarkSchema,
  ExitSchema,
  InvestmentDecisionSchema,
  DecisionCheckSchema,
];
