import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type GatewayHealth, SERVICE_NAMES } from '@ascc/contracts';
import { REPO_ROOT, type Stack, startStack } from '@ascc/runtime';
import { DEMO_ENV, signIn } from '../sign-in';

/**
 * The deployable folders (`npx nx run <app>:build` → `tools/build-node.js --app <app>`) run on their
 * own: each is copied out of the repository, given only the npm packages its package.json names, and
 * the whole product is started from those copies.
 */
const APPS = [...SERVICE_NAMES, 'gateway'];

/**
 * The packages npm installs at the top level for these dependencies: their closure (found the way Node
 * resolves them, nested copies included), optional peers left out.
 */
function installed(names: string[]): Set<string> {
  const top = path.join(REPO_ROOT, 'node_modules');
  const found = new Set<string>();
  const visited = new Set<string>();
  const locate = (name: string, from: string): string | undefined => {
    for (let dir = from; dir.startsWith(REPO_ROOT); dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', name);
      if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    }
    return undefined; // an optional dependency for another platform
  };
  const visit = (name: string, from: string) => {
    const dir = locate(name, from);
    if (!dir || visited.has(dir)) return;
    visited.add(dir);
    if (path.dirname(dir) === top || path.dirname(path.dirname(dir)) === top) found.add(name);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const meta = pkg.peerDependenciesMeta ?? {};
    const needed = { ...pkg.dependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies };
    for (const dep of Object.keys(needed)) if (!meta[dep]?.optional) visit(dep, dir);
  };
  for (const name of names) visit(name, REPO_ROOT);
  return found;
}

describe('deployable builds', () => {
  let stack: Stack;
  const deployDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-deploy-'));

  beforeAll(async () => {
    for (const app of APPS) {
      execFileSync(process.execPath, ['tools/build-node.js', '--app', app], { cwd: REPO_ROOT });
      const folder = path.join(deployDir, app);
      fs.cpSync(path.join(REPO_ROOT, 'dist', 'deploy', app), folder, { recursive: true });
      // What `npm install` would put there for the manifest, and nothing else: a package the code
      // requires (directly or through Nest loading it by name) but the manifest forgets fails to load.
      const { dependencies } = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
      for (const name of installed(Object.keys(dependencies))) {
        const link = path.join(folder, 'node_modules', name);
        fs.mkdirSync(path.dirname(link), { recursive: true });
        fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', name), link);
      }
    }
    stack = await startStack({
      deployDir,
      // Resolve from the links' place, so a package finds only what the folder installed.
      env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', LOG_LEVEL: 'silent', NODE_OPTIONS: '--preserve-symlinks' },
    });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(deployDir, { recursive: true, force: true });
  });

  it('holds only its own code and the libraries it uses, no tests and no other app', () => {
    for (const app of APPS) {
      const files = fs.readdirSync(path.join(deployDir, app), { recursive: true, encoding: 'utf8' });
      const code = files.filter((f) => f.endsWith('.js') && !f.startsWith('node_modules'));
      expect(code).toContain(path.join('apps', app, 'src', 'main.js'));
      const foreign = code.filter(
        (f) =>
          /__tests__|\.spec\.|[\\/]testing[\\/]/.test(f) ||
          (f.startsWith('apps') && !f.startsWith(path.join('apps', app))),
      );
      expect({ app, foreign }).toEqual({ app, foreign: [] });
    }
  });

  it('starts every service and the gateway from their folders, which answer a signed-in request', async () => {
    const health = (await (await fetch(`${stack.url}/api/health`)).json()) as GatewayHealth;
    expect(health.status).toBe('ok');
    expect(health.services.map((s) => s.service).sort()).toEqual([...SERVICE_NAMES].sort());
    const { accessToken } = await signIn(stack.url, 'admin');
    const res = await fetch(`${stack.url}/api/training/courses?page=1&pageSize=5`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(expect.objectContaining({ items: expect.any(Array) }));
  });
});
