// How the board's page writes its figures: counts and dates in the reader's language, VND amounts compact, and
// the charts' axes in billions of dong (display only; the exact figures are bigint in the tables).
import { useI18n } from 'vue-i18n';
import { formatVndCompact } from '@launchpad/shared';
import { useMoney } from './use-money';
import { useLocaleStore } from '../stores/locale';

export function useKpiFormat() {
  const { t } = useI18n();
  const money = useMoney();
  const localeStore = useLocaleStore();
  const count = (n: number) => new Intl.NumberFormat(localeStore.locale === 'vi' ? 'vi-VN' : 'en-GB').format(n);
  const date = (iso: string) => {
    const [y, m, day] = iso.split('-');
    return localeStore.locale === 'vi' ? `${day}/${m}/${y}` : `${day} ${t(`kpi.months.${Number(m)}`)} ${y}`;
  };
  const toBillions = (amount: string) => Number(BigInt(amount) / 1_000_000n) / 1000;
  const billionsText = (value: number) =>
    formatVndCompact(BigInt(Math.round(value * 1_000_000_000)), localeStore.locale);
  return { money, count, date, toBillions, billionsText };
}
