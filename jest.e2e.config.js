// Browser journeys: the built console in Debian's Chromium (playwright-core) against the real stack.
const preset = require('./jest.preset');

module.exports = {
  ...preset,
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/apps/console-e2e/src/**/*.e2e-spec.ts'],
  testTimeout: 120_000,
  // Two journeys at a time: each has its own stack (fresh ports, data directory and database) and browser,
  // and one journey mostly waits on its stack and its browser in turn, so a second one overlaps it,
  // its stack's start-up included.
  maxWorkers: 2,
};
