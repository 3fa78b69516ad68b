import { describe, expect, it } from 'vitest';
import { lazyRoutes } from '../../web/build/route-table';

describe("route-pages: each page route's preload file", () => {
  it('reads fixed paths, children under their parent, and skips routes with parameters', () => {
    const source = `
      { path: '/login', component: () => import('./pages/LoginPage.vue') },
      { path: '/fund', children: [{ path: 'list', component: () => import('./pages/FundList.vue') }] },
      { path: '/fund/:id', component: () => import('./pages/FundPage.vue') },`;
    expect(lazyRoutes(source)).toEqual([
      { path: '/login', specifier: './pages/LoginPage.vue' },
      { path: '/fund/list', specifier: './pages/FundList.vue' },
    ]);
  });

  it('fails the build when a lazy page sits in a record it cannot match to a path', () => {
    const source = `
      { path: '/login', component: () => import('./pages/LoginPage.vue'), alt: { component: () => import('./pages/Other.vue') } },`;
    expect(() => lazyRoutes(source)).toThrow(/2 lazy pages but 1/);
  });
});
