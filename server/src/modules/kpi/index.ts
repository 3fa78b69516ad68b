// The KPI module's door: the board's dashboard and targets, and the plugin that pushes live KPI changes.
import type { GraphQLModule } from '../types';
import { kpiPolicy, kpiResolvers } from './resolvers';

export { kpiPlugin } from './live';

export const kpiModule: GraphQLModule = {
  name: 'kpi',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: kpiResolvers,
  policy: kpiPolicy,
};
