// Thin resolvers of the fund's rules: authorize (policy table) → call the service or a read → return a view.
import { FUND_RULE_SETS, hanoiToday, requireDate } from '@launchpad/shared';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { DomainError, ErrorCode, badInput, type GraphQLContext } from '../../kernel';
import { FundRuleRefusalSchema, FundRuleSchema } from './entities';
import {
  fundRuleCheckView,
  fundRuleRefusalView,
  fundRuleRowView,
  fundRuleSetView,
  fundRuleView,
  fundVehicleView,
  ruleHistory,
  rulesOn,
  vehicleOf,
} from './read';
import * as rules from './service';

export const LEDGER_READERS = ['ADMIN', 'FUND_MANAGER', 'BOARD'] as const;

export const fundRulesPolicy: OperationPolicy = {
  Query: { fundRuleCheck: [...LEDGER_READERS], fundRuleSets: [...LEDGER_READERS] },
  Mutation: {
    addFundRuleVersion: ['ADMIN'],
    applyFundRuleSet: ['ADMIN'],
    endFundRule: ['ADMIN'],
    setFundVehicle: ['ADMIN', 'FUND_MANAGER'],
  },
};

/** Fund is reachable through `funds` by INCUBATOR_MANAGER too; its legal detail is for ledger readers. */
export function assertLedgerReader(ctx: GraphQLContext): void {
  const actor = requireActor(ctx);
  if (!(LEDGER_READERS as readonly string[]).includes(actor.role)) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Your role may see the fund overview but not its ledger detail.');
  }
}

/** A limit or minimum as the decimal string it arrives as (whole numbers only). */
function digits(field: string, value: string | null | undefined): bigint | null {
  if (value === null || value === undefined) return null;
  if (!/^\d{1,19}$/.test(value)) throw badInput(field, `The ${field} is a whole number (digits only).`);
  return BigInt(value);
}

/** Full history rows carry reason and createdAt; read them once per fund. */
async function historyWithRows(ctx: GraphQLContext, fundId: string) {
  const rows = await ctx.em.find(FundRuleSchema, { fundId });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (await ruleHistory(ctx.em, fundId)).map((v) =>
    fundRuleView({ ...v, reason: byId.get(v.id)?.reason ?? null, createdAt: byId.get(v.id)?.createdAt }),
  );
}

export const fundRulesResolvers: Resolvers = {
  Query: {
    fundRuleCheck: async (_root, { input }, ctx) =>
      (
        await rules.checkFundRules(ctx.em, {
          fundId: input.fundId,
          onDate: input.onDate ?? hanoiToday(ctx.app.clock),
          commitment: input.commitment ?? null,
          investment: input.investment ?? null,
        })
      ).map(fundRuleCheckView),
    fundRuleSets: () => FUND_RULE_SETS.map(fundRuleSetView),
  },
  Mutation: {
    addFundRuleVersion: async (_root, { input }, ctx) => {
      const limit = digits('limit', input.limit)!;
      const minimum = digits('minimum', input.minimum);
      const row = await rules.addFundRuleVersion(ctx.em, requireActor(ctx), { ...input, limit, minimum });
      return fundRuleRowView(row);
    },
    endFundRule: async (_root, { input }, ctx) =>
      fundRuleRowView(await rules.endFundRule(ctx.em, requireActor(ctx), input)),
    applyFundRuleSet: async (_root, { input }, ctx) =>
      (await rules.applyFundRuleSet(ctx.em, requireActor(ctx), input)).map(fundRuleRowView),
    setFundVehicle: async (_root, { input }, ctx) =>
      fundVehicleView(await rules.setFundVehicle(ctx.em, requireActor(ctx), input)),
  },
  Fund: {
    rules: async (fund, { asOf }, ctx) => {
      assertLedgerReader(ctx);
      const day = asOf ? requireDate('asOf', asOf) : hanoiToday(ctx.app.clock);
      const inForce = new Set((await rulesOn(ctx.em, fund.id, day)).map((v) => v.id));
      return (await historyWithRows(ctx, fund.id)).filter((v) => inForce.has(v.id));
    },
    ruleHistory: async (fund, _args, ctx) => {
      assertLedgerReader(ctx);
      return historyWithRows(ctx, fund.id);
    },
    ruleChecks: async (fund, { onDate }, ctx) => {
      assertLedgerReader(ctx);
      const day = onDate ? requireDate('onDate', onDate) : hanoiToday(ctx.app.clock);
      return (await rules.checkFundRules(ctx.em, { fundId: fund.id, onDate: day })).map(fundRuleCheckView);
    },
    vehicle: async (fund, _args, ctx) => {
      assertLedgerReader(ctx);
      const vehicle = await vehicleOf(ctx.em, fund.id);
      return vehicle && fundVehicleView(vehicle);
    },
    ruleRefusals: async (fund, { year }, ctx) => {
      assertLedgerReader(ctx);
      const where =
        year === null || year === undefined
          ? { fundId: fund.id }
          : { fundId: fund.id, onDate: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } };
      const rows = await ctx.em.find(FundRuleRefusalSchema, where, { orderBy: { at: 'desc' }, limit: 500 });
      return rows.map(fundRuleRefusalView);
    },
  },
};
