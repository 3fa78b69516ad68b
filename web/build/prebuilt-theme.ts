// PrimeVue's styled mode, rendered at build time: each PrimeVue style module the app bundles gets the CSS
// its component would inject at runtime (theme variables and rules from the preset's tokens, and its structural
// rules such as `.p-hidden-accessible`) as a CSS import, so Vite links it with the component's chunk. PrimeVue is
// then told every style is loaded: it injects none, and never re-renders its base rules for each component it
// mounts (it forgets which styles are loaded whenever a component subscribes to theme changes).
import type { Plugin } from 'vite';
import { pathToFileURL } from 'node:url';
import { Theme } from '@primeuix/themes';
import { LaunchpadPreset, THEME_OPTIONS } from '../src/theme';

/** `primevue/button/style/index.mjs` → `button`; `@primevue/core/base/style/index.mjs` → `core-base`. */
const STYLE_MODULE = /node_modules\/(primevue|@primevue\/core|@primevue\/icons)\/([a-z]+)\/style\/index\.mjs$/;
/** PrimeVue's registry of loaded styles (`var Base = { … isStyleNameLoaded … }`). */
const STYLE_REGISTRY = /node_modules\/@primevue\/core\/base\/index\.mjs$/;
/** The token-template strings of each component's theme: only the build renders them now. */
const THEME_TEMPLATE = /node_modules\/@primeuix\/styles\/dist\/[a-z]+\/index\.mjs$/;
const CSS_PREFIX = '/@launchpad-primevue-theme/';

interface PrimeVueStyle {
  name: string;
  getCommonThemeStyleSheet(): string;
  getThemeStyleSheet(): string;
  /** The structural rules (`css`), which PrimeVue injects even without a theme. */
  getStyleSheet(): string;
}

/** The CSS inside the `<style>` elements PrimeVue's server-side helpers return. */
function styleContents(html: string): string {
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('\n');
}

export function prebuiltPrimeVueTheme(): Plugin {
  const styleModules = new Map<string, string>();
  return {
    name: 'launchpad:prebuilt-primevue-theme',
    enforce: 'pre',
    // The dev server pre-bundles PrimeVue (its modules never reach this plugin) and keeps the runtime theme.
    apply: 'build',
    buildStart() {
      Theme.setTheme({ preset: LaunchpadPreset, options: THEME_OPTIONS });
    },
    transform(code, id) {
      // PrimeVue runs with `theme: 'none'`, so the browser never reads these templates: no need to ship them.
      if (THEME_TEMPLATE.test(id.split('?')[0] ?? '')) return { code: `export const style = '';\n`, map: null };
      if (STYLE_REGISTRY.test(id.split('?')[0] ?? '')) {
        if (!code.includes('export { Base as default }')) return this.error(`unexpected PrimeVue style registry ${id}`);
        return { code: `${code}\nBase.isStyleNameLoaded = () => true;\n`, map: null };
      }
      const match = STYLE_MODULE.exec(id.split('?')[0] ?? '');
      if (!match) return null;
      const key = match[1] === 'primevue' ? match[2] : `${match[1]?.slice('@primevue/'.length)}-${match[2]}`;
      styleModules.set(`${key}.css`, id.split('?')[0] ?? id);
      // Imported last, so the common variables (imported by every style module through base) come first.
      return { code: `${code}\nimport '${CSS_PREFIX}${key}.css';\n`, map: null };
    },
    resolveId(source) {
      return source.startsWith(CSS_PREFIX) ? source : null;
    },
    async load(id) {
      if (!id.startsWith(CSS_PREFIX)) return null;
      const file = styleModules.get(id.slice(CSS_PREFIX.length));
      if (!file) return this.error(`no PrimeVue style module for ${id}`);
      const style = ((await import(pathToFileURL(file).href)) as { default: PrimeVueStyle }).default;
      // The base style carries the preset's primitive, semantic and global variables and the global rules.
      const sheets =
        (style.name === 'base' ? style.getCommonThemeStyleSheet() : '') +
        style.getThemeStyleSheet() +
        style.getStyleSheet();
      return styleContents(sheets);
    },
  };
}
