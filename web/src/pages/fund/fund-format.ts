// Helpers shared by the fund pages and forms: money/percent/multiple/citation formatters bound to the locale,
// digit strings to bigint, today's date, and the holder keys the stake rule matches on.
import { citationIn, formatMultipleBp, hanoiToday } from '@launchpad/shared';
import { useMoney } from '../../composables/use-money';
import { useLocaleStore } from '../../stores/locale';
import { formatDate } from '../../format/dates';
import type { HolderKind } from '../../api/generated/graphql';

export function useFundFormat() {
  const money = useMoney();
  const localeStore = useLocaleStore();
  return {
    ...money,
    /** A multiple in basis points of 1×; pass the exact figure (bigint) where it can pass the GraphQL Int range. */
    multiple: (bp: number | bigint) => formatMultipleBp(bp, localeStore.locale),
    date: (day: string) => formatDate(day, localeStore.locale),
    /** A rule's recorded citation in the reader's language (an admin's own wording stays as typed). */
    citation: (text: string) => citationIn(text, localeStore.locale),
  };
}

/** A digit string from a MoneyInput (or a VND from the API) as bigint; '' is 0. */
export function amountOf(digits: string | null | undefined): bigint {
  return digits ? BigInt(digits) : 0n;
}

/** Today in Hanoi as 'YYYY-MM-DD' (the `Date` scalar): the day the server checks dates against, wherever the user is. */
export function todayIso(): string {
  return hanoiToday();
}

/** The key a holder is matched by in cap tables and rounds: ledger funds by id, everyone else by kind and name. */
export function holderKey(kind: HolderKind, fundId: string | null | undefined, name: string): string {
  return kind === 'FUND' && fundId ? `FUND:${fundId}` : `${kind}:${name.trim().toLocaleLowerCase()}`;
}
