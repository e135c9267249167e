import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@ascc/runtime';

/**
 * A clone of the repository is complete: no source, script or test reads a file outside it (a newcomer's
 * clone has nothing beside it), and no test is skipped — a missing fixture fails, it never skips.
 */

/** Vendored data (read, never scanned for paths) and files written by tools. */
const NOT_SCANNED = [/^libs\/catalog\/reference\//, /^package-lock\.json$/, /^reports\//];
const TEXT = /\.(ts|tsx|mts|js|cjs|mjs|json|sh|conf|sql|service|example|html|css|md)$|^\.ci\/run$/;
const TEST_FILE = /\.(spec|integration-spec|e2e-spec)\.tsx?$/;

export interface Finding {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Whether `target` (absolute) lies inside the repository. */
const inside = (target: string) => target === REPO_ROOT || target.startsWith(REPO_ROOT + path.sep);

/** The string literals among a call's arguments, when every argument after the first is one. */
function literalArgs(args: string): string[] | undefined {
  const parts = args.split(',').map((part) => part.trim());
  const literals = parts.map((part) => /^(['"`])([^'"`$]*)\1$/.exec(part)?.[2]);
  return literals.every((literal) => literal !== undefined) ? (literals as string[]) : undefined;
}

/** The places in one file's text that read outside the repository, or skip a test. */
export function findEscapes(file: string, text: string): Finding[] {
  const dir = path.dirname(path.join(REPO_ROOT, file));
  // Built code runs from dist/ (tsconfig.build.json keeps the tree), one level deeper than its source.
  const builtDir =
    /\.tsx?$/.test(file) && !TEST_FILE.test(file) ? path.join(REPO_ROOT, 'dist', path.dirname(file)) : dir;
  const escapes = (...segments: string[]) =>
    !inside(path.resolve(dir, ...segments)) && !inside(path.resolve(builtDir, ...segments));
  const findings: Finding[] = [];
  text.split('\n').forEach((lineText, index) => {
    const report = (why: string) => findings.push({ file, line: index + 1, text: lineText.trim(), why });
    if (/['"]\.\.['"]\s*,\s*['"]shared['"]/.test(lineText))
      report('reads the shared/ folder beside the repository');
    if (/\/work\/(shared|\.library|main)\b/.test(lineText)) report('an absolute path of this machine');
    if (/\b(REPO_ROOT|repoRoot|ROOT_DIR|rootDir)\s*,\s*['"]\.\.['"]/.test(lineText))
      report('climbs above the repository root');
    // Relative paths written as one literal ('../../x') or as __dirname plus literal segments.
    for (const match of lineText.matchAll(/(['"`])((?:\.\.\/)+[^'"`$\s]*)\1/g))
      if (escapes(match[2])) report(`'${match[2]}' leaves the repository`);
    for (const match of lineText.matchAll(/path\.(?:resolve|join)\(\s*__dirname\s*,([^()]*)\)/g)) {
      const segments = literalArgs(match[1]);
      if (segments && escapes(...segments)) report(`${match[0]} leaves the repository`);
    }
    if (/\$\(dirname "\$0"\)\/((?:\.\.\/?)+)/.test(lineText)) {
      const up = /\$\(dirname "\$0"\)\/((?:\.\.\/?)+)/.exec(lineText)?.[1] ?? '';
      if (escapes(up)) report(`$(dirname "$0")/${up} leaves the repository`);
    }
    if (TEST_FILE.test(file) && /\b(describe|it|test)\.skip\b|\b(xit|xdescribe|xtest)\(/.test(lineText))
      report('a skipped test: a test that cannot run must fail, not skip');
  });
  return findings;
}

function trackedTextFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return listed
    .split('\0')
    .filter((file) => file && TEXT.test(file) && !NOT_SCANNED.some((pattern) => pattern.test(file)))
    .filter((file) => fs.existsSync(path.join(REPO_ROOT, file)));
}

describe('the repository is self-contained', () => {
  it('finds the escapes it is meant to find, and not the paths that stay inside', () => {
    const flagged = (file: string, line: string) => findEscapes(file, line).map((finding) => finding.why);
    // Written in pieces so that this file itself holds none of the paths it refuses.
    const up = "'..'";
    expect(flagged('libs/x/src/a.spec.ts', `path.resolve(REPO_ROOT, ${up}, 'shared', 'plan.txt')`)).toEqual([
      'reads the shared/ folder beside the repository',
      'climbs above the repository root',
    ]);
    const climb = (levels: number) => '../'.repeat(levels);
    expect(flagged('apps/aid/src/a.spec.ts', `fs.readFileSync('${climb(4)}x.xsd')`)).toHaveLength(1);
    expect(flagged('apps/aid/src/a.ts', `fs.readFileSync('${climb(5)}x.xsd')`)).toHaveLength(1);
    expect(flagged('tools/a.ts', "path.resolve(__dirname, '..', '..')")).toEqual([]);
    const ups = Array(5).fill(up).join(', ');
    expect(flagged('apps/aid/src/a.ts', `path.join(__dirname, ${ups}, 'x')`)).toHaveLength(1);
    expect(flagged('tools/run.sh', `cd "$(dirname "$0")/${climb(2)}"`)).toHaveLength(1);
    expect(flagged('apps/x/src/a.spec.ts', `(cond ? it : it.${'skip'})('does', () => {})`)).toHaveLength(1);
    expect(
      flagged('apps/console/src/modules/a/b.tsx', "import { X } from '../../shared/form/controls';"),
    ).toEqual([]);
    expect(
      flagged('libs/catalog/src/__tests__/a.spec.ts', "path.resolve(__dirname, '../../reference/x')"),
    ).toEqual([]);
    expect(flagged('tools/test.sh', 'cd "$(dirname "$0")/.."')).toEqual([]);
  });

  it('no tracked file reads outside the repository or skips a test', () => {
    const files = trackedTextFiles();
    expect(files.length).toBeGreaterThan(400);
    const findings = files.flatMap((file) =>
      findEscapes(file, fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')),
    );
    expect(findings).toEqual([]);
  });

  it('keeps the reference data the tests read', () => {
    for (const file of [
      'libs/catalog/reference/plan-38-KH-UBND-2017.txt',
      'libs/catalog/reference/iati-2.03/iati-activities-schema.xsd',
      'libs/catalog/reference/iati-2.03/iati-common.xsd',
      'libs/catalog/reference/iati-2.03/xml.xsd',
      'libs/catalog/reference/iati-2.03/codelists/Sector.xml',
    ])
      expect(fs.statSync(path.join(REPO_ROOT, file)).size).toBeGreaterThan(1000);
  });
});
