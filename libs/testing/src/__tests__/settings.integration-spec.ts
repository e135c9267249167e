import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '@ascc/runtime';

/** Each process checks its environment before it connects to anything, and says which variable is wrong. */
describe('a process started with a wrong setting', () => {
  const start = (app: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'apps', app, 'src', 'main.js')], {
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it.each(['training', 'gateway'])('%s stops at once, naming the variable and never its value', (app) => {
    const run = start(app, {
      NATS_SERVER: 'nats://127.0.0.1:4222',
      DATABASE_URL: 'mysql://root:hunter2@db/ascc',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('NATS_SERVER: not a setting of this product');
    expect(run.stderr).toContain('DATABASE_URL: expected a postgresql:// URL');
    expect(run.stderr).not.toContain('hunter2');
  });
});
