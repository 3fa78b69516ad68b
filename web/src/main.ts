// App wiring: stores, i18n, PrimeVue, the API client's session hooks, then the router.
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import PrimeVue from 'primevue/config';
import 'primeicons/primeicons.css';
import './styles/main.css';
import App from './App.vue';
import { i18n } from './i18n';
import { router } from './router';
import { configureClient } from './api/client';
import { useAuthStore } from './stores/auth';
import { useLocaleStore } from './stores/locale';

/** The preset for PrimeVue to render in the browser (the dev server only; the build drops it). */
async function runtimeTheme() {
  const { LaunchpadPreset, THEME_OPTIONS } = await import('./theme');
  return { preset: LaunchpadPreset, options: THEME_OPTIONS };
}

/**
 * Lets the browser run other tasks (paint, input, arriving responses) before the next start-up step: one long
 * start-up task would block a phone's main thread for its whole length.
 */
function yieldToBrowser(): Promise<void> {
  return new Promise((resume) => setTimeout(resume, 0));
}

async function start(): Promise<void> {
  const app = createApp(App);
  app.use(createPinia());
  app.use(i18n);
  // PrimeVue's install deep-watches its whole configuration (about 25 ms of a phone's CPU): a step of its own.
  await yieldToBrowser();
  // The built app carries the theme as CSS (web/build/prebuilt-theme.ts): PrimeVue injects none at runtime.
  // Only the dev server builds it from the preset in the browser.
  app.use(PrimeVue, { theme: import.meta.env.DEV ? await runtimeTheme() : 'none' });

  await yieldToBrowser();

  const auth = useAuthStore();
  await useLocaleStore().initialize();
  configureClient({
    getToken: () => auth.token,
    onUnauthenticated: () => {
      auth.clearSession();
      const current = router.currentRoute.value;
      if (!current.meta.public) void router.push({ name: 'login', query: { redirect: current.fullPath } });
    },
  });

  // `me` is asked at once; the router's guard waits for it only where the page needs the user.
  void auth.initialize();
  app.use(router);
  await yieldToBrowser();
  // The shell paints now; each page renders once its route (and, for signed-in pages, `me`) resolves.
  app.mount('#app');
}

void start();
