// Vite build of the web app: emitted to web/dist and served by the server's web plugin at `/`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { chunkBudget, graphqlDocuments, vendorChunk } from './build/plugins';
import { prebuiltPrimeVueTheme } from './build/prebuilt-theme';
import { routePages } from './build/route-pages';
import { firstLoad } from './build/first-load';
import { iconFontSubset } from './build/icon-font';

const apiTarget = 'http://127.0.0.1:3000';

/** No JavaScript chunk may pass this size minified; the build fails otherwise. */
const CHUNK_BUDGET_BYTES = 200_000;

export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    graphqlDocuments(),
    prebuiltPrimeVueTheme(),
    iconFontSubset(),
    vue(),
    // The messages become functions at build time, so the browser runs vue-i18n's runtime-only build
    // (no message compiler, nothing compiled before the first render).
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./src/i18n/*.json', import.meta.url))],
      runtimeOnly: true,
      dropMessageCompiler: true,
      compositionOnly: true,
      fullInstall: false,
      strictMessage: false,
    }),
    chunkBudget(CHUNK_BUDGET_BYTES),
    firstLoad(),
    routePages(),
    // Precompressed copies next to each asset; the server's static plugin sends them (preCompressed).
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      include: /\.(js|css|html|svg|json)$/,
      threshold: 1024,
    }),
  ],
  server: {
    proxy: {
      '/graphql': apiTarget,
      '/health': apiTarget,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: CHUNK_BUDGET_BYTES / 1000,
    rollupOptions: {
      output: {
        manualChunks: vendorChunk,
        // The app's shared helpers (formats, labels, small stores) would each be a file of 1–2 kB: Rollup merges
        // chunks under this size into one their pages load anyway, never running a side effect earlier.
        experimentalMinChunkSize: 10_000,
      },
    },
  },
});
