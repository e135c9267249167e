// After `tsc` emits into dist/, lets compiled code `require('@ascc/<lib>')`: Node finds
// dist/node_modules/@ascc/<lib> walking up from dist/apps/… and it points at the compiled lib.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  const dir = path.join(root, 'dist', 'node_modules', alias);
  fs.mkdirSync(dir, { recursive: true });
  const compiled = path.join(root, 'dist', target.replace(/\.ts$/, '.js'));
  const relative = path.relative(dir, compiled).split(path.sep).join('/');
  fs.writeFileSync(path.join(dir, 'index.js'), `module.exports = require('${relative}');\n`);
}
