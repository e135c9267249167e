import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT, type Stack, freePort } from '@ascc/runtime';

const GATEWAY = path.join(REPO_ROOT, 'dist', 'apps', 'gateway', 'src', 'main.js');

/**
 * Starts another copy of the gateway on the stack's NATS and database (the built gateway, as the stack
 * runs it) and resolves once it listens — for tests of what every copy must agree on. The caller stops it.
 */
export async function startGatewayCopy(stack: Stack, env: Record<string, string> = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [GATEWAY], {
    env: { ...stack.processEnv('gateway'), PORT: String(port), ...env },
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.once('message', (m) => (m === 'ready' ? resolve() : undefined));
    child.once('exit', (code) => reject(new Error(`the gateway copy exited with ${code}\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}
