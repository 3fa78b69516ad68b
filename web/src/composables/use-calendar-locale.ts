// PrimeVue's calendar texts (month and day names, its buttons' labels) follow the reader's language. Set up
// when a calendar first opens, not with the app: writing PrimeVue's reactive config wakes its watchers, work a
// page without a calendar (most pages, and every first paint) should not pay for.
import { effectScope, watchEffect } from 'vue';
import type { PrimeVueConfiguration } from 'primevue/config';
import { i18n } from '../i18n';

let following = false;

export function followCalendarLocale(config: PrimeVueConfiguration): void {
  if (following) return;
  following = true;
  const { t, locale } = i18n.global;
  const list = (key: string) => t(`calendar.${key}`).split(',');
  // Detached: the texts keep following the language after the component that opened the first calendar is gone.
  effectScope(true).run(() =>
    watchEffect(() => {
      void locale.value;
      // PrimeVue's config always carries its default (English) locale; only the calendar's texts are replaced.
      Object.assign(config.locale ?? {}, {
        dayNames: list('dayNames'),
        dayNamesShort: list('dayNamesShort'),
        dayNamesMin: list('dayNamesMin'),
        monthNames: list('monthNames'),
        monthNamesShort: list('monthNamesShort'),
        firstDayOfWeek: 1,
        today: t('calendar.today'),
        clear: t('calendar.clear'),
        chooseYear: t('calendar.chooseYear'),
        chooseMonth: t('calendar.chooseMonth'),
        chooseDate: t('calendar.chooseDate'),
        prevDecade: t('calendar.prevDecade'),
        nextDecade: t('calendar.nextDecade'),
        prevYear: t('calendar.prevYear'),
        nextYear: t('calendar.nextYear'),
        prevMonth: t('calendar.prevMonth'),
        nextMonth: t('calendar.nextMonth'),
        weekHeader: t('calendar.weekHeader'),
      });
    }),
  );
}
