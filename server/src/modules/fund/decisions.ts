// Reads of the investment decisions: per deal, the approved amount, what rounds used of it, and the rule
// checks kept at approval (preview) and at each recording.
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../kernel';

export interface DecisionCheckView {
  phase: 'PREVIEW' | 'RECORDING';
  roundId: string | null;
  amount: bigint;
  passed: boolean;
  result: Record<string, unknown>;
  checkedAt: string;
}

export interface DecisionRoundView {
  roundId: string;
  date: string;
  preMoney: bigint;
  raised: bigint;
  amount: bigint;
}

export interface DecisionView {
  id: string;
  dealId: string;
  fundId: string;
  startupId: string;
  amount: bigint;
  used: bigint;
  approvedAt: string;
  checks: DecisionCheckView[];
  rounds: DecisionRoundView[];
}

/** The decision of each deal (deals without one are absent from the map). */
export async function decisionsOfDeals(
  em: EntityManager,
  dealIds: readonly string[],
): Promise<Map<string, DecisionView>> {
  const result = new Map<string, DecisionView>();
  if (dealIds.length === 0) return result;
  const decisions = await em.execute<
    { id: string; deal_id: string; fund_id: string; startup_id: string; amount: string; approved_at: string }[]
  >(
    `select id, deal_id, fund_id, startup_id, amount::text, approved_at from investment_decisions
      where deal_id = any(?::uuid[])`,
    [uuidArray(dealIds)],
  );
  if (decisions.length === 0) return result;
  const ids = decisions.map((d) => d.id);
  const checks = await em.execute<
    {
      decision_id: string;
      phase: 'PREVIEW' | 'RECORDING';
      round_id: string | null;
      amount: string;
      passed: boolean;
      result: Record<string, unknown>;
      checked_at: string;
    }[]
  >(
    `select decision_id, phase, round_id, amount::text, passed, result, checked_at from decision_checks
      where decision_id = any(?::uuid[]) order by checked_at, id`,
    [uuidArray(ids)],
  );
  const rounds = await em.execute<
    { decision_id: string; round_id: string; date: string; pre_money: string; raised: string; amount: string }[]
  >(
    `select p.decision_id, r.id as round_id, r.date::text as date, r.pre_money::text, r.raised::text, p.amount::text
       from round_participations p join funding_rounds r on r.id = p.round_id
      where p.decision_id = any(?::uuid[]) order by r.date, r.created_at`,
    [uuidArray(ids)],
  );
  for (const d of decisions) {
    const mine = rounds.filter((r) => r.decision_id === d.id);
    result.set(d.deal_id, {
      id: d.id,
      dealId: d.deal_id,
      fundId: d.fund_id,
      startupId: d.startup_id,
      amount: BigInt(d.amount),
      used: mine.reduce((sum, r) => sum + BigInt(r.amount), 0n),
      approvedAt: new Date(d.approved_at).toISOString(),
      checks: checks
        .filter((c) => c.decision_id === d.id)
        .map((c) => ({
          phase: c.phase,
          roundId: c.round_id,
          amount: BigInt(c.amount),
          passed: c.passed,
          result: c.result,
          checkedAt: new Date(c.checked_at).toISOString(),
        })),
      rounds: mine.map((r) => ({
        roundId: r.round_id,
        date: r.date,
        preMoney: BigInt(r.pre_money),
        raised: BigInt(r.raised),
        amount: BigInt(r.amount),
      })),
    });
  }
  return result;
}
