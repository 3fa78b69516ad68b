// Thin resolvers of the deal pipeline and the investment committee: policy → service → view.
import type { Role } from '@launchpad/shared';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { GraphQLContext } from '../../graphql/context';
import type { Resolvers } from '../../graphql/generated';
import { notFound, optionalId, requireId } from '../../kernel';
import { dealCards, dealView, decisionCheckView, startupDocuments } from './read';
import * as deals from './service';

const WRITERS: Role[] = ['ADMIN', 'FUND_MANAGER'];
const READERS: Role[] = ['ADMIN', 'FUND_MANAGER', 'BOARD'];

export const dealsPolicy: OperationPolicy = {
  Query: {
    deals: READERS,
    deal: READERS,
    dueDiligenceAreas: READERS,
    startupDocuments: [...READERS, 'FOUNDER'],
  },
  Mutation: {
    createDeal: WRITERS,
    moveDeal: WRITERS,
    setDueDiligenceAreas: WRITERS,
    updateDueDiligenceItem: WRITERS,
    openCommitteeMeeting: WRITERS,
    declareCommitteeConflict: WRITERS,
    castVote: WRITERS,
    decideDeal: WRITERS,
  },
};

async function view(ctx: GraphQLContext, id: string) {
  const found = await dealView(ctx.em, id);
  if (!found) throw notFound('Deal');
  return found;
}

async function dealOfMember(ctx: GraphQLContext, memberId: string): Promise<string> {
  const [row] = await ctx.em.execute<{ deal_id: string }[]>(
    'select mt.deal_id from committee_members m join committee_meetings mt on mt.id = m.meeting_id where m.id = ?',
    [memberId],
  );
  if (!row) throw notFound('Committee member');
  return row.deal_id;
}

export const dealsResolvers: Resolvers = {
  Query: {
    deals: (_root, { fundId, startupId, step }, ctx) =>
      dealCards(ctx.em, {
        fundId: optionalId('fundId', fundId),
        startupId: optionalId('startupId', startupId),
        step: step ?? null,
      }),
    deal: (_root, { id }, ctx) => dealView(ctx.em, requireId('id', id)),
    dueDiligenceAreas: (_root, { fundId }, ctx) => deals.dueDiligenceAreas(ctx.em, requireId('fundId', fundId)),
    startupDocuments: (_root, { startupId }, ctx) =>
      startupDocuments(ctx.em, requireActor(ctx), requireId('startupId', startupId)),
  },
  Mutation: {
    createDeal: async (_root, { input }, ctx) =>
      view(ctx, (await deals.createDeal(ctx.em, requireActor(ctx), input)).id),
    moveDeal: async (_root, { id, to, reason }, ctx) =>
      view(ctx, (await deals.moveDeal(ctx.em, requireActor(ctx), { id, to, reason })).id),
    setDueDiligenceAreas: (_root, { fundId, areas }, ctx) =>
      deals.setDueDiligenceAreas(ctx.em, requireActor(ctx), { fundId, areas }),
    updateDueDiligenceItem: async (_root, { id, status, finding }, ctx) => {
      const item = await deals.updateDueDiligenceItem(ctx.em, requireActor(ctx), { id, status, finding });
      return (await view(ctx, item.deal.id)).dueDiligence.find((d) => d.id === item.id)!;
    },
    openCommitteeMeeting: async (_root, { input }, ctx) =>
      view(ctx, (await deals.openCommitteeMeeting(ctx.em, requireActor(ctx), input)).deal.id),
    declareCommitteeConflict: async (_root, { memberId, conflicted, statement }, ctx) => {
      await deals.declareConflict(ctx.em, requireActor(ctx), { memberId, conflicted, statement });
      return view(ctx, await dealOfMember(ctx, memberId));
    },
    castVote: async (_root, { memberId, choice, reason }, ctx) => {
      await deals.castVote(ctx.em, requireActor(ctx), { memberId, choice, reason });
      return view(ctx, await dealOfMember(ctx, memberId));
    },
    decideDeal: async (_root, { dealId, minutes, approvedAmount }, ctx) =>
      view(ctx, (await deals.decideDeal(ctx.em, requireActor(ctx), { dealId, minutes, approvedAmount })).id),
  },
  InvestmentDecision: {
    checks: (decision) => decision.checks.map(decisionCheckView),
  },
};
