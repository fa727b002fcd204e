/**
 * Offline equivalent of `forge lint` for this app.
 *
 * 1. Full manifest validation with @forge/manifest (schema, modules, function references, resource paths).
 * 2. @forge/lint's client-side linters over the source files under src/ (scopes needed by `requestJira`
 *    calls, handler exports, egress, storage modules, …), fed with the hand-written REST documents in
 *    specs/ instead of the ones the lint would download.
 * 3. Gaps the lint leaves silent, closed here: a handler file that is missing or excluded by tsconfig
 *    (the lint then skips it), a product REST call whose path is not in specs/ (the lint then requires
 *    no scope for it), and a linter that crashed (the lint only logs that).
 *
 * Nothing here touches the network: the lint would only fetch the REST documents, which the
 * USE_LOCAL_SWAGGER variables replace, and `fetch` is swapped for a function that fails loudly for the
 * duration of the run in case a future version of the lint fetches anything else.
 */
import fs from 'node:fs';
import path from 'node:path';

import { FullValidationProcessor, type ManifestSchema, type ValidationError } from '@forge/manifest';
import { lint, parseSourceFile, type LintInput, type LintResult } from '@forge/lint';
import type { StatsigService } from '@forge/cli-shared';
import { ProductNodeVisitor } from '@forge/lint/out/lint/linters/permission-linter/visitors/product-node-visitor';
import {
  ApiCallTypes,
  type ProductApiCall,
} from '@forge/lint/out/lint/linters/permission-linter/api-call-interface';

export interface ForgeCheckOptions {
  /** Folder holding the hand-written REST documents (defaults to the repository's specs/). */
  specsDir?: string;
  /**
   * Treat a missing Custom UI build folder (`static/<app>/build`) as a note instead of an error. The
   * check never creates those folders; `npm run build:static` does. Meant for runs that happen before
   * the UI is built (unit tests); the `forge:check` script keeps them as errors.
   */
  allowMissingBuilds?: boolean;
}

export interface ForgeCheckResult {
  ok: boolean;
  errors: string[];
  warnings: string[];
  notes: string[];
  summary: string;
}

/** Product REST documents, in the variable names @forge/lint reads (PermissionLinter.bootstrap). */
export const SPEC_FILES = {
  LOCAL_JIRA_SWAGGER: 'jira-platform.json',
  LOCAL_JSM_SWAGGER: 'jira-service-management.json',
  LOCAL_JSW_SWAGGER: 'jira-software.json',
  LOCAL_CONF_SWAGGER: 'confluence.json',
  LOCAL_CONF_V2_SWAGGER: 'confluence-v2.json',
  LOCAL_BB_SWAGGER: 'bitbucket.json',
} as const;

const DEFAULT_SPECS_DIR = path.resolve(__dirname, '../../specs');
const SOURCE_DIR = 'src';
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.cjs'];
/** Same order as @forge/manifest's HANDLER_EXTENSIONS. */
const HANDLER_EXTENSIONS = ['tsx', 'jsx', 'ts', 'js', 'cjs'];
const CUSTOM_UI_BUILD = /^static\/[^/]+\/build\/?$/;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const LINTER_FAILED = /Could not perform some linting actions for (\S+) due to unhandled error "([\s\S]*)"/;

type PathOperations = Record<string, unknown>;
interface SpecDocument {
  paths?: Record<string, PathOperations>;
}

interface SpecRoute {
  regex: RegExp;
  template: string;
  methods: Set<string>;
}

export async function runForgeChecks(
  appDir: string,
  options: ForgeCheckOptions = {},
): Promise<ForgeCheckResult> {
  const root = path.resolve(appDir);
  const specsDir = path.resolve(options.specsDir ?? DEFAULT_SPECS_DIR);
  const errors: string[] = [];
  const warnings: string[] = [];
  const notes: string[] = [];
  const add = (list: string[], message: string): void => {
    if (!list.includes(message)) list.push(message);
  };

  if (!fs.existsSync(path.join(root, 'manifest.yml'))) {
    return finish({ errors: [`No manifest.yml in ${root}`], warnings, notes, counts: emptyCounts() });
  }
  const specPaths = Object.fromEntries(
    Object.entries(SPEC_FILES).map(([variable, file]) => [variable, path.join(specsDir, file)]),
  ) as Record<keyof typeof SPEC_FILES, string>;
  for (const file of Object.values(specPaths)) {
    if (!fs.existsSync(file)) add(errors, `REST document missing: ${file} (see specs/README.md)`);
  }
  if (errors.length) return finish({ errors, warnings, notes, counts: emptyCounts() });

  const counts = emptyCounts();
  const restore = enterSandbox(root, {
    FORGE_DISABLE_ANALYTICS: '1',
    USE_LOCAL_SWAGGER: '1',
    ...specPaths,
  });
  const networkAttempts: string[] = [];
  const originalFetch = globalThis.fetch;
  globalThis.fetch = (async (input: unknown) => {
    const url = input instanceof Request ? input.url : String(input);
    networkAttempts.push(url);
    throw new Error(`network access is disabled during the Forge checks (tried ${url})`);
  }) as typeof fetch;

  try {
    // (1) Manifest: schema, modules, function keys, handler files, resource folders.
    const manifestResult = await new FullValidationProcessor({ deprecatedRuntimes: [] }).process(
      'manifest.yml',
    );
    const manifest = manifestResult.manifestObject?.typedContent;
    const missingBuilds = manifest ? missingCustomUiBuilds(manifest) : [];
    for (const { key, folder } of missingBuilds) {
      const message =
        `Custom UI build folder ${folder} (resource "${key}") does not exist: ` +
        'run `npm run build:static` before this check.';
      add(options.allowMissingBuilds ? notes : errors, message);
    }
    const mentionsMissingBuild = (message: string): boolean =>
      missingBuilds.some(({ folder }) => message.includes(folder.replace(/\/$/, '')));
    for (const issue of manifestResult.errors ?? []) {
      if (mentionsMissingBuild(issue.message)) continue;
      add(issue.level === 'warning' ? warnings : errors, formatManifestIssue(issue));
    }
    if (!manifest) {
      add(errors, 'manifest.yml could not be read as a Forge manifest; the source checks did not run.');
      return finish({ errors, warnings, notes, counts });
    }
    counts.functions = manifest.modules?.function?.length ?? 0;

    // (2) Source: the lint's client-side checks over every source file under src/.
    const files = listSourceFiles(root);
    counts.files = files.length;
    const parsed: LintInput[] = [];
    const linterFailures: string[] = [];
    const logger = {
      info: (message: string): void => {
        const failure = LINTER_FAILED.exec(message.replace(ANSI, ''));
        if (failure) linterFailures.push(`${failure[1]} failed: ${failure[2]}`);
      },
    };
    const statsig = { getDeprecatedRuntimes: async () => [] } as unknown as StatsigService;
    let results: LintResult[] = [];
    try {
      results = await lint(files, manifest, 'development', logger, statsig, {
        linter: { mode: 'client-side' },
        parseFunction: async (filepath, parser, readFile) => {
          const input = await parseSourceFile(filepath, parser, readFile);
          parsed.push(input);
          return input;
        },
      });
    } catch (error) {
      add(errors, `Source could not be linted: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const result of results) {
      for (const rule of result.errors) {
        if (!mentionsMissingBuild(rule.message)) add(errors, formatLintRule(result.file, rule));
      }
      for (const rule of [...result.warnings, ...result.approvals]) {
        if (!mentionsMissingBuild(rule.message)) add(warnings, formatLintRule(result.file, rule));
      }
    }
    for (const failure of linterFailures) add(errors, `Lint check could not run: ${failure}`);

    // (3) Gaps the lint does not report.
    const parsedFiles = new Set(parsed.map((input) => path.normalize(input.filepath)));
    for (const message of checkHandlerFiles(root, manifest, parsedFiles)) add(errors, message);
    const routes = loadRoutes(specPaths);
    const calls = collectProductCalls(parsed);
    counts.calls = calls.length;
    for (const message of checkCallsCovered(calls, routes)) add(errors, message);
    for (const url of networkAttempts) add(errors, `Network access attempted during the checks: ${url}`);
    return finish({ errors, warnings, notes, counts });
  } finally {
    globalThis.fetch = originalFetch;
    restore();
  }
}

interface Counts {
  functions: number;
  files: number;
  calls: number;
}

function emptyCounts(): Counts {
  return { functions: 0, files: 0, calls: 0 };
}

function finish(parts: {
  errors: string[];
  warnings: string[];
  notes: string[];
  counts: Counts;
}): ForgeCheckResult {
  const { errors, warnings, notes, counts } = parts;
  // Warnings fail the check too: the lint reports a missing handler export as a warning.
  const ok = errors.length === 0 && warnings.length === 0;
  const summary =
    `manifest valid, ${counts.functions} function(s), ${counts.files} source file(s) linted, ` +
    `${counts.calls} product REST call(s) checked against specs/`;
  return { ok, errors, warnings, notes, summary };
}

/** cwd and environment as the Forge CLI would have them; returns a function that puts both back. */
function enterSandbox(cwd: string, env: Record<string, string>): () => void {
  const previousCwd = process.cwd();
  const previousEnv = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  process.chdir(cwd);
  Object.assign(process.env, env);
  return () => {
    process.chdir(previousCwd);
    for (const [name, value] of Object.entries(previousEnv)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

function missingCustomUiBuilds(manifest: ManifestSchema): { key: string; folder: string }[] {
  return (manifest.resources ?? [])
    .filter((resource) => CUSTOM_UI_BUILD.test(resource.path) && !fs.existsSync(resource.path))
    .map((resource) => ({ key: resource.key, folder: resource.path }));
}

function listSourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (relative: string): void => {
    const absolute = path.join(root, relative);
    if (!fs.existsSync(absolute)) return;
    for (const entry of fs.readdirSync(absolute, { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(child);
      } else if (SOURCE_EXTENSIONS.includes(path.extname(entry.name)) && !entry.name.endsWith('.d.ts')) {
        out.push(child);
      }
    }
  };
  walk(SOURCE_DIR);
  return out.sort();
}

function checkHandlerFiles(root: string, manifest: ManifestSchema, linted: Set<string>): string[] {
  const messages: string[] = [];
  for (const fn of manifest.modules?.function ?? []) {
    const [file, method] = fn.handler.split('.');
    if (!file || !method) continue;
    const candidates = HANDLER_EXTENSIONS.map((ext) => path.join(SOURCE_DIR, `${file}.${ext}`));
    const existing = candidates.find((candidate) => fs.existsSync(path.join(root, candidate)));
    if (!existing) {
      messages.push(
        `Function "${fn.key}": handler ${fn.handler} points at ${SOURCE_DIR}/${file}.{${HANDLER_EXTENSIONS.join(',')}}, which does not exist`,
      );
    } else if (!linted.has(path.normalize(existing))) {
      messages.push(
        `Function "${fn.key}": ${existing} was not linted (is it excluded by tsconfig.json "include"/"exclude"?), ` +
          `so the export "${method}" could not be checked`,
      );
    }
  }
  return messages;
}

/** The same path matching as @forge/lint's PermissionLinter.processPaths / ProductVerifier.lookupApiCall. */
function loadRoutes(
  specPaths: Record<keyof typeof SPEC_FILES, string>,
): Record<ProductApiCall['product'], SpecRoute[]> {
  const read = (variable: keyof typeof SPEC_FILES): SpecDocument =>
    JSON.parse(fs.readFileSync(specPaths[variable], 'utf8')) as SpecDocument;
  const toRoutes = (...documents: SpecDocument[]): SpecRoute[] =>
    documents.flatMap((document) =>
      Object.entries(document.paths ?? {}).map(([template, operations]) => ({
        regex: new RegExp(template.replace(/{(?<={)(.*?)(?=})}/g, '[^\\/\\s]*') + '\\/?$'),
        template,
        methods: new Set(Object.keys(operations).map((method) => method.toLowerCase())),
      })),
    );
  return {
    jira: toRoutes(read('LOCAL_JIRA_SWAGGER'), read('LOCAL_JSM_SWAGGER'), read('LOCAL_JSW_SWAGGER')),
    confluence: toRoutes(read('LOCAL_CONF_SWAGGER'), read('LOCAL_CONF_V2_SWAGGER')),
    bitbucket: toRoutes(read('LOCAL_BB_SWAGGER')),
  };
}

interface LocatedCall extends ProductApiCall {
  file: string;
}

function collectProductCalls(inputs: LintInput[]): LocatedCall[] {
  const visitor = new ProductNodeVisitor();
  const calls: LocatedCall[] = [];
  for (const { ast, filepath } of inputs) {
    ast?.traverse({
      enter: (node, parent) =>
        visitor.visit(node, parent, (call) => {
          if (call.type === ApiCallTypes.PRODUCT) calls.push({ ...(call as ProductApiCall), file: filepath });
        }),
    });
  }
  return calls;
}

function checkCallsCovered(
  calls: LocatedCall[],
  routes: Record<ProductApiCall['product'], SpecRoute[]>,
): string[] {
  const messages: string[] = [];
  for (const call of calls) {
    const pathOnly = call.path.replace(/\?.+$/, '');
    const method = call.method.toLowerCase();
    const where = `${call.file}:${call.line}:${call.column}`;
    const shown = pathOnly.replaceAll('\\S*', '{…}');
    const route = routes[call.product].find((candidate) => candidate.regex.test(pathOnly));
    if (!route) {
      messages.push(
        `${where} ${call.method.toUpperCase()} ${shown}: no ${call.product} operation in specs/ matches this path, ` +
          'so its scopes cannot be checked (add it, see specs/README.md)',
      );
    } else if (!route.methods.has(method)) {
      messages.push(
        `${where} ${call.method.toUpperCase()} ${shown}: specs/ has ${route.template} but not for ${method.toUpperCase()} ` +
          '(add the operation, see specs/README.md)',
      );
    }
  }
  return messages;
}

function formatManifestIssue(issue: ValidationError): string {
  const where = issue.line
    ? `manifest.yml:${issue.line}${issue.column ? `:${issue.column}` : ''}`
    : 'manifest.yml';
  return `${where} ${issue.message}`;
}

function formatLintRule(file: string, rule: { line: number; column: number; message: string }): string {
  const where = rule.line ? `${file}:${rule.line}:${rule.column}` : file;
  return `${where} ${rule.message}`;
}
