// The public surface of @launchpad/shared: pure domain rules used by both server and web.
export * from './errors.js';
export * from './roles.js';
export * from './money.js';
export * from './stages.js';
export * from './fund-rules.js';
export * from './kpi.js';
export * from './validation.js';
export * from './selection.js';
export * from './clock.js';
export * from './fund-performance.js';
export * from './fund-law.js';
export * from './deadlines.js';
export * from './text.js';
