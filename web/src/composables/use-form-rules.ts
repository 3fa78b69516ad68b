// Client-side checks that mirror the server's validation (@launchpad/shared), worded in the active language.
// Each returns null when the value passes, or the message to show beside the field.
import { useI18n } from 'vue-i18n';
import { requireEmail, requireText, type TextRules } from '@launchpad/shared';

export type FieldErrors = Record<string, string | undefined>;

export function useFormRules() {
  const { t } = useI18n();

  function text(value: string | null | undefined, rules: TextRules = {}): string | null {
    const { min = 1, max = 1000 } = rules;
    const trimmed = (value ?? '').trim();
    if (trimmed === '') return t('validation.required');
    const length = [...trimmed].length;
    if (length < min) return t('validation.tooShort', { min });
    if (length > max) return t('validation.tooLong', { max });
    try {
      requireText('value', value, rules);
    } catch {
      return t('validation.invalid');
    }
    return null;
  }

  function optionalText(value: string | null | undefined, rules: TextRules = {}): string | null {
    return (value ?? '').trim() === '' ? null : text(value, rules);
  }

  function email(value: string | null | undefined): string | null {
    if ((value ?? '').trim() === '') return t('validation.required');
    try {
      requireEmail('value', value);
    } catch {
      return t('validation.email');
    }
    return null;
  }

  function optionalUrl(value: string | null | undefined): string | null {
    const trimmed = (value ?? '').trim();
    if (trimmed === '') return null;
    if (!/^https?:\/\/\S+$/i.test(trimmed)) return t('validation.url');
    return text(trimmed, { max: 2000 });
  }

  function choice(value: unknown): string | null {
    return value === null || value === undefined || value === '' ? t('validation.choose') : null;
  }

  return { text, optionalText, email, optionalUrl, choice };
}

/** True when no field has a message. */
export function isValid(errors: FieldErrors): boolean {
  return Object.values(errors).every((m) => !m);
}
