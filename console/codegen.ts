import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Every operation in src/ typed from the supergraph the gateway serves: a field renamed or
 * removed there fails `--check` (the build) and the type-check, not a user at the desk.
 */
const config: CodegenConfig = {
  schema: '../schemas/supergraph.graphql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
    },
  },
};

export default config;
