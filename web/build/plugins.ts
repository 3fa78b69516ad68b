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

/** Splits the large libraries out of the entry so no chunk passes the budget and each caches on its own. */
export function vendorChunk(id: string): string | undefined {
  // The precompiled Vietnamese messages download beside the entry instead of inside it.
  if (id.endsWith('/src/i18n/vi.json')) return 'messages-vi';
  if (!id.includes('node_modules')) return undefined;
  if (/node_modules\/(@vue|vue)\//.test(id)) return 'vue';
  if (/node_modules\/(vue-i18n|@intlify)\//.test(id)) return 'vue-i18n';
  // One chunk per PrimeVue component: a page loads the components it uses, and the table (most of
  // the budget by itself) does not drag its paginator, filters and icons into one oversized chunk.
  const component = /node_modules\/primevue\/([a-z]+)\//.exec(id)?.[1];
  if (component) return `primevue-${component}`;
  // One chunk per icon, so a page carries only the icons its components draw (the spinner of a button is not
  // the whole icon set); their shared base goes with PrimeVue's core.
  const icon = /node_modules\/@primevue\/icons\/([a-z]+)\//.exec(id)?.[1];
  if (icon) return icon === 'baseicon' ? 'primevue-core' : `primevue-icon-${icon}`;
  if (/node_modules\/(@primeuix\/styled|@primeuix\/utils|@primevue\/core)\//.test(id)) return 'primevue-core';
  return undefined;
}
