import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadManifest } from '../../../src/local/platform/manifest';

const REPO = resolve(__dirname, '../../..');

/** The real manifest with `extra` more hourly scheduled triggers, loaded as the local runtime loads it. */
function loadWithExtraTriggers(extra: number) {
  const manifest = parse(readFileSync(join(REPO, 'manifest.yml'), 'utf8')) as {
    modules: { scheduledTrigger: Array<{ key: string; function: string; interval: string }> };
  };
  for (let n = 0; n < extra; n += 1)
    manifest.modules.scheduledTrigger.push({
      key: `extra-${n}`,
      function: 'sweep-surveys',
      interval: 'hour',
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
