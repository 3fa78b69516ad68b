// Weighted scores as the reviewers read them: two decimals (one for an average), a dash for none.
import { useI18n } from 'vue-i18n';

export function useScoreFormat() {
  const { locale } = useI18n();
  return (n: number | null | undefined, digits = 2) =>
    n === null || n === undefined
      ? '—'
      : new Intl.NumberFormat(locale.value === 'vi' ? 'vi-VN' : 'en-GB', {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(n);
}
