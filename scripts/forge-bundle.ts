/**
 * Bundles the backend as `forge deploy` does and checks every handler in manifest.yml is exported.
 *
 *   npx tsx scripts/forge-bundle.ts [--dir <appDir>] [--out <folder>]
 *
 * The bundle goes to <appDir>/dist/forge-bundle/ by default (git-ignored, like the rest of dist/). Exit 0 with the bundle size
 * when the bundle is good; exit 1 naming every problem otherwise. See scripts/forge-bundle/bundle.ts.
 */
import path from 'node:path';

import { checkBackendBundle } from './forge-bundle/bundle';

function parseArgs(argv: string[]): { dir: string; out: string | undefined } {
  let dir = process.cwd();
  let out: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--dir' || arg === '--out') {
      if (!value) throw new Error(`${arg} needs a folder`);
      if (arg === '--dir') dir = value;
      else out = value;
      i += 1;
    } else {
      throw new Error(`Unknown argument: ${arg}`);
    }
  }
  return { dir: path.resolve(dir), out: out === undefined ? undefined : path.resolve(out) };
}

async function main(): Promise<number> {
  const { dir, out } = parseArgs(process.argv.slice(2));
  const result = await checkBackendBundle(dir, { outDir: out ?? path.join(dir, 'dist/forge-bundle') });
  for (const warning of result.warnings) console.log(`warning: ${warning}`);
  const seconds = (result.durationMs / 1000).toFixed(1);
  if (result.ok) {
    const sizes = result.files.map((file) => `${path.basename(file.path)} ${file.bytes} bytes`).join(', ');
    console.log(`forge-bundle: OK in ${seconds} s (${sizes}; ${result.handlers.length} handler(s) exported)`);
    return 0;
  }
  console.error(`forge-bundle: FAILED in ${dir} after ${seconds} s`);
  for (const error of result.errors) console.error(`  error: ${error}`);
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`forge-bundle: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
