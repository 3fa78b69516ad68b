// Build-time helpers of the web app: operations resolved to their generated documents, and a chunk-size budget.
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GENERATED = fileURLToPath(new URL('../src/api/generated/graphql.ts', import.meta.url));
const GRAPHQL_CALL = /\bgraphql\(\s*`\s*(query|mutation|subscription|fragment)\s+(\w+)[^`]*`\s*\)/g;
const GENERATED_DOCUMENT = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode/gm;

/**
 * Replaces each `graphql(`...`)` call with the document graphql-codegen generated for it, inlined
 * (what the client preset's babel optimizer does). Without it, the preset's `graphql()` looks documents
 * up in a map of every operation, and even imported one by one they would share one module, so every
 * page's documents would land in the entry chunk; inlined, each rides with the page that runs it.
 */
export function graphqlDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'launchpad:graphql-documents',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      this.addWatchFile(GENERATED);
      documents = new Map(
        [...readFileSync(GENERATED, 'utf8').matchAll(GENERATED_DOCUMENT)].map((m) => [m[1] ?? '', m[2] ?? '']),
      );
    },
    transform(code, id) {
      if (id.includes('/api/generated/') || !/\.(ts|vue)$/.test(id.split('?')[0] ?? '')) return null;
      if (!code.includes('graphql(`')) return null;
      const out = code.replace(GRAPHQL_CALL, (call, kind: string, name: string) => {
        const generated = documents.get(kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`);
        if (!generated) this.error(`no generated document for ${kind} ${name}: run \`pnpm codegen\``);
        return `(${generated})`;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Fails the build when a JavaScript chunk is larger than `maxBytes` minified (phones pay for every byte). */
export function chunkBudget(maxBytes: number): Plugin {
  return {
    name: 'launchpad:chunk-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const over: string[] = [];
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const bytes = Buffer.byteLength(file.code);
        if (bytes <= maxBytes) continue;
        const largest = Object.entries(file.modules)
          .sort((a, b) => b[1].renderedLength - a[1].renderedLength)
          .slice(0, 3)
          .map(([id]) => id.replace(/^.*node_modules\//, ''));
        over.push(`${file.fileName} (${Math.round(bytes / 1000)} kB; largest modules: ${largest.join(', ')})`);
      }
      if (over.length > 0) this.error(`chunks over the ${Math.round(maxBytes / 1000)} kB budget:\n${over.join('\n')}`);
    },
  };
}

/**
 * PrimeVue in a few chunks by what loads them together. A phone on a slow network pays a round trip per file,
 * so a page's components come in a handful of files rather than one per component and icon; the families stay
 * apart so a visitor's page never downloads the table, and none passes the chunk budget.
 */
const PRIMEVUE_FAMILIES: Record<string, readonly string[]> = {
  // What the shell draws on every page (the header's buttons and language switch); loaded with the entry.
  'primevue-core': ['config', 'button', 'badge', 'ripple', 'togglebutton', 'selectbutton', 'icon-spinner'],
  // Small pieces most pages show, the public ones included (the login form, messages, tags, placeholders).
  'primevue-basic': [
    'message',
    'tag',
    'skeleton',
    'card',
    'inputgroup',
    'inputtext',
    'textarea',
    'chip',
    'timeline',
    'tabs',
    'tablist',
    'tab',
    'tabpanels',
    'tabpanel',
    'icon-times',
    'icon-timescircle',
    'icon-chevronleft',
    'icon-chevronright',
  ],
  // Dialogs and popovers: every signed-in page's notification bell, and the forms in dialogs.
  'primevue-overlay': [
    'dialog',
    'popover',
    'overlaybadge',
    'focustrap',
    'portal',
    'overlayeventbus',
    'utils',
    'icon-windowmaximize',
    'icon-windowminimize',
  ],
  // The table (the largest component by far, alone with its columns) ...
  'primevue-table': ['datatable', 'column'],
  // ... and the controls it draws (paginator, filters, selects) with every icon they and the table use.
  'primevue-controls': [
    'paginator',
    'select',
    'virtualscroller',
    'inputnumber',
    'checkbox',
    'radiobutton',
    'iconfield',
    'inputicon',
    'icon-arrowdown',
    'icon-arrowup',
    'icon-angledoubleleft',
    'icon-angledoubleright',
    'icon-angleleft',
    'icon-angleright',
    'icon-angledown',
    'icon-angleup',
    'icon-blank',
    'icon-check',
    'icon-chevrondown',
    'icon-chevronup',
    'icon-search',
    'icon-bars',
    'icon-pencil',
    'icon-minus',
    'icon-filter',
    'icon-filterfill',
    'icon-filterslash',
    'icon-plus',
    'icon-trash',
    'icon-sortalt',
    'icon-sortamountdown',
    'icon-sortamountupalt',
    'icon-calendar',
  ],
};
const PRIMEVUE_CHUNK = new Map(
  Object.entries(PRIMEVUE_FAMILIES).flatMap(([chunk, pieces]) => pieces.map((piece) => [piece, chunk] as const)),
);

/** The chunk of a PrimeVue module: its family's, else one of its own (the rare large ones: date picker, multiselect). */
function primeVueChunk(id: string): string | undefined {
  const component = /node_modules\/primevue\/([a-z]+)\//.exec(id)?.[1];
  const icon = /node_modules\/@primevue\/icons\/([a-z]+)\//.exec(id)?.[1];
  if (icon === 'baseicon' || /node_modules\/(@primeuix\/styled|@primeuix\/utils|@primevue\/core)\//.test(id)) {
    return 'primevue-core';
  }
  const piece = component ?? (icon ? `icon-${icon}` : undefined);
  if (!piece) return undefined;
  return PRIMEVUE_CHUNK.get(piece) ?? `primevue-${piece}`;
}

/** Splits the large libraries out of the entry so no chunk passes the budget and each caches on its own. */
export function vendorChunk(id: string): string | undefined {
  // The precompiled Vietnamese messages download beside the entry instead of inside it.
  if (id.endsWith('/src/i18n/vi.json')) return 'messages-vi';
  if (!id.includes('node_modules')) return undefined;
  // Vue and its i18n runtime load together on every page: one file.
  if (/node_modules\/(@vue|vue|vue-i18n|@intlify)\//.test(id)) return 'vue';
  return primeVueChunk(id);
}
