// The rules of the fund under the law under concurrency, against real PostgreSQL: writers racing at the state budget
// amount, the other-members count, the 2–30 investors of a Decree 38 fund (both ends), a stricter stake version and
// the 100% of capital calls. Afterwards the limits are
// recomputed from the rows themselves: no violation, and every acknowledged write is there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRound, makeStake, type Stake } from '@launchpad/shared';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { approvedDecision } from '../support/deals';
import { CHANGE, PAY_IN, ROUND, commit, createFund, insertStartups, sql } from '../support/fund';

const ADD_RULE = `mutation($input: AddFundRuleVersionInput!) { addFundRuleVersion(input: $input) { id } }`;
const CALL = `mutation($input: CreateCapitalCallInput!) { createCapitalCall(input: $input) { id } }`;

let t: TestApp;
let admin: string;
let fm: string;

beforeAll(async () => {
  t = await createTestApp({ seed: 'accounts' });
  admin = await t.loginAs('ADMIN');
  fm = await t.loginAs('FUND_MANAGER');
});
afterAll(() => t.close());

async function rule(fundId: string, kind: string, limit: string) {
  const r = await t.gql(
    ADD_RULE,
    { input: { fundId, kind, limit, scope: 'race', citation: `Race rule ${kind}`, effectiveFrom: '2026-01-01' } },
    admin,
  );
  expect(r.errors).toBeUndefined();
}

describe('concurrent writers at the new limits', () => {
  it('never lets racing commitments pass the state budget amount or the other-members count', async () => {
    const fundId = await createFund(t, fm, 'Race budget fund');
    await rule(fundId, 'STATE_BUDGET_AMOUNT', '30000000000');
    await rule(fundId, 'OTHER_MEMBERS_COUNT', '6');
    // Private capital large enough that the 49% share never binds: only the budget and the count do.
    expect((await commit(t, fm, fundId, 'Anchor LP', 'PRIVATE', '1000000000000')).errors).toBeUndefined();

    const [stateResults, memberResults] = await Promise.all([
      Promise.all(Array.from({ length: 60 }, () => commit(t, fm, fundId, 'City budget', 'STATE', '1000000000'))),
      Promise.all(Array.from({ length: 30 }, (_, i) => commit(t, fm, fundId, `Racer ${i}`, 'PRIVATE', '1000000'))),
    ]);
    expect(stateResults.filter((r) => !r.errors)).toHaveLength(30);
    expect(memberResults.filter((r) => !r.errors)).toHaveLength(5);
    for (const r of [...stateResults, ...memberResults].filter((x) => x.errors)) {
      expect(errorCode(r)).toBe('CHARTER_LIMIT_EXCEEDED');
    }

    const [row] = await sql<{ state: string; others: string; ids: string[] }>(
      t,
      `select (select coalesce(sum(c.amount), 0) from commitments c join fund_members m on m.id = c.member_id
                where c.fund_id = $1 and m.type = 'STATE')::text as state,
              (select count(distinct m.id) from commitments c join fund_members m on m.id = c.member_id
                where c.fund_id = $1 and m.type = 'PRIVATE' and c.amount > 0)::text as others,
              (select array_agg(c.id::text) from commitments c where c.fund_id = $1) as ids`,
      [fundId],
    );
    expect(row!.state).toBe('30000000000');
    expect(row!.others).toBe('6');
    // Every acknowledged write is there.
    for (const r of [...stateResults, ...memberResults].filter((x) => !x.errors)) {
      expect(row!.ids).toContain(r.data!.commitCapital.id);
    }
  });

  it('never lets racing rounds pass a stricter stake version, nor racing calls ask more than 100%', async () => {
    const fundId = await createFund(t, fm, 'Race stake fund');
    await rule(fundId, 'STAKE_PER_STARTUP', '2000');
    const c = await commit(t, fm, fundId, 'Stake LP', 'PRIVATE', '10000000000');
    expect(
      (
        await t.gql(
          PAY_IN,
          { input: { commitmentId: c.data!.commitCapital.id, amount: '10000000000', date: '2026-02-01' } },
          fm,
        )
      ).errors,
    ).toBeUndefined();
    const [startupId] = await insertStartups(t, ['Race stake startup']);
    const round = (participations: Record<string, string>[]) =>
      t.gql(ROUND, { input: { startupId, date: '2026-06-01', preMoney: '100000000', participations } }, fm);
    // One decision covers every racing round: the stake rule, not the decision's amount, decides which fit.
    const decisionId = await approvedDecision(t, fm, { fundId, startupId: startupId!, amount: '300000000' });

    const [fundRounds, otherRounds, calls] = await Promise.all([
      Promise.all(Array.from({ length: 30 }, () => round([{ fundId, amount: '10000000', decisionId }]))),
      Promise.all(Array.from({ length: 10 }, (_, i) => round([{ investorName: `Angel ${i}`, amount: '10000000' }]))),
      Promise.all(
        Array.from({ length: 30 }, () =>
          t.gql(CALL, { input: { fundId, callDate: '2026-03-01', dueDate: '2026-03-31', percentBp: 1000 } }, fm),
        ),
      ),
    ]);
    expect(fundRounds.filter((r) => !r.errors).length).toBeGreaterThan(0);
    for (const r of fundRounds.filter((x) => x.errors)) {
      expect(errorCode(r)).toBe('STAKE_LIMIT_EXCEEDED');
      expect(r.errors![0]!.extensions!.rule).toMatchObject({
        kind: 'STAKE_PER_STARTUP',
        citation: 'Race rule STAKE_PER_STARTUP',
      });
    }
    expect(otherRounds.every((r) => !r.errors)).toBe(true);
    expect(calls.filter((r) => !r.errors)).toHaveLength(10);

    // Replaying the accepted rounds in their recorded order, the fund never held more than 20.00%.
    const rows = await sql<{ id: string; pre_money: string; holder: string; amount: string }>(
      t,
      `select r.id, r.pre_money::text, coalesce(p.fund_id::text, p.investor_name) as holder, p.amount::text
         from funding_rounds r join round_participations p on p.round_id = r.id
        where r.startup_id = $1 order by r.date, r.created_at, r.id`,
      [startupId],
    );
    expect(rows).toHaveLength(fundRounds.filter((r) => !r.errors).length + 10);
    let holdings = new Map<string, Stake>([['founders', makeStake(1n, 1n)]]);
    for (const row of rows) {
      holdings = applyRound(holdings, {
        preMoney: BigInt(row.pre_money),
        participations: [{ holder: row.holder, amount: BigInt(row.amount) }],
      });
      const stake = holdings.get(fundId);
      if (stake) expect(stake.num * 10000n <= 2000n * stake.den).toBe(true);
    }
    const [called] = await sql<{ bp: string; lines: string }>(
      t,
      `select sum(percent_bp)::text as bp, (select count(*) from capital_call_lines l join capital_calls k on k.id = l.call_id
         where k.fund_id = $1)::text as lines from capital_calls where fund_id = $1`,
      [fundId],
    );
    expect(called).toEqual({ bp: '10000', lines: '10' });
  });

  it('never lets racing investors pass 30, nor racing withdrawals leave fewer than 2 (a Decree 38 fund)', async () => {
    const fundId = await createFund(t, fm, 'Race investors fund');
    const applied = await t.gql(
      `mutation($input: ApplyFundRuleSetInput!) { applyFundRuleSet(input: $input) { id } }`,
      { input: { fundId, set: 'DECREE_38_STARTUP_FUND', effectiveFrom: '2026-01-01' } },
      admin,
    );
    expect(applied.errors).toBeUndefined();

    const joins = await Promise.all(
      Array.from({ length: 45 }, (_, i) => commit(t, fm, fundId, `Investor ${i}`, 'PRIVATE', '1000000')),
    );
    const joined = joins.filter((r) => !r.errors);
    expect(joined).toHaveLength(30);
    for (const r of joins.filter((x) => x.errors)) {
      expect(errorCode(r)).toBe('CHARTER_LIMIT_EXCEEDED');
      expect(r.errors![0]!.extensions!.rule).toMatchObject({ kind: 'INVESTORS_COUNT', limit: '30', minimum: '2' });
    }

    const leaves = await Promise.all(
      joined.map((r) => t.gql(CHANGE, { id: r.data!.commitCapital.id, amount: '0', reason: 'Leaves' }, fm)),
    );
    expect(leaves.filter((r) => !r.errors)).toHaveLength(28);
    for (const r of leaves.filter((x) => x.errors)) expect(errorCode(r)).toBe('CHARTER_LIMIT_EXCEEDED');

    const rows = await sql<{ id: string; amount: string }>(
      t,
      `select id::text, amount::text from commitments where fund_id = $1`,
      [fundId],
    );
    expect(rows).toHaveLength(30);
    expect(rows.filter((r) => r.amount !== '0')).toHaveLength(2);
    // Every acknowledged withdrawal is there.
    const withdrawn = new Set(rows.filter((r) => r.amount === '0').map((r) => r.id));
    joined.forEach((r, i) => {
      if (!leaves[i]!.errors) expect(withdrawn.has(r.data!.commitCapital.id)).toBe(true);
    });
  });
});
