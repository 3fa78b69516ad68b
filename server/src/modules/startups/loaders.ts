// Batch loaders for a Startup's nested fields: one statement per field for a whole page (no N+1). Fields
// the page's own statement already carried never reach them (prefetch.ts answers those). Also the startup
// fields of the types below this module (Application.startup, Cohort.startups): they read startups.
import type { MercuriusLoaders } from 'mercurius';
import { nextStage, unmetRequirements, describeRequirement, type Stage } from '@launchpad/shared';
import { byIds, entityViewsByIds, groupBy, placeholders, readsAllStartups } from '../../kernel';
import {
  ApplicationSchema,
  ChallengeSchema,
  applicationView,
  challengeView,
  type ApplicationView,
} from '../challenges';
import { cohortViewsByIds, type Cohort } from '../cohorts';
import { ProgramSchema, programView } from '../programs';
import { USER_COLUMNS, userViewsByIds, type UserView } from '../users';
import { memberStartupIds } from './access';
import { gateFactsOf } from './contributors';
import { StartupSchema } from './entities';
import { startupViewOf, stageMoveView, type StageMoveView, type StartupView } from './read';

type Query<T> = { obj: T; params: unknown };

function idsOf<T>(queries: readonly Query<T>[], idOf: (obj: T) => string | null | undefined): string[] {
  return [...new Set(queries.map((q) => idOf(q.obj)).filter((id): id is string => !!id))];
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
      return entityViewsByIds(
        ctx.em,
        ProgramSchema,
        queries.map((q) => q.obj.program.id),
        programView,
      );
    },
    async challenge(queries: Query<StartupView>[], ctx) {
      return entityViewsByIds(
        ctx.em,
        ChallengeSchema,
        queries.map((q) => q.obj.challenge?.id),
        challengeView,
      );
    },
    async application(queries: Query<StartupView>[], ctx) {
      return entityViewsByIds(
        ctx.em,
        ApplicationSchema,
        queries.map((q) => q.obj.application?.id),
        applicationView,
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
    /** The next stage's gate, requirement by requirement, for every startup of the page at once. */
    async nextGate(queries: Query<StartupView>[], ctx) {
      const ids = idsOf(queries, (s) => s.id);
      const programs = await byIds(
        ctx.em,
        ProgramSchema,
        queries.map((q) => q.obj.program.id),
      );
      const facts = await gateFactsOf(ctx.em, ids);
      return queries.map((q, index) => {
        const next = nextStage(q.obj.stage as Stage);
        const program = programs[index];
        if (!next || !program) return [];
        const snapshot = { stage: q.obj.stage, cohortId: q.obj.cohort?.id ?? null, ...facts.get(q.obj.id)! };
        const requirements = program.gates[next] ?? [];
        const unmet = new Set(unmetRequirements(snapshot, requirements).map((u) => u.message));
        return requirements.map((req) => {
          const message = describeRequirement(req);
          return { kind: req.kind, message, met: !unmet.has(message) };
        });
      });
    },
  },
  /** The startup an application became (Application.startup). */
  Application: {
    async startup(queries: Query<ApplicationView>[], ctx) {
      const ids = queries.map((q) => q.obj.id);
      const rows = await ctx.em.find(StartupSchema, { application: { $in: ids } });
      return queries.map((q) => {
        const startup = rows.find((row) => row.application?.id === q.obj.id);
        return startup ? startupViewOf(startup) : null;
      });
    },
  },
  /** A cohort's startups, as far as the reader may read them. */
  Cohort: {
    /** A founder reaching a cohort through their startup sees only their own startup in it. */
    async startups(queries: Query<Cohort>[], ctx) {
      const ids = queries.map((q) => q.obj.id);
      const actor = ctx.actor;
      const mine = readsAllStartups(actor) ? null : new Set(actor ? await memberStartupIds(ctx.em, actor.userId) : []);
      const rows = await ctx.em.find(StartupSchema, { cohort: { $in: ids } }, { orderBy: { name: 'asc', id: 'asc' } });
      return queries.map((q) =>
        rows.filter((row) => row.cohort?.id === q.obj.id && (!mine || mine.has(row.id))).map(startupViewOf),
      );
    },
    /** Counts only what the reader may read: a founder's count is of their own startups in the cohort. */
    async startupCount(queries: Query<Cohort>[], ctx) {
      const ids = queries.map((q) => q.obj.id);
      const actor = ctx.actor;
      const mine = readsAllStartups(actor) ? null : actor ? await memberStartupIds(ctx.em, actor.userId) : [];
      if (mine && mine.length === 0) return queries.map(() => 0);
      const rows = await ctx.em.execute<{ cohort_id: string; n: string }[]>(
        `select cohort_id, count(*) as n from startups where cohort_id in (${placeholders(ids)})${
          mine ? ` and id in (${placeholders(mine)})` : ''
        } group by cohort_id`,
        mine ? [...ids, ...mine] : ids,
      );
      return queries.map((q) => Number(rows.find((row) => row.cohort_id === q.obj.id)?.n ?? 0));
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
