import { describe, expect, it } from 'vitest';
import { lazyRoutes, routePageFile } from '../../web/build/route-table';

describe("route-pages: each page route's preload file", () => {
  it('reads fixed paths, children under their parent, and plain parameters; skips optional and pattern ones', () => {
    const source = `
      { path: '/login', component: () => import('./pages/LoginPage.vue') },
      { path: '/fund', children: [{ path: 'list', component: () => import('./pages/FundList.vue') }] },
      { path: '/fund/:id', component: () => import('./pages/FundPage.vue') },
      { path: '/status/:code?', component: () => import('./pages/StatusPage.vue') },
      { path: '/:pathMatch(.*)*', component: () => import('./pages/NotFound.vue') },`;
    expect(lazyRoutes(source)).toEqual([
      { path: '/login', specifier: './pages/LoginPage.vue' },
      { path: '/fund/list', specifier: './pages/FundList.vue' },
      { path: '/fund/:id', specifier: './pages/FundPage.vue' },
    ]);
  });

  it('names the file of a route with a parameter by its bracketed segment', () => {
    expect(routePageFile('/program/startups')).toBe('routes/program/startups.html');
    expect(routePageFile('/fund/:fundId/cap-table/:startupId')).toBe('routes/fund/[fundId]/cap-table/[startupId].html');
  });

  it('fails the build when a lazy page sits in a record it cannot match to a path', () => {
    const source = `
      { path: '/login', component: () => import('./pages/LoginPage.vue'), alt: { component: () => import('./pages/Other.vue') } },`;
    expect(() => lazyRoutes(source)).toThrow(/2 lazy pages but 1/);
  });
});
