// Fund-ledger test helpers: GraphQL operations and startups inserted straight into the database.
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import type { TestApp } from './app';

export const FUND_FIELDS = `id name charterCapBp stakeCapBp charterCapital stateCommitted privateCommitted stateShareBp
  paidIn invested available charterHeadroom privateWithdrawalHeadroom cashHeadroom`;

export const CREATE_FUND = `mutation($input: CreateFundInput!) { createFund(input: $input) { ${FUND_FIELDS} } }`;
export const COMMIT = `mutation($input: CommitCapitalInput!) { commitCapital(input: $input) { id amount paidIn memberName memberType } }`;
export const CHANGE = `mutation($id: ID!, $amount: VND!, $reason: String) {
  changeCommitment(commitmentId: $id, amount: $amount, reason: $reason) { id amount paidIn changes { amountBefore amountAfter reason } } }`;
export const PAY_IN = `mutation($input: PayInCapitalInput!) { payInCapital(input: $input) { id amount date memberName } }`;
export const ROUND = `mutation($input: RecordFundingRoundInput!) { recordFundingRound(input: $input) {
  id preMoney raised postMoney startupName participations { kind fundId holderName amount roundStakeBp } } }`;
export const FUND = `query($id: ID!) { fund(id: $id) { ${FUND_FIELDS} } }`;

/** Creates startups directly (the startups module owns them; the fund only references their ids). */
export async function insertStartups(t: TestApp, names: string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: t.database.url });
  await client.connect();
  try {
    const programId = randomUUID();
    await client.query(`insert into programs (id, name, gates, created_at) values ($1, $2, '{}'::jsonb, now())`, [
      programId,
      `Fund test program ${programId.slice(0, 8)}`,
    ]);
    const ids: string[] = [];
    for (const name of names) {
      const id = randomUUID();
      await client.query(
        `insert into startups (id, name, sector, stage, program_id, created_at, updated_at)
         values ($1, $2, 'Smart transport', 'SCALING_UP', $3, now(), now())`,
        [id, name, programId],
      );
      ids.push(id);
    }
    return ids;
  } finally {
    await client.end();
  }
}

/** Runs SQL against the test database (to recompute invariants from the rows themselves). */
export async function sql<T extends Record<string, unknown>>(
  t: TestApp,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: t.database.url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function createFund(t: TestApp, token: string, name: string, extra: Record<string, unknown> = {}) {
  const r = await t.gql<{ createFund: { id: string } }>(CREATE_FUND, { input: { name, ...extra } }, token);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createFund.id;
}

export async function commit(
  t: TestApp,
  token: string,
  fundId: string,
  memberName: string,
  memberType: 'STATE' | 'PRIVATE',
  amount: string,
) {
  return t.gql<{ commitCapital: { id: string; amount: string } }>(
    COMMIT,
    { input: { fundId, memberName, memberType, amount } },
    token,
  );
}
