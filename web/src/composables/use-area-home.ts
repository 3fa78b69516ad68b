// Texts of an area home page, read from i18n under `areas.<area>` and greeted by the user's name.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useAuthStore } from '../stores/auth';

type Area = 'program' | 'fund' | 'board' | 'myStartup' | 'adminUsers';

export function useAreaHome(area: Area) {
  const { t, tm, rt } = useI18n();
  const auth = useAuthStore();

  return computed(() => {
    const me = auth.me;
    const highlights = tm(`areas.${area}.highlights`) as unknown;
    return {
      title: t(`areas.${area}.title`),
      intro: t(`areas.${area}.intro`),
      greeting: me ? t('areas.greeting', { name: me.displayName, role: t(`roles.${me.role}`) }) : '',
      highlightsTitle: t('areas.highlightsTitle'),
      highlights: Array.isArray(highlights) ? highlights.map((m) => rt(m as Parameters<typeof rt>[0])) : [],
    };
  });
}
