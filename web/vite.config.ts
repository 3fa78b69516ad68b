// Vite build of the web app: emitted to web/dist and served by the server's web plugin at `/`.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { chunkBudget, graphqlDocuments, vendorChunk } from './build/plugins';
import { prebuiltPrimeVueTheme } from './build/prebuilt-theme';

const apiTarget = 'http://127.0.0.1:3000';

/** No JavaScript chunk may pass this size minified; the build fails otherwise. */
const CHUNK_BUDGET_BYTES = 200_000;

export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    graphqlDocuments(),
    prebuiltPrimeVueTheme(),
    vue(),
    chunkBudget(CHUNK_BUDGET_BYTES),
    // Precompressed copies next to each asset; the server's static plugin sends them (preCompressed).
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      include: /\.(js|css|html|svg|json)$/,
      threshold: 1024,
    }),
  ],
  define: {
    // vue-i18n esm-bundler flags: composition API only, no legacy API, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
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
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
});
