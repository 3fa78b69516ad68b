// Test suites by kind: unit (pure rules, no database), api (real PostgreSQL), e2e (real Chromium).
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships both CommonJS and ESM builds; Mercurius loads the CommonJS one, so the tests must
// too, or schema objects from two copies meet ("Cannot use GraphQLNonNull from another module or realm").
const serverRequire = createRequire(new URL('./server/package.json', import.meta.url));
const graphqlCommonJs = serverRequire.resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCommonJs }] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // A browser test's first page load (cold chunks, axe) took just over 60 s with the machine fully loaded,
          // each step inside Playwright's own 30 s wait; the whole test gets twice that.
          testTimeout: 120_000,
          hookTimeout: 90_000,
          // expect.poll's own 1 s default is shorter than a busy CI machine's reaction to a click or a back button.
          expect: { poll: { timeout: 10_000 } },
          pool: 'forks',
          // One browser at a time keeps a 2-core machine responsive.
          fileParallelism: false,
        },
      },
    ],
  },
});
