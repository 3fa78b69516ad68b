// The KPI module as the GraphQL layer sees it (its live cache and events are the `kpiPlugin` in live.ts).
import type { GraphQLModule } from '../types';
import { kpiPolicy, kpiResolvers } from './resolvers';

export const kpiModule: GraphQLModule = {
  name: 'kpi',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: kpiResolvers,
  policy: kpiPolicy,
};
