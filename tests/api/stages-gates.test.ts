// Stage moves through the API: every gate, skips, back and end moves, reasons, history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../support/app';

const CREATE = 'mutation($i: CreateStartupInput!) { createStartup(input: $i) { id stage } }';
const MOVE = `mutation($id: ID!, $to: Stage!, $reason: String) {
  moveStartup(id: $id, to: $to, reason: $reason) { id stage stageHistory { from to at reason by { email } } latestStageMove { to } }
}`;
const COHORT = 'mutation($i: CohortInput!) { createCohort(input: $i) { id } }';
const ASSIGN = 'mutation($s: ID!, $c: ID) { assignStartupToCohort(startupId: $s, cohortId: $c) { id cohort { id } } }';
const MILESTONE = 'mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { id status } }';
const VERIFY = 'mutation($id: ID!) { verifyMilestone(id: $id) { id status verifiedBy { email } } }';
const CHECKLIST =
  'mutation($i: UpdateChecklistItemInput!) { updateChecklistItem(input: $i) { kind done enterpriseCode } }';

describe('moving a startup through the four stages', () => {
  let t: TestApp;
  let manager: string;
  let startupId: string;
  let cohortId: string;
  const move = (to: string, reason?: string, token = manager) => t.gql(MOVE, { id: startupId, to, reason }, token);

  beforeAll(async () => {
    t = await createTestApp();
    manager = await t.loginAs('INCUBATOR_MANAGER');
    const created = await t.gql<{ createStartup: { id: string; stage: string } }>(
      CREATE,
      { i: { name: 'Xe Buýt Xanh', sector: 'Giao thông thông minh' } },
      manager,
    );
    expect(created.errors).toBeUndefined();
    startupId = created.data!.createStartup.id;
    const cohort = await t.gql<{ createCohort: { id: string } }>(
      COHORT,
      { i: { name: 'Khóa 1/2026', startDate: '2026-01-05', endDate: '2026-06-30' } },
      manager,
    );
    expect(cohort.errors).toBeUndefined();
    cohortId = cohort.data!.createCohort.id;
  });
  afterAll(() => t.close());

  it('starts in CONNECTION with one history entry', async () => {
    const result = await t.gql<{ startup: { stage: string; stageHistory: { from: string | null; to: string }[] } }>(
      `query($id: ID!) { startup(id: $id) { stage stageHistory { from to } } }`,
      { id: startupId },
      manager,
    );
    expect(result.data?.startup).toEqual({ stage: 'CONNECTION', stageHistory: [{ from: null, to: 'CONNECTION' }] });
  });

  it('refuses INCUBATION without a cohort with STAGE_GATE_NOT_MET naming the requirement', async () => {
    const result = await move('INCUBATION');
    expect(errorCode(result)).toBe('STAGE_GATE_NOT_MET');
    expect(result.errors?.[0]?.message).toMatch(/cohort/);
    expect(result.errors?.[0]?.extensions?.unmet).toEqual([
      { kind: 'IN_COHORT', message: expect.stringMatching(/cohort/) },
    ]);
  });

  it('refuses skipping a stage with STAGE_GATE_NOT_MET', async () => {
    const result = await move('PLATFORM_BUILDING');
    expect(errorCode(result)).toBe('STAGE_GATE_NOT_MET');
    expect(result.errors?.[0]?.extensions?.unmet).toEqual([expect.objectContaining({ kind: 'STAGE_SKIPPED' })]);
  });

  it('moves to INCUBATION once in a cohort, recording who and when', async () => {
    expect((await t.gql(ASSIGN, { s: startupId, c: cohortId }, manager)).errors).toBeUndefined();
    const result = await move('INCUBATION');
    expect(result.errors).toBeUndefined();
    const moved = (
      result.data as {
        moveStartup: { stage: string; stageHistory: { from: string; to: string; at: string; by: { email: string } }[] };
      }
    ).moveStartup;
    expect(moved.stage).toBe('INCUBATION');
    expect(moved.stageHistory.at(-1)).toMatchObject({
      from: 'CONNECTION',
      to: 'INCUBATION',
      by: { email: 'incubator@launchpad.test' },
    });
    expect(Number.isNaN(Date.parse(moved.stageHistory.at(-1)!.at))).toBe(false);
  });

  it('refuses PLATFORM_BUILDING until an MVP or prototype milestone is verified by a manager', async () => {
    const unverified = await t.gql<{ createMilestone: { id: string } }>(
      MILESTONE,
      { i: { startupId, kind: 'MVP', status: 'DONE' } },
      manager,
    );
    expect(unverified.errors).toBeUndefined();
    const refused = await move('PLATFORM_BUILDING');
    expect(errorCode(refused)).toBe('STAGE_GATE_NOT_MET');
    expect(refused.errors?.[0]?.message).toMatch(/MVP or PROTOTYPE must be verified/);
    const verified = await t.gql(VERIFY, { id: unverified.data!.createMilestone.id }, manager);
    expect(verified.errors).toBeUndefined();
    const result = await move('PLATFORM_BUILDING');
    expect(result.errors).toBeUndefined();
  });

  it('refuses SCALING_UP until the business registration records an enterprise code', async () => {
    const refused = await move('SCALING_UP');
    expect(errorCode(refused)).toBe('STAGE_GATE_NOT_MET');
    expect(refused.errors?.[0]?.extensions?.unmet).toEqual([
      { kind: 'BUSINESS_REGISTERED', message: expect.stringMatching(/enterprise code/) },
    ]);
    const noCode = await t.gql(
      CHECKLIST,
      { i: { startupId, kind: 'BUSINESS_REGISTRATION', doneDate: '2026-05-02' } },
      manager,
    );
    expect(errorCode(noCode)).toBe('BAD_USER_INPUT');
    expect(noCode.errors?.[0]?.extensions?.field).toBe('enterpriseCode');
    const recorded = await t.gql(
      CHECKLIST,
      { i: { startupId, kind: 'BUSINESS_REGISTRATION', doneDate: '2026-05-02', enterpriseCode: '0109876543' } },
      manager,
    );
    expect(recorded.errors).toBeUndefined();
    expect((await move('SCALING_UP')).errors).toBeUndefined();
  });

  it('moves back one stage only with a written reason', async () => {
    const noReason = await move('PLATFORM_BUILDING');
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors?.[0]?.extensions?.field).toBe('reason');
    const blank = await move('PLATFORM_BUILDING', '   ');
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    const twoBack = await move('INCUBATION', 'Quay lại ươm tạo');
    expect(errorCode(twoBack)).toBe('BAD_USER_INPUT');
    const result = await move('PLATFORM_BUILDING', 'Doanh thu chưa ổn định');
    expect(result.errors).toBeUndefined();
    const history = (result.data as { moveStartup: { stageHistory: { reason: string | null }[] } }).moveStartup
      .stageHistory;
    expect(history.at(-1)?.reason).toBe('Doanh thu chưa ổn định');
  });

  it('ends a startup only with a reason, and nothing moves out of an end', async () => {
    expect(errorCode(await move('GRADUATED'))).toBe('BAD_USER_INPUT');
    expect((await move('DISCONTINUED', 'Nhóm sáng lập giải thể')).errors).toBeUndefined();
    const after = await move('PLATFORM_BUILDING', 'Mở lại');
    expect(errorCode(after)).toBe('STAGE_GATE_NOT_MET');
    expect(after.errors?.[0]?.extensions?.unmet).toEqual([expect.objectContaining({ kind: 'STARTUP_ENDED' })]);
  });

  it('refuses stage moves by founders, the board and fund managers', async () => {
    for (const role of ['FOUNDER', 'BOARD', 'FUND_MANAGER'] as const) {
      expect(errorCode(await move('GRADUATED', 'x', await t.loginAs(role)))).toBe('FORBIDDEN');
    }
  });

  it('keeps the whole history, in order, and writes an audit entry per move', async () => {
    const result = await t.gql<{ startup: { stageHistory: { from: string | null; to: string }[] } }>(
      `query($id: ID!) { startup(id: $id) { stageHistory { from to } } }`,
      { id: startupId },
      manager,
    );
    expect(result.data?.startup.stageHistory.map((m) => `${m.from ?? '-'}>${m.to}`)).toEqual([
      '->CONNECTION',
      'CONNECTION>INCUBATION',
      'INCUBATION>PLATFORM_BUILDING',
      'PLATFORM_BUILDING>SCALING_UP',
      'SCALING_UP>PLATFORM_BUILDING',
      'PLATFORM_BUILDING>DISCONTINUED',
    ]);
    const client = t.app.orm.em.fork().getConnection();
    const [row] = await client.execute<{ n: string }[]>(
      `select count(*) as n from audit_log where action = 'startup.moved' and entity_id = ?`,
      [startupId],
    );
    expect(Number(row?.n)).toBe(5);
  });

  it('refuses to edit or delete stage history in the database itself', async () => {
    const connection = t.app.orm.em.fork().getConnection();
    await expect(connection.execute(`update stage_moves set reason = 'edited'`)).rejects.toThrow(
      /append-only|permission denied/,
    );
    await expect(connection.execute('delete from stage_moves')).rejects.toThrow(/append-only|permission denied/);
  });

  it('refuses an unknown startup with NOT_FOUND and a malformed id with BAD_USER_INPUT', async () => {
    expect(
      errorCode(await t.gql(MOVE, { id: '00000000-0000-4000-8000-000000000000', to: 'INCUBATION' }, manager)),
    ).toBe('NOT_FOUND');
    const malformed = await t.gql(MOVE, { id: 'not-an-id', to: 'INCUBATION' }, manager);
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    const unknownStage = await t.gql(
      `mutation($id: ID!) { moveStartup(id: $id, to: NOWHERE) { id } }`,
      { id: startupId },
      manager,
    );
    expect(errorCode(unknownStage)).toBe('BAD_USER_INPUT');
  });
});
