// Integration tests: real nats-server, real SQLite and PostgreSQL, services as real processes.
// Run one file at a time (they start servers) with generous timeouts.
const preset = require('./jest.preset');

module.exports = {
  ...preset,
  displayName: 'integration',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs}/**/__tests__/**/*.integration-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/console/'],
  testTimeout: 60_000,
  maxWorkers: 1,
  globalSetup: '<rootDir>/libs/testing/src/integration-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/integration-teardown.ts',
};
