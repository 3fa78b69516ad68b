// Builds the server for `pnpm start`: server/src/main.ts and the workspace code it imports (shared/, migrations/)
// bundled into server/dist/main.js. Running plain JavaScript instead of the TypeScript sources through tsx spares
// the transpiled modules and source maps tsx keeps in memory. Packages from node_modules stay imports: Node loads
// them from server/node_modules as it does for the sources.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_DIST = join(root, 'server', 'dist');
const OUTFILE = join(SERVER_DIST, 'main.js');

/** Node's own modules and every package are loaded at run time; only the workspace's TypeScript is bundled. */
const packagesStayExternal = {
  name: 'packages-stay-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@launchpad/') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * `import.meta.url` keeps meaning the source file it is written in: the SDL files beside each module, REPO_ROOT and
 * createRequire() resolve from it. In the bundle it becomes that source's URL, relative to server/dist/main.js, so the
 * build still works wherever the repository is moved.
 */
const sourceFileUrls = {
  name: 'source-file-urls',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const other = /import\.meta\.(?!url\b)\w+/.exec(source);
      if (other) throw new Error(`${relative(root, args.path)}: ${other[0]} has no meaning in the server build`);
      const fromBundle = relative(dirname(OUTFILE), args.path).split('\\').join('/');
      const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

export async function buildServer() {
  await build({
    entryPoints: [join(root, 'server', 'src', 'main.ts')],
    outfile: OUTFILE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    // MikroORM and stack traces read class and function names; the bundle keeps them as written.
    keepNames: true,
    // On disk only: `node --enable-source-maps server/dist/main.js` maps stack traces back when needed.
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [packagesStayExternal, sourceFileUrls],
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildServer();
