// Types come from the SDL in the repository, never from a running server.
import type { CodegenConfig } from '@graphql-codegen/cli';

const schema = ['server/src/graphql/schema.graphql', 'server/src/modules/*/schema.graphql'];

const config: CodegenConfig = {
  schema,
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    'server/src/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: './context#GraphQLContext',
        scalars: { VND: 'bigint', Date: 'string' },
        enumsAsTypes: true,
        // Resolvers return entities; each module names its mapped types here.
        mappers: {
          User: '../modules/users/entities#User as UserEntity',
        },
      },
    },
    'web/src/api/generated/': {
      documents: ['web/src/**/*.{ts,vue}', '!web/src/api/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { VND: 'string', Date: 'string' } },
    },
  },
};

export default config;
