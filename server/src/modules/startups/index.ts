// The startups module's door: startups, their founders and stage moves; who may change a startup; and the
// registries through which other modules add parts to a startup (prefetched page fields, gate facts).
import type { GraphQLModule } from '../types';
import { startupLoaders } from './loaders';
import { answerPrefetchedFirst } from './prefetch';
import { startupsPolicy, startupsResolvers } from './resolvers';

export { StageMoveSchema, StartupMemberSchema, StartupSchema, type Startup } from './entities';
export { isMember, memberStartupIds, readableStartup, writableStartup } from './access';
export {
  registerGateFacts,
  registerStartupPrefetch,
  type GateFacts,
  type GateFactsReader,
  type PrefetchContributor,
} from './contributors';
export { startupView, startupViewOf, type StartupView } from './read';
export { createStartupIn } from './service';

export const startupsModule: GraphQLModule = {
  name: 'startups',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: startupsResolvers,
  policy: startupsPolicy,
  loaders: startupLoaders,
  prepareSchema: answerPrefetchedFirst,
};

// The door for other modules: which startups a founder belongs to.
export { myStartups } from './service';
