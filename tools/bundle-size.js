// Measures what the console's first load costs: the gzipped JavaScript that index.html loads
// (entry script and modulepreloads), and each lazily loaded chunk. Writes reports/bundle-size.json
// and fails when the first load is over the budget.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const BUDGET_BYTES = 250_000; // 250 KB, decimal: the stricter reading of the budget
const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist', 'apps', 'console');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
const gz = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const all = fs
  .readdirSync(path.join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);

const firstLoad = initial.reduce((sum, f) => sum + gz(f), 0);
const report = {
  measuredAt: new Date().toISOString(),
  budgetBytes: BUDGET_BYTES,
  firstLoadGzipBytes: firstLoad,
  firstLoadFiles: initial,
  lazyChunks: all.filter((f) => !initial.includes(f)).map((f) => ({ file: f, gzipBytes: gz(f) })),
};
fs.mkdirSync(path.join(root, 'reports'), { recursive: true });
fs.writeFileSync(path.join(root, 'reports', 'bundle-size.json'), JSON.stringify(report, null, 2) + '\n');
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log(
  `console first load: ${kb(firstLoad)} gzipped JavaScript (budget ${kb(BUDGET_BYTES)}), ${initial.length} files`,
);
if (firstLoad > BUDGET_BYTES) {
  console.error('over budget');
  process.exit(1);
}
