// The shape every domain module hands to the GraphQL plugin.
import type { GraphQLSchema } from 'graphql';
import type { MercuriusLoaders } from 'mercurius';
import type { OperationPolicy } from '../graphql/authorize';
import type { Resolvers } from '../graphql/generated';

export interface GraphQLModule {
  name: string;
  /** This module's part of the schema (`extend type Query/Mutation`). */
  schemaFile: URL;
  resolvers: Resolvers;
  policy: OperationPolicy;
  /** Batch loaders for nested fields (no N+1). */
  loaders?: MercuriusLoaders;
  /** Runs once the executable schema has every resolver and loader wired in. */
  prepareSchema?: (schema: GraphQLSchema) => void;
}
