// The demo program of the four stages: coherent histories, every stage present, the founder's own startup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planMove, type Stage } from '@launchpad/shared';
import { createTestApp, type TestApp } from '../support/app';

describe('the demo program', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: 'demo' });
  });
  afterAll(() => t.close());

  it('spreads about sixty startups over every stage, ends included', async () => {
    const manager = await t.loginAs('INCUBATOR_MANAGER');
    const counts = await t.gql<{ startupStageCounts: { stage: Stage; count: number }[] }>(
      '{ startupStageCounts { stage count } }',
      {},
      manager,
    );
    const total = counts.data!.startupStageCounts.reduce((sum, c) => sum + c.count, 0);
    expect(total).toBeGreaterThanOrEqual(55);
    for (const entry of counts.data!.startupStageCounts) expect(entry.count).toBeGreaterThan(0);
  });

  it('keeps stage histories coherent: dated in 2026, in order, each forward move through its gate', async () => {
    const connection = t.app.orm.em.fork().getConnection();
    const moves = await connection.execute<
      { startup_id: string; from_stage: Stage | null; to_stage: Stage; at: Date }[]
    >('select startup_id, from_stage, to_stage, at from stage_moves order by startup_id, at, id');
    const byStartup = new Map<string, typeof moves>();
    for (const move of moves) byStartup.set(move.startup_id, [...(byStartup.get(move.startup_id) ?? []), move]);
    const startups = await connection.execute<{ id: string; stage: Stage }[]>('select id, stage from startups');
    for (const startup of startups) {
      const history = byStartup.get(startup.id)!;
      expect(history[0]!.from_stage).toBeNull();
      expect(history.at(-1)!.to_stage).toBe(startup.stage);
      for (const [i, move] of history.entries()) {
        expect(new Date(move.at).getUTCFullYear()).toBe(2026);
        if (i > 0) {
          expect(move.from_stage).toBe(history[i - 1]!.to_stage);
          expect(new Date(move.at).getTime()).toBeGreaterThan(new Date(history[i - 1]!.at).getTime());
        }
      }
    }
    // Every forward move met its gate at its date: replay against what was recorded before it.
    const milestones = await connection.execute<{ startup_id: string; kind: string; verified_at: Date | null }[]>(
      'select startup_id, kind, verified_at from milestones',
    );
    const registrations = await connection.execute<
      { startup_id: string; done_date: string; enterprise_code: string }[]
    >(
      `select startup_id, done_date::text as done_date, enterprise_code from checklist_items where kind = 'BUSINESS_REGISTRATION'`,
    );
    const cohortOf = new Map(
      (await connection.execute<{ id: string; cohort_id: string | null }[]>('select id, cohort_id from startups')).map(
        (r) => [r.id, r.cohort_id],
      ),
    );
    for (const move of moves.filter(
      (m) => m.from_stage && ['INCUBATION', 'PLATFORM_BUILDING', 'SCALING_UP'].includes(m.to_stage),
    )) {
      const when = new Date(move.at).getTime();
      const decision = planMove({
        snapshot: {
          stage: move.from_stage!,
          cohortId: cohortOf.get(move.startup_id) ?? null,
          milestones: milestones
            .filter(
              (m) => m.startup_id === move.startup_id && m.verified_at && new Date(m.verified_at).getTime() <= when,
            )
            .map((m) => ({ kind: m.kind, status: 'VERIFIED' })),
          enterpriseCode:
            registrations.find((r) => r.startup_id === move.startup_id && Date.parse(r.done_date) <= when)
              ?.enterprise_code ?? null,
        },
        to: move.to_stage,
        actorRole: 'INCUBATOR_MANAGER',
      });
      expect(decision, `${move.startup_id} → ${move.to_stage}`).toMatchObject({ ok: true });
    }
  });

  it('gives the demo founder one startup in INCUBATION with milestones', async () => {
    const founder = await t.loginAs('FOUNDER');
    const result = await t.gql<{
      myStartups: { stage: string; milestones: { kind: string }[] }[];
      startups: { totalCount: number };
    }>('{ myStartups { stage milestones { kind } } startups { totalCount } }', {}, founder);
    expect(result.data?.myStartups).toHaveLength(1);
    expect(result.data?.myStartups[0]?.stage).toBe('INCUBATION');
    expect(result.data?.myStartups[0]?.milestones.length).toBeGreaterThanOrEqual(3);
    expect(result.data?.startups.totalCount).toBe(1);
  });

  it('publishes problem statements from the city’s challenge areas', async () => {
    const result = await t.gql<{ publishedChallenges: { sponsorName: string; sector: string }[] }>(
      '{ publishedChallenges { sponsorName sector } }',
    );
    expect(result.data?.publishedChallenges.length).toBeGreaterThanOrEqual(6);
    expect(new Set(result.data?.publishedChallenges.map((c) => c.sector)).size).toBe(5);
  });
});
