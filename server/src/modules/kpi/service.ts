// KPI use cases: the targets (data, ADMIN-edited, audited) and the period the board asks about.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  KPI_METRICS,
  KPI_WINDOW,
  KPI_YEARS,
  INT32_MAX,
  MAX_VND,
  badInput,
  outOfRange,
  isValidIsoDate,
  requireEnum,
  validatePlan,
  type KpiMetric,
  type KpiPlan,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit';
import type { KpiPeriod, KpiPlans } from './engine';
import { kpiTargetView, type KpiTargetView } from './read';
import { UserSchema } from '../users';
import { KpiTargetSchema } from './entities';

/** Periods outside this range are refused: nothing in the program lies there and plans are per year. */
const EARLIEST = '2000-01-01';
const LATEST = '2100-12-31';

/** The period asked for: both bounds optional (the 2026–2030 window), inclusive, `from` ≤ `to`. */
export function resolvePeriod(from?: string | null, to?: string | null): KpiPeriod {
  const period = { from: from ?? KPI_WINDOW.from, to: to ?? KPI_WINDOW.to };
  for (const field of ['from', 'to'] as const) {
    const value = period[field];
    if (!isValidIsoDate(value)) throw badInput(field, `${field} must be a real date written YYYY-MM-DD`);
    if (value < EARLIEST || value > LATEST) {
      throw badInput(field, `${field} must lie between ${EARLIEST} and ${LATEST}`);
    }
  }
  if (period.from > period.to) throw badInput('from', 'The period must not start after it ends');
  return period;
}

/** Every target row, as plans (bigint) and as the API shows them. */
export async function loadTargets(em: EntityManager): Promise<{ plans: KpiPlans; targets: KpiTargetView[] }> {
  const rows = await em.find(KpiTargetSchema, {}, { orderBy: { metric: 'asc', year: 'asc' } });
  const plans = {} as KpiPlans;
  const targets: KpiTargetView[] = [];
  for (const metric of KPI_METRICS) {
    const yearly = KPI_YEARS.map(
      (year) => rows.find((row) => row.metric === metric && row.year === year)?.amount ?? 0n,
    );
    const total = yearly.reduce((sum, value) => sum + value, 0n);
    plans[metric] = { total, yearly };
    const updatedAt = rows
      .filter((row) => row.metric === metric)
      .reduce((latest, row) => (row.updatedAt > latest ? row.updatedAt : latest), new Date(0));
    targets.push(
      kpiTargetView(
        metric,
        KPI_YEARS.map((year, index) => ({ year, amount: yearly[index]! })),
        updatedAt,
      ),
    );
  }
  return { plans, targets };
}

function parseYearly(values: readonly string[]): bigint[] {
  return values.map((value) => {
    if (typeof value !== 'string' || !/^\d{1,19}$/.test(value.trim())) {
      throw badInput('yearly', 'Every yearly figure must be a whole number written in digits, e.g. "40"');
    }
    return BigInt(value.trim());
  });
}

/** Replaces a metric's yearly plan; the total is their sum. ADMIN only (policy), audited. */
export async function updateKpiTarget(
  em: EntityManager,
  actor: Actor,
  input: { metric: string; yearly: readonly string[] },
): Promise<KpiTargetView> {
  const metric: KpiMetric = requireEnum('metric', input.metric, KPI_METRICS);
  const yearly = parseYearly(input.yearly);
  const plan: KpiPlan = { total: yearly.reduce((sum, value) => sum + value, 0n), yearly };
  validatePlan(plan, 'yearly');
  // bigint column: a figure must fit (VND amounts are capped at 10^18 across the product).
  if (plan.total > MAX_VND) throw outOfRange('yearly', 0n, MAX_VND);
  // A count of startups travels as GraphQL Int (KpiCount.target): its plan must fit, or every dashboard breaks.
  if (metric === 'STARTUPS_INCUBATED' && plan.total > BigInt(INT32_MAX)) {
    throw outOfRange('yearly', 0, INT32_MAX);
  }
  await em.transactional(async (tx) => {
    const rows = await tx.find(KpiTargetSchema, { metric }, { orderBy: { year: 'asc' } });
    const before = Object.fromEntries(rows.map((row) => [row.year, row.amount]));
    KPI_YEARS.forEach((year, index) => {
      const amount = yearly[index]!;
      const row = rows.find((candidate) => candidate.year === year);
      if (row) {
        row.amount = amount;
        row.updatedAt = new Date();
        row.updatedBy = tx.getReference(UserSchema, actor.userId);
      } else {
        tx.create(KpiTargetSchema, { metric, year, amount, updatedBy: actor.userId, updatedAt: new Date() });
      }
    });
    recordAudit(tx, actor, {
      action: 'kpi.target_updated',
      entityType: 'KpiTarget',
      entityId: metric,
      before: { yearly: before },
      after: { yearly: Object.fromEntries(KPI_YEARS.map((year, index) => [year, yearly[index]])), total: plan.total },
    });
  });
  const { targets } = await loadTargets(em.fork());
  return targets.find((target) => target.metric === metric)!;
}
