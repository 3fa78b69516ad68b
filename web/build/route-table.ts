// The page routes of router.ts read from its text (the build cannot run the router, which needs a browser).

const PATH = /path: '([^']*)'/g;

/**
 * Where the server finds the page of `path`: `/program/startups` → `routes/program/startups.html`; a parameter
 * becomes a bracketed segment, `/fund/:fundId` → `routes/fund/[fundId].html` (server/src/plugins/web.ts).
 */
export const routePageFile = (path: string) => `routes${path.replace(/:(\w+)/g, '[$1]')}.html`;

const PARAM = /^:\w+$/;
const LAZY_PAGE = /component: \(\) => import\('([^']+)'\)/;

/**
 * The route table's pages, read from router.ts's records in order: a relative path is a
 * child of the last absolute one, and a record's page is the first lazy `component` before the next path.
 * A route whose segment is a plain `:param` is kept as written (`/fund/:fundId`): the server matches any value
 * in its place. Optional, repeated or pattern params (`:code?`, `:pathMatch(.*)*`) have no file (they get index.html).
 */
export function lazyRoutes(source: string): { path: string; specifier: string }[] {
  const paths = [...source.matchAll(PATH)];
  let parent = '';
  const records = paths.flatMap((match, i) => {
    const own = match[1] ?? '';
    if (own.startsWith('/')) parent = own;
    const path = own.startsWith('/') ? own : own ? `${parent}/${own}` : parent;
    const record = source.slice(match.index, paths[i + 1]?.index ?? source.length);
    const specifier = LAZY_PAGE.exec(record)?.[1];
    return specifier ? [{ path, specifier }] : [];
  });
  // A record written in a shape these patterns miss would otherwise lose its preload file without a word.
  const lazyPages = [...source.matchAll(new RegExp(LAZY_PAGE.source, 'g'))].length;
  if (records.length !== lazyPages) {
    throw new Error(`router.ts has ${lazyPages} lazy pages but ${records.length} were matched to a route path`);
  }
  return records.filter(({ path }) =>
    path.split('/').every((segment) => !segment.includes(':') || PARAM.test(segment)),
  );
}
