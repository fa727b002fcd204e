/**
 * Offline Forge platform checks (manifest validation + @forge/lint client-side checks).
 *
 *   npx tsx scripts/forge-check.ts [--dir <appDir>] [--allow-missing-builds]
 *
 * Exit 0 with a one-line summary when clean; exit 1 listing every problem otherwise.
 * Custom UI build folders (static/<app>/build) must exist: run `npm run build:static` first.
 * See scripts/forge-check/check.ts for what is checked.
 */
import path from 'node:path';

import { runForgeChecks } from './forge-check/check';

function parseArgs(argv: string[]): { dir: string; allowMissingBuilds: boolean } {
  let dir = process.cwd();
  let allowMissingBuilds = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--dir') {
      const value = argv[i + 1];
      if (!value) throw new Error('--dir needs a folder');
      dir = value;
      i += 1;
    } else if (arg?.startsWith('--dir=')) {
      dir = arg.slice('--dir='.length);
    } else if (arg === '--allow-missing-builds') {
      allowMissingBuilds = true;
    } else {
      throw new Error(`Unknown argument: ${arg}`);
    }
  }
  return { dir: path.resolve(dir), allowMissingBuilds };
}

async function main(): Promise<number> {
  const { dir, allowMissingBuilds } = parseArgs(process.argv.slice(2));
  const result = await runForgeChecks(dir, { allowMissingBuilds });
  for (const note of result.notes) console.log(`note: ${note}`);
  if (result.ok) {
    console.log(`forge-check: OK (${result.summary})`);
    return 0;
  }
  console.error(`forge-check: FAILED in ${dir}`);
  for (const error of result.errors) console.error(`  error: ${error}`);
  for (const warning of result.warnings) console.error(`  warning: ${warning}`);
  console.error(
    `${result.errors.length} error(s), ${result.warnings.length} warning(s); warnings fail this check too.`,
  );
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`forge-check: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
