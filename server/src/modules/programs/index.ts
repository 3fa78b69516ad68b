// The programs module's door: programs and their stage gates; the default program new startups join.
import type { GraphQLModule } from '../types';
import { programsPolicy, programsResolvers } from './resolvers';

export { ProgramSchema, type Program } from './entities';
export { programView, type ProgramView } from './read';
export { DEFAULT_PROGRAM_NAME, programOrDefault } from './service';

export const programsModule: GraphQLModule = {
  name: 'programs',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: programsResolvers,
  policy: programsPolicy,
};
