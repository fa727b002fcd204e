import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ReconciliationStore, RecoveredResolutions } from '../../app/ports/recent-resolutions';
import { keys } from './keys';

const storedSchema = z.object({ watermark: z.iso.datetime({ offset: true }) });

const countSchema = z.object({ n: z.number().int().nonnegative() });

/**
 * The reconciliation's watermark, one small KVS value; and a count per project and month of the
 * resolutions it recovered. Only the hourly job writes the counts, one run at a time, so a plain
 * read and write adds without a lost update.
 */
export class KvsReconciliationStore implements ReconciliationStore, RecoveredResolutions {
  async watermark(): Promise<string | null> {
    const parsed = storedSchema.safeParse(await kvs.get(keys.reconciliation));
    return parsed.success ? parsed.data.watermark : null;
  }

  async saveWatermark(at: string): Promise<void> {
    await kvs.set(keys.reconciliation, { watermark: at });
  }

  async noteRecovered(projectKey: string, month: string): Promise<void> {
    const key = keys.recovered(projectKey, month);
    const stored = countSchema.safeParse(await kvs.get(key));
    await kvs.set(key, { n: (stored.success ? stored.data.n : 0) + 1 });
  }

  async recoveredIn(projectKey: string, months: readonly string[]): Promise<number> {
    const counts = await Promise.all(
      months.map(async (month) => {
        const stored = countSchema.safeParse(await kvs.get(keys.recovered(projectKey, month)));
        return stored.success ? stored.data.n : 0;
      }),
    );
    return counts.reduce((sum, n) => sum + n, 0);
  }
}
