// Lint with zero warnings. Module boundaries come from project tags (project.json):
// a service imports shared libs only, never another service; the console imports only
// libs that run in a browser (platform:any|browser).
const nx = require('@nx/eslint-plugin');
const { importX, createNodeResolver } = require('eslint-plugin-import-x');

module.exports = [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      'data/**',
      'tmp/**',
      'coverage/**',
      '**/migrations/*/migration-*.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.mts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:training', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:aid', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:culture', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:budget', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:reporting', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:shared', 'scope:console'] },
            { sourceTag: 'platform:any', onlyDependOnLibsWithTags: ['platform:any'] },
            { sourceTag: 'platform:browser', onlyDependOnLibsWithTags: ['platform:any', 'platform:browser'] },
            { sourceTag: 'platform:node', onlyDependOnLibsWithTags: ['platform:any', 'platform:node'] },
            // The product's runtime (npm start) never reaches into the test library.
            { sourceTag: 'type:runtime', notDependOnLibsWithTags: ['type:testing'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // No import cycle inside a project (Nx checks the ones between projects): a cycle means two files
    // that each need the other, one responsibility split in the wrong place.
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Product code (everything but tests) never imports the test library: `npm start` uses @ascc/runtime.
    files: [
      'apps/{training,aid,culture,budget,reporting,gateway,console}/src/**/*.{ts,tsx}',
      'libs/{contracts,catalog,service-kit,runtime}/src/**/*.ts',
      'tools/start-all.ts',
    ],
    ignores: ['**/__tests__/**', '**/*.spec.{ts,tsx}', '**/*.integration-spec.ts', '**/src/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@ascc/testing',
              message: 'Product code uses @ascc/runtime; @ascc/testing is for tests.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
