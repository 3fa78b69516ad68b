// A BAD_USER_INPUT whose `extensions` say why (a number outside its range, a date after today, a fund rule that
// cannot end so) in the reader's language, with the field and the bounds the server sent — never the server's
// English sentence, never an ISO date.
import { formatDate, type DateLocale } from '../format/dates';

type Translate = (key: string, values?: Record<string, unknown>) => string;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A bound as the reader writes it: a day in their date format, anything else as sent. */
function bound(value: unknown, locale: DateLocale): string {
  if (typeof value === 'string' && ISO_DAY.test(value)) return formatDate(value, locale);
  return value === undefined || value === null ? '—' : String(value);
}

export function inputRefusalText(
  details: Record<string, unknown>,
  field: string,
  t: Translate,
  locale: DateLocale,
): string | null {
  switch (details.reason) {
    case 'OUT_OF_RANGE':
      return t('errors.OUT_OF_RANGE', { field, min: bound(details.min, locale), max: bound(details.max, locale) });
    case 'DATE_IN_FUTURE':
      return t('errors.DATE_IN_FUTURE', { field, max: bound(details.max, locale) });
    case 'BEFORE_VERSION_START':
      return t('errors.BEFORE_VERSION_START', { field, min: bound(details.min, locale) });
    case 'RULE_NOT_IN_FORCE':
      return t('errors.RULE_NOT_IN_FORCE');
    default:
      return null;
  }
}
