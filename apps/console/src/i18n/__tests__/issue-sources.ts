import ts from 'typescript';

/**
 * Reads the repository's sources (contracts and services) to find every validation rule and field code
 * they raise, so the spec fails when one is added without a message — no hand-kept list to forget.
 */
interface FileSystem {
  readFileSync(path: string, encoding: 'utf8'): string;
  readdirSync(path: string, options: { recursive: true }): string[];
  existsSync(path: string): boolean;
}
const fs = jest.requireActual<FileSystem>('fs');

/** The repository root, from this spec's own path (the console's tsconfig has no Node types). */
export function repoRoot(): string {
  const testPath = expect.getState().testPath ?? '';
  const at = testPath.lastIndexOf('/apps/console/');
  if (at < 0) throw new Error(`cannot find the repository root from ${testPath}`);
  return testPath.slice(0, at);
}

/** Source files (no tests, no migrations) under `dir`, relative to the repository root. */
export function sourceFiles(dir: string): string[] {
  const root = `${repoRoot()}/${dir}`;
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true })
    .filter((file) => /\.ts$/.test(file) && !/(__tests__|\.spec\.ts$|spec\.ts$|migrations\/)/.test(file))
    .map((file) => `${dir}/${file}`);
}

function parse(file: string): ts.SourceFile {
  const text = fs.readFileSync(`${repoRoot()}/${file}`, 'utf8');
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const nameOf = (node: ts.PropertyName | ts.BindingName | undefined): string | undefined =>
  node && (ts.isIdentifier(node) || ts.isStringLiteral(node)) ? node.text : undefined;

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of object.properties) {
    if (ts.isPropertyAssignment(p) && nameOf(p.name) === name) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
  }
  return undefined;
}

/** A literal string, or a template with its `${…}` parts as `0` (a path such as `lines.${i}.amount`). */
function literal(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((span) => `0${span.literal.text}`).join('');
  return undefined;
}

export interface RuleUse {
  rule: string;
  file: string;
}

/**
 * Every `rule` a file raises: `params: { rule: 'x' }` written out, or passed to a helper that takes a
 * parameter named `rule` (aid's `issue(ctx, path, message, 'x')`).
 */
export function rulesIn(files: readonly string[]): RuleUse[] {
  const uses: RuleUse[] = [];
  for (const file of files) {
    const source = parse(file);
    const helpers = new Map<string, number>();
    walk(source, (node) => {
      if (ts.isVariableDeclaration(node) && node.initializer && ts.isArrowFunction(node.initializer)) {
        const at = node.initializer.parameters.findIndex((p) => nameOf(p.name) === 'rule');
        const name = nameOf(node.name);
        if (at >= 0 && name) helpers.set(name, at);
      }
      if (ts.isFunctionDeclaration(node) && node.name) {
        const at = node.parameters.findIndex((p) => nameOf(p.name) === 'rule');
        if (at >= 0) helpers.set(node.name.text, at);
      }
    });
    walk(source, (node) => {
      if (ts.isPropertyAssignment(node) && nameOf(node.name) === 'rule') {
        const rule = literal(node.initializer);
        if (rule) uses.push({ rule, file });
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const at = helpers.get(node.expression.text);
        const rule = at === undefined ? undefined : literal(node.arguments[at]);
        if (rule) uses.push({ rule, file });
      }
    });
  }
  return uses;
}

export interface FieldLiteral {
  path: string;
  code: string;
  message: string;
  hasParams: boolean;
  file: string;
}

/** Every field error a service writes out as `{ path, code, message }` (path templates with `0`, computed paths as ''). */
export function fieldLiteralsIn(files: readonly string[]): FieldLiteral[] {
  const found: FieldLiteral[] = [];
  for (const file of files) {
    walk(parse(file), (node) => {
      if (!ts.isObjectLiteralExpression(node)) return;
      const pathNode = property(node, 'path');
      const code = literal(property(node, 'code'));
      const message = property(node, 'message');
      if (!pathNode || code === undefined || !message) return;
      // A path computed at run time (`path: list`) still names a field: its code is checked all the same.
      const path = literal(pathNode) ?? '';
      found.push({
        path,
        code,
        message: literal(message) ?? '',
        hasParams: property(node, 'params') !== undefined,
        file,
      });
    });
  }
  return found;
}

export interface RulelessRefinement {
  /** The field the issue lands on: its `path`, else the property or variable the refinement is on. */
  field: string;
  /** The schema (variable) the refinement belongs to. */
  schema: string;
  file: string;
}

/** `.refine(…)` calls and `addIssue({ code: 'custom' })` without a `params.rule`: they need a field wording. */
export function rulelessRefinementsIn(files: readonly string[]): RulelessRefinement[] {
  const found: RulelessRefinement[] = [];
  for (const file of files) {
    walk(parse(file), (node) => {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const method = node.expression.name.text;
      const options =
        method === 'refine' ? node.arguments[1] : method === 'addIssue' ? node.arguments[0] : undefined;
      if (method !== 'refine' && method !== 'addIssue') return;
      const object = options && ts.isObjectLiteralExpression(options) ? options : undefined;
      const params = object && property(object, 'params');
      if (params && ts.isObjectLiteralExpression(params) && property(params, 'rule')) return;
      if (!object && method === 'addIssue') return;
      const pathNode = object && property(object, 'path');
      const pathLast =
        pathNode && ts.isArrayLiteralExpression(pathNode)
          ? literal(pathNode.elements[pathNode.elements.length - 1] as ts.Expression)
          : undefined;
      let around: ts.Node | undefined = node.parent;
      let propertyName: string | undefined;
      let variable: string | undefined;
      while (around) {
        if (!propertyName && ts.isPropertyAssignment(around)) propertyName = nameOf(around.name);
        if (ts.isVariableDeclaration(around)) {
          variable = nameOf(around.name);
          break;
        }
        around = around.parent;
      }
      found.push({
        field: pathLast ?? propertyName ?? variable ?? '',
        schema: variable ?? '',
        file,
      });
    });
  }
  return found;
}
