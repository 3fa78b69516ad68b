// One index.html per page route that preloads that page's own scripts and styles, so a phone fetches them
// beside the entry instead of after it has run (the router imports a page only once the app is running).
import type { OutputAsset, OutputBundle, OutputChunk } from 'rollup';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyRoutes, routePageFile } from './route-table';

const ROUTER = fileURLToPath(new URL('../src/router.ts', import.meta.url));
/** The page chunk's file and every chunk and stylesheet it imports statically, in load order. */
function pageFiles(chunk: OutputChunk, bundle: OutputBundle, seen = new Set<string>()): string[] {
  if (seen.has(chunk.fileName)) return [];
  seen.add(chunk.fileName);
  const imported = chunk.imports.flatMap((file) => {
    const dep = bundle[file];
    return dep?.type === 'chunk' ? pageFiles(dep, bundle, seen) : [];
  });
  return [...imported, chunk.fileName, ...(chunk.viteMetadata?.importedCss ?? [])];
}

/**
 * The page's own files ask for a low priority: the entry and its stylesheets (which paint the shell) go first on
 * a phone's few connections, and the page's files follow long before the router asks for them.
 */
function preloadLink(file: string): string {
  return file.endsWith('.css')
    ? `<link rel="preload" as="style" fetchpriority="low" crossorigin href="/${file}">`
    : `<link rel="modulepreload" fetchpriority="low" crossorigin href="/${file}">`;
}

export function routePages(): Plugin {
  return {
    name: 'launchpad:route-pages',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'] as OutputAsset | undefined;
      if (!index) return;
      const html = String(index.source);
      const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
      for (const { path, specifier } of lazyRoutes(readFileSync(ROUTER, 'utf8'))) {
        const module = resolve(dirname(ROUTER), specifier);
        // A page that shares its chunk with another lazily imported module (its route's data module) has no facade.
        const page =
          chunks.find((chunk) => chunk.facadeModuleId === module) ??
          chunks.find((chunk) => chunk.isDynamicEntry && chunk.moduleIds.includes(module));
        if (!page) this.error(`no chunk for the page of route ${path}`);
        const links = pageFiles(page, bundle)
          .filter((file) => !html.includes(`/${file}"`))
          .map(preloadLink);
        const source = html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
        this.emitFile({ type: 'asset', fileName: routePageFile(path), source });
      }
    },
  };
}
