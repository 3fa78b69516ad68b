// Money and percentages in the user's language. The rules of formatting live in @launchpad/shared;
// this adapts them to the wire (VND arrives as a decimal string) and to the active locale.
import {
  formatBp as formatBpShared,
  formatBpAboveCap,
  formatVnd as formatVndShared,
  formatVndCompact as formatVndCompactShared,
  type Locale,
} from '@launchpad/shared';
import { useLocaleStore } from '../stores/locale';

type VndInput = bigint | string;

/** The `VND` scalar is a decimal string on the wire; the app computes with bigint. */
function toVnd(amount: VndInput): bigint {
  return typeof amount === 'bigint' ? amount : BigInt(amount);
}

/** Full amount: vi `1.250.000.000 ₫`, en `VND 1,250,000,000`. */
export function formatVnd(amount: VndInput, locale: Locale): string {
  return formatVndShared(toVnd(amount), locale);
}

/** Short amount for dashboards: vi `1,25 tỷ ₫`, en `VND 1.25 bn`. */
export function formatVndCompact(amount: VndInput, locale: Locale): string {
  return formatVndCompactShared(toVnd(amount), locale);
}

/** Formatters bound to the active locale, for templates: `money.vnd(fund.paidIn)`. */
export function useMoney() {
  const localeStore = useLocaleStore();
  return {
    vnd: (amount: VndInput) => formatVnd(amount, localeStore.locale),
    vndCompact: (amount: VndInput) => formatVndCompact(amount, localeStore.locale),
    /** Basis points; pass the exact figure (bigint) where a ratio can pass the GraphQL Int range. */
    bp: (bp: number | bigint) => formatBpShared(bp, localeStore.locale),
    /** A share breaking `capBp`, never shown as equal to it. */
    bpAboveCap: (bp: number, capBp: number) => formatBpAboveCap(bp, capBp, localeStore.locale),
  };
}
