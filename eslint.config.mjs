import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'coverage/**', '**/*.js', '**/*.mjs', 'console/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through the config module (readEnv).' }],
    },
  },
  {
    // The places that may touch the environment: the config reader, the launcher handing
    // it on to child services, and the test support reading what global setup put there.
    files: ['subgraphs/kit/src/config/**', 'infra/src/service-process.ts', 'infra/src/postgres.ts', 'test/support/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // The browser application is type-checked by its own build (tsconfig.app.json); its tool
    // configurations are default exports, as Vite and GraphQL Code Generator read them.
    files: ['console/src/**', 'console/*.ts', 'console/*.mts'],
    ...tseslint.configs.disableTypeChecked,
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['console/*.ts', 'console/*.mts'],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-properties': 'off' },
  },
);
