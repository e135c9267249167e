// Browser journeys: the built console in Debian's Chromium (playwright-core) against the real stack.
const preset = require('./jest.preset');

module.exports = {
  ...preset,
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/apps/console-e2e/src/**/*.e2e-spec.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
