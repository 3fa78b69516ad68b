// The architecture as rules, checked by `pnpm lint` (lint:deps). The layers, bottom up:
//   shared/  (pure domain rules, imports nothing of server or web)
//   server/src/kernel  (ids, roles, errors, clock, pagination, rows: imports no module)
//   server/src/modules/<name>  (a module reaches another only through its door, modules/<name>/index.ts; no loops)
//   server/src/graphql, plugins, app  (wire the modules in)
//   web/  (imports shared and its generated client types, never server code)
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-door-only',
      comment: 'A module imports another module only through its door (modules/<name>/index.ts), never its files.',
      severity: 'error',
      from: { path: '^server/src/modules/([^/]+)/' },
      to: {
        path: '^server/src/modules/[^/]+/.+',
        pathNot: ['^server/src/modules/$1/', '^server/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'outside-door-only',
      comment:
        'Code outside the modules reaches a module through its door; only the entity list (modules/entities.ts) ' +
        'reads entity files.',
      severity: 'error',
      from: {
        path: '^server/src/',
        pathNot: ['^server/src/modules/[^/]+/', '^server/src/modules/entities\\.ts$'],
      },
      to: { path: '^server/src/modules/[^/]+/.+', pathNot: '^server/src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'no-module-loops',
      comment: 'No import cycles: a module that needs a lower one registers with it instead of being imported by it.',
      severity: 'error',
      from: { path: '^server/src/' },
      to: { circular: true },
    },
    {
      name: 'kernel-imports-no-module',
      comment: 'The kernel sits below every module.',
      severity: 'error',
      from: { path: '^server/src/kernel/' },
      to: { path: '^server/src/(modules|plugins|graphql/(?!context\\.ts$))' },
    },
    {
      name: 'shared-is-pure',
      comment: 'shared/ holds pure rules used by both sides: it imports nothing of server or web.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(server|web)/' },
    },
    {
      name: 'web-never-imports-server',
      comment: 'The web knows the server only through the GraphQL schema (generated client types).',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Generated code is left out: the resolver types (graphql/generated.ts) name each module's view types
    // while the modules type their resolvers with them, a loop of types only, gone at run time.
    exclude: { path: ['(^|/)node_modules/', '\\.d\\.ts$', '^server/src/graphql/generated\\.ts$'] },
    // Type-only imports count: a type import is still a dependency of the design.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.vue', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
