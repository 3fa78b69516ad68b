// Turns an API refusal into words for the reader and, for BAD_USER_INPUT, the form field at fault.
import { useI18n } from 'vue-i18n';
import { ApiError } from '../api/client';
import { useLocaleStore } from '../stores/locale';
import { inputRefusalText } from './input-refusal';

interface ExplainedError {
  code: string;
  /** A sentence for the reader, in the active language where the code is known. */
  message: string;
  /** The input field at fault (`extensions.field`, without an `input.` prefix), if any. */
  field: string | null;
}

/** The last segment of a field path ("rubric[0].weight" → "weight"), the part a person recognises. */
function fieldName(path: string): string {
  return (
    path
      .replace(/\[\d+\]/g, '')
      .split('.')
      .pop() ?? path
  );
}

export function useApiError() {
  const { t, te } = useI18n();
  const locale = useLocaleStore();

  /** `labelOf` gives the label the reader sees for a field key (a form's own labels); else the key's last part. */
  function explain(error: unknown, labelOf?: (field: string) => string | undefined): ExplainedError {
    // Never the server's or graphql-js's own sentence: the reader gets their language, by code.
    if (!(error instanceof ApiError)) return { code: 'UNKNOWN', message: t('errors.generic'), field: null };
    const rawField = typeof error.details.field === 'string' ? error.details.field : null;
    const field = rawField ? rawField.replace(/^input\./, '') : null;
    const key = `errors.${error.code}`;
    const label = field ? (labelOf?.(field) ?? fieldName(field)) : '—';
    const explained = error.code === 'BAD_USER_INPUT' ? inputRefusalText(error.details, label, t, locale.locale) : null;
    if (explained) return { code: error.code, message: explained, field };
    const message =
      error.code === 'BAD_USER_INPUT' && field
        ? t('errors.BAD_USER_INPUT_FIELD', { field: label })
        : te(key)
          ? t(key)
          : t('errors.generic');
    return { code: error.code, message, field };
  }

  return { explain };
}
