// Weighted scores as the reviewers read them: two decimals (one for an average), a dash for none.
import { useI18n } from 'vue-i18n';
import { formatNumber } from '@launchpad/shared';

export function useScoreFormat() {
  const { locale } = useI18n();
  return (n: number | null | undefined, digits = 2) =>
    n === null || n === undefined
      ? '—'
      : formatNumber(n, locale.value === 'vi' ? 'vi' : 'en', { minDigits: digits, maxDigits: digits });
}
