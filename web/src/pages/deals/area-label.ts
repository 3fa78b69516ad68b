// A due-diligence area as people read it: the default areas (LEGAL, FINANCIAL, …) in the user's language, an area
// a fund named itself as written. Editing goes back the other way, so a default area stays its code when saved.
import { useI18n } from 'vue-i18n';

const DEFAULT_AREAS = ['LEGAL', 'FINANCIAL', 'TECHNICAL', 'IP', 'TEAM', 'MARKET'] as const;

export function useAreaLabel(): (area: string) => string {
  const { t, te } = useI18n();
  return (area) => (te(`deals.areas.default.${area}`) ? t(`deals.areas.default.${area}`) : area);
}

/** The stored name of an area typed as shown: a default area's label (in the reader's language) is its code. */
export function useAreaCode(): (typed: string) => string {
  const { t } = useI18n();
  return (typed) => {
    const wanted = typed.trim().toLocaleLowerCase('vi');
    return (
      DEFAULT_AREAS.find((code) => t(`deals.areas.default.${code}`).toLocaleLowerCase('vi') === wanted) ?? typed.trim()
    );
  };
}
