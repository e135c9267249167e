// After `tsc` emits into dist/ (or a service's own folder, `node tools/link-dist.js dist/deploy/<app>`),
// lets compiled code `require('@ascc/<lib>')`: Node finds <out>/node_modules/@ascc/<lib> walking up
// from <out>/apps/… and it points at the compiled lib. Only the libs that were compiled get a link.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const out = path.resolve(root, process.argv[2] ?? 'dist');
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  const compiled = path.join(out, target.replace(/\.ts$/, '.js'));
  if (!fs.existsSync(compiled)) continue;
  const dir = path.join(out, 'node_modules', alias);
  fs.mkdirSync(dir, { recursive: true });
  const relative = path.relative(dir, compiled).split(path.sep).join('/');
  fs.writeFileSync(path.join(dir, 'index.js'), `module.exports = require('${relative}');\n`);
}
