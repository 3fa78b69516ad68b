// Deal-pipeline test helpers: walk a deal through its investment committee over GraphQL, so a fund
// participation can name the approved decision it needs (DECISION_REQUIRED otherwise).
import type { TestApp } from './app';

export const DEAL_FIELDS = `id title step fundId startupId amountAsked preMoney allowedMoves
  history { from to reason actorEmail actorName at }
  dueDiligence { id area status finding }
  documents { id kind fileName mediaType size sha256 }
  meeting { id quorum outcome approvedAmount minutes members { id name present
    declaration { conflicted statement } vote { choice reason } } }
  decision { id amount used checks { phase passed amount result roundId onDate cashHeadroom
    rules { kind citation ruleId version limit current headroom ok } } rounds { roundId amount } }`;

export const CREATE_DEAL = `mutation($input: CreateDealInput!) { createDeal(input: $input) { ${DEAL_FIELDS} } }`;
export const MOVE_DEAL = `mutation($id: ID!, $to: DealStep!, $reason: String) { moveDeal(id: $id, to: $to, reason: $reason) { ${DEAL_FIELDS} } }`;
export const OPEN_MEETING = `mutation($input: OpenCommitteeMeetingInput!) { openCommitteeMeeting(input: $input) { ${DEAL_FIELDS} } }`;
export const DECLARE = `mutation($m: ID!, $c: Boolean!, $s: String) { declareCommitteeConflict(memberId: $m, conflicted: $c, statement: $s) { ${DEAL_FIELDS} } }`;
export const VOTE = `mutation($m: ID!, $c: VoteChoice!, $r: String!) { castVote(memberId: $m, choice: $c, reason: $r) { ${DEAL_FIELDS} } }`;
export const DECIDE = `mutation($d: ID!, $m: String!, $a: VND) { decideDeal(dealId: $d, minutes: $m, approvedAmount: $a) { ${DEAL_FIELDS} } }`;
export const DEAL = `query($id: ID!) { deal(id: $id) { ${DEAL_FIELDS} } }`;

export interface DealData {
  id: string;
  step: string;
  meeting: { id: string; members: { id: string; name: string }[] } | null;
  decision: {
    id: string;
    amount: string;
    used: string;
    checks: {
      phase: string;
      passed: boolean;
      onDate: string | null;
      cashHeadroom: string | null;
      rules: { kind: string; citation: string; version: number | null; limit: string; headroom: string; ok: boolean }[];
    }[];
  } | null;
  documents: { id: string; sha256: string; fileName: string; size: number }[];
  [key: string]: unknown;
}

async function must<T>(t: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const r = await t.gql<Record<string, T>>(query, variables, token);
  if (!r.data) throw new Error(`${query.slice(0, 40)}: ${JSON.stringify(r.errors)}`);
  return Object.values(r.data)[0]!;
}

/** A deal walked from sourcing to the committee step (findings left open). */
export async function dealInCommittee(
  t: TestApp,
  token: string,
  input: { fundId: string; startupId: string; amount: string; preMoney?: string; title?: string },
): Promise<DealData> {
  const deal = await must<DealData>(
    t,
    CREATE_DEAL,
    {
      input: {
        fundId: input.fundId,
        startupId: input.startupId,
        title: input.title ?? 'Test deal',
        amountAsked: input.amount,
        preMoney: input.preMoney ?? '1000000',
      },
    },
    token,
  );
  for (const to of ['SCREENING', 'DUE_DILIGENCE', 'INVESTMENT_COMMITTEE']) {
    await must(t, MOVE_DEAL, { id: deal.id, to }, token);
  }
  return deal;
}

/** A one-member committee that approves a deal in the committee step; answers the deal after the decision. */
export async function approveInCommittee(
  t: TestApp,
  token: string,
  dealId: string,
  heldOn = '2026-01-02',
): Promise<DealData> {
  const opened = await must<DealData>(
    t,
    OPEN_MEETING,
    { input: { dealId, heldOn, quorum: 1, members: [{ name: 'Chủ tịch Hội đồng', present: true }] } },
    token,
  );
  const member = opened.meeting!.members[0]!.id;
  await must(t, DECLARE, { m: member, c: false }, token);
  await must(t, VOTE, { m: member, c: 'FOR', r: 'Đủ điều kiện đầu tư.' }, token);
  return must<DealData>(t, DECIDE, { d: dealId, m: 'Hội đồng tán thành.' }, token);
}

/** The id of an approved investment decision of `fundId` for `startupId` covering `amount` dong. */
export async function approvedDecision(
  t: TestApp,
  token: string,
  input: { fundId: string; startupId: string; amount: string; preMoney?: string },
): Promise<string> {
  const deal = await dealInCommittee(t, token, input);
  return (await approveInCommittee(t, token, deal.id)).decision!.id;
}
