/**
 * One jest configuration for the whole repository: unit tests sit next to the code they
 * test, end-to-end tests in test/. The global setup starts real PostgreSQL, Kafka, every
 * subgraph and the gateway once per run.
 */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

const workspaces = {
  kit: 'subgraphs/kit',
  agencies: 'subgraphs/agencies',
  petitions: 'subgraphs/petitions',
  assistance: 'subgraphs/assistance',
  'joint-visits': 'subgraphs/joint-visits',
  schemas: 'schemas',
  gateway: 'gateway',
  infra: 'infra',
  'partner-connector': 'partner-connector',
};

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  testMatch: ['<rootDir>/**/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Tests run the TypeScript sources of the workspace packages, not their builds.
  moduleNameMapper: {
    '^@xinfang/kit/identity$': '<rootDir>/subgraphs/kit/src/identity/index.ts',
    '^@xinfang/kit/partner-system$': '<rootDir>/subgraphs/kit/src/partner-system/index.ts',
    '^@xinfang/agencies/demo-staff$': '<rootDir>/subgraphs/agencies/src/staff/demo-staff.ts',
    ...Object.fromEntries(Object.entries(workspaces).map(([name, dir]) => [`^@xinfang/${name}$`, `<rootDir>/${dir}/src/index.ts`])),
  },
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 60_000,
  maxWorkers: 2,
};
