// A BAD_USER_INPUT whose `extensions` say why (a number outside its range, a date after today) in the reader's
// language, with the field and the bounds the server sent — never the server's English sentence.
type Translate = (key: string, values?: Record<string, unknown>) => string;

export function inputRefusalText(details: Record<string, unknown>, field: string, t: Translate): string | null {
  if (details.reason === 'OUT_OF_RANGE') {
    return t('errors.OUT_OF_RANGE', { field, min: String(details.min ?? '—'), max: String(details.max ?? '—') });
  }
  if (details.reason === 'DATE_IN_FUTURE') {
    return t('errors.DATE_IN_FUTURE', { field, max: String(details.max ?? '—') });
  }
  return null;
}
