/**
 * Builds the app's backend the way `forge deploy` does, then loads what it built and checks that every
 * handler manifest.yml names is exported as a function.
 *
 * `forge deploy` (@forge/cli, deploy/packager/runtime-bundler.js) reads the handlers with
 * `ConfigFile.getAppHandlers()` from @forge/cli-shared, turns them into webpack entry points with
 * `getEntryPoints()` (src/<module>), and hands them to `getNodeBundler(...).bundle({ appDirectory:
 * process.cwd(), entryPoints })` from @forge/bundler. This module calls those same three functions, so
 * the webpack and ts-loader configuration is Forge's own (@forge/bundler out/config/common.js): ts-loader
 * with the app's `tsconfig.json` (the bundler's empty default only when the app has none), no
 * `transpileOnly` (so a type error in any bundled file fails the deploy) and `onlyCompileBundledFiles`.
 * A `"noEmit": true` in that tsconfig makes ts-loader emit nothing and fail with "TypeScript emitted no
 * output for …/src/index.ts", exactly as `forge deploy` would.
 *
 * The one part not reproduced is the Forge runtime loader the bundler adds beside the app's code: it
 * is downloaded from Atlassian's CDN during a deploy and is not built from this repository, so an
 * offline provider stands in for it and its files are left out of the output.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { getEntryPoints, getNodeBundler, type EntryPoint } from '@forge/bundler';
import { ConfigFile, FileSystemReader, FileSystemWriter, type Logger } from '@forge/cli-shared';
import { z } from 'zod';

export interface BundleCheckOptions {
  /** Where the bundle is written (emptied first). */
  outDir: string;
}

export interface BundleFile {
  /** Entry point name, the part of a handler before the dot (`index` for `index.onIssueUpdated`). */
  entry: string;
  path: string;
  bytes: number;
}

export interface BundleCheckResult {
  ok: boolean;
  errors: string[];
  /** webpack warnings, as `forge deploy` would print them. */
  warnings: string[];
  files: BundleFile[];
  /** Handlers found exported as functions, as `module.func`. */
  handlers: string[];
  durationMs: number;
}

/** The manifest's `function` modules: only key and handler matter here. */
const FunctionModules = z.array(z.object({ key: z.string(), handler: z.string() }));

/** What the child process that loads a bundle prints: each export's `typeof`, or the load error. */
const LoadReport = z.union([
  z.object({ exports: z.record(z.string(), z.string()) }),
  z.object({ loadError: z.string() }),
]);

// Runs in a fresh Node process so the bundle is loaded once, outside the test runner's module system.
const LOAD_SCRIPT = `
try {
  const loaded = require(process.argv[1]);
  const exports = {};
  for (const name of Object.keys(loaded)) exports[name] = typeof loaded[name];
  process.stdout.write(JSON.stringify({ exports }));
} catch (error) {
  process.stdout.write(JSON.stringify({ loadError: error && error.stack ? String(error.stack) : String(error) }));
}
`;

type WrapperProvider = Parameters<typeof getNodeBundler>[1];

const OFFLINE_RUNTIME: Awaited<ReturnType<WrapperProvider['getNodeRuntimeLoader']>> = {
  script: '',
  source: 'not downloaded: the Forge runtime loader comes from Atlassian at deploy time',
  version: 'offline',
};

/** Stands in for the CDN download of the Forge runtime loader (see the header comment). */
const offlineWrapperProvider: WrapperProvider = {
  getNodeRuntimeWrapper: () => Promise.resolve(OFFLINE_RUNTIME),
  getNodeRuntimeLoader: () => Promise.resolve(OFFLINE_RUNTIME),
};

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const STACK_LINE = /^\s+at .*$\n?/gm;

/** The bundler's error as `forge deploy` prints it, without colours or the loader's stack. */
function bundlerMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(ANSI, '').replace(STACK_LINE, '').trim();
}

function collectingLogger(warnings: string[]): Logger {
  return {
    traceEnabled: false,
    debugEnabled: false,
    trace: () => undefined,
    debug: () => undefined,
    info: () => undefined,
    warn: (message) => warnings.push(message.replace(ANSI, '')),
    error: (error) => warnings.push(error.message.replace(ANSI, '')),
  };
}

export async function checkBackendBundle(
  appDir: string,
  options: BundleCheckOptions,
): Promise<BundleCheckResult> {
  const started = Date.now();
  const errors: string[] = [];
  const warnings: string[] = [];
  const files: BundleFile[] = [];
  const handlers: string[] = [];
  const outDir = path.resolve(options.outDir);
  fs.rmSync(outDir, { recursive: true, force: true });

  // The Forge CLI runs in the app's folder: the manifest, src/ and tsconfig.json are found from cwd.
  const previousCwd = process.cwd();
  process.chdir(appDir);
  try {
    const configFile = new ConfigFile(new FileSystemReader(), new FileSystemWriter());
    const functions = FunctionModules.parse((await configFile.readConfig()).modules?.function ?? []);
    const entryPoints: EntryPoint[] = getEntryPoints(await configFile.getAppHandlers());
    const bundler = getNodeBundler(collectingLogger(warnings), offlineWrapperProvider, configFile);
    let outputDir: string;
    try {
      ({ outputDir } = await bundler.bundle({ appDirectory: process.cwd(), entryPoints }));
    } catch (error) {
      removeEmptyOutputDirs();
      errors.push(`forge deploy would stop here: ${bundlerMessage(error)}`);
      return { ok: false, errors, warnings, files, handlers, durationMs: Date.now() - started };
    }
    fs.cpSync(outputDir, outDir, { recursive: true });
    fs.rmSync(outputDir, { recursive: true, force: true });

    const exportsByEntry = new Map<string, Record<string, string>>();
    for (const entry of entryPoints) {
      const file = path.join(outDir, `${entry.name}.cjs`);
      if (!fs.existsSync(file)) {
        errors.push(`the bundler wrote no ${entry.name}.cjs for src/${entry.name}`);
        continue;
      }
      files.push({ entry: entry.name, path: file, bytes: fs.statSync(file).size });
      const loaded = loadBundle(file);
      if ('loadError' in loaded) errors.push(`${entry.name}.cjs does not load in Node: ${loaded.loadError}`);
      else exportsByEntry.set(entry.name, loaded.exports);
    }

    for (const { key, handler } of functions) {
      const [entry, name] = handler.split('.') as [string, string];
      const exported = exportsByEntry.get(entry);
      if (!exported) continue; // already reported above
      const kind = exported[name];
      if (kind === 'function') handlers.push(handler);
      else if (kind === undefined)
        errors.push(`function "${key}" names handler ${handler}, but ${entry}.cjs does not export ${name}`);
      else
        errors.push(
          `function "${key}" names handler ${handler}, but ${entry}.cjs exports ${name} as a ${kind}`,
        );
    }
  } finally {
    process.chdir(previousCwd);
  }
  return { ok: errors.length === 0, errors, warnings, files, handlers, durationMs: Date.now() - started };
}

/**
 * The bundler writes into a fresh temporary folder named `forge-dist-<pid>-<random>` (@forge/cli-shared
 * `tmpDir`) and reports it only on success; after a failed build this process's folders are empty,
 * and are removed here so failed runs leave nothing behind.
 */
function removeEmptyOutputDirs(): void {
  const prefix = `forge-dist-${process.pid}-`;
  for (const name of fs.readdirSync(os.tmpdir())) {
    const dir = path.join(os.tmpdir(), name);
    if (name.startsWith(prefix) && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
  }
}

function loadBundle(file: string): z.infer<typeof LoadReport> {
  const child = spawnSync(process.execPath, ['-e', LOAD_SCRIPT, file], { encoding: 'utf8', timeout: 60_000 });
  if (child.status !== 0) return { loadError: `exit ${child.status}: ${child.stderr.trim()}` };
  return LoadReport.parse(JSON.parse(child.stdout));
}
