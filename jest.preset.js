// Shared jest settings: swc transform with Nest/MikroORM decorator metadata, tsconfig paths.
const path = require('node:path');
const fs = require('node:fs');
const swc = JSON.parse(fs.readFileSync(path.join(__dirname, 'swc.config.json'), 'utf8'));
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace('/', '\\/')}$`] = path.join(__dirname, target);
}

module.exports = {
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swc, swcrc: false }] },
  // otplib's default plugins depend on ESM-only @scure/base and @noble/hashes, which Node ≥ 20.19 loads with
  // require() but jest cannot: swc turns those two (wherever nested) into CommonJS; the rest stays untouched.
  transformIgnorePatterns: ['/node_modules/(?!(@scure/base|@noble/hashes)/)(?!.*/node_modules/)'],
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  rootDir: __dirname,
};
