/**
 * Builds every Custom UI app under static/<app>/src/index.tsx into static/<app>/build/: main.js
 * (an ES module), the chunks it loads later under chunks/, main.css and an index.html that loads
 * them by relative path, which is what Forge needs (resources are served from a path the app does
 * not know in advance; Custom UI scripts must come from the resource itself, script-src 'self':
 * https://developer.atlassian.com/platform/forge/add-content-security-and-egress-controls/).
 *
 * Each app is its own esbuild run so that code split off one app (the gadget's charts) lands in
 * that app's folder, and so the portal alone can swap React for Preact's compatible runtime.
 *
 *   npx tsx scripts/build-static.ts            all apps
 *   npx tsx scripts/build-static.ts gadget     only the named apps
 */
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { slimBridgePlugin } from './static-build/slim-bridge';
import { usedTokensPlugin } from './static-build/used-tokens';

/** The apps the manifest names as resources, with the title of their page. */
export const APPS: Record<string, string> = {
  'issue-panel': 'Customer experience',
  gadget: 'CX gadgets',
  portal: 'Your feedback',
  admin: 'CX Metrics',
  report: 'CX report',
};

/**
 * Customers open the portal survey on phones, often on slow networks: there React and React DOM
 * (≈ 45 KB gzipped) are replaced by Preact's compatibility layer (≈ 5 KB), which runs the same
 * components. The agents' apps keep React.
 */
const PREACT_ALIASES: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-runtime',
};
const PREACT_APPS = new Set(['portal']);

export interface BuiltFile {
  app: string;
  file: string;
  bytes: number;
}

export interface BuiltApp {
  app: string;
  /** esbuild's account of the run: outputs (paths relative to the project root) and their imports. */
  metafile: Metafile;
}

export function indexHtml(title: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${title}</title>`,
    '<link rel="stylesheet" href="./main.css" />',
    '</head>',
    '<body>',
    '<div id="root"></div>',
    '<script type="module" src="./main.js"></script>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The esbuild options for one app, shared by the build and the bundle benchmark. */
export function appBuildOptions(root: string, app: string): BuildOptions {
  const staticDir = path.join(root, 'static');
  return {
    absWorkingDir: root,
    entryPoints: { main: `static/${app}/src/index.tsx` },
    outdir: path.join(staticDir, app, 'build'),
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    sourcemap: false,
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: PREACT_APPS.has(app) ? PREACT_ALIASES : {},
    plugins: [usedTokensPlugin(staticDir, root), slimBridgePlugin(root)],
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  };
}

export async function buildStatic(
  root: string,
  apps: string[] = Object.keys(APPS),
): Promise<{ files: BuiltFile[]; built: BuiltApp[] }> {
  const staticDir = path.join(root, 'static');
  for (const app of apps) {
    if (!(app in APPS)) throw new Error(`Unknown app "${app}"; known: ${Object.keys(APPS).join(', ')}`);
    if (!existsSync(path.join(staticDir, app, 'src', 'index.tsx')))
      throw new Error(`static/${app}/src/index.tsx is missing`);
    await rm(path.join(staticDir, app, 'build'), { recursive: true, force: true });
    await mkdir(path.join(staticDir, app, 'build'), { recursive: true });
  }

  const built = await Promise.all(
    apps.map(async (app): Promise<BuiltApp> => {
      const result = await build(appBuildOptions(root, app));
      return { app, metafile: result.metafile ?? { inputs: {}, outputs: {} } };
    }),
  );

  const files: BuiltFile[] = [];
  for (const { app, metafile } of built) {
    const buildDir = path.join(staticDir, app, 'build');
    // An app without any CSS import still gets the stylesheet its page links to.
    if (!existsSync(path.join(buildDir, 'main.css'))) await writeFile(path.join(buildDir, 'main.css'), '');
    await writeFile(path.join(buildDir, 'index.html'), indexHtml(APPS[app] ?? app));
    const chunks = Object.keys(metafile.outputs)
      .map((output) => path.relative(buildDir, path.join(root, output)))
      .filter((file) => file.startsWith('chunks'))
      .sort();
    for (const file of ['index.html', 'main.js', 'main.css', ...chunks]) {
      files.push({ app, file, bytes: (await stat(path.join(buildDir, file))).size });
    }
  }
  return { files, built };
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const requested = process.argv.slice(2);
  const { files } = await buildStatic(process.cwd(), requested.length > 0 ? requested : undefined);
  for (const { app, file, bytes } of files) {
    console.log(`${`static/${app}/build/${file}`.padEnd(52)} ${formatSize(bytes).padStart(10)}`);
  }
  console.log(
    `Built ${new Set(files.map((f) => f.app)).size} apps in ${Math.round(performance.now() - started)} ms`,
  );
}

if (process.argv[1] && /build-static\.[cm]?[tj]s$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
