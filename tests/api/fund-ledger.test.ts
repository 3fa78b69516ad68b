// The fund ledger through the API: the 49% charter rule at its boundary, pay-ins, the cash and stake
// rules with dilution, bad amounts that write nothing, and who may read and write.
import { approvedDecision } from '../support/deals';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { CHANGE, FUND, PAY_IN, ROUND, commit, createFund, insertStartups, sql } from '../support/fund';

let t: TestApp;
let fm: string;

beforeAll(async () => {
  t = await createTestApp({ seed: 'accounts' });
  fm = await t.loginAs('FUND_MANAGER');
});
afterAll(() => t.close());

async function fund(id: string) {
  const r = await t.gql<{ fund: Record<string, string | number> }>(FUND, { id }, fm);
  return r.data!.fund;
}

describe('the charter rule', () => {
  it('accepts a state commitment of exactly 49.00% and refuses one dong more with CHARTER_LIMIT_EXCEEDED', async () => {
    const fundId = await createFund(t, fm, 'Charter boundary fund');
    expect((await commit(t, fm, fundId, 'Vietcombank', 'PRIVATE', '51000000000')).errors).toBeUndefined();
    const refused = await commit(t, fm, fundId, 'Ngân sách Thành phố Hà Nội', 'STATE', '49000000001');
    expect(errorCode(refused)).toBe('CHARTER_LIMIT_EXCEEDED');
    expect(refused.errors![0]!.extensions).toMatchObject({ currentBp: 0, capBp: 4900, headroom: '49000000000' });
    expect(refused.errors![0]!.message).toMatch(/49\.00%/);
    expect(refused.errors![0]!.message).toMatch(/VND 49,000,000,000/);
    const accepted = await commit(t, fm, fundId, 'Ngân sách Thành phố Hà Nội', 'STATE', '49000000000');
    expect(accepted.errors).toBeUndefined();
    expect(await fund(fundId)).toMatchObject({
      charterCapital: '100000000000',
      stateCommitted: '49000000000',
      stateShareBp: 4900,
      charterHeadroom: '0',
    });
    const oneMore = await commit(t, fm, fundId, 'Ngân sách Thành phố Hà Nội', 'STATE', '1');
    expect(errorCode(oneMore)).toBe('CHARTER_LIMIT_EXCEEDED');
    expect(oneMore.errors![0]!.extensions).toMatchObject({ currentBp: 4900, capBp: 4900, headroom: '0' });
    const rows = await sql<{ n: string }>(t, 'select count(*)::text as n from commitments where fund_id = $1', [
      fundId,
    ]);
    expect(rows[0]!.n).toBe('2');
  });

  it('refuses a private withdrawal that would lift the state share above 49% and accepts one that keeps it', async () => {
    const fundId = await createFund(t, fm, 'Withdrawal fund');
    const priv = await commit(t, fm, fundId, 'Tập đoàn Vingroup', 'PRIVATE', '60000000000');
    await commit(t, fm, fundId, 'Ngân sách Thành phố Hà Nội', 'STATE', '49000000000');
    const id = priv.data!.commitCapital.id;
    // 49 / (49 + 51) = 49.00% exactly: a withdrawal of 9 bn is the most allowed.
    const tooMuch = await t.gql(CHANGE, { id, amount: '50999999999' }, fm);
    expect(errorCode(tooMuch)).toBe('CHARTER_LIMIT_EXCEEDED');
    expect(tooMuch.errors![0]!.extensions).toMatchObject({ privateWithdrawalHeadroom: '9000000000' });
    const ok = await t.gql<{ changeCommitment: { changes: unknown[] } }>(
      CHANGE,
      { id, amount: '51000000000', reason: 'Giảm cam kết' },
      fm,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.changeCommitment.changes).toEqual([
      { amountBefore: '0', amountAfter: '60000000000', reason: null },
      { amountBefore: '60000000000', amountAfter: '51000000000', reason: 'Giảm cam kết' },
    ]);
    expect(await fund(fundId)).toMatchObject({ charterCapital: '100000000000', stateShareBp: 4900 });
  });

  it('records every ledger write in the audit log with before and after', async () => {
    const fundId = await createFund(t, fm, 'Audited fund');
    const c = await commit(t, fm, fundId, 'BIDV', 'PRIVATE', '1000');
    const rows = await sql<{ action: string; after: Record<string, unknown> }>(
      t,
      `select action, after from audit_log where entity_id = $1`,
      [c.data!.commitCapital.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.action).toBe('fund.commitCapital');
    expect(rows[0]!.after).toMatchObject({ amount: '1000', memberName: 'BIDV' });
  });
});

describe('pay-ins and the cash rule', () => {
  it('refuses a pay-in above the outstanding commitment naming amount, and an investment above paid-in with CASH_LIMIT_EXCEEDED', async () => {
    const [startupId] = await insertStartups(t, ['Cash rule startup']);
    const fundId = await createFund(t, fm, 'Cash fund');
    const c = await commit(t, fm, fundId, 'Techcombank', 'PRIVATE', '10000');
    const commitmentId = c.data!.commitCapital.id;
    expect(
      (await t.gql(PAY_IN, { input: { commitmentId, amount: '6000', date: '2026-03-01' } }, fm)).errors,
    ).toBeUndefined();
    const over = await t.gql(PAY_IN, { input: { commitmentId, amount: '4001', date: '2026-04-01' } }, fm);
    expect(errorCode(over)).toBe('CASH_LIMIT_EXCEEDED');
    expect(over.errors![0]!.extensions).toMatchObject({
      field: 'amount',
      committed: '10000',
      paidIn: '6000',
      headroom: '4000',
    });
    expect(
      (await t.gql(PAY_IN, { input: { commitmentId, amount: '4000', date: '2026-04-01' } }, fm)).errors,
    ).toBeUndefined();
    const below = await t.gql(CHANGE, { id: commitmentId, amount: '9999' }, fm);
    expect(errorCode(below)).toBe('BAD_USER_INPUT');
    expect(below.errors![0]!.extensions).toMatchObject({ field: 'amount' });

    const decisionId = await approvedDecision(t, fm, { fundId, startupId: startupId!, amount: '10001' });
    const round = (amount: string) => ({
      input: { startupId, date: '2026-05-01', preMoney: '1000000', participations: [{ fundId, amount, decisionId }] },
    });
    const tooMuch = await t.gql(ROUND, round('10001'), fm);
    expect(errorCode(tooMuch)).toBe('CASH_LIMIT_EXCEEDED');
    expect(tooMuch.errors![0]!.extensions).toMatchObject({ paidIn: '10000', invested: '0', headroom: '10000' });
    expect((await t.gql(ROUND, round('10000'), fm)).errors).toBeUndefined();
    expect(await fund(fundId)).toMatchObject({ paidIn: '10000', invested: '10000', available: '0', cashHeadroom: '0' });
  });
});

describe('the stake rule', () => {
  it('holds the fund at 49.00% of a startup across several diluting rounds, refusing one dong more', async () => {
    const [startupId] = await insertStartups(t, ['Stake rule startup']);
    const fundId = await createFund(t, fm, 'Stake fund');
    const c = await commit(t, fm, fundId, 'MB Bank', 'PRIVATE', '1000000000');
    await t.gql(
      PAY_IN,
      { input: { commitmentId: c.data!.commitCapital.id, amount: '1000000000', date: '2026-02-01' } },
      fm,
    );
    const decisionId = await approvedDecision(t, fm, { fundId, startupId: startupId!, amount: '1000000000' });
    const roundOf = (date: string, preMoney: string, parts: Record<string, string>[]) => ({
      input: {
        startupId,
        date,
        preMoney,
        participations: parts.map((p) => (p.fundId ? { ...p, decisionId } : p)),
      },
    });
    // Round 1: pre 51, fund 49 → exactly 49.00%.
    const first = await t.gql(ROUND, roundOf('2026-02-10', '51000000', [{ fundId, amount: '49000001' }]), fm);
    expect(errorCode(first)).toBe('STAKE_LIMIT_EXCEEDED');
    expect(first.errors![0]!.extensions).toMatchObject({ capBp: 4900, headroom: '49000000' });
    expect(
      (await t.gql(ROUND, roundOf('2026-02-10', '51000000', [{ fundId, amount: '49000000' }]), fm)).errors,
    ).toBeUndefined();
    // Round 2: pre 200, a private investor puts in 100 → the fund is diluted to 49 × 200/300 / 100 = 32.66%.
    const second = await t.gql<{ recordFundingRound: { postMoney: string } }>(
      ROUND,
      roundOf('2026-04-01', '200000000', [{ investorName: 'Nguyễn Văn An', amount: '100000000' }]),
      fm,
    );
    expect(second.data!.recordFundingRound.postMoney).toBe('300000000');
    const cap = await t.gql<{
      capTable: { entries: { holderName: string; kind: string; stakeBp: number; headroomBp: number | null }[] };
    }>(
      `query($id: ID!) { capTable(startupId: $id) { entries { holderName kind stakeBp headroomBp } } }`,
      { id: startupId },
      fm,
    );
    expect(cap.data!.capTable.entries).toEqual(
      [
        { holderName: 'Nhà sáng lập', kind: 'FOUNDERS', stakeBp: 3400, headroomBp: null },
        { holderName: 'Stake fund', kind: 'FUND', stakeBp: 3266, headroomBp: 1634 },
        { holderName: 'Nguyễn Văn An', kind: 'PRIVATE', stakeBp: 3333, headroomBp: null },
      ].sort((a, b) => b.stakeBp - a.stakeBp),
    );
    // Round 3 (pre 600, VinaCapital 100): the fund may top up to exactly 49% of the post-money.
    // stake = (0.49·(2/3)·600 + a) / (700 + a) ≤ 0.49 ⇔ a ≤ (0.49·700 − 196) / 0.51 = 288235294.1…
    const head = await t.gql<{ fund: { stakeHeadroom: string } }>(
      `query($id: ID!, $s: ID!) { fund(id: $id) { stakeHeadroom(startupId: $s, preMoney: "600000000", othersAmount: "100000000") } }`,
      { id: fundId, s: startupId },
      fm,
    );
    expect(head.data!.fund.stakeHeadroom).toBe('288235294');
    const parts = (a: string): Record<string, string>[] => [
      { investorName: 'VinaCapital', kind: 'OTHER_FUND', amount: '100000000' },
      { fundId, amount: a },
    ];
    const over = await t.gql(ROUND, roundOf('2026-06-01', '600000000', parts('288235295')), fm);
    expect(errorCode(over)).toBe('STAKE_LIMIT_EXCEEDED');
    expect(over.errors![0]!.extensions).toMatchObject({ headroom: '288235294', capBp: 4900 });
    expect((await t.gql(ROUND, roundOf('2026-06-01', '600000000', parts('288235294')), fm)).errors).toBeUndefined();
    const stake = await t.gql<{ fund: { stakeBp: number; invested: string } }>(
      `query($id: ID!, $s: ID!) { fund(id: $id) { invested stakeBp(startupId: $s) } }`,
      { id: fundId, s: startupId },
      fm,
    );
    expect(stake.data!.fund).toEqual({ invested: '337235294', stakeBp: 4899 });
    const rounds = await sql<{ n: string }>(t, 'select count(*)::text as n from funding_rounds where startup_id = $1', [
      startupId,
    ]);
    expect(rounds[0]!.n).toBe('3');
  });
});

describe('money input', () => {
  it.each([
    ['negative', '-1'],
    ['fractional', '1.5'],
    ['non-numeric', 'abc'],
    ['empty', ''],
    ['above 10^18', '1000000000000000001'],
    ['a float number', 1.5],
    ['zero', '0'],
  ])('refuses a %s amount with BAD_USER_INPUT and writes nothing', async (_label, amount) => {
    const fundId = await createFund(t, fm, `Bad input fund ${String(_label)}`);
    const before = await sql<{ n: string }>(
      t,
      'select (select count(*) from commitments) + (select count(*) from fund_members) + (select count(*) from capital_payments) as n',
    );
    const r = await t.gql(
      `mutation($input: CommitCapitalInput!) { commitCapital(input: $input) { id } }`,
      { input: { fundId, memberName: 'SHB', memberType: 'PRIVATE', amount } },
      fm,
    );
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.extensions).toMatchObject({ field: 'amount' });
    // A zero pre-money is a valid valuation; every other bad amount is refused on the round as well.
    if (amount !== '0') {
      const round = await t.gql(
        ROUND,
        {
          input: {
            startupId: '00000000-0000-4000-8000-000000000000',
            date: '2026-03-01',
            preMoney: amount,
            participations: [{ investorName: 'X', amount: '1' }],
          },
        },
        fm,
      );
      expect(errorCode(round)).toBe('BAD_USER_INPUT');
    }
    const participation = await t.gql(
      ROUND,
      {
        input: {
          startupId: '00000000-0000-4000-8000-000000000000',
          date: '2026-03-01',
          preMoney: '1000',
          participations: [{ fundId, amount }],
        },
      },
      fm,
    );
    expect(errorCode(participation)).toBe('BAD_USER_INPUT');
    const after = await sql<{ n: string }>(
      t,
      'select (select count(*) from commitments) + (select count(*) from fund_members) + (select count(*) from capital_payments) as n',
    );
    expect(after[0]!.n).toBe(before[0]!.n);
    expect(await fund(fundId)).toMatchObject({ charterCapital: '0' });
  });

  it('refuses a pay-in with a bad amount and writes nothing', async () => {
    const fundId = await createFund(t, fm, 'Bad pay-in fund');
    const c = await commit(t, fm, fundId, 'ACB', 'PRIVATE', '100');
    for (const amount of ['-5', '2.5', '', 'x', '1000000000000000001', '0']) {
      const r = await t.gql(PAY_IN, { input: { commitmentId: c.data!.commitCapital.id, amount } }, fm);
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
    }
    const rows = await sql<{ n: string }>(t, 'select count(*)::text as n from capital_payments where fund_id = $1', [
      fundId,
    ]);
    expect(rows[0]!.n).toBe('0');
  });
});

describe('who may read and write the fund', () => {
  it('lets FUND_MANAGER and ADMIN write, BOARD read only, INCUBATOR_MANAGER read the overview list, FOUNDER nothing, anonymous sign in', async () => {
    const admin = await t.loginAs('ADMIN');
    const board = await t.loginAs('BOARD');
    const incubator = await t.loginAs('INCUBATOR_MANAGER');
    const founder = await t.loginAs('FOUNDER');
    const fundId = await createFund(t, admin, 'Access fund');
    expect((await commit(t, admin, fundId, 'VPBank', 'PRIVATE', '100')).errors).toBeUndefined();
    expect(errorCode(await commit(t, board, fundId, 'VPBank', 'PRIVATE', '100'))).toBe('FORBIDDEN');
    expect(errorCode(await commit(t, incubator, fundId, 'VPBank', 'PRIVATE', '100'))).toBe('FORBIDDEN');
    expect(errorCode(await commit(t, founder, fundId, 'VPBank', 'PRIVATE', '100'))).toBe('FORBIDDEN');
    expect(errorCode(await commit(t, '', fundId, 'VPBank', 'PRIVATE', '100'))).toBe('UNAUTHENTICATED');

    const detail = `query($id: ID!) { fund(id: $id) { charterCapital members { name committed } } }`;
    expect((await t.gql(detail, { id: fundId }, board)).data).toMatchObject({
      fund: { charterCapital: '100', members: [{ name: 'VPBank' }] },
    });
    expect(errorCode(await t.gql(detail, { id: fundId }, incubator))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(detail, { id: fundId }, founder))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(detail, { id: fundId }))).toBe('UNAUTHENTICATED');

    const list = await t.gql<{ funds: { name: string }[] }>(
      `{ funds { name charterCapital stateShareBp } }`,
      {},
      incubator,
    );
    expect(list.data!.funds.map((f) => f.name)).toContain('Access fund');
    expect(errorCode(await t.gql(`{ funds { name commitments { id } } }`, {}, incubator))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(`{ funds { name } }`, {}, founder))).toBe('FORBIDDEN');
    const csv = await t.gql<{ fundCsv: string }>(
      `query($id: ID!) { fundCsv(fundId: $id, table: MEMBERS) }`,
      { id: fundId },
      board,
    );
    expect(csv.data!.fundCsv.split('\r\n')[1]).toMatch(/,VPBank,PRIVATE,100,0$/);
    expect(
      errorCode(await t.gql(`query($id: ID!) { fundCsv(fundId: $id, table: MEMBERS) }`, { id: fundId }, founder)),
    ).toBe('FORBIDDEN');
  });
});
