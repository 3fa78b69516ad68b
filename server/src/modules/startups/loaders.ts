// Batch loaders for a Startup's nested fields: one statement per field for a whole page (no N+1). Fields
// the page's own statement already carried never reach them (prefetch.ts answers those).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MercuriusLoaders } from 'mercurius';
import { nextStage, unmetRequirements, describeRequirement, type Stage } from '@launchpad/shared';
import { byIds, groupBy, placeholders } from '../../kernel';
import { ApplicationSchema, ChallengeSchema } from '../challenges/entities';
import { checklistRowsOf, checklistView, enterpriseCodeOf } from '../checklist/views';
import { cohortViewsByIds } from '../cohorts/views';
import { metricReportViewsOf } from '../metrics/views';
import { milestoneViewsOf } from '../milestones/views';
import { ProgramSchema } from '../programs/entities';
import { USER_COLUMNS, userViewsByIds, type UserView } from '../users/views';
import { stageMoveView, type StageMoveView, type StartupView } from './views';

type Query<T> = { obj: T; params: unknown };

function idsOf<T>(queries: readonly Query<T>[], idOf: (obj: T) => string | null | undefined): string[] {
  return [...new Set(queries.map((q) => idOf(q.obj)).filter((id): id is string => !!id))];
}

async function checklistRows(em: EntityManager, startupIds: string[]) {
  return groupBy(await checklistRowsOf(em, startupIds), (row) => row.startupId);
}

async function milestoneRows(em: EntityManager, startupIds: string[]) {
  return groupBy(await milestoneViewsOf(em, startupIds), (row) => row.startup.id);
}

export const startupLoaders: MercuriusLoaders = {
  Startup: {
    async founders(queries: Query<StartupView>[], ctx) {
      const ids = idsOf(queries, (s) => s.id);
      const rows = ids.length
        ? await ctx.em.execute<(UserView & { startupId: string })[]>(
            `select m.startup_id as "startupId", ${USER_COLUMNS}
               from startup_members m join users u on u.id = m.user_id
              where m.startup_id in (${placeholders(ids)}) order by m.joined_at, m.id`,
            ids,
          )
        : [];
      const groups = groupBy(rows, (row) => row.startupId);
      return queries.map((q) => (groups.get(q.obj.id) ?? []).map(({ startupId: _startup, ...user }): UserView => user));
    },
    async cohort(queries: Query<StartupView>[], ctx) {
      return cohortViewsByIds(
        ctx.em,
        queries.map((q) => q.obj.cohort?.id),
      );
    },
    async program(queries: Query<StartupView>[], ctx) {
      return byIds(
        ctx.em,
        ProgramSchema,
        queries.map((q) => q.obj.program.id),
      );
    },
    async challenge(queries: Query<StartupView>[], ctx) {
      return byIds(
        ctx.em,
        ChallengeSchema,
        queries.map((q) => q.obj.challenge?.id),
      );
    },
    async application(queries: Query<StartupView>[], ctx) {
      return byIds(
        ctx.em,
        ApplicationSchema,
        queries.map((q) => q.obj.application?.id),
      );
    },
    async stageHistory(queries: Query<StartupView>[], ctx) {
      const ids = idsOf(queries, (s) => s.id);
      const rows = ids.length
        ? await ctx.em.execute<Record<string, unknown>[]>(
            `select * from stage_moves where startup_id in (${placeholders(ids)}) order by at, id`,
            ids,
          )
        : [];
      const groups = groupBy(rows.map(stageMoveView), (row) => row.startup.id);
      return queries.map((q) => groups.get(q.obj.id) ?? []);
    },
    async latestStageMove(queries: Query<StartupView>[], ctx) {
      const ids = idsOf(queries, (s) => s.id);
      if (ids.length === 0) return queries.map(() => null);
      const rows = await ctx.em.execute<Record<string, unknown>[]>(
        `select distinct on (startup_id) * from stage_moves where startup_id in (${placeholders(ids)})
         order by startup_id, at desc, id desc`,
        ids,
      );
      const byStartup = new Map(rows.map(stageMoveView).map((move) => [move.startup.id, move]));
      return queries.map((q) => byStartup.get(q.obj.id) ?? null);
    },
    async milestones(queries: Query<StartupView>[], ctx) {
      const groups = await milestoneRows(
        ctx.em,
        idsOf(queries, (s) => s.id),
      );
      return queries.map((q) => groups.get(q.obj.id) ?? []);
    },
    async checklist(queries: Query<StartupView>[], ctx) {
      const groups = await checklistRows(
        ctx.em,
        idsOf(queries, (s) => s.id),
      );
      return queries.map((q) => checklistView(groups.get(q.obj.id) ?? []));
    },
    async enterpriseCode(queries: Query<StartupView>[], ctx) {
      const groups = await checklistRows(
        ctx.em,
        idsOf(queries, (s) => s.id),
      );
      return queries.map((q) => enterpriseCodeOf(groups.get(q.obj.id) ?? []));
    },
    async metricReports(queries: Query<StartupView>[], ctx) {
      const groups = groupBy(
        await metricReportViewsOf(
          ctx.em,
          idsOf(queries, (s) => s.id),
        ),
        (row) => row.startup.id,
      );
      return queries.map((q) => groups.get(q.obj.id) ?? []);
    },
    /** The next stage's gate, requirement by requirement, for every startup of the page at once. */
    async nextGate(queries: Query<StartupView>[], ctx) {
      const ids = idsOf(queries, (s) => s.id);
      const programs = await byIds(
        ctx.em,
        ProgramSchema,
        queries.map((q) => q.obj.program.id),
      );
      const milestones = await milestoneRows(ctx.em, ids);
      const checklists = await checklistRows(ctx.em, ids);
      return queries.map((q, index) => {
        const next = nextStage(q.obj.stage as Stage);
        const program = programs[index];
        if (!next || !program) return [];
        const registration = (checklists.get(q.obj.id) ?? []).find((row) => row.kind === 'BUSINESS_REGISTRATION');
        const snapshot = {
          stage: q.obj.stage,
          cohortId: q.obj.cohort?.id ?? null,
          milestones: (milestones.get(q.obj.id) ?? []).map((m) => ({ kind: m.kind, status: m.status })),
          enterpriseCode: registration?.doneDate ? (registration.enterpriseCode ?? null) : null,
        };
        const requirements = program.gates[next] ?? [];
        const unmet = new Set(unmetRequirements(snapshot, requirements).map((u) => u.message));
        return requirements.map((req) => {
          const message = describeRequirement(req);
          return { kind: req.kind, message, met: !unmet.has(message) };
        });
      });
    },
  },
  StageMove: {
    async by(queries: Query<StageMoveView>[], ctx) {
      return userViewsByIds(
        ctx.em,
        queries.map((q) => q.obj.by?.id),
      );
    },
  },
};
