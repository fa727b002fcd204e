/**
 * `@forge/bridge`'s entry re-exports every bridge API (fetch, object store, feature flags, rovo,
 * realtime…) as CommonJS, which no bundler can tree-shake: ≈ 20 KB gzipped in every app, of
 * which the apps use four calls. This esbuild plugin resolves the package, for the Custom UI apps,
 * to a module that re-exports only those APIs from the package's own files — the same code,
 * the same bridge calls, rate limit and locale handling.
 *
 * `view` carries only the members listed in VIEW_MEMBERS; a test keeps that list in step with the
 * `view.…` calls in static/. Importing any other name from '@forge/bridge' fails the build.
 */
import type { Plugin } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The bridge's top-level exports the apps import, with the file (under out/) that defines each. */
export const BRIDGE_EXPORTS: Readonly<Record<string, string>> = {
  invoke: 'invoke/invoke.js',
  router: 'router/router.js',
};

/** The members of `view` the apps call, with the file (under out/view/) that defines each. */
export const VIEW_MEMBERS: Readonly<Record<string, string>> = {
  getContext: 'getContext.js',
  theme: 'theme.js',
  submit: 'submit.js',
  close: 'close.js',
};

/** The module the apps get for '@forge/bridge'; `out` is the package's out/ folder. */
export function slimBridgeModule(out: string): string {
  const file = (relative: string) => JSON.stringify(path.join(out, relative).split(path.sep).join('/'));
  const lines = Object.entries(BRIDGE_EXPORTS).map(
    ([name, relative]) => `export { ${name} } from ${file(relative)};`,
  );
  for (const [member, relative] of Object.entries(VIEW_MEMBERS))
    lines.push(`import { ${member} as view_${member} } from ${file(`view/${relative}`)};`);
  lines.push(
    `export const view = { ${Object.keys(VIEW_MEMBERS)
      .map((member) => `${member}: view_${member}`)
      .join(', ')} };`,
    '',
  );
  return lines.join('\n');
}

export function slimBridgePlugin(root: string): Plugin {
  const require = createRequire(path.join(root, 'package.json'));
  const out = path.dirname(require.resolve('@forge/bridge'));
  const i18nOut = path.dirname(require.resolve('@forge/i18n'));
  return {
    name: 'slim-bridge',
    setup(build) {
      build.onResolve({ filter: /^@forge\/bridge$/ }, () => ({
        path: '@forge/bridge',
        namespace: 'slim-bridge',
      }));
      build.onLoad({ filter: /.*/, namespace: 'slim-bridge' }, () => ({
        contents: slimBridgeModule(out),
        loader: 'js',
        resolveDir: out,
      }));
      // getContext needs only ensureLocale from @forge/i18n, whose entry drags in its translator.
      build.onResolve({ filter: /^@forge\/i18n$/ }, (args) =>
        args.importer.startsWith(out) ? { path: path.join(i18nOut, 'ensureLocale.js') } : undefined,
      );
    },
  };
}
