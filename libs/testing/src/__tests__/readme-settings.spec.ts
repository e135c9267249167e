import fs from 'node:fs';
import path from 'node:path';
import { SETTINGS } from '@ascc/service-kit';
import { REPO_ROOT } from '../index';

/** README's Configuration table lists exactly the settings the processes check at start. */
describe("README's Configuration table", () => {
  it('names every setting of SETTINGS and nothing else', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.split('\n## Configuration\n')[1]?.split('\n### ')[0] ?? '';
    const named = section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]));
    expect([...new Set(named)].sort()).toEqual(Object.keys(SETTINGS).sort());
  });
});
