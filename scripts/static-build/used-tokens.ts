/**
 * `@atlaskit/tokens`' `token()` looks names up in a map of every design token (≈ 39 KB minified),
 * so an app that uses fifty tokens ships a thousand. This esbuild plugin resolves the package to a
 * module with the same `token()` and only the names the apps spell: the work Atlaskit's own babel
 * plugin does at build time. Output is unchanged — `var(--ds-…, fallback)` — so theming (light and
 * dark through the host's token CSS) works as before.
 */
import type { Plugin } from 'esbuild';
import { createRequire } from 'node:module';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** What `token()` returns for a name it does not know, as in @atlaskit/tokens. */
export const TOKEN_NOT_FOUND = '--ds-token-not-found';

/** Every string literal in `sources` that names a token, with its CSS custom property. */
export function usedTokenNames(
  sources: readonly string[],
  allNames: Readonly<Record<string, string>>,
): Record<string, string> {
  const used: Record<string, string> = {};
  // Names reach token() as literals, directly or through a helper (`stack('space.200')`).
  const literal = /(['"`])([a-z0-9][a-z0-9.-]*)\1/gi;
  for (const source of sources) {
    for (const match of source.matchAll(literal)) {
      const name = match[2] ?? '';
      const property = allNames[name];
      if (property !== undefined) used[name] = property;
    }
  }
  return Object.fromEntries(Object.entries(used).sort(([a], [b]) => a.localeCompare(b)));
}

/** The module the apps get for `@atlaskit/tokens`: the package's `token()` over `names` only. */
export function tokenModule(names: Readonly<Record<string, string>>): string {
  return [
    `const names = ${JSON.stringify(names)};`,
    'export function token(path, fallback) {',
    `  const property = names[path] ?? ${JSON.stringify(TOKEN_NOT_FOUND)};`,
    '  return fallback ? `var(${property}, ${fallback})` : `var(${property})`;',
    '}',
    '',
  ].join('\n');
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.split(path.sep).includes('build'));
}

function allTokenNames(root: string): Record<string, string> {
  const required = createRequire(path.join(root, 'package.json'))('@atlaskit/tokens/token-names') as
    Record<string, string> | { default: Record<string, string> };
  return 'default' in required && typeof required.default === 'object'
    ? required.default
    : (required as Record<string, string>);
}

/** Resolves `@atlaskit/tokens` to the used names of every source file under `staticDir`. */
export function usedTokensPlugin(staticDir: string, root: string): Plugin {
  return {
    name: 'used-tokens',
    setup(build) {
      build.onResolve({ filter: /^@atlaskit\/tokens$/ }, () => ({
        path: '@atlaskit/tokens',
        namespace: 'used-tokens',
      }));
      build.onLoad({ filter: /.*/, namespace: 'used-tokens' }, async () => {
        const files = await sourceFiles(staticDir);
        const sources = await Promise.all(files.map((file) => readFile(file, 'utf8')));
        return {
          contents: tokenModule(usedTokenNames(sources, allTokenNames(root))),
          loader: 'js',
          watchFiles: files,
        };
      });
    },
  };
}
