// The interface language: Vietnamese by default, English on request; remembered across reloads.
import { defineStore } from 'pinia';
import { ref, watchEffect } from 'vue';
import { i18n, isLocale, loadLocale, LOCALE_KEY, storedLocale, type Locale } from '../i18n';

export const useLocaleStore = defineStore('locale', () => {
  /** The active locale; mirrors vue-i18n, localStorage and `<html lang>`. */
  const locale = ref<Locale>(i18n.global.locale.value);
  // Read before the effect below writes the active (not yet restored) locale back to storage.
  const remembered = storedLocale();

  /** Switches once the language's messages are loaded, so no half-translated frame is shown. */
  async function setLocale(next: Locale): Promise<void> {
    if (!isLocale(next)) return;
    await loadLocale(next);
    locale.value = next;
  }

  /** Restores the remembered language before the first render. */
  async function initialize(): Promise<void> {
    await setLocale(remembered);
  }

  watchEffect(() => {
    i18n.global.locale.value = locale.value;
    localStorage.setItem(LOCALE_KEY, locale.value);
    document.documentElement.lang = locale.value;
  });

  return { locale, setLocale, initialize };
});
