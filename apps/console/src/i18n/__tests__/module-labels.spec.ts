/// <reference types="node" />
import fs from 'node:fs';
import path from 'node:path';

/**
 * Each module's labels load with its code, not in the first load: they join the dictionaries when the
 * module's `messages.ts` runs. So every file that names one of a module's labels (a key, or the start
 * of keys built from data: `training.status.${status}`) imports that module's `messages.ts` itself;
 * ES modules then run it before the file, wherever the file is used from (another module, a test).
 */
const SRC = path.resolve(__dirname, '..', '..');
const MODULES: Record<string, string[]> = {
  training: ['messages'],
  aid: ['messages'],
  culture: ['messages'],
  budget: ['messages'],
  dashboard: ['messages', 'indicator-messages', 'public-messages', 'action-plan-messages'],
  inbox: ['messages'],
  search: ['messages'],
};
/**
 * refusals.ts shows a code it has no label for as sent (`isMessageKey`), and only where its module is
 * loaded; live-updates.ts names live-event kinds (`reporting.indicator`), which only look like labels.
 */
const EXEMPT = new Set(['i18n/refusals.ts', 'shared/live/live-updates.ts']);

const keysOf = (module: string) =>
  new Set(
    MODULES[module].flatMap((file) => {
      const text = fs.readFileSync(path.join(SRC, 'modules', module, `${file}.vi.ts`), 'utf8');
      return [...text.matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1]);
    }),
  );
const KEYS = Object.fromEntries(Object.keys(MODULES).map((module) => [module, keysOf(module)]));

function literals(source: string): Set<string> {
  return new Set([
    ...[...source.matchAll(/'([^'\\\n]*)'/g)].map((m) => m[1]),
    ...[...source.matchAll(/"([^"\\\n]*)"/g)].map((m) => m[1]),
    ...[...source.matchAll(/`([^`$]*)/g)].map((m) => m[1]),
  ]);
}

/** The modules whose labels `source` names. */
function modulesUsed(source: string): string[] {
  const found = literals(source);
  return Object.keys(MODULES).filter((module) =>
    [...found].some(
      (text) =>
        KEYS[module].has(text) ||
        (text.endsWith('.') &&
          text.split('.').length > 2 &&
          [...KEYS[module]].some((k) => k.startsWith(text))),
    ),
  );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === '__tests__' || entry.name === 'test' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/messages(\.vi|\.en)?\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe("modules' labels", () => {
  it('are imported (registered) by every file that names them', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of sourceFiles(SRC)) {
      const relative = path.relative(SRC, file).split(path.sep).join('/');
      if (EXEMPT.has(relative)) continue;
      const source = fs.readFileSync(file, 'utf8');
      for (const module of modulesUsed(source)) {
        checked++;
        let target = path.relative(path.dirname(file), path.join(SRC, 'modules', module, 'messages'));
        target = target.split(path.sep).join('/');
        if (!target.startsWith('.')) target = `./${target}`;
        if (!source.includes(`import '${target}';`)) missing.push(`${relative} names ${module}'s labels`);
      }
    }
    expect(missing).toEqual([]);
    // The check sees the modules' files at all (a broken pattern would find nothing to check).
    expect(checked).toBeGreaterThan(50);
  });

  it('stay out of the first load: the shared dictionaries do not import them', () => {
    for (const file of ['vi.ts', 'en.ts', 'translate.ts', 'language.tsx']) {
      const source = fs.readFileSync(path.join(SRC, 'i18n', file), 'utf8');
      expect({
        file,
        imports: [...source.matchAll(/^import (?!type )[^;]*modules\/[^;]*;/gm)].map((m) => m[0]),
      }).toEqual({
        file,
        imports: [],
      });
    }
  });
});
