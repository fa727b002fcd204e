/**
 * Builds the real Custom UI apps with the build script, as `npm run build:static` does, and checks
 * what Forge needs from each resource folder: an index.html whose assets are relative.
 */
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(__dirname, '../../..');
const APPS = ['issue-panel', 'gadget', 'portal', 'admin'];

describe('build-static', () => {
  let output = '';

  beforeAll(async () => {
    const result = await promisify(execFile)(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-static.ts'],
      {
        cwd: root,
      },
    );
    output = result.stdout;
  }, 120_000);

  it('prints the size of every file it wrote', () => {
    for (const app of APPS)
      expect(output).toMatch(new RegExp(`static/${app}/build/main\\.js\\s+[\\d.]+ KiB`));
    expect(output).toMatch(/Built 5 apps in \d+ ms/);
  });

  it('splits the charts off the gadget, into chunks the gadget loads by relative path', () => {
    const main = readFileSync(join(root, 'static/gadget/build/main.js'), 'utf8');
    expect(main).toMatch(/import\("\.\/chunks\/TrendView-[A-Z0-9]+\.js"\)/);
    expect(main).toMatch(/import\("\.\/chunks\/DistributionView-[A-Z0-9]+\.js"\)/);
    expect(main).not.toContain('recharts');
    expect(output).toMatch(/static\/gadget\/build\/chunks\/TrendView-[A-Z0-9]+\.js\s+[\d.]+ KiB/);
  });

  it.each(APPS)('%s: index.html loads main.js and main.css by relative path', (app) => {
    const build = join(root, 'static', app, 'build');
    const html = readFileSync(join(build, 'index.html'), 'utf8');
    expect(html).toContain('<script type="module" src="./main.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="./main.css" />');
    expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
    expect(statSync(join(build, 'main.js')).size).toBeGreaterThan(10_000);
    expect(statSync(join(build, 'main.css')).size).toBeGreaterThan(0);
    const js = readFileSync(join(build, 'main.js'), 'utf8');
    expect(js).not.toContain('process.env.NODE_ENV');
    expect(js).not.toContain('sourceMappingURL');
  });
});
