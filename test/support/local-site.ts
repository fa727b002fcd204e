import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLocalSite, type LocalSite, type LocalSiteOptions } from '../../src/local/server/compose';

export const APP_DIR = resolve(__dirname, '..', '..');

/**
 * A fresh local site in a temp folder, on a manual clock, seeded small so tests stay fast.
 * Runs the real handlers from src/ through the real SDKs.
 */
export async function startLocalSite(
  options: Partial<LocalSiteOptions> = {},
): Promise<LocalSite & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cx-local-'));
  const local = await createLocalSite({
    appDir: APP_DIR,
    dataDir,
    clockMode: 'manual',
    start: new Date('2026-03-02T09:00:00Z'),
    reseed: true,
    seed: 7,
    months: 1,
    replayHistory: false,
    ...options,
  });
  return {
    ...local,
    dataDir,
    async close() {
      await local.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
