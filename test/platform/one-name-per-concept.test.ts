/**
 * One name per concept (docs/glossary.md). A newcomer who searches for a name finds one thing:
 *
 * - no two modules of src/ and static/ export a declaration (type, interface, class, function,
 *   enum, const) under the same name, unless one only re-exports the other's;
 * - no two source files share a name (compared without extension, case or dashes, so
 *   `Drilldown.tsx` and `drilldown.ts` are one name) unless one imports the other — a handler
 *   named for the use case it calls, a use case named for the domain rule it applies — or the name
 *   is a role every folder of its kind has (`index.ts`, `main.ts`);
 * - no stored key is spelled outside the key registry (src/adapters/forge/keys.ts).
 *
 * Read with the TypeScript parser only (no type check), so the whole tree takes about a second.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

import { keys } from '../../src/adapters/forge/keys';

const REPO = path.resolve(__dirname, '../..');
const ROOTS = ['src', 'static'];

/**
 * Names two modules may both export, each for a constraint from outside the project. Keep it
 * short: a name the project chose can be changed.
 */
const SHARED_NAMES: Readonly<Record<string, string>> = {};

/** File names that say a role, not a concept: every folder of the kind has one. */
const ROLE_FILE_NAMES: Readonly<Record<string, string>> = {
  index: "a folder's entry point: what the folder offers to the rest",
  main: "a program's entry point (the CLI, the local runtime)",
  ports: 'what one area of the app needs from outside, beside its use cases (app/<area>/ports.ts)',
  importcommand: 'the `cx-metrics import <source>` command of each source (cli/<source>/import-command.ts)',
};

interface Declaration {
  name: string;
  /** Relative to the scanned root, with forward slashes. */
  file: string;
  line: number;
}

interface Scan {
  files: string[];
  declarations: Declaration[];
  /** Files each file imports or re-exports from, resolved to scanned files. */
  imports: Map<string, Set<string>>;
}

const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // Built Custom UI bundles are output, not source.
        if (entry.name !== 'node_modules' && entry.name !== 'build') walk(full);
      } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        found.push(path.relative(root, full).split(path.sep).join('/'));
      }
    }
  };
  for (const dir of dirs) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  return found.sort();
}

/** A relative import specifier as a scanned file, or `undefined` for packages and unknown paths. */
function resolveSpecifier(from: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.join(path.posix.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (known.has(candidate)) return candidate;
  }
  return undefined;
}

const isExported = (statement: ts.Statement) =>
  ts.canHaveModifiers(statement) &&
  (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

/**
 * Where an exported declaration only restates a same-named export of another module
 * (`export type X = other.X`, `export const X = Imported` with `import { X as Imported }`), the
 * module it restates; such a declaration is a re-export, not a second definition.
 */
function restated(
  name: string,
  body: ts.Node | undefined,
  bindings: ReadonlyMap<string, { module: string; imported: string | '*' }>,
): string | undefined {
  if (body === undefined) return undefined;
  const viaBinding = (local: string, member: string) => {
    const binding = bindings.get(local);
    return binding?.imported === member ? binding.module : undefined;
  };
  if (ts.isTypeReferenceNode(body) && body.typeArguments === undefined) {
    const typeName = body.typeName;
    if (ts.isIdentifier(typeName)) return viaBinding(typeName.text, name);
    if (ts.isIdentifier(typeName.left) && typeName.right.text === name)
      return viaBinding(typeName.left.text, '*');
  }
  if (
    ts.isImportTypeNode(body) &&
    body.qualifier &&
    ts.isIdentifier(body.qualifier) &&
    body.qualifier.text === name
  ) {
    const argument = body.argument;
    if (ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal)) return argument.literal.text;
  }
  if (ts.isIdentifier(body)) return viaBinding(body.text, name);
  if (ts.isPropertyAccessExpression(body) && ts.isIdentifier(body.expression) && body.name.text === name) {
    return viaBinding(body.expression.text, '*');
  }
  return undefined;
}

function scan(root: string, dirs: readonly string[] = ROOTS): Scan {
  const files = sourceFiles(root, dirs);
  const known = new Set(files);
  const declarations: Declaration[] = [];
  const imports = new Map<string, Set<string>>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const bindings = new Map<string, { module: string; imported: string | '*' }>();
    const imported = new Set<string>();
    const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    for (const statement of source.statements) {
      if (
        (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
        statement.moduleSpecifier &&
        ts.isStringLiteral(statement.moduleSpecifier)
      ) {
        const specifier = statement.moduleSpecifier.text;
        const target = resolveSpecifier(file, specifier, known);
        if (target) imported.add(target);
        const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
        const named = clause?.namedBindings;
        if (named && ts.isNamespaceImport(named)) {
          bindings.set(named.name.text, { module: specifier, imported: '*' });
        } else if (named) {
          for (const element of named.elements) {
            bindings.set(element.name.text, {
              module: specifier,
              imported: (element.propertyName ?? element.name).text,
            });
          }
        }
      }
    }
    imports.set(file, imported);
    for (const statement of source.statements) {
      if (!isExported(statement)) continue;
      const found: Array<{ name: string; node: ts.Node; body: ts.Node | undefined }> = [];
      if (
        (ts.isFunctionDeclaration(statement) ||
          ts.isClassDeclaration(statement) ||
          ts.isInterfaceDeclaration(statement) ||
          ts.isEnumDeclaration(statement)) &&
        statement.name
      ) {
        found.push({ name: statement.name.text, node: statement.name, body: undefined });
      } else if (ts.isTypeAliasDeclaration(statement)) {
        found.push({ name: statement.name.text, node: statement.name, body: statement.type });
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          const names = (binding: ts.BindingName): ts.Identifier[] =>
            ts.isIdentifier(binding)
              ? [binding]
              : binding.elements.flatMap((element) =>
                  ts.isOmittedExpression(element) ? [] : names(element.name),
                );
          for (const identifier of names(declaration.name)) {
            found.push({ name: identifier.text, node: identifier, body: declaration.initializer });
          }
        }
      }
      for (const { name, node, body } of found) {
        const restatedModule = restated(name, body, bindings);
        if (restatedModule !== undefined && resolveSpecifier(file, restatedModule, known) !== undefined)
          continue;
        declarations.push({ name, file, line: lineOf(node) });
      }
    }
  }
  return { files, declarations, imports };
}

/** Names exported by more than one module, with where each declares it. */
function sharedNames(result: Scan, allowed: Readonly<Record<string, string>> = SHARED_NAMES): string[] {
  const byName = new Map<string, Declaration[]>();
  for (const declaration of result.declarations) {
    byName.set(declaration.name, [...(byName.get(declaration.name) ?? []), declaration]);
  }
  return [...byName]
    .filter(([name, found]) => new Set(found.map((d) => d.file)).size > 1 && !(name in allowed))
    .map(([name, found]) => `${name}: ${found.map((d) => `${d.file}:${d.line}`).join(', ')}`)
    .sort();
}

/** `Drilldown.tsx`, `drilldown.ts` and `drill-down.ts` are one name. */
const stemOf = (file: string) =>
  path.posix.basename(file).replace(SOURCE, '').toLowerCase().replace(/[-_]/g, '');

/**
 * File names used in more than one folder for more than one concept: files of one name that
 * import one another are one concept seen from two layers; any group left over is a second one.
 */
function sharedFileNames(result: Scan, roles: Readonly<Record<string, string>> = ROLE_FILE_NAMES): string[] {
  const byStem = new Map<string, string[]>();
  for (const file of result.files) byStem.set(stemOf(file), [...(byStem.get(stemOf(file)) ?? []), file]);
  const offenders: string[] = [];
  for (const [stem, files] of byStem) {
    if (files.length < 2 || stem in roles) continue;
    // Connected groups by direct imports, either way.
    const group = new Map(files.map((file) => [file, file]));
    const find = (file: string): string => {
      const parent = group.get(file)!;
      return parent === file ? file : find(parent);
    };
    for (const a of files) {
      for (const b of files) {
        if (a !== b && result.imports.get(a)?.has(b)) group.set(find(a), find(b));
      }
    }
    const concepts = new Map<string, string[]>();
    for (const file of files) concepts.set(find(file), [...(concepts.get(find(file)) ?? []), file]);
    if (concepts.size > 1) {
      offenders.push(`${stem}: ${[...concepts.values()].map((members) => members.join(' + ')).join(', ')}`);
    }
  }
  return offenders.sort();
}

/** The one registry of stored keys (docs/glossary.md, "key registry"). */
const REGISTRY = 'src/adapters/forge/keys.ts';

/** The prefixes the registry spells (`fact:`, `agg:`, `cache:`, …), read from its own keys. */
function registryPrefixes(): string[] {
  const spelled = Object.values(keys).map((key) =>
    typeof key === 'string' ? key : (key as (...parts: string[]) => string)('x', 'x', 'x', 'x'),
  );
  const prefixes = spelled
    .filter((key) => key.includes(':'))
    .map((key) => key.slice(0, key.indexOf(':') + 1));
  return [...new Set(prefixes)].sort();
}

const STORAGE_CALLS = new Set(['get', 'set', 'delete', 'getSecret', 'setSecret', 'deleteSecret', 'entity']);

/**
 * Stored keys spelled outside the registry: a string that starts with one of its prefixes, or a
 * literal handed straight to the storage SDK (`kvs.get('settings')`). The local runtime stores
 * whatever it is given and spells none of the app's keys, so it is not read.
 */
function keysOutsideRegistry(root: string, prefixes: readonly string[]): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(root, ['src'])) {
    if (file === REGISTRY || file.startsWith('src/local/')) continue;
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const report = (node: ts.Node) =>
      found.add(
        `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${node.getText(source)}`,
      );
    const literal = (node: ts.Node): string | undefined =>
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? node.head.text
          : undefined;
    const visit = (node: ts.Node) => {
      const spelled = literal(node);
      if (spelled !== undefined && prefixes.some((prefix) => spelled.startsWith(prefix))) report(node);
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        STORAGE_CALLS.has(node.expression.name.text) &&
        /\bkvs$/.test(node.expression.expression.getText(source)) &&
        node.arguments[0] !== undefined &&
        literal(node.arguments[0]) !== undefined
      ) {
        report(node.arguments[0]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...found].sort();
}

describe('one name per concept', () => {
  const result = scan(REPO);

  it('reads the whole tree', () => {
    expect(result.files.length).toBeGreaterThan(300);
    expect(result.declarations.length).toBeGreaterThan(1000);
  });

  it('no two modules export a declaration of the same name', () => {
    expect(sharedNames(result)).toEqual([]);
  });

  it('no two source files share a name for different concepts', () => {
    expect(sharedFileNames(result)).toEqual([]);
  });

  it('every stored key is spelled in the key registry', () => {
    expect(registryPrefixes()).toEqual([
      'agg:',
      'cache:',
      'fact:',
      'privacy:',
      'reconcile:',
      'review:',
      'sn:',
    ]);
    expect(keysOutsideRegistry(REPO, registryPrefixes())).toEqual([]);
  });

  it('every allowed shared name is still shared (a stale entry hides nothing)', () => {
    const files = new Map<string, Set<string>>();
    for (const d of result.declarations) files.set(d.name, (files.get(d.name) ?? new Set()).add(d.file));
    expect(Object.keys(SHARED_NAMES).filter((name) => (files.get(name)?.size ?? 0) < 2)).toEqual([]);
  });
});

describe('the name checks themselves', () => {
  let dir: string;
  const write = (files: Record<string, string>) => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'one-name-'));
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    return scan(dir);
  };
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('report a name two modules declare, with each place', () => {
    const found = write({
      'src/domain/records/survey.ts': "export type Survey = 'csat' | 'ces';\n",
      'src/domain/survey/survey.ts': 'export interface Survey {\n  id: string;\n}\n',
    });
    expect(sharedNames(found)).toEqual([
      'Survey: src/domain/records/survey.ts:1, src/domain/survey/survey.ts:1',
    ]);
  });

  it('report functions, classes and constants alike, and destructured constants', () => {
    const found = write({
      'src/a.ts':
        'export function collect() {}\nexport class Collector {}\nexport const { limit } = { limit: 1 };\n',
      'static/b.ts': 'export const collect = 1;\nexport const Collector = 2;\nexport const [limit] = [3];\n',
    });
    expect(sharedNames(found)).toEqual([
      'Collector: src/a.ts:2, static/b.ts:2',
      'collect: src/a.ts:1, static/b.ts:1',
      'limit: src/a.ts:3, static/b.ts:3',
    ]);
  });

  it('accept re-exports and declarations that only restate another module’s export', () => {
    const found = write({
      'src/domain/figure.ts':
        "export type FigureUnit = 'percent';\nexport const FIGURES = ['csat'] as const;\n",
      'src/contract/a.ts': "export { FigureUnit } from '../domain/figure';\n",
      'src/contract/b.ts':
        "import type { FigureUnit as Unit } from '../domain/figure';\nexport type FigureUnit = Unit;\n",
      'src/contract/c.ts':
        "import * as figure from '../domain/figure';\nexport type FigureUnit = figure.FigureUnit;\nexport const FIGURES = figure.FIGURES;\n",
      'src/contract/d.ts': "export type FigureUnit = import('../domain/figure').FigureUnit;\n",
    });
    expect(sharedNames(found)).toEqual([]);
  });

  it('do not take a restatement of another name, or of a package, for a re-export', () => {
    const found = write({
      'src/domain/figure.ts': "export type Unit = 'percent';\n",
      'src/contract/a.ts':
        "import type { Unit as Base } from '../domain/figure';\nexport type FigureUnit = Base;\n",
      'src/contract/b.ts': "import type { Other } from '../domain/figure';\nexport type Unit = Other;\n",
      'src/contract/c.ts': "import type { Unit } from 'some-package';\nexport type FigureUnit = Unit;\n",
    });
    expect(sharedNames(found)).toEqual([
      'FigureUnit: src/contract/a.ts:2, src/contract/c.ts:2',
      'Unit: src/contract/b.ts:2, src/domain/figure.ts:1',
    ]);
  });

  it('honour the allow-list', () => {
    const found = write({ 'src/a.ts': 'export const x = 1;\n', 'src/b.ts': 'export const x = 2;\n' });
    expect(sharedNames(found, { x: 'both named by a platform' })).toEqual([]);
  });

  it('report file names shared by unrelated files, however they are written', () => {
    const found = write({
      'src/app/gadgets/figures.ts': 'export const a = 1;\n',
      'src/domain/facts/figures.ts': 'export const b = 1;\n',
      'src/app/gadgets/drilldown.ts': 'export const c = 1;\n',
      'static/gadget/src/Drilldown.tsx': 'export const d = 1;\n',
      'src/app/capture/ticket-timings.ts': 'export const e = 1;\n',
      'static/issue-panel/src/Ticket_Timings.tsx': 'export const f = 1;\n',
    });
    expect(sharedFileNames(found)).toEqual([
      'drilldown: src/app/gadgets/drilldown.ts, static/gadget/src/Drilldown.tsx',
      'figures: src/app/gadgets/figures.ts, src/domain/facts/figures.ts',
      'tickettimings: src/app/capture/ticket-timings.ts, static/issue-panel/src/Ticket_Timings.tsx',
    ]);
  });

  it('accept one name for files that import one another, and role names', () => {
    const found = write({
      'src/entry/consumers/rebuild-aggregates.ts':
        "import { rebuild } from '../../app/aggregates/rebuild-aggregates';\nexport const run = rebuild;\n",
      'src/app/aggregates/rebuild-aggregates.ts': 'export const rebuild = 1;\n',
      'src/app/index.ts': 'export const app = 1;\n',
      'src/domain/index.ts': 'export const domain = 1;\n',
      'src/cli/main.ts': 'export const cli = 1;\n',
      'src/local/main.ts': 'export const local = 1;\n',
    });
    expect(sharedFileNames(found)).toEqual([]);
  });

  it('still report a third file of the name that imports neither', () => {
    const found = write({
      'src/entry/survey.ts': "import { a } from '../app/survey';\nexport const b = a;\n",
      'src/app/survey.ts': 'export const a = 1;\n',
      'src/domain/records/survey.ts': 'export const c = 1;\n',
    });
    expect(sharedFileNames(found)).toEqual([
      'survey: src/app/survey.ts + src/entry/survey.ts, src/domain/records/survey.ts',
    ]);
  });

  it('report a stored key spelled outside the registry, and leave the registry and the local runtime alone', () => {
    write({
      'src/adapters/forge/keys.ts': "export const keys = { cachePrefix: 'cache:', settings: 'settings' };\n",
      'src/adapters/forge/kvs-answer-cache.ts':
        "const storedKey = (digest: string) => `cache:${digest}`;\nexport const read = () => kvs.get('settings');\n",
      'src/local/kvs/store.ts': "export const seen = 'cache:abc';\n",
      'src/app/gadgets/scope.ts': "export const label = `${'a'}:${'b'}`;\n",
    });
    expect(keysOutsideRegistry(dir, ['cache:'])).toEqual([
      'src/adapters/forge/kvs-answer-cache.ts:1: `cache:${digest}`',
      "src/adapters/forge/kvs-answer-cache.ts:2: 'settings'",
    ]);
  });
});
