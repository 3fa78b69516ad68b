// Every domain module, in registration order.
import { fundModule } from './fund';
import type { GraphQLModule } from './types';
import { usersModule } from './users';

export const graphqlModules: GraphQLModule[] = [usersModule, fundModule];
