// The 49% rules under concurrency, against real PostgreSQL: many requests that each fit alone but
// not together are fired at once; afterwards the invariants are recomputed from the rows themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRound, makeStake, type Stake } from '@launchpad/shared';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { PAY_IN, ROUND, commit, createFund, insertStartups, sql } from '../support/fund';
import { approvedDecision } from '../support/deals';

let t: TestApp;
let fm: string;

beforeAll(async () => {
  t = await createTestApp({ seed: 'accounts' });
  fm = await t.loginAs('FUND_MANAGER');
});
afterAll(() => t.close());

describe('concurrent ledger writes at the caps', () => {
  it('never lets concurrent commitments and round participations break the charter, cash or stake rule', async () => {
    // Charter: private 51 bn committed, so exactly 49 state commitments of 1 bn fit.
    const charterFund = await createFund(t, fm, 'Concurrency charter fund');
    expect((await commit(t, fm, charterFund, 'Vietinbank', 'PRIVATE', '51000000000')).errors).toBeUndefined();

    // Cash and stake: 100 m paid in, so at most 10 participations of 10 m fit the cash rule; rounds at
    // pre-money 20 m put the fund at 33% and a second one would lift it above 49% unless others dilute it first.
    const roundFund = await createFund(t, fm, 'Concurrency round fund');
    const c = await commit(t, fm, roundFund, 'Sacombank', 'PRIVATE', '100000000');
    expect(
      (
        await t.gql(
          PAY_IN,
          { input: { commitmentId: c.data!.commitCapital.id, amount: '100000000', date: '2026-03-01' } },
          fm,
        )
      ).errors,
    ).toBeUndefined();
    const [startupId] = await insertStartups(t, ['Concurrency startup']);

    const commitments = Array.from({ length: 60 }, () =>
      commit(t, fm, charterFund, 'Ngân sách Thành phố Hà Nội', 'STATE', '1000000000'),
    );
    // One committee decision covers all 30 attempts: the rules, not the decision, decide which ones fit.
    const decisionId = await approvedDecision(t, fm, { fundId: roundFund, startupId: startupId!, amount: '300000000' });
    const round = (participations: Record<string, string>[]) =>
      t.gql(ROUND, { input: { startupId, date: '2026-06-01', preMoney: '20000000', participations } }, fm);
    const fundRounds = Array.from({ length: 30 }, () => round([{ fundId: roundFund, amount: '10000000', decisionId }]));
    const dilutingRounds = Array.from({ length: 20 }, (_, i) =>
      round([{ investorName: `Nhà đầu tư ${i}`, amount: '10000000' }]),
    );

    const [commitResults, fundRoundResults, dilutingResults] = await Promise.all([
      Promise.all(commitments),
      Promise.all(fundRounds),
      Promise.all(dilutingRounds),
    ]);

    // Exactly the commitments that fit were accepted; every other one carried CHARTER_LIMIT_EXCEEDED.
    const accepted = commitResults.filter((r) => !r.errors);
    expect(accepted).toHaveLength(49);
    for (const r of commitResults.filter((x) => x.errors)) expect(errorCode(r)).toBe('CHARTER_LIMIT_EXCEEDED');
    expect(dilutingResults.every((r) => !r.errors)).toBe(true);
    const fundAccepted = fundRoundResults.filter((r) => !r.errors).length;
    expect(fundAccepted).toBeGreaterThan(0);
    for (const r of fundRoundResults.filter((x) => x.errors)) {
      expect(['CASH_LIMIT_EXCEEDED', 'STAKE_LIMIT_EXCEEDED']).toContain(errorCode(r));
    }

    // The fund rows' running totals equal what the ledger rows add up to, and the rules hold exactly.
    const totals = await sql<Record<string, string>>(
      t,
      `select f.id, f.charter_capital::text, f.state_committed::text, f.paid_in::text, f.invested::text, f.charter_cap_bp,
              (select coalesce(sum(c.amount), 0) from commitments c where c.fund_id = f.id)::text as rows_charter,
              (select coalesce(sum(c.amount), 0) from commitments c join fund_members m on m.id = c.member_id
                where c.fund_id = f.id and m.type = 'STATE')::text as rows_state,
              (select coalesce(sum(p.amount), 0) from capital_payments p where p.fund_id = f.id)::text as rows_paid_in,
              (select coalesce(sum(p.amount), 0) from round_participations p where p.fund_id = f.id)::text as rows_invested
         from funds f where f.id = any($1::uuid[])`,
      [[charterFund, roundFund]],
    );
    for (const row of totals) {
      expect(row.charter_capital).toBe(row.rows_charter);
      expect(row.state_committed).toBe(row.rows_state);
      expect(row.paid_in).toBe(row.rows_paid_in);
      expect(row.invested).toBe(row.rows_invested);
      expect(BigInt(row.rows_state!) * 10000n <= BigInt(row.charter_cap_bp!) * BigInt(row.rows_charter!)).toBe(true);
      expect(BigInt(row.rows_invested!) <= BigInt(row.rows_paid_in!)).toBe(true);
    }
    const charterRow = totals.find((r) => r.id === charterFund)!;
    expect(charterRow.rows_state).toBe('49000000000');
    expect(charterRow.rows_charter).toBe('100000000000');
    expect(BigInt(totals.find((r) => r.id === roundFund)!.rows_invested!)).toBe(BigInt(fundAccepted) * 10000000n);

    // Replaying the accepted rounds in their recorded order, the fund never held more than 49.00%.
    const rows = await sql<{ id: string; pre_money: string; holder: string; amount: string }>(
      t,
      `select r.id, r.pre_money::text, coalesce(p.fund_id::text, p.investor_name) as holder, p.amount::text
         from funding_rounds r join round_participations p on p.round_id = r.id
        where r.startup_id = $1 order by r.date, r.created_at, r.id`,
      [startupId],
    );
    expect(rows).toHaveLength(fundAccepted + 20);
    let holdings = new Map<string, Stake>([['founders', makeStake(1n, 1n)]]);
    for (const row of rows) {
      holdings = applyRound(holdings, {
        preMoney: BigInt(row.pre_money),
        participations: [{ holder: row.holder, amount: BigInt(row.amount) }],
      });
      const stake = holdings.get(roundFund);
      if (stake) expect(stake.num * 10000n <= 4900n * stake.den).toBe(true);
    }
  }, 120_000);
});
