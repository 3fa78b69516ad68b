// The demo fund: about VND 600 billion, the city at exactly 49.00%, paid-in through 2026, every rule holding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: 'demo' });
});
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
});
