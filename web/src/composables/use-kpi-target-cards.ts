// The two 2026–2030 targets as the board's cards: actual, share of target, plan to date, on plan or the gap, and
// where the trend leads by 2030. In a year view (one plan year) the card compares with that year's plan, and the
// projection always names the target it is about (the 2026–2030 one), so a 2030 forecast never reads as the year's.
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useKpiFormat } from './use-kpi-format';
import type { KpiDashboard } from '../stores/kpi';

function ratioBp(part: bigint, whole: bigint): number {
  return whole === 0n ? 0 : Number((part * 10000n) / whole);
}

export function useKpiTargetCards(dashboard: Ref<KpiDashboard>) {
  const { t } = useI18n();
  const { money, count } = useKpiFormat();

  function projection(
    reached: boolean,
    metInYear: number | null | undefined,
    projected: string,
    shortfall: string,
    target: string,
  ): string {
    if (reached) return t('kpi.projection.reached', { target });
    if (metInYear) return t('kpi.projection.met', { year: metInYear, projected, target });
    return t('kpi.projection.short', { projected, shortfall, target });
  }

  /** The plan year the period is, when it is exactly one calendar year (the year view). */
  const planYear = computed(() => {
    const { from, to } = dashboard.value;
    const year = String(from).slice(0, 4);
    return from === `${year}-01-01` && to === `${year}-12-31` ? year : null;
  });
  const of = (key: 'startups' | 'capital', target: string) =>
    planYear.value ? t(`kpi.${key}.ofYear`, { target, year: planYear.value }) : t(`kpi.${key}.of`, { target });

  const startupsCard = computed(() => {
    const s = dashboard.value.startupsIncubated;
    const p = dashboard.value.projections.startupsIncubated;
    const gap = s.planToDate - s.actual;
    return {
      actualText: count(s.actual),
      targetText: of('startups', count(s.target)),
      percentBp: s.percentBp,
      percentText: t('kpi.percentOfTarget', { percent: money.bp(BigInt(s.percentBpExact)) }),
      planBp: ratioBp(BigInt(s.planToDate), BigInt(s.target)),
      planText: t('kpi.planToDate', { plan: count(s.planToDate) }),
      onPlan: s.onPlan,
      statusText: s.onPlan ? t('kpi.onPlan') : t('kpi.behindPlan', { gap: count(gap) }),
      projectionText: projection(
        p.actualToDate >= p.target,
        p.metInYear,
        count(p.projectedTotal),
        count(p.shortfall),
        count(p.target),
      ),
    };
  });

  const capitalCard = computed(() => {
    const c = dashboard.value.capitalMobilized;
    const p = dashboard.value.projections.capitalMobilized;
    const gap = BigInt(c.planToDate) - BigInt(c.actual);
    return {
      actualText: money.vndCompact(c.actual),
      targetText: of('capital', money.vndCompact(c.target)),
      percentBp: c.percentBp,
      percentText: t('kpi.percentOfTarget', { percent: money.bp(BigInt(c.percentBpExact)) }),
      planBp: ratioBp(BigInt(c.planToDate), BigInt(c.target)),
      planText: t('kpi.planToDate', { plan: money.vndCompact(c.planToDate) }),
      onPlan: c.onPlan,
      statusText: c.onPlan ? t('kpi.onPlan') : t('kpi.behindPlan', { gap: money.vndCompact(gap) }),
      projectionText: projection(
        BigInt(p.actualToDate) >= BigInt(p.target),
        p.metInYear,
        money.vndCompact(p.projectedTotal),
        money.vndCompact(p.shortfall),
        money.vndCompact(p.target),
      ),
    };
  });

  return { startupsCard, capitalCard };
}
