// Browser journeys: the built console in Debian's Chromium (playwright-core) against the real stack.
const preset = require('./jest.preset');

module.exports = {
  ...preset,
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/apps/console-e2e/src/**/*.e2e-spec.ts'],
  testTimeout: 120_000,
  // One journey at a time: two (each with its own stack and Chromium) on the 2-core CI machine made the
  // browsers miss their 10-s waits — a drawer not closed, a navigation not done — in 8 of 96 steps.
  maxWorkers: 1,
};
