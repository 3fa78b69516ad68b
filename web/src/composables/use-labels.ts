// Words for the lifecycle's codes in the active language: stages, milestone kinds and statuses, checklist
// items, sponsors, backgrounds, dates, and the unmet requirements of a stage gate.
import { useI18n } from 'vue-i18n';
import { MILESTONE_KINDS } from '@launchpad/shared';
import { useLocaleStore } from '../stores/locale';

/** A refused requirement as the server sends it (`extensions.unmet[]`, `Startup.nextGate[]`). */
export interface RequirementLike {
  kind: string;
  message: string;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Date and DateTime scalars arrive as strings (the web codegen types DateTime as unknown). */
function asText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function useLabels() {
  const { t, te } = useI18n();
  const localeStore = useLocaleStore();

  const intlLocale = () => (localeStore.locale === 'vi' ? 'vi-VN' : 'en-GB');

  /** A translated code, falling back to the code itself when no label exists. */
  function label(group: string, code: string | null | undefined): string {
    if (!code) return t('common.none');
    const key = `enums.${group}.${code}`;
    return te(key) ? t(key) : code;
  }

  /** 'YYYY-MM-DD' as a calendar date (no time-zone shift); an instant shows its date. */
  function date(input: unknown): string {
    const value = asText(input);
    if (!value) return t('common.none');
    const m = DATE_ONLY.exec(value);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : new Date(value);
    if (Number.isNaN(d.getTime())) return value;
    return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
  }

  /** An instant (ISO 8601) in the reader's time zone. */
  function dateTime(input: unknown): string {
    const value = asText(input);
    if (!value) return t('common.none');
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) return value;
    return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
  }

  /** 'YYYY-MM' as a month, e.g. "thg 3, 2026" / "Mar 2026". */
  function month(value: string): string {
    const m = /^(\d{4})-(\d{2})$/.exec(value);
    if (!m) return value;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    return new Intl.DateTimeFormat(intlLocale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
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
    requirement,
  };
}
