// PrimeVue's calendar texts (month and day names, its buttons' labels) follow the reader's language.
import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { usePrimeVue } from 'primevue/config';

export function useCalendarLocale(): void {
  const { t, locale } = useI18n();
  const primevue = usePrimeVue();
  const list = (key: string) => t(`calendar.${key}`).split(',');

  watchEffect(() => {
    void locale.value;
    Object.assign(primevue.config.locale ?? {}, {
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
  });
}
