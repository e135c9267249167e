// Unit tests: fast, no servers. `*.spec.ts(x)` beside the code in __tests__/.
const preset = require('./jest.preset');

module.exports = {
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
