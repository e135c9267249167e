// The Node build: compiles the services, the gateway, the libraries and the tools with swc (the same
// transform as the tests: decorators with Nest's and MikroORM's metadata), rewriting the `@ascc/*`
// imports (tsconfig.base.json `paths`) into relative requires, so the output runs with plain `node`.
// Types are checked apart (`npx tsc -p tsconfig.json`, the projects' `typecheck` targets).
//
//   node tools/build-node.js               every file of tsconfig.build.json into dist/ (same layout as
//                                          the source: dist/apps/<app>/src/main.js); npm start, the
//                                          integration and browser tests and the tools run from there
//   node tools/build-node.js --app <name>  one deployable folder dist/deploy/<name>: only the files its
//                                          main.ts reaches, and a package.json naming the npm packages
//                                          they require (`npm install --omit=dev` there, then
//                                          `node apps/<name>/src/main.js`)
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');
const swcConfig = JSON.parse(fs.readFileSync(path.join(root, 'swc.config.json'), 'utf8'));
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));

function options(file) {
  return {
    ...swcConfig,
    swcrc: false,
    filename: file,
    sourceMaps: true,
    sourceFileName: path.relative(path.dirname(outPath(file, 'dist')), file),
    jsc: {
      ...swcConfig.jsc,
      parser: { ...swcConfig.jsc.parser, tsx: file.endsWith('.tsx') },
      baseUrl: root,
      paths: compilerOptions.paths,
    },
  };
}

const outPath = (file, out) => path.join(root, out, path.relative(root, file)).replace(/\.tsx?$/, '.js');

async function compile(file, out) {
  const { code, map } = await swc.transform(fs.readFileSync(file, 'utf8'), options(file));
  const target = outPath(file, out);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
  fs.writeFileSync(`${target}.map`, map);
  return code;
}

/** The files tsconfig.build.json names (its include and exclude), read with TypeScript's own parser. */
function buildFiles() {
  const configFile = path.join(root, 'tsconfig.build.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile).fileNames;
}

/** What compiled code requires: `require("x")`, and the package of a `require.resolve(`x/file…`)`. */
const requires = (code) => [
  ...[...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]),
  ...[...code.matchAll(/require\.resolve\(`([^`$]+)/g)].map((m) => m[1]),
];

function resolveSource(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`${path.relative(root, from)}: cannot resolve ${specifier}`);
}

/** The npm package a bare specifier names (`@scope/name/sub` → `@scope/name`), or null for node:… */
function packageOf(specifier) {
  if (specifier.startsWith('node:') || require('node:module').isBuiltin(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

async function buildApp(app) {
  const out = path.join('dist', 'deploy', app);
  fs.rmSync(path.join(root, out), { recursive: true, force: true });
  const pkg = require(path.join(root, 'package.json'));
  const packages = new Set();
  const seen = new Set();
  const queue = [path.join(root, 'apps', app, 'src', 'main.ts')];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of requires(await compile(file, out))) {
      if (specifier.startsWith('.')) queue.push(resolveSource(file, specifier));
      else {
        const name = packageOf(specifier);
        if (name) packages.add(name);
      }
    }
  }
  const dependencies = {};
  for (const name of [...packages].sort()) {
    const version = pkg.dependencies?.[name];
    if (!version) throw new Error(`${app} requires ${name}, which package.json's dependencies do not list`);
    dependencies[name] = version;
  }
  const manifest = {
    name: `@ascc/${app}`,
    version: pkg.version,
    private: true,
    description: `${pkg.description} — the ${app} process, built by tools/build-node.js`,
    main: `apps/${app}/src/main.js`,
    engines: pkg.engines,
    overrides: pkg.overrides,
    dependencies,
  };
  fs.writeFileSync(path.join(root, out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${out}: ${seen.size} files, ${packages.size} npm packages`);
}

async function buildAll() {
  // The last build's output, not the console's (vite writes dist/apps/console) nor dist/deploy.
  const apps = fs.existsSync(path.join(root, 'dist', 'apps'))
    ? fs.readdirSync(path.join(root, 'dist', 'apps'))
    : [];
  for (const dir of [
    ...apps.filter((app) => app !== 'console').map((app) => `apps/${app}`),
    'libs',
    'tools',
    'node_modules',
  ]) {
    fs.rmSync(path.join(root, 'dist', dir), { recursive: true, force: true });
  }
  const files = buildFiles();
  await Promise.all(files.map((file) => compile(file, 'dist')));
}

const appIndex = process.argv.indexOf('--app');
(appIndex > 0 ? buildApp(process.argv[appIndex + 1]) : buildAll()).catch((error) => {
  console.error(error.message);
  process.exit(1);
});
