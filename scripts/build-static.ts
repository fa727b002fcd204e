/**
 * Builds every Custom UI app under static/<app>/src/index.tsx into static/<app>/build/ in one
 * esbuild run: main.js, main.css and an index.html that loads them by relative path, which is what
 * Forge needs (resources are served from a path the app does not know in advance).
 *
 *   npx tsx scripts/build-static.ts            all apps
 *   npx tsx scripts/build-static.ts gadget     only the named apps
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The apps the manifest names as resources, with the title of their page. */
export const APPS: Record<string, string> = {
  'issue-panel': 'Customer experience',
  gadget: 'CX gadgets',
  portal: 'Your feedback',
  admin: 'CX Metrics',
  report: 'CX report',
};

export interface BuiltFile {
  app: string;
  file: string;
  bytes: number;
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
    '<script src="./main.js"></script>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export async function buildStatic(root: string, apps: string[] = Object.keys(APPS)): Promise<BuiltFile[]> {
  const staticDir = path.join(root, 'static');
  for (const app of apps) {
    if (!(app in APPS)) throw new Error(`Unknown app "${app}"; known: ${Object.keys(APPS).join(', ')}`);
    if (!existsSync(path.join(staticDir, app, 'src', 'index.tsx')))
      throw new Error(`static/${app}/src/index.tsx is missing`);
    await rm(path.join(staticDir, app, 'build'), { recursive: true, force: true });
    await mkdir(path.join(staticDir, app, 'build'), { recursive: true });
  }

  await build({
    absWorkingDir: root,
    entryPoints: apps.map((app) => ({ in: `static/${app}/src/index.tsx`, out: `${app}/build/main` })),
    outdir: staticDir,
    bundle: true,
    minify: true,
    sourcemap: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });

  const files: BuiltFile[] = [];
  for (const app of apps) {
    const buildDir = path.join(staticDir, app, 'build');
    // An app without any CSS import still gets the stylesheet its page links to.
    if (!existsSync(path.join(buildDir, 'main.css'))) await writeFile(path.join(buildDir, 'main.css'), '');
    await writeFile(path.join(buildDir, 'index.html'), indexHtml(APPS[app] ?? app));
    for (const file of ['index.html', 'main.js', 'main.css']) {
      files.push({ app, file, bytes: (await stat(path.join(buildDir, file))).size });
    }
  }
  return files;
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const requested = process.argv.slice(2);
  const files = await buildStatic(process.cwd(), requested.length > 0 ? requested : undefined);
  for (const { app, file, bytes } of files) {
    console.log(`${`static/${app}/build/${file}`.padEnd(36)} ${formatSize(bytes).padStart(10)}`);
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
