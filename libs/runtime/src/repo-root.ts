import fs from 'node:fs';
import path from 'node:path';

/** Repository root, found from this file in src/ or in dist/. */
export const REPO_ROOT = findRepoRoot(__dirname);

function findRepoRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'nx.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('nx.json not found above ' + from);
    dir = parent;
  }
  return dir;
}
