/**
 * The deploy bundle check (scripts/forge-bundle): Forge's own bundler builds a copy of the app with the
 * project's real tsconfig.json and manifest.yml; a `"noEmit": true` in that tsconfig, a handler the
 * bundle does not export, or a type error each fail it, with a message naming the cause.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { checkBackendBundle } from '../../scripts/forge-bundle/bundle';

const REPO = path.resolve(__dirname, '../..');

jest.setTimeout(120_000);

const MANIFEST = fs.readFileSync(path.join(REPO, 'manifest.yml'), 'utf8');
const HANDLER_NAMES = [...MANIFEST.matchAll(/handler: index\.(\w+)/g)].map((match) => match[1]!);

/** Every handler the real manifest names, as a trivial export, optionally leaving some out. */
function handlersSource(omit: string[] = []): string {
  return HANDLER_NAMES.filter((name) => !omit.includes(name))
    .map((name) => `export const ${name} = async (): Promise<string> => ${JSON.stringify(name)};\n`)
    .join('');
}

const tempDirs: string[] = [];

/** A copy of the app's manifest, package.json and tsconfig.json (optionally edited) with a tiny src/. */
function makeFixture(edit: { tsconfig?: (config: TsConfig) => void; source?: string } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forge-bundle-'));
  tempDirs.push(dir);
  fs.writeFileSync(path.join(dir, 'manifest.yml'), MANIFEST);
  fs.copyFileSync(path.join(REPO, 'package.json'), path.join(dir, 'package.json'));
  const tsconfig = JSON.parse(fs.readFileSync(path.join(REPO, 'tsconfig.json'), 'utf8')) as TsConfig;
  edit.tsconfig?.(tsconfig);
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  fs.mkdirSync(path.join(dir, 'src'));
  fs.writeFileSync(path.join(dir, 'src/index.ts'), edit.source ?? handlersSource());
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

interface TsConfig {
  compilerOptions: Record<string, unknown>;
}

const restoreNoEmit = (config: TsConfig): void => {
  config.compilerOptions.noEmit = true;
};

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('checkBackendBundle', () => {
  it("bundles with the project's tsconfig.json and finds every handler of manifest.yml", async () => {
    const dir = makeFixture();
    const cwd = process.cwd();
    const result = await checkBackendBundle(dir, { outDir: path.join(dir, 'out') });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(process.cwd()).toBe(cwd);
    expect(result.handlers).toEqual(HANDLER_NAMES.map((name) => `index.${name}`));
    expect(result.handlers).toContain('index.onIssueUpdated');
    expect(result.files).toEqual([
      { entry: 'index', path: path.join(dir, 'out/index.cjs'), bytes: expect.any(Number) },
    ]);
    expect(result.files[0]!.bytes).toBe(fs.statSync(path.join(dir, 'out/index.cjs')).size);
  });

  it('fails when the tsconfig.json the bundler reads has "noEmit": true', async () => {
    const dir = makeFixture({ tsconfig: restoreNoEmit });
    const result = await checkBackendBundle(dir, { outDir: path.join(dir, 'out') });
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(
      `TypeScript emitted no output for ${fs.realpathSync(dir)}/src/index.ts`,
    );
    expect(result.files).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
    const leftOver = fs
      .readdirSync(os.tmpdir())
      .filter((name) => name.startsWith(`forge-dist-${process.pid}-`));
    expect(leftOver).toEqual([]);
  });

  it('names each handler the bundle does not export, and one exported as something else', async () => {
    const source =
      handlersSource(['fiveMinuteTick', 'importHistory', 'resolver']) + 'export const resolver = 42;\n';
    const dir = makeFixture({ source });
    const result = await checkBackendBundle(dir, { outDir: path.join(dir, 'out') });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      'function "five-minute-tick" names handler index.fiveMinuteTick, but index.cjs does not export fiveMinuteTick',
      'function "import-history" names handler index.importHistory, but index.cjs does not export importHistory',
      'function "resolver" names handler index.resolver, but index.cjs exports resolver as a number',
    ]);
    expect(result.handlers).not.toContain('index.fiveMinuteTick');
  });

  it('fails on a type error in a bundled file, as forge deploy does (no transpileOnly)', async () => {
    const source =
      handlersSource(['onIssueUpdated']) + 'export const onIssueUpdated = (): number => "one";\n';
    const dir = makeFixture({ source });
    const result = await checkBackendBundle(dir, { outDir: path.join(dir, 'out') });
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain("TS2322: Type 'string' is not assignable to type 'number'");
  });

  it('reports a bundle that throws while loading', async () => {
    const dir = makeFixture({ source: handlersSource() + 'throw new Error("boom at load");\n' });
    const result = await checkBackendBundle(dir, { outDir: path.join(dir, 'out') });
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^index\.cjs does not load in Node: Error: boom at load/);
  });
});

describe('scripts/forge-bundle.ts', () => {
  it('exits 1 naming the cause when "noEmit": true is restored, so npm test fails', () => {
    const dir = makeFixture({ tsconfig: restoreNoEmit });
    const tsx = path.join(REPO, 'node_modules/.bin/tsx');
    const run = spawnSync(tsx, [path.join(REPO, 'scripts/forge-bundle.ts'), '--dir', dir], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`forge-bundle: FAILED in ${dir}`);
    expect(run.stderr).toContain('TypeScript emitted no output for');
    expect(fs.existsSync(path.join(dir, 'dist/forge-bundle'))).toBe(false);
  });

  it('prints the bundle size in bytes when the bundle is good', () => {
    const dir = makeFixture();
    const tsx = path.join(REPO, 'node_modules/.bin/tsx');
    const run = spawnSync(tsx, [path.join(REPO, 'scripts/forge-bundle.ts'), '--dir', dir], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const size = fs.statSync(path.join(dir, 'dist/forge-bundle/index.cjs')).size;
    expect(run.stdout).toMatch(
      new RegExp(
        `^forge-bundle: OK in \\d+\\.\\d s \\(index\\.cjs ${size} bytes; ${HANDLER_NAMES.length} handler\\(s\\) exported\\)\\n$`,
      ),
    );
  });
});
