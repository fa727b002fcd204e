import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { run } from './support';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'test', 'fixtures', 'sample.ndjson');
const dir = mkdtempSync(join(tmpdir(), 'cx-metrics-built-'));
const bundle = join(dir, 'dist', 'cli.js');

beforeAll(() => {
  // The same bundle `npm run build:cli` makes, into a scratch folder.
  buildSync({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    outfile: bundle,
    logLevel: 'silent',
  });
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(ROOT, 'bin', 'cx-metrics.js'), join(dir, 'bin', 'cx-metrics.js'));
});

describe('the built cx-metrics', () => {
  it('prints the same report as the in-process run', async () => {
    const args = ['report', SAMPLE, '--as-of', '2024-06-30T00:00:00Z'];
    const stdout = execFileSync(process.execPath, [join(dir, 'bin', 'cx-metrics.js'), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(JSON.parse(stdout)).toEqual(JSON.parse((await run(args)).stdout));
  });

  it('exits 2 with one line for a missing file', () => {
    const result = spawnSync(process.execPath, [bundle, 'report', join(dir, 'missing.ndjson')], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`cx-metrics: cannot read ${join(dir, 'missing.ndjson')}: no such file\n`);
  });

  it('tells how to build when the bundle is missing', () => {
    const bare = mkdtempSync(join(tmpdir(), 'cx-metrics-bare-'));
    mkdirSync(join(bare, 'bin'));
    copyFileSync(join(ROOT, 'bin', 'cx-metrics.js'), join(bare, 'bin', 'cx-metrics.js'));
    const result = spawnSync(process.execPath, [join(bare, 'bin', 'cx-metrics.js'), '--help'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('cx-metrics: dist/cli.js is missing; run `npm run build:cli` first\n');
  });
});

describe('progress', () => {
  it('is drawn on a terminal and cleared at the end', async () => {
    const file = join(dir, 'many.ndjson');
    const line = '{"type":"selfservice","user":"u","startedAt":"2024-06-01T00:00:00Z","completed":false}\n';
    writeFileSync(file, line.repeat(70_000));
    const { status, stderr } = await run(['report', file], { tty: true });
    expect(status).toBe(0);
    expect(stderr.startsWith('\r65,536 lines read (')).toBe(true);
    expect(stderr.endsWith(' %)\r\u001b[K')).toBe(true);
  });
});
