// Thin resolvers of the fund's rules: authorize (policy table) → call the service or a read → return a view.
import {
  FUND_RULE_SET,
  FUND_RULE_SETS,
  FUND_RULE_UNIT,
  hanoiToday,
  requireDate,
  type FundRuleVersionView,
  type RuleCheck as RuleCheckValue,
} from '@launchpad/shared';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { DomainError, ErrorCode, badInput, type GraphQLContext } from '../../kernel';
import { FundRuleRefusalSchema, FundRuleSchema, type FundRule, type FundVehicle } from './entities';
import { ruleHistory, rulesOn, vehicleOf } from './read';
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

export function ruleView(v: FundRuleVersionView & { reason?: string | null; createdAt?: Date }) {
  return {
    id: v.id,
    kind: v.kind,
    limit: v.limit.toString(),
    minimum: v.minimum === null || v.minimum === undefined ? null : v.minimum.toString(),
    unit: FUND_RULE_UNIT[v.kind],
    scope: v.scope,
    citation: v.citation,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    version: v.version,
    reason: v.reason ?? null,
    ended: v.ends ?? false,
    createdAt: v.createdAt ?? new Date(0),
  };
}

function ruleRowView(row: FundRule) {
  return ruleView({
    id: row.id,
    kind: row.kind,
    limit: row.limitValue,
    minimum: row.minimumValue ?? null,
    scope: row.scope,
    citation: row.citation,
    effectiveFrom: String(row.effectiveFrom),
    effectiveTo: null,
    version: row.version,
    reason: row.reason ?? null,
    ends: row.endsRule ?? false,
    createdAt: row.createdAt,
  });
}

export function checkView(c: RuleCheckValue) {
  return {
    kind: c.kind,
    citation: c.citation,
    ruleId: c.ruleId,
    version: c.version,
    limit: c.limit.toString(),
    minimum: c.minimum === null ? null : c.minimum.toString(),
    current: c.current.toString(),
    headroom: c.headroom.toString(),
    ok: c.ok,
  };
}

function vehicleView(v: FundVehicle | null) {
  return v
    ? {
        kind: v.kind,
        legalBasis: v.legalBasis,
        cycleStart: String(v.cycleStart),
        termYears: v.termYears ?? null,
        reviewAfterYears: v.reviewAfterYears ?? null,
      }
    : null;
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
    ruleView({ ...v, reason: byId.get(v.id)?.reason ?? null, createdAt: byId.get(v.id)?.createdAt }),
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
      ).map(checkView),
    fundRuleSets: () =>
      FUND_RULE_SETS.map((name) => {
        const set = FUND_RULE_SET[name];
        return {
          name,
          vehicle: set.vehicle,
          rules: set.rules.map((r) => ({
            kind: r.kind,
            limit: r.limit.toString(),
            minimum: r.minimum === undefined ? null : r.minimum.toString(),
            unit: FUND_RULE_UNIT[r.kind],
            scope: r.scope,
            citation: r.citation,
          })),
        };
      }),
  },
  Mutation: {
    addFundRuleVersion: async (_root, { input }, ctx) => {
      const limit = digits('limit', input.limit)!;
      const minimum = digits('minimum', input.minimum);
      const row = await rules.addFundRuleVersion(ctx.em, requireActor(ctx), { ...input, limit, minimum });
      return ruleRowView(row);
    },
    endFundRule: async (_root, { input }, ctx) =>
      ruleRowView(await rules.endFundRule(ctx.em, requireActor(ctx), input)),
    applyFundRuleSet: async (_root, { input }, ctx) =>
      (await rules.applyFundRuleSet(ctx.em, requireActor(ctx), input)).map(ruleRowView),
    setFundVehicle: async (_root, { input }, ctx) =>
      vehicleView(await rules.setFundVehicle(ctx.em, requireActor(ctx), input))!,
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
      return (await rules.checkFundRules(ctx.em, { fundId: fund.id, onDate: day })).map(checkView);
    },
    vehicle: async (fund, _args, ctx) => {
      assertLedgerReader(ctx);
      return vehicleView(await vehicleOf(ctx.em, fund.id));
    },
    ruleRefusals: async (fund, { year }, ctx) => {
      assertLedgerReader(ctx);
      const where =
        year === null || year === undefined
          ? { fundId: fund.id }
          : { fundId: fund.id, onDate: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } };
      const rows = await ctx.em.find(FundRuleRefusalSchema, where, { orderBy: { at: 'desc' }, limit: 500 });
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        code: r.code,
        citation: r.citation,
        ruleId: r.ruleId ?? null,
        action: r.action,
        onDate: String(r.onDate),
        message: r.message,
        at: r.at,
      }));
    },
  },
};
