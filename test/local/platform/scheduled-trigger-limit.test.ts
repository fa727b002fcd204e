import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadManifest } from '../../../src/local/platform/manifest';

const REPO = resolve(__dirname, '../../..');

/** The real manifest with `extra` more scheduled triggers (hourly unless said), loaded as the local runtime loads it. */
function loadWithExtraTriggers(extra: number, interval = 'hour') {
  const manifest = parse(readFileSync(join(REPO, 'manifest.yml'), 'utf8')) as {
    modules: { scheduledTrigger: Array<{ key: string; function: string; interval: string }> };
  };
  for (let n = 0; n < extra; n += 1)
    manifest.modules.scheduledTrigger.push({
      key: `extra-${n}`,
      function: 'five-minute-tick',
      interval,
    });
  const dir = mkdtempSync(join(tmpdir(), 'cx-triggers-'));
  try {
    writeFileSync(join(dir, 'manifest.yml'), stringify(manifest));
    return loadManifest(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * "Apps can declare up to five scheduled triggers in the manifest.yml file"
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/).
 * Forge's manifest schema does not say so; the deployment does, and so does the local runtime.
 */
describe('the number of scheduled triggers', () => {
  it('is within Forge’s five in the app’s manifest', () => {
    const count = loadManifest(REPO).modules.scheduledTrigger.length;
    expect(count).toBeLessThanOrEqual(5);
  });

  it('is refused past five, as Forge refuses it', () => {
    const count = loadManifest(REPO).modules.scheduledTrigger.length;
    expect(loadWithExtraTriggers(5 - count).modules.scheduledTrigger).toHaveLength(5);
    expect(() => loadWithExtraTriggers(6 - count)).toThrow(/at most 5 scheduled triggers/);
  });
});

/**
 * "Total number of scheduled trigger modules with fiveMinute intervals in an app: 1"
 * (https://developer.atlassian.com/platform/forge/limits-scheduled-trigger/).
 */
describe('five-minute scheduled triggers', () => {
  it('are one at most in the app’s manifest', () => {
    const fiveMinute = loadManifest(REPO).modules.scheduledTrigger.filter((t) => t.interval === 'fiveMinute');
    expect(fiveMinute.map((t) => t.key)).toEqual(['every-five-minutes']);
  });

  it('are refused past one, as Forge refuses them', () => {
    expect(() => loadWithExtraTriggers(1, 'fiveMinute')).toThrow(
      /at most one scheduled trigger with interval fiveMinute/,
    );
  });
});
