// Turns an API refusal into words for the reader and, for BAD_USER_INPUT, the form field at fault.
import { useI18n } from 'vue-i18n';
import { ApiError } from '../api/client';
import { inputRefusalText } from './input-refusal';

interface ExplainedError {
  code: string;
  /** A sentence for the reader, in the active language where the code is known. */
  message: string;
  /** The input field at fault (`extensions.field`, without an `input.` prefix), if any. */
  field: string | null;
}

export function useApiError() {
  const { t, te } = useI18n();

  function explain(error: unknown): ExplainedError {
    if (!(error instanceof ApiError)) {
      const message = error instanceof Error ? error.message : String(error);
      return { code: 'UNKNOWN', message: t('errors.generic', { message }), field: null };
    }
    const rawField = typeof error.details.field === 'string' ? error.details.field : null;
    const field = rawField ? rawField.replace(/^input\./, '') : null;
    const key = `errors.${error.code}`;
    const explained = error.code === 'BAD_USER_INPUT' ? inputRefusalText(error.details, field ?? '—', t) : null;
    if (explained) return { code: error.code, message: explained, field };
    const message = te(key) ? t(key, { message: error.message }) : t('errors.generic', { message: error.message });
    return { code: error.code, message, field };
  }

  return { explain };
}
