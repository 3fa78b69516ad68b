// vue-i18n in composition mode; Vietnamese is the default and fallback language.
// Only Vietnamese ships in the entry chunk; English is fetched when it is first chosen.
import { createI18n } from 'vue-i18n';
import vi from './vi.json';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_KEY = 'launchpad.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language remembered from the last visit, else Vietnamese. */
export function storedLocale(): Locale {
  const stored = localStorage.getItem(LOCALE_KEY);
  return isLocale(stored) ? stored : 'vi';
}

type MessageSchema = typeof vi;

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'vi',
  fallbackLocale: 'vi',
  messages: { vi } as Record<Locale, MessageSchema>,
});

/** Makes `locale`'s messages available (fetching English once); resolves when it can be shown. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (i18n.global.availableLocales.includes(locale)) return;
  const messages = (await import('./en.json')).default;
  i18n.global.setLocaleMessage(locale, messages);
}
