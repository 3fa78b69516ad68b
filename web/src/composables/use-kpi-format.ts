// How the board's page writes its figures: counts and dates in the reader's language, VND amounts compact, and
// the charts' axes in billions of dong (display only; the exact figures are bigint in the tables).
import { formatNumber, formatVndCompact } from '@launchpad/shared';
import { useMoney } from './use-money';
import { useLocaleStore } from '../stores/locale';
import { formatDate } from '../format/dates';

export function useKpiFormat() {
  const money = useMoney();
  const localeStore = useLocaleStore();
  const count = (n: number) => formatNumber(n, localeStore.locale, { maxDigits: 3 });
  const date = (iso: string) => formatDate(iso, localeStore.locale);
  const toBillions = (amount: string) => Number(BigInt(amount) / 1_000_000n) / 1000;
  const billionsText = (value: number) =>
    formatVndCompact(BigInt(Math.round(value * 1_000_000_000)), localeStore.locale);
  return { money, count, date, toBillions, billionsText };
}
