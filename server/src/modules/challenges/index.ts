// The challenges module's door: problem statements and the applications to them.
import type { GraphQLModule } from '../types';
import { challengesLoaders, challengesPolicy, challengesResolvers } from './resolvers';

export {
  ApplicationFeedbackSchema,
  ApplicationSchema,
  ApplicationScoreSchema,
  ChallengeCriterionSchema,
  ChallengeSchema,
  ReviewAssignmentSchema,
  type Application,
  type Challenge,
} from './entities';

export { applicationView, challengeView, type ApplicationView } from './read';

export const challengesModule: GraphQLModule = {
  name: 'challenges',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: challengesResolvers,
  policy: challengesPolicy,
  loaders: challengesLoaders,
};

export { createChallenge } from './service';
