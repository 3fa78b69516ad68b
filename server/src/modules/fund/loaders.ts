// Batch loaders for the fund ledger's nested fields: one query per field per request, never per row.
import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import { hanoiToday, requirePastDate, type IlpaPerformance } from '@launchpad/shared';
import { CapitalPaymentSchema, CommitmentChangeSchema, CommitmentSchema, FundingRoundSchema } from './entities';
import {
  capitalPaymentView,
  commitmentChangeView,
  commitmentMembers,
  commitmentView,
  fundingRoundView,
  holdingsOf,
  membersOf,
  participationsOf,
  performanceAsOf,
  startupNames,
  type CapitalPaymentView,
  type CommitmentView,
  type FundView,
  type FundingRoundView,
  type MemberView,
} from './read';
import { requireId, uuidArray } from '../../kernel';
import { assertLedgerReader } from './resolvers';

type Query<T, P = Record<string, unknown>> = { obj: T; params: P };

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

async function memberField(
  queries: Query<CommitmentView | CapitalPaymentView>[],
  ctx: MercuriusContext,
  field: 'name' | 'type',
) {
  const ids = queries.map((q) => ('commitmentId' in q.obj ? q.obj.commitmentId : q.obj.id));
  const members = await commitmentMembers(ctx.em, [...new Set(ids)]);
  return ids.map((id) => members.get(id)?.[field] ?? null);
}

export const fundLoaders: MercuriusLoaders = {
  Fund: {
    members: async (queries: Query<FundView>[], ctx) => {
      assertLedgerReader(ctx);
      const byFund = groupBy(
        await membersOf(
          ctx.em,
          queries.map((q) => q.obj.id),
        ),
        (m) => m.fundId,
      );
      return queries.map((q) => byFund.get(q.obj.id) ?? []);
    },
    commitments: async (queries: Query<FundView>[], ctx) => {
      assertLedgerReader(ctx);
      const list = await ctx.em.find(
        CommitmentSchema,
        { fund: { $in: queries.map((q) => q.obj.id) } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      const byFund = groupBy(list.map(commitmentView), (c) => c.fundId);
      return queries.map((q) => byFund.get(q.obj.id) ?? []);
    },
    payments: async (queries: Query<FundView, { commitmentId?: string | null }>[], ctx) => {
      assertLedgerReader(ctx);
      const list = await ctx.em.find(
        CapitalPaymentSchema,
        { fund: { $in: queries.map((q) => q.obj.id) } },
        { orderBy: { date: 'desc', createdAt: 'desc' } },
      );
      const views = list.map(capitalPaymentView);
      return queries.map((q) => {
        const only = q.params.commitmentId ? requireId('commitmentId', q.params.commitmentId) : null;
        return views.filter((p) => p.fundId === q.obj.id && (!only || p.commitmentId === only));
      });
    },
    rounds: async (queries: Query<FundView>[], ctx) => {
      assertLedgerReader(ctx);
      const links = await ctx.em.execute<{ round_id: string; fund_id: string }[]>(
        'select distinct round_id, fund_id from round_participations where fund_id = any(?::uuid[])',
        [uuidArray(queries.map((q) => q.obj.id))],
      );
      const rounds = links.length
        ? await ctx.em.find(
            FundingRoundSchema,
            { id: { $in: [...new Set(links.map((l) => l.round_id))] } },
            { orderBy: { date: 'desc', createdAt: 'desc' } },
          )
        : [];
      const views = rounds.map(fundingRoundView);
      return queries.map((q) => {
        const mine = new Set(links.filter((l) => l.fund_id === q.obj.id).map((l) => l.round_id));
        return views.filter((r) => mine.has(r.id));
      });
    },
    holdings: async (queries: Query<FundView>[], ctx) => {
      assertLedgerReader(ctx);
      const holdings = await holdingsOf(
        ctx.em,
        queries.map((q) => q.obj),
      );
      return queries.map((q) => holdings.get(q.obj.id) ?? []);
    },
    performance: async (queries: Query<FundView, { asOf?: string | null }>[], ctx) => {
      // asOf defaults to Hanoi's today from the server's clock; a day after it has not happened yet.
      const today = hanoiToday(ctx.app.clock);
      const days = queries.map((q) =>
        q.params.asOf === null || q.params.asOf === undefined ? today : requirePastDate('asOf', q.params.asOf, today),
      );
      const byDay = new Map<string, Map<string, IlpaPerformance>>();
      for (const day of new Set(days)) {
        const fundIds = queries.filter((_q, i) => days[i] === day).map((q) => q.obj.id);
        byDay.set(day, await performanceAsOf(ctx.em, fundIds, day));
      }
      return queries.map((q, i) => byDay.get(days[i]!)!.get(q.obj.id)!);
    },
  },
  FundMember: {
    commitments: async (queries: Query<MemberView>[], ctx) => {
      const list = await ctx.em.find(
        CommitmentSchema,
        { member: { $in: queries.map((q) => q.obj.id) } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      const byMember = groupBy(list.map(commitmentView), (c) => c.memberId);
      return queries.map((q) => byMember.get(q.obj.id) ?? []);
    },
  },
  Commitment: {
    memberName: (queries: Query<CommitmentView>[], ctx) => memberField(queries, ctx, 'name'),
    memberType: (queries: Query<CommitmentView>[], ctx) => memberField(queries, ctx, 'type'),
    changes: async (queries: Query<CommitmentView>[], ctx) => {
      const list = await ctx.em.find(
        CommitmentChangeSchema,
        { commitment: { $in: queries.map((q) => q.obj.id) } },
        { orderBy: { at: 'asc', id: 'asc' } },
      );
      const byCommitment = groupBy(list.map(commitmentChangeView), (c) => c.commitmentId);
      return queries.map((q) => byCommitment.get(q.obj.id) ?? []);
    },
  },
  CapitalPayment: {
    memberName: (queries: Query<CapitalPaymentView>[], ctx) => memberField(queries, ctx, 'name'),
    memberType: (queries: Query<CapitalPaymentView>[], ctx) => memberField(queries, ctx, 'type'),
  },
  FundingRound: {
    startupName: async (queries: Query<FundingRoundView>[], ctx) => {
      const names = await startupNames(ctx.em, [...new Set(queries.map((q) => q.obj.startupId))]);
      return queries.map((q) => names.get(q.obj.startupId) ?? '');
    },
    participations: async (queries: Query<FundingRoundView>[], ctx) => {
      const byRound = groupBy(
        await participationsOf(
          ctx.em,
          queries.map((q) => q.obj.id),
        ),
        (p) => p.roundId,
      );
      return queries.map((q) => byRound.get(q.obj.id) ?? []);
    },
  },
};
