// Reading and writing a date field in the reader's language (the rules are @launchpad/shared's day-input), with
// the refusal in words, and the local `Date`s PrimeVue's calendar works in turned to and from ISO days.
import { useI18n } from 'vue-i18n';
import { formatDayInput, parseDayInput, type DayLocale } from '@launchpad/shared';
import { useLocaleStore } from '../stores/locale';

export type DayRead = { ok: true; day: string } | { ok: false; empty: boolean; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

export function useDayInput() {
  const { t } = useI18n();
  const localeStore = useLocaleStore();
  const write = (day: string) => formatDayInput(day, localeStore.locale);

  /** The typed text as an ISO day, or why it is not one (an empty field is no refusal: `required` says that). */
  function read(text: string, bounds: { min?: string; max?: string } = {}): DayRead {
    const parsed = parseDayInput(text, localeStore.locale);
    if (!parsed.ok) {
      if (parsed.reason === 'EMPTY') return { ok: false, empty: true, message: '' };
      return { ok: false, empty: false, message: t(`dateField.refused.${parsed.reason}`) };
    }
    if (bounds.min && parsed.day < bounds.min) {
      return { ok: false, empty: false, message: t('dateField.refused.BEFORE_MIN', { day: write(bounds.min) }) };
    }
    if (bounds.max && parsed.day > bounds.max) {
      return { ok: false, empty: false, message: t('dateField.refused.AFTER_MAX', { day: write(bounds.max) }) };
    }
    return parsed;
  }

  /** Why typed text is no day, or null (empty or a day). */
  function refusal(text: string): string | null {
    const result = read(text);
    return result.ok || result.empty ? null : result.message;
  }

  /** The text as a day in a given language (the one it was typed in before a switch). */
  const readIn = (text: string, locale: DayLocale) => parseDayInput(text, locale);

  /** The calendar's local midnight of an ISO day, null for none. */
  function toLocalDate(day: string | null): Date | null {
    const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
    return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
  }

  /** The ISO day of a calendar's local date. */
  const fromLocalDate = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

  return { read, refusal, readIn, write, toLocalDate, fromLocalDate };
}
