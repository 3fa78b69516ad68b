// Words for the lifecycle's codes in the active language: stages, milestone kinds and statuses, checklist
// items, sponsors, backgrounds, dates, and the unmet requirements of a stage gate.
import { useI18n } from 'vue-i18n';
import { formatNumber, MILESTONE_KINDS } from '@launchpad/shared';
import { useLocaleStore } from '../stores/locale';
import { formatDate, formatDateTime, formatMonth } from '../format/dates';

/** A refused requirement as the server sends it (`extensions.unmet[]`, `Startup.nextGate[]`). */
export interface RequirementLike {
  kind: string;
  message: string;
}

/** Date and DateTime scalars arrive as strings (the web codegen types DateTime as unknown). */
function asText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function useLabels() {
  const { t, te } = useI18n();
  const localeStore = useLocaleStore();

  /** A translated code, falling back to the code itself when no label exists. */
  function label(group: string, code: string | null | undefined): string {
    if (!code) return t('common.none');
    const key = `enums.${group}.${code}`;
    return te(key) ? t(key) : code;
  }

  /** 'YYYY-MM-DD' as a calendar date (no time-zone shift); an instant shows its Hanoi day. */
  function date(input: unknown): string {
    const value = asText(input);
    return value ? formatDate(value, localeStore.locale) : t('common.none');
  }

  /** An instant (ISO 8601) as a Hanoi day and time. */
  function dateTime(input: unknown): string {
    const value = asText(input);
    return value ? formatDateTime(value, localeStore.locale) : t('common.none');
  }

  /** 'YYYY-MM' as a month, e.g. "03/2026" / "Mar 2026". */
  function month(value: string): string {
    return formatMonth(value, localeStore.locale);
  }

  /** A whole number with the language's digit grouping. */
  function integer(value: number): string {
    return formatNumber(value, localeStore.locale);
  }

  /**
   * A gate requirement in words. Known kinds are translated; the milestone kinds a MILESTONE_VERIFIED
   * requirement names are read from the server's sentence. Unknown kinds keep the server's message.
   */
  function requirement(req: RequirementLike): string {
    if (req.kind === 'MILESTONE_VERIFIED') {
      const kinds = MILESTONE_KINDS.filter((k) => new RegExp(`\\b${k}\\b`).test(req.message));
      if (kinds.length === 0) return req.message;
      return t('gates.MILESTONE_VERIFIED', { kinds: kinds.map((k) => label('milestoneKind', k)).join(t('gates.or')) });
    }
    const key = `gates.${req.kind}`;
    return te(key) ? t(key) : req.message;
  }

  return {
    label,
    stage: (code: string | null | undefined) => label('stage', code),
    date,
    dateTime,
    month,
    integer,
    requirement,
  };
}
