// The demo fund: about VND 600 billion, the city at exactly 49.00%, paid-in through 2026, every rule holding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
// Seeding the whole demo takes over a minute on a busy 2-core machine.
beforeAll(async () => {
  t = await createTestApp({ seed: 'demo' });
}, 300_000);
afterAll(() => t.close());

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
        'Program policy: the fund stays a minority co-investor',
        '2026-01-01',
        null,
        1,
      ],
      ['PORTFOLIO_LOSS_THRESHOLD', '5000', null, 'Decree 264/2025/NĐ-CP, Art. 10(4)', '2026-01-01', null, 1],
    ]);
  });
});
