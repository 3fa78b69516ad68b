// Thin resolvers of the fund ledger: authorize (policy table) → call the service or a query → return.
import { DomainError, ErrorCode, hanoiToday, optionalText, stakeBp, type Role } from '@launchpad/shared';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { GraphQLContext } from '../../graphql/context';
import type { Resolvers } from '../../graphql/generated';
import { FundSchema } from './entities';
import * as ledger from './service';
import { requestLanguage } from '../../exports/language';
import { fundCsv } from './csv';
import {
  capTable,
  capitalPaymentView,
  commitmentView,
  exitView,
  fundOverview,
  fundStake,
  fundView,
  fundingRoundView,
  membersOf,
  roundsOf,
  stakeHeadroom,
  valuationMarkView,
} from './read';
import { requireId } from '../../kernel';

const WRITERS: Role[] = ['ADMIN', 'FUND_MANAGER'];
/** Everything of the ledger: fund managers, admins and the board (read-only). */
const LEDGER_READERS: Role[] = ['ADMIN', 'FUND_MANAGER', 'BOARD'];
/** The overview list: also the incubator managers, who see the fund's figures but not its ledger detail. */
const OVERVIEW_READERS: Role[] = [...LEDGER_READERS, 'INCUBATOR_MANAGER'];

export const fundPolicy: OperationPolicy = {
  Query: {
    funds: OVERVIEW_READERS,
    fund: LEDGER_READERS,
    capTable: LEDGER_READERS,
    fundingRounds: LEDGER_READERS,
    fundCsv: LEDGER_READERS,
    fundMembers: LEDGER_READERS,
  },
  Mutation: {
    createFund: WRITERS,
    commitCapital: WRITERS,
    changeCommitment: WRITERS,
    payInCapital: WRITERS,
    recordFundingRound: WRITERS,
    recordValuation: WRITERS,
    recordExit: WRITERS,
  },
};

/** Nested ledger detail reached through `funds` (open to INCUBATOR_MANAGER) is for ledger readers only. */
export function assertLedgerReader(ctx: GraphQLContext): void {
  const actor = requireActor(ctx);
  if (!LEDGER_READERS.includes(actor.role)) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Your role may see the fund overview but not its ledger detail.');
  }
}

export const fundResolvers: Resolvers = {
  Query: {
    funds: async (_root, _args, ctx) => (await ctx.em.find(FundSchema, {}, { orderBy: { name: 'asc' } })).map(fundView),
    fund: async (_root, { id }, ctx) => {
      const fund = await ctx.em.findOne(FundSchema, requireId('id', id));
      return fund && fundView(fund);
    },
    capTable: (_root, { startupId }, ctx) => capTable(ctx.em, startupId),
    fundingRounds: (_root, { startupId, fundId }, ctx) => roundsOf(ctx.em, { startupId, fundId }),
    fundMembers: (_root, { fundId, search }, ctx) =>
      membersOf(ctx.em, [requireId('fundId', fundId)], optionalText('search', search, { max: 200 })),
    fundCsv: async (_root, { fundId, table, lang }, ctx) => {
      const fund = await ctx.em.findOne(FundSchema, requireId('fundId', fundId));
      if (!fund) throw new DomainError(ErrorCode.NOT_FOUND, 'Fund was not found.', { what: 'Fund' });
      return fundCsv(ctx.em, fund, table, requestLanguage(ctx, lang));
    },
  },
  Mutation: {
    createFund: async (_root, { input }, ctx) => fundView(await ledger.createFund(ctx.em, requireActor(ctx), input)),
    commitCapital: async (_root, { input }, ctx) =>
      commitmentView(await ledger.commitCapital(ctx.em, requireActor(ctx), input, hanoiToday(ctx.app.clock))),
    changeCommitment: async (_root, args, ctx) =>
      commitmentView(await ledger.changeCommitment(ctx.em, requireActor(ctx), args, hanoiToday(ctx.app.clock))),
    payInCapital: async (_root, { input }, ctx) =>
      capitalPaymentView(await ledger.payInCapital(ctx.em, requireActor(ctx), input, hanoiToday(ctx.app.clock))),
    recordFundingRound: async (_root, { input }, ctx) =>
      fundingRoundView(await ledger.recordFundingRound(ctx.em, requireActor(ctx), input, hanoiToday(ctx.app.clock))),
    recordValuation: async (_root, { input }, ctx) =>
      valuationMarkView(await ledger.recordValuation(ctx.em, requireActor(ctx), input, hanoiToday(ctx.app.clock))),
    recordExit: async (_root, { input }, ctx) =>
      exitView(await ledger.recordExit(ctx.em, requireActor(ctx), input, hanoiToday(ctx.app.clock))),
  },
  Fund: {
    privateCommitted: (fund) => fundOverview(fund).privateCommitted,
    stateShareBp: (fund) => fundOverview(fund).stateShareBp,
    available: (fund) => fundOverview(fund).available,
    charterHeadroom: (fund) => fundOverview(fund).charterHeadroom,
    privateWithdrawalHeadroom: (fund) => fundOverview(fund).privateWithdrawalHeadroom,
    cashHeadroom: (fund) => fundOverview(fund).cashHeadroom,
    stakeHeadroom: (fund, { startupId, preMoney, othersAmount }, ctx) =>
      stakeHeadroom(ctx.em, fund, startupId, preMoney, othersAmount ?? 0n),
    stakeBp: async (fund, { startupId }, ctx) => stakeBp(await fundStake(ctx.em, fund.id, startupId)),
  },
  Commitment: {
    outstanding: (c) => c.amount - c.paidIn,
  },
  FundingRound: {
    postMoney: (r) => r.preMoney + r.raised,
  },
};
