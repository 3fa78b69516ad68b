// A due-diligence area as people read it: the default areas (LEGAL, FINANCIAL, …) in the user's language, an area
// a fund named itself as written.
import { useI18n } from 'vue-i18n';

export function useAreaLabel(): (area: string) => string {
  const { t, te } = useI18n();
  return (area) => (te(`deals.areas.default.${area}`) ? t(`deals.areas.default.${area}`) : area);
}
