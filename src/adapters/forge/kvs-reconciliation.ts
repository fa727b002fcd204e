import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ReconciliationStore } from '../../app/ports/recent-resolutions';
import { keys } from './keys';

const storedSchema = z.object({ watermark: z.iso.datetime({ offset: true }) });

/** The reconciliation's watermark, one small KVS value. */
export class KvsReconciliationStore implements ReconciliationStore {
  async watermark(): Promise<string | null> {
    const parsed = storedSchema.safeParse(await kvs.get(keys.reconciliation));
    return parsed.success ? parsed.data.watermark : null;
  }

  async saveWatermark(at: string): Promise<void> {
    await kvs.set(keys.reconciliation, { watermark: at });
  }
}
