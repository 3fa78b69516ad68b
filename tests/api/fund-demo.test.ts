// The demo fund: about VND 600 billion, the city at exactly 49.00%, paid-in through 2026, every rule holding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { sql } from '../support/fund';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: 'demo' });
  // The whole demo program goes through the services (rules, audit): a minute or more on a busy 2-core machine.
}, 300_000);
afterAll(() => t?.close());

describe('the demo Hanoi Venture Investment Fund', () => {
  it('has 600 bn charter capital with the city at exactly 49.00% and invests within its paid-in capital', async () => {
    const board = await t.loginAs('BOARD');
    const r = await t.gql<{ funds: Record<string, unknown>[] }>(
      `{ funds { name charterCapital stateCommitted stateShareBp paidIn invested available members { type }
         holdings { stakeBp stakeCapBp } performance { moicBp } } }`,
      {},
      board,
    );
    expect(r.errors).toBeUndefined();
    const fund = r.data!.funds.find((f) => f.name === 'Quỹ Đầu tư Mạo hiểm Hà Nội')!;
    expect(fund).toMatchObject({
      charterCapital: '600000000000',
      stateCommitted: '294000000000',
      stateShareBp: 4900,
      paidIn: '480000000000',
    });
    expect(BigInt(fund.invested as string) <= BigInt(fund.paidIn as string)).toBe(true);
    expect((fund.members as { type: string }[]).filter((m) => m.type === 'PRIVATE').length).toBeGreaterThanOrEqual(5);
    for (const h of fund.holdings as { stakeBp: number; stakeCapBp: number }[])
      expect(h.stakeBp).toBeLessThanOrEqual(h.stakeCapBp);
  });

  it('carries the five rules of Hanoi’s fund with their exact limits and citations, as a business cooperation contract', async () => {
    const board = await t.loginAs('BOARD');
    const r = await t.gql<{
      funds: { name: string; vehicle: Record<string, unknown>; rules: Record<string, unknown>[] }[];
    }>(
      `{ funds { name vehicle { kind termYears reviewAfterYears } rules { kind limit minimum scope citation effectiveFrom effectiveTo version } } }`,
      {},
      board,
    );
    expect(r.errors).toBeUndefined();
    const fund = r.data!.funds.find((f) => f.name === 'Quỹ Đầu tư Mạo hiểm Hà Nội')!;
    expect(fund.vehicle).toEqual({ kind: 'BCC', termYears: 10, reviewAfterYears: 5 });
    expect(
      fund.rules.map((x) => [x.kind, x.limit, x.minimum, x.citation, x.effectiveFrom, x.effectiveTo, x.version]),
    ).toEqual([
      [
        'STATE_SHARE_OF_CHARTER',
        '4900',
        null,
        'Decree 264/2025/NĐ-CP, Art. 6(4)(b); Resolution 30/2025/NQ-HĐND',
        '2026-01-01',
        null,
        1,
      ],
      ['STATE_BUDGET_AMOUNT', '600000000000', null, 'Resolution 30/2025/NQ-HĐND', '2026-01-01', null, 1],
      [
        'OTHER_MEMBERS_COUNT',
        '6',
        null,
        'Resolution 30/2025/NQ-HĐND (Capital Law 2024, Art. 36)',
        '2026-01-01',
        null,
        1,
      ],
      [
        'STAKE_PER_STARTUP',
        '4900',
        null,
        'Program policy: the fund is only a minority co-investor',
        '2026-01-01',
        null,
        1,
      ],
      ['PORTFOLIO_LOSS_THRESHOLD', '5000', null, 'Decree 264/2025/NĐ-CP, Art. 10(4)', '2026-01-01', null, 1],
    ]);
  });

  it('counts its uninvested cash in NAV (ILPA): every performance figure recomputed from the ledger rows', async () => {
    const board = await t.loginAs('BOARD');
    const r = await t.gql<{ funds: { id: string; name: string; performance: Record<string, string | number> }[] }>(
      `{ funds { id name performance { asOf paidIn invested realized unrealized uninvestedCash nav distributions
         dpiBpExact rvpiBpExact tvpiBpExact moicBpExact tvpiBp } } }`,
      {},
      board,
    );
    expect(r.errors).toBeUndefined();
    const fund = r.data!.funds.find((f) => f.name === 'Quỹ Đầu tư Mạo hiểm Hà Nội')!;
    const p = fund.performance;
    const [row] = await sql<Record<string, string>>(
      t,
      `with held as (
         select r.startup_id, sum(p.amount) as cost
           from round_participations p join funding_rounds r on r.id = p.round_id
          where p.fund_id = $1 and r.date <= $2::date group by r.startup_id),
       valued as (
         select h.startup_id, h.cost, e.proceeds,
                (select m.value from valuation_marks m where m.fund_id = $1 and m.startup_id = h.startup_id
                    and m.date <= $2::date order by m.date desc, m.created_at desc, m.id desc limit 1) as mark
           from held h left join fund_exits e on e.fund_id = $1 and e.startup_id = h.startup_id and e.date <= $2::date)
       select (select coalesce(sum(amount), 0) from capital_payments where fund_id = $1 and date <= $2::date)::text as paid_in,
              coalesce(sum(cost), 0)::text as invested,
              coalesce(sum(proceeds), 0)::text as realized,
              coalesce(sum(case when proceeds is null then coalesce(mark, cost) else 0 end), 0)::text as unrealized
         from valued`,
      [fund.id, p.asOf],
    );
    const paidIn = BigInt(row!.paid_in!);
    const invested = BigInt(row!.invested!);
    const realized = BigInt(row!.realized!);
    const unrealized = BigInt(row!.unrealized!);
    const cash = paidIn - invested; // exit proceeds are passed straight to the members (distributed)
    const nav = unrealized + cash;
    expect(cash).toBeGreaterThan(0n);
    expect(p).toMatchObject({
      paidIn: String(paidIn),
      invested: String(invested),
      realized: String(realized),
      unrealized: String(unrealized),
      uninvestedCash: String(cash),
      nav: String(nav),
      distributions: String(realized),
      dpiBpExact: String((realized * 10000n) / paidIn),
      rvpiBpExact: String((nav * 10000n) / paidIn),
      tvpiBpExact: String((realized * 10000n) / paidIn + (nav * 10000n) / paidIn),
      moicBpExact: String(((realized + unrealized) * 10000n) / invested),
    });
    // Uninvested cash is not a loss: holdings at or above cost keep TVPI at 1.00× or more.
    if (unrealized + realized >= invested) expect(p.tvpiBp).toBeGreaterThanOrEqual(10000);
  });
});
