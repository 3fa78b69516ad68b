// The interface language: Vietnamese by default, English on request; remembered across reloads.
import { defineStore } from 'pinia';
import { ref, watchEffect } from 'vue';
import { i18n, isLocale, LOCALE_KEY, type Locale } from '../i18n';

export const useLocaleStore = defineStore('locale', () => {
  /** The active locale; mirrors vue-i18n, localStorage and `<html lang>`. */
  const locale = ref<Locale>(i18n.global.locale.value);

  function setLocale(next: Locale): void {
    if (isLocale(next)) locale.value = next;
  }

  watchEffect(() => {
    i18n.global.locale.value = locale.value;
    localStorage.setItem(LOCALE_KEY, locale.value);
    document.documentElement.lang = locale.value;
  });

  return { locale, setLocale };
});
