// Unit tests: fast, no servers. `*.spec.ts(x)` beside the code in __tests__/.
const preset = require('./jest.preset');

module.exports = {
  // Every core: jest's default (cores - 1) is a single worker on a 2-core CI machine, which leaves one idle
  // while the console's jsdom specs take minutes; unit specs share nothing, so they run side by side.
  maxWorkers: '100%',
  projects: [
    {
      ...preset,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/{apps,libs}/**/__tests__/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/console/'],
    },
    {
      ...preset,
      displayName: 'console',
      testEnvironment: 'jsdom',
      // jsdom lacks matchMedia, ResizeObserver and friends that antd expects.
      setupFiles: ['<rootDir>/apps/console/src/test/dom-shims.ts'],
      testMatch: ['<rootDir>/apps/console/src/**/__tests__/**/*.spec.{ts,tsx}'],
      moduleNameMapper: {
        ...preset.moduleNameMapper,
        '\\.(css)$': '<rootDir>/apps/console/jest/style-stub.js',
      },
    },
  ],
};
