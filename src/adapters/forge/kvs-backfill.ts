import { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import type { BackfillQueue, BackfillRun, BackfillStore } from '../../app/ports/backfill';
import { backfillProgressSchema } from '../../domain/capture/backfill-progress';
import { z } from 'zod';
import { keys } from './keys';

const runSchema = z.object({
  id: z.string(),
  months: z.number(),
  jql: z.string(),
  progress: backfillProgressSchema,
});

/** The one history import's state, in one key (a few hundred bytes). */
export class KvsBackfillStore implements BackfillStore {
  async get(): Promise<BackfillRun | null> {
    const parsed = runSchema.safeParse(await kvs.get(keys.backfill));
    return parsed.success ? parsed.data : null;
  }

  async save(run: BackfillRun): Promise<void> {
    await kvs.set(keys.backfill, run);
  }
}

export const HISTORY_QUEUE = 'history-import';

/** Pages are imported one at a time: one concurrency key for the whole import. */
export class QueueBackfill implements BackfillQueue {
  private readonly queue = new Queue({ key: HISTORY_QUEUE });

  async next(runId: string): Promise<void> {
    await this.queue.push([{ body: { runId }, concurrency: { key: HISTORY_QUEUE, limit: 1 } }]);
  }
}
