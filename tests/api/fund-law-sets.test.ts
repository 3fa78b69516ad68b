// Legal rule sets: an ADMIN puts a fund under Decree 38/2018/NĐ-CP as amended (a holding of at most 50% of a
// startup after the investment, 2–30 investors) and the ledger then refuses, citing that decree, what breaks it.
// Rule versions and the refusals they caused are append-only in the database; a stricter later version shows the
// fund outside the limit on the days it is in force.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { approvedDecision } from '../support/deals';
import { CHANGE, PAY_IN, ROUND, commit, createFund, insertStartups, sql } from '../support/fund';

const BN = 1_000_000_000n;
// Noon in Hanoi on 15 December 2026.
const now = new Date('2026-12-15T05:00:00Z');
const DECREE_38 = 'Decree 38/2018/NĐ-CP, Art. 5, as amended by Decree 210/2025/NĐ-CP (from 15 Sep 2025)';

const APPLY = `mutation($input: ApplyFundRuleSetInput!) { applyFundRuleSet(input: $input) {
  id kind limit minimum citation effectiveFrom version } }`;
const VEHICLE = `mutation($input: SetFundVehicleInput!) { setFundVehicle(input: $input) { kind legalBasis cycleStart } }`;
const LAW = `query($id: ID!, $day: Date) { fund(id: $id) {
  vehicle { kind legalBasis }
  ruleHistory { kind version limit minimum citation }
  ruleChecks(onDate: $day) { kind version limit minimum current headroom ok } } }`;

let t: TestApp;
let admin: string;
let fm: string;

beforeAll(async () => {
  t = await createTestApp({ seed: 'accounts', clock: () => now });
  admin = await t.loginAs('ADMIN');
  fm = await t.loginAs('FUND_MANAGER');
});
afterAll(() => t.close());

async function decree38Fund(name: string) {
  const fundId = await createFund(t, fm, name);
  const applied = await t.gql<{ applyFundRuleSet: Record<string, unknown>[] }>(
    APPLY,
    { input: { fundId, set: 'DECREE_38_STARTUP_FUND', effectiveFrom: '2026-01-01', reason: 'Fund set up' } },
    admin,
  );
  expect(applied.errors).toBeUndefined();
  return { fundId, rules: applied.data!.applyFundRuleSet };
}

describe('a fund under Decree 38/2018/NĐ-CP as amended', () => {
  it('carries a 50% holding cap and a 2–30 investor range with the decree’s citation, applied by ADMIN only', async () => {
    const fundId = await createFund(t, fm, 'Set by a manager');
    const byManager = await t.gql(
      APPLY,
      { input: { fundId, set: 'DECREE_38_STARTUP_FUND', effectiveFrom: '2026-01-01' } },
      fm,
    );
    expect(errorCode(byManager)).toBe('FORBIDDEN');

    const sets = await t.gql<{ fundRuleSets: { name: string; vehicle: string; rules: Record<string, unknown>[] }[] }>(
      `{ fundRuleSets { name vehicle rules { kind limit minimum unit citation } } }`,
      {},
      fm,
    );
    expect(sets.data!.fundRuleSets.map((x) => [x.name, x.vehicle, x.rules.length])).toEqual([
      ['HANOI_RESOLUTION_30', 'BCC', 5],
      ['DECREE_38_STARTUP_FUND', 'COMPANY', 2],
    ]);
    expect(sets.data!.fundRuleSets[1]!.rules).toEqual([
      { kind: 'STAKE_PER_STARTUP', limit: '5000', minimum: null, unit: 'BASIS_POINTS', citation: DECREE_38 },
      { kind: 'INVESTORS_COUNT', limit: '30', minimum: '2', unit: 'COUNT', citation: DECREE_38 },
    ]);

    const { fundId: id, rules } = await decree38Fund('Quỹ khởi nghiệp sáng tạo 38');
    expect(rules).toEqual([
      expect.objectContaining({ kind: 'STAKE_PER_STARTUP', limit: '5000', minimum: null, citation: DECREE_38 }),
      expect.objectContaining({ kind: 'INVESTORS_COUNT', limit: '30', minimum: '2', citation: DECREE_38 }),
    ]);
    // All or none: the same day again adds nothing.
    const again = await t.gql(
      APPLY,
      { input: { fundId: id, set: 'DECREE_38_STARTUP_FUND', effectiveFrom: '2026-01-01' } },
      admin,
    );
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    // A fund company, set by the fund manager.
    const vehicle = await t.gql(
      VEHICLE,
      { input: { fundId: id, kind: 'COMPANY', legalBasis: DECREE_38, cycleStart: '2026-01-01' } },
      fm,
    );
    expect(vehicle.errors).toBeUndefined();
    const law = await t.gql<{ fund: { vehicle: { kind: string }; ruleHistory: unknown[] } }>(LAW, { id }, fm);
    expect(law.data!.fund.vehicle.kind).toBe('COMPANY');
    expect(law.data!.fund.ruleHistory).toHaveLength(2);
  });

  it('lets 30 investors in and refuses the 31st, citing the decree; an investor already in may commit more', async () => {
    const { fundId } = await decree38Fund('Thirty investors fund');
    for (let i = 1; i <= 30; i++) {
      expect((await commit(t, fm, fundId, `Investor ${i}`, 'PRIVATE', String(BN))).errors).toBeUndefined();
    }
    const refused = await commit(t, fm, fundId, 'Investor 31', 'PRIVATE', String(BN));
    expect(errorCode(refused)).toBe('CHARTER_LIMIT_EXCEEDED');
    expect(refused.errors![0]!.extensions!.rule).toMatchObject({
      kind: 'INVESTORS_COUNT',
      citation: DECREE_38,
      version: 1,
      limit: '30',
      minimum: '2',
    });
    expect(refused.errors![0]!.message).toContain(DECREE_38);
    expect((await commit(t, fm, fundId, 'Investor 7', 'PRIVATE', String(BN))).errors).toBeUndefined();

    const law = await t.gql<{ fund: { ruleChecks: Record<string, unknown>[] } }>(LAW, { id: fundId }, fm);
    expect(law.data!.fund.ruleChecks).toContainEqual(
      expect.objectContaining({ kind: 'INVESTORS_COUNT', current: '30', headroom: '0', minimum: '2', ok: true }),
    );
  });

  it('refuses the withdrawal that would leave fewer than 2 investors, and accepts one that leaves 2', async () => {
    const { fundId } = await decree38Fund('Two investors fund');
    const ids: string[] = [];
    for (const name of ['Alpha', 'Beta', 'Gamma']) {
      ids.push((await commit(t, fm, fundId, name, 'PRIVATE', String(BN))).data!.commitCapital.id);
    }
    expect((await t.gql(CHANGE, { id: ids[0], amount: '0', reason: 'Leaves' }, fm)).errors).toBeUndefined();
    const refused = await t.gql(CHANGE, { id: ids[1], amount: '0', reason: 'Leaves too' }, fm);
    expect(errorCode(refused)).toBe('CHARTER_LIMIT_EXCEEDED');
    expect(refused.errors![0]!.message).toMatch(/Investors in the fund: 1 would fall below the minimum 2/);
    expect(refused.errors![0]!.extensions!.rule).toMatchObject({ kind: 'INVESTORS_COUNT', citation: DECREE_38 });
    // A smaller commitment that keeps the member in is no withdrawal from the fund.
    expect((await t.gql(CHANGE, { id: ids[1], amount: '1', reason: 'Less' }, fm)).errors).toBeUndefined();
    const [row] = await sql<{ n: string }>(
      t,
      `select count(*)::text as n from commitments where fund_id = $1 and amount > 0`,
      [fundId],
    );
    expect(row!.n).toBe('2');
  });

  it('lets the fund hold exactly 50% of a startup after the investment and refuses one dong more', async () => {
    const { fundId } = await decree38Fund('Half holding fund');
    const lp = await commit(t, fm, fundId, 'Anchor', 'PRIVATE', String(300n * BN));
    await commit(t, fm, fundId, 'Second', 'PRIVATE', String(BN));
    const pay = await t.gql(
      PAY_IN,
      { input: { commitmentId: lp.data!.commitCapital.id, amount: String(250n * BN), date: '2026-01-10' } },
      fm,
    );
    expect(pay.errors).toBeUndefined();
    const [half, over] = await insertStartups(t, ['Half startup', 'Over half startup']);
    const round = async (startupId: string, amount: bigint) => {
      const decisionId = await approvedDecision(t, fm, { fundId, startupId, amount: String(amount) });
      const participations = [{ fundId, amount: String(amount), decisionId }];
      return t.gql(
        ROUND,
        { input: { startupId, date: '2026-03-01', preMoney: String(100n * BN), participations } },
        fm,
      );
    };
    // 100 bn into a pre-money of 100 bn: 50.00% after the round — above the program's 49%, within the decree's 50%.
    expect((await round(half!, 100n * BN)).errors).toBeUndefined();
    const refused = await round(over!, 100n * BN + 1n);
    expect(errorCode(refused)).toBe('STAKE_LIMIT_EXCEEDED');
    expect(refused.errors![0]!.extensions!.rule).toMatchObject({ kind: 'STAKE_PER_STARTUP', citation: DECREE_38 });
  });
});

describe('rule versions in the database', () => {
  it('are append-only, as are the refusals they caused', async () => {
    const { fundId } = await decree38Fund('Append-only fund');
    await expect(sql(t, `update fund_rules set limit_value = 1 where fund_id = $1`, [fundId])).rejects.toThrow(
      /append-only/,
    );
    await expect(sql(t, `delete from fund_rules where fund_id = $1`, [fundId])).rejects.toThrow(/append-only/);
    await expect(sql(t, `delete from fund_rule_refusals`)).rejects.toThrow(/append-only/);
  });

  it('show a fund outside a stricter version from the day it is in force, not before', async () => {
    const fundId = await createFund(t, fm, 'Stricter budget fund');
    const add = (limit: string, effectiveFrom: string) =>
      t.gql(
        `mutation($input: AddFundRuleVersionInput!) { addFundRuleVersion(input: $input) { id } }`,
        {
          input: { fundId, kind: 'STATE_BUDGET_AMOUNT', limit, scope: 'City', citation: 'Budget', effectiveFrom },
        },
        admin,
      );
    expect((await add(String(150n * BN), '2026-01-01')).errors).toBeUndefined();
    await commit(t, fm, fundId, 'LP', 'PRIVATE', String(500n * BN));
    expect((await commit(t, fm, fundId, 'City', 'STATE', String(100n * BN))).errors).toBeUndefined();
    expect((await add(String(50n * BN), '2026-12-01')).errors).toBeUndefined();
    const on = async (day: string) =>
      (
        await t.gql<{ fund: { ruleChecks: Record<string, unknown>[] } }>(LAW, { id: fundId, day }, fm)
      ).data!.fund.ruleChecks.find((c) => c.kind === 'STATE_BUDGET_AMOUNT');
    expect(await on('2026-12-15')).toMatchObject({ version: 2, current: String(100n * BN), headroom: '0', ok: false });
    expect(await on('2026-11-30')).toMatchObject({ version: 1, current: '0', ok: true });
  });
});
