// A small classic script, deferred ahead of the app's entry, that sends a page's first queries
// (web/src/api/first-load-requests.ts) as soon as the HTML is parsed: a public page's, and with a stored session
// the session's and the signed-in page's. The app's code then takes their answers instead of asking once it has
// downloaded and run. It is a file of its own, not inline, so the Content-Security-Policy keeps `script-src 'self'`.
import type { OutputAsset, Plugin } from 'vite';
import { print } from 'graphql';
import { tsImport } from 'tsx/esm/api';
import type * as Table from '../src/api/first-load-requests';

type FirstLoadRequest = Table.FirstLoadRequest;

const TOKEN_KEY = 'launchpad.token'; // web/src/stores/auth.ts
const ACCEPT = 'application/graphql-response+json, application/json;q=0.9'; // web/src/api/client.ts

const asSent = ({ document, variables }: FirstLoadRequest) => ({ query: print(document), variables });

/** The script's text: plain ES5-safe JavaScript, run once before the entry module. */
export async function firstLoadScript(): Promise<string> {
  // Through tsx: the table imports the shared package's TypeScript sources, which the config's loader cannot run.
  const { FIRST_LOAD_PUBLIC_ROUTES, FIRST_LOAD_ROUTES, SESSION_REQUEST } = (await tsImport(
    '../src/api/first-load-requests.ts',
    import.meta.url,
  )) as typeof Table;
  const routes = FIRST_LOAD_ROUTES.map((route) => ({ path: route.path.source, requests: route.requests.map(asSent) }));
  const publicRoutes = FIRST_LOAD_PUBLIC_ROUTES.map((route) => ({
    path: route.path.source,
    queries: route.documents.map((document) => print(document)),
  }));
  return `(function () {
  try {
    if (!window.fetch || !window.Map || !window.URLSearchParams) return;
    var sent = (window.__launchpadFirstLoad = new Map());
    var keep = function (key, request) {
      // Handled here too: an answer the app never takes (it went elsewhere) must not fail unseen in the console.
      request['catch'](function () {});
      sent.set(key, request);
    };
    // A public page's queries: the same GET as requestPublic, keyed by its address.
    var publicRoutes = ${JSON.stringify(publicRoutes)};
    for (var p = 0; p < publicRoutes.length; p++) {
      if (!new RegExp(publicRoutes[p].path).test(location.pathname)) continue;
      for (var q = 0; q < publicRoutes[p].queries.length; q++) {
        var url = '/graphql?' + new URLSearchParams({ query: publicRoutes[p].queries[q] }).toString();
        keep('GET ' + url, fetch(url, { headers: { accept: ${JSON.stringify(ACCEPT)} } }));
      }
    }
    var token = localStorage.getItem(${JSON.stringify(TOKEN_KEY)});
    if (!token) return;
    // Hanoi's day: UTC+7 all year round.
    var today = new Date(Date.now() + 7 * 3600000).toISOString().slice(0, 10);
    var send = function (request, match) {
      var variables = {};
      for (var name in request.variables) {
        var value = request.variables[name];
        variables[name] = value === '$1' ? decodeURIComponent(match[1]) : value === '$today' ? today : value;
      }
      var body = JSON.stringify({ query: request.query, variables: variables });
      keep(token + '\\n' + body, fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: ${JSON.stringify(ACCEPT)}, authorization: 'Bearer ' + token },
        body: body
      }));
    };
    send(${JSON.stringify(asSent(SESSION_REQUEST))}, []);
    if (location.search) return;
    var routes = ${JSON.stringify(routes)};
    for (var i = 0; i < routes.length; i++) {
      var match = new RegExp(routes[i].path).exec(location.pathname);
      if (match) for (var j = 0; j < routes[i].requests.length; j++) send(routes[i].requests[j], match);
    }
  } catch (e) {
    // Without it the app simply asks for its data itself.
  }
})();
`;
}

export function firstLoad(): Plugin {
  return {
    name: 'launchpad:first-load',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'] as OutputAsset | undefined;
      if (!index) return;
      const ref = this.emitFile({ type: 'asset', name: 'first-load.js', source: await firstLoadScript() });
      const tag = `<script defer src="/${this.getFileName(ref)}"></script>`;
      // Before the entry module: deferred scripts run in document order, so its requests are out first.
      index.source = String(index.source).replace('<script type="module"', `${tag}\n    <script type="module"`);
    },
  };
}
